"""Start the application: data folder, single-instance lock, logging, exception hook,
Qt application, translations, database and the main window.

``run(args)`` is called by ``connect_desktop.app.main`` once the arguments are parsed.
The database layer is imported only once this instance holds the data folder's lock, so
that a second start answers quickly and never opens the database.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import platform
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QLockFile,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
    Slot,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QGuiApplication, QIcon, QWindow
from PySide6.QtWidgets import QApplication, QMessageBox

from connect_desktop import APP_NAME, __version__
from connect_desktop.app import LANGUAGES
from connect_desktop.resources import resource_path
from connect_desktop.store.paths import log_dir, resolve_data_dir
from connect_desktop.ui import crash_dialog

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

LOCK_FILENAME = "connect-desktop.lock"
LOG_FILENAME = "connect-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
SMOKE_DELAY_MS = 300
TRANSLATIONS_FOLDER = "translations"
DESKTOP_FILE_NAME = "connect-desktop"


# -- language -----------------------------------------------------------------------------
def _language_code(value: str | None) -> str:
    """``"fr_FR"``, ``"fr-CA"``, ``"FR"`` -> ``"fr"``; empty for nothing."""
    if not value:
        return ""
    return value.strip().lower().replace("-", "_").split("_")[0].split(".")[0]


def choose_language(cli: str | None, profile: str | None, system_locale_name: str) -> str:
    """The interface language: ``--lang``, else the profile's choice, else French on a
    French system and English everywhere else."""
    for choice in (cli, profile):
        code = _language_code(choice)
        if code in LANGUAGES:
            return code
    return "fr" if _language_code(system_locale_name) == "fr" else "en"


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own for ``language`` (English needs none).

    Also sets Qt's default locale (date and number widgets). The translators belong to
    ``app``; they are returned so that a caller can remove them.
    """
    QLocale.setDefault(QLocale("fr_FR" if language == "fr" else "en_US"))
    if language == "en":
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = resource_path(TRANSLATIONS_FOLDER)
    translators = []
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"connect_desktop_{language}", ours)):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.info("No translation %s in %s", name, folder)
    return translators


# -- logging ------------------------------------------------------------------------------
@dataclass
class LoggingSetup:
    """The handlers ``configure_logging`` added, so that ``close`` can take them away."""

    log_file: Path | None
    handlers: list[logging.Handler] = field(default_factory=list)
    previous_level: int = logging.WARNING

    def close(self) -> None:
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(self.previous_level)
        self.handlers.clear()


def configure_logging(folder: Path | None = None) -> LoggingSetup:
    """Log to a rotating file in the platform's log folder (INFO and above) and to
    stderr (WARNING and above). A log folder that cannot be created leaves stderr only."""
    root = logging.getLogger()
    setup = LoggingSetup(log_file=None, previous_level=root.level)
    root.setLevel(logging.INFO)
    folder = folder if folder is not None else log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / LOG_FILENAME
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        file_handler = None
        log_file = None
        problem = error
    else:
        problem = None
    if file_handler is not None:
        file_handler.setLevel(logging.INFO)
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s")
        )
        setup.handlers.append(file_handler)
        setup.log_file = log_file
    if sys.stderr is not None:  # None under pythonw (Windows GUI entry point)
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        setup.handlers.append(console)
    for handler in setup.handlers:
        root.addHandler(handler)
    if problem is not None:
        log.warning("Cannot write the log file in %s: %s", folder, problem)
    return setup


_QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# What the offscreen platform (CI, --smoke) says about every window: not a problem.
_QT_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})


