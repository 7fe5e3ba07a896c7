"""Logging for the running application: a rotating log file, warnings on stderr, and
Qt's own messages forwarded to the same log."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType

from connect_desktop.store.paths import log_dir

log = logging.getLogger(__name__)

LOG_FILENAME = "connect-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


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


def log_qt_message(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to our log (install with ``qInstallMessageHandler``)."""
    level = logging.DEBUG if message in _QT_NOISE else _QT_LOG_LEVELS.get(mode, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)
