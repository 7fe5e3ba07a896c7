"""Start the application: data folder, single-instance lock, logging, exception hook,
Qt application, translations, database and the main window; and stop it in order.

The parts live in their own modules: ``instance_lock`` (one instance per data folder),
``logging_setup`` (log file, Qt messages), ``crash_hook`` (the global exception hook)
and ``translations`` (language choice, translators).

``run(args)`` is called by ``connect_desktop.app.main`` once the arguments are parsed.
The database layer is imported only once this instance holds the data folder's lock, so
that a second start answers quickly and never opens the database.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTimer,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QGuiApplication, QIcon, QWindow
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from connect_desktop import APP_NAME, __version__
from connect_desktop.resources import resource_path
from connect_desktop.store.paths import resolve_data_dir
from connect_desktop.ui.crash_hook import CrashReporter
from connect_desktop.ui.instance_lock import InstanceLock
from connect_desktop.ui.logging_setup import configure_logging, log_qt_message
from connect_desktop.ui.translations import choose_language, install_translations

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

SMOKE_DELAY_MS = 300
DESKTOP_FILE_NAME = "connect-desktop"


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


class StartupClock(QObject):
    """Logs how long start-up took: until the main window first reached the screen, and
    until it was painted with its data (every start-up job delivered, then one paint).

    Both lines also give the wall-clock time, so that ``benchmarks/startup.py`` can
    measure from the launch of the process, interpreter start included.
    """

    def __init__(self, window: QWidget, started_at: float) -> None:
        super().__init__(window)
        self.window = window
        self.started_at = started_at
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            watched.removeEventFilter(self)  # the first exposure only
            self._log("Main window shown")
            from connect_desktop.ui.operations import call_when_idle

            call_when_idle(self._data_delivered)
        return False

    def _log(self, moment: str) -> None:
        elapsed_ms = (time.perf_counter() - self.started_at) * 1000
        log.info("%s %.0f ms after start (unix time %.3f)", moment, elapsed_ms, time.time())

    def _data_delivered(self) -> None:
        # The paint request is queued before this timer, so the timer fires once painted.
        self.window.update()
        QTimer.singleShot(0, lambda: self._log("Main window painted with data"))


# -- database -----------------------------------------------------------------------------
def load_demo_if_empty(engine: Engine) -> bool:
    """``--demo``: fill the database with the sample only when it has no missions."""
    from connect_desktop.services.overview import mission_count
    from connect_desktop.store.demo import fill_demo

    missions = mission_count(engine)
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
    previous_qt_handler = qInstallMessageHandler(log_qt_message)
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


# -- start-up messages --------------------------------------------------------------------
def show_already_running(message: str) -> None:
    """Tell the user another instance is open (tests replace this function)."""
    QMessageBox.information(None, APP_NAME, message)


def show_start_error(message: str) -> None:
    """Tell the user the application cannot start (tests replace this function)."""
    QMessageBox.critical(None, APP_NAME, message)


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
    from connect_desktop.services.clean_close import record_clean_close
    from connect_desktop.services.overview import saved_language
    from connect_desktop.store.database import NewerDatabaseError, database_path, open_database
    from connect_desktop.ui import startup_checks
    from connect_desktop.ui.operations import call_when_idle, wait_for_jobs

    app = create_application()
    database = database_path(data_dir)
    if not startup_checks.database_usable(database):
        install_translations(app, _message_language(args))
        interactive = not smoke and display_available()
        if not startup_checks.restore_damaged_database(data_dir, interactive):
            return 1
    try:
        engine = open_database(database)
    except NewerDatabaseError as error:
        install_translations(app, _message_language(args))
        message = QCoreApplication.translate(
            "Application",
            "This data folder was written by a newer version of {name}; install that "
            "version to open it. Nothing was changed.\n\n{details}",
        ).format(name=APP_NAME, details=error)
        log.error("%s", message)
        if not smoke and display_available():
            show_start_error(message)
        return 1
    closed_normally = False  # until the event loop has ended
    try:
        system_locale = QLocale.system().name()
        profile_language = saved_language(engine)
        language = choose_language(getattr(args, "lang", None), profile_language, system_locale)
        log.info(
            "Interface language %s (--lang %s, profile %s, system %s)",
            language,
            getattr(args, "lang", None),
            profile_language,
            system_locale,
        )
        install_translations(app, language)
        if getattr(args, "demo", False):
            load_demo_if_empty(engine)

        from connect_desktop.ui.context import AppContext
        from connect_desktop.ui.main_window import MainWindow

        first_window = True
        while True:
            context = AppContext(engine=engine, data_dir=data_dir, language=language)
            window = MainWindow(context)
            window.show()
            startup_checks.check_data_folder(window, window, context)
            startup_checks.start_auto_backup(window, context)
            if first_window:
                StartupClock(window, started_at)  # owned by the window
            first_window = False

            smoke_failed = False
            if smoke:

                def finish_smoke(shown: MainWindow = window) -> None:
                    nonlocal smoke_failed
                    if not shown.isVisible():
                        log.error("Smoke test: the main window is not visible")
                        smoke_failed = True
                    shown.close()
                    app.quit()

                # A moment, then once every start-up job has delivered (the daily backup
                # too); queued after the start-up clock's last line.
                QTimer.singleShot(
                    SMOKE_DELAY_MS,
                    lambda: call_when_idle(lambda: QTimer.singleShot(0, finish_smoke)),
                )

            exit_code = app.exec()
            wait_for_jobs()
            app.processEvents()
            if window.restore_requested is None:
                break
            # "Restaurer…": the database is closed, replaced, and opened again.
            engine.dispose()
            startup_checks.restore_chosen_backup(window.restore_requested, data_dir)
            engine = open_database(database)
        closed_normally = True
        if smoke and (smoke_failed or reporter.errors):
            log.error("Smoke test failed (%d unhandled errors)", reporter.errors)
            return 1
        return exit_code
    finally:
        wait_for_jobs()
        engine.dispose()
        if closed_normally:
            record_clean_close(database)
