"""The global exception hook: every uncaught exception, on the UI thread or any other,
is logged with a crash report and, when a window can be shown, opens the crash dialog
(``crash_dialog``)."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication

from connect_desktop import APP_NAME, __version__

log = logging.getLogger(__name__)


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
            from connect_desktop.ui import crash_dialog  # only ever needed after a crash

            crash_dialog.show_crash_report(report, self.log_file)
        finally:
            self._showing = False