def _qt_message(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to our log."""
    level = logging.DEBUG if message in _QT_NOISE else _QT_LOG_LEVELS.get(mode, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)


# -- crash reports ------------------------------------------------------------------------
def build_crash_report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    thread_name: str | None = None,
) -> str:
    """A plain-text report for a bug: versions, platform and the traceback.

    It stays in English whatever the interface language: it is meant for whoever fixes
    the bug, and support can read every report the same way.
    """
    lines = [
        f"{APP_NAME} {__version__}",
        f"Date: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"OS: {platform.platform()}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Qt: {qVersion()} (PySide6 {PySide6.__version__})",
        f"Build: {'frozen' if getattr(sys, 'frozen', False) else 'source'}",
        f"Thread: {thread_name or threading.current_thread().name}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines) + "\n"


class _CrashRelay(QObject):
    """Lives on the UI thread: a report emitted from another thread is queued to it."""

    reported = Signal(str)

    def __init__(self, reporter: CrashReporter) -> None:
        super().__init__()
        self.reporter = reporter
        self.reported.connect(self.deliver)

    @Slot(str)
    def deliver(self, report: str) -> None:
        self.reporter.show(report)


class CrashReporter:
    """The global exception hook: logs every uncaught exception with a report and, when
    a window can be shown, opens the crash dialog (one at a time)."""

    def __init__(self, *, interactive: bool, log_file: Path | None = None) -> None:
        self.interactive = interactive
        self.log_file = log_file
        self.errors = 0
        self._showing = False
        self._previous: tuple[object, object] | None = None
        self._relay = _CrashRelay(self)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.threading_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.report(exc_type, exc, tb)

    def threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return  # a thread that exits on purpose, as the default hook treats it
        thread_name = args.thread.name if args.thread is not None else None
        self.report(args.exc_type, args.exc_value, args.exc_traceback, thread_name=thread_name)

    def report(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        *,
        thread_name: str | None = None,
    ) -> str:
        """Log the exception and show it; returns the report."""
        if issubclass(exc_type, KeyboardInterrupt):
            # Ctrl+C in the terminal: leave the way the window would (jobs, lock, engine).
            log.info("Interrupted")
            QCoreApplication.quit()
            return ""
        self.errors += 1
        try:
            report = build_crash_report(exc_type, exc, tb, thread_name=thread_name)
            log.critical("Unhandled exception\n%s", report)
            if self.interactive:
                # Direct call on the UI thread, queued to it from any other thread.
                self._relay.reported.emit(report)
        except Exception:  # the hook must never fail in turn: fall back to Python's
            sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]
            return ""
        return report

    def show(self, report: str) -> None:
        if self._showing or QApplication.instance() is None:
            return  # already logged; never stack dialogs
        self._showing = True
        try:
            crash_dialog.show_crash_report(report, self.log_file)
        finally:
            self._showing = False


# -- single instance ----------------------------------------------------------------------
class InstanceLock:
    """A lock file in the data folder: one running instance per folder.

    A lock left by a process that no longer runs (a crash, a power cut) is stale and
    taken over; a live instance's lock never goes stale with age.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILENAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """True when this process now holds the lock, False when another instance does.

        Raises ``OSError`` when the lock file cannot be written at all.
        """
        if self._lock.tryLock(0):
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return False
        raise OSError(f"Cannot create the lock file {self.path} ({error.name}).")

    def owner_pid(self) -> int | None:
        info = self._lock.getLockInfo()  # (pid, hostname, appname), or empty when unreadable
        return int(info[0]) if info and info[0] else None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def show_already_running(message: str) -> None:
    """Tell the user another instance is open (tests replace this function)."""
    QMessageBox.information(None, APP_NAME, message)


def show_start_error(message: str) -> None:
    """Tell the user the application cannot start (tests replace this function)."""
    QMessageBox.critical(None, APP_NAME, message)


# -- Qt application -----------------------------------------------------------------------
def display_available() -> bool:
    """Whether dialogs can be shown to someone (not offscreen, not a headless Linux)."""
    platform_name = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform_name in ("offscreen", "minimal"):
        return False
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(platform_name or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def create_application() -> QApplication:
    """The one QApplication, named for settings and the desktop, with the app icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    # Qt 6 always scales for high DPI; keep fractional factors (125 %, 150 %) exact.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    icon_file = resource_path("icons", "app.png")
    if icon_file.exists():
        app.setWindowIcon(QIcon(str(icon_file)))
    return app


class _FirstExposeClock(QObject):
    """Logs how long it took from launch until the main window first reached the screen."""

    def __init__(self, window: QWindow, started_at: float) -> None:
        super().__init__(window)
        self.started_at = started_at
        self.elapsed_ms: float | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.elapsed_ms is None
            and event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            self.elapsed_ms = (time.perf_counter() - self.started_at) * 1000
            log.info("Main window shown %.0f ms after start", self.elapsed_ms)
            watched.removeEventFilter(self)
        return False


def _settle_jobs(app: QCoreApplication) -> None:
    """Let the background jobs of the start (and the jobs their results start) finish."""
    from connect_desktop.ui.operations import job_pool, wait_for_jobs

    for _ in range(50):
        if not wait_for_jobs():
            log.error("Background jobs did not finish in time")
            return
        app.processEvents()
        if job_pool().activeThreadCount() == 0:
            app.processEvents()
            if job_pool().activeThreadCount() == 0:
                return


# -- database -----------------------------------------------------------------------------
def profile_language(engine: Engine) -> str | None:
    """The language saved in the profile (``None``: follow the system)."""
    from sqlmodel import select

    from connect_desktop.store.database import read_session
    from connect_desktop.store.models import Profile

    with read_session(engine) as session:
        return session.exec(select(Profile.language)).first()


def load_demo_if_empty(engine: Engine) -> bool:
    """``--demo``: fill the database with the sample only when it has no missions."""
    from sqlalchemy import func
    from sqlmodel import select

    from connect_desktop.store.database import read_session
    from connect_desktop.store.demo import fill_demo
    from connect_desktop.store.models import Mission

    with read_session(engine) as session:
        missions = session.exec(select(func.count()).select_from(Mission)).one()
    if missions:
        log.warning("--demo ignored: the database already holds %d missions", missions)
        return False
    summary = fill_demo(engine)
    log.info(
        "Sample loaded: %d missions, %d CRAs, %d invoices",
        summary.missions,
        summary.cras,
        summary.invoices,
    )
    return True


# -- run ----------------------------------------------------------------------------------
def run(args: argparse.Namespace, *, started_at: float | None = None) -> int:
    """Start the application; returns the process exit code."""
    started_at = started_at if started_at is not None else time.perf_counter()
    smoke = bool(getattr(args, "smoke", False))
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    logs = configure_logging()
    previous_qt_handler = qInstallMessageHandler(_qt_message)
    interactive = not smoke and display_available()
    reporter = CrashReporter(interactive=interactive, log_file=logs.log_file)
    reporter.install()
    lock: InstanceLock | None = None
    try:
        log.info(
            "Starting %s %s (Python %s, Qt %s, %s); data folder %s",
            APP_NAME,
            __version__,
            platform.python_version(),
            qVersion(),
            platform.platform(terse=True),
            data_dir,
        )
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            lock = InstanceLock(data_dir)
            acquired = lock.acquire()
        except OSError as error:
            return _cannot_start(args, data_dir, error, interactive)
        if not acquired:
            return _already_running(args, data_dir, lock.owner_pid(), interactive)
        return _run_locked(args, data_dir, reporter, started_at, smoke)
    except Exception as error:
        reporter.report(type(error), error, error.__traceback__)
        return 1
    finally:
        if lock is not None:
            lock.release()
        reporter.uninstall()
        qInstallMessageHandler(previous_qt_handler)
        log.info("%s stopped", APP_NAME)
        logs.close()


def _message_language(args: argparse.Namespace) -> str:
    return choose_language(getattr(args, "lang", None), None, QLocale.system().name())


def _already_running(
    args: argparse.Namespace, data_dir: Path, owner: int | None, interactive: bool
) -> int:
    app = create_application() if interactive else None
    if app is not None:
        install_translations(app, _message_language(args))
    message = QCoreApplication.translate(
        "Application",
        "{name} is already open for the data folder {folder}. Switch to its window, or "
        "close it before starting the application again.",
    ).format(name=APP_NAME, folder=data_dir)
    log.warning("%s (process %s)", message, owner if owner is not None else "unknown")
    if app is not None:
        show_already_running(message)
    return 0


def _cannot_start(
    args: argparse.Namespace, data_dir: Path, error: OSError, interactive: bool
) -> int:
    app = create_application() if interactive else None
    if app is not None:
        install_translations(app, _message_language(args))
    message = QCoreApplication.translate(
        "Application", "{name} cannot use the data folder {folder}: {error}"
    ).format(name=APP_NAME, folder=data_dir, error=error)
    log.error("%s", message)
    if app is not None:
        show_start_error(message)
    return 1


def _run_locked(
    args: argparse.Namespace,
    data_dir: Path,
    reporter: CrashReporter,
    started_at: float,
    smoke: bool,
) -> int:
    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.ui.operations import wait_for_jobs

    app = create_application()
    engine = open_database(database_path(data_dir))
    try:
        system_locale = QLocale.system().name()
        saved_language = profile_language(engine)
        language = choose_language(getattr(args, "lang", None), saved_language, system_locale)
        log.info(
            "Interface language %s (--lang %s, profile %s, system %s)",
            language,
            getattr(args, "lang", None),
            saved_language,
            system_locale,
        )
        install_translations(app, language)
        if getattr(args, "demo", False):
            load_demo_if_empty(engine)

        from connect_desktop.ui.context import AppContext
        from connect_desktop.ui.main_window import MainWindow

        context = AppContext(engine=engine, data_dir=data_dir, language=language)
        window = MainWindow(context)
        window.show()
        handle = window.windowHandle()
        if handle is not None:
            _FirstExposeClock(handle, started_at)  # owned by the window

        smoke_failed = False
        if smoke:

            def finish_smoke() -> None:
                nonlocal smoke_failed
                _settle_jobs(app)
                if not window.isVisible():
                    log.error("Smoke test: the main window is not visible")
                    smoke_failed = True
                window.close()
                app.quit()

            QTimer.singleShot(SMOKE_DELAY_MS, finish_smoke)

        exit_code = app.exec()
        wait_for_jobs()
        app.processEvents()
        if smoke and (smoke_failed or reporter.errors):
            log.error("Smoke test failed (%d unhandled errors)", reporter.errors)
            return 1
        return exit_code
    finally:
        wait_for_jobs()
        engine.dispose()
