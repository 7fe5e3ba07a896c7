"""Whether the database is exactly as the app left it when it last closed normally.

The quick check at start (``integrity.database_is_sound``) reads the whole file: about a
second and a half for twenty years of data, before the window can appear. It matters
when the file may have been damaged since it was last closed properly: an interrupted
run, a partial copy, another program writing to it. So a normal close
records the file's size and modification time; the next start checks the file only
when they differ, or when no record exists, or when the write-ahead log was left
behind. The record is removed as soon as the database is opened again, so a run that
never reaches its normal close always leaves the next start a full check.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from connect_desktop.services.files import write_bytes_atomically

log = logging.getLogger(__name__)

RECORD_NAME = ".clean-close.json"


def _record_path(database: Path) -> Path:
    return database.with_name(RECORD_NAME)


def _stamp(database: Path) -> dict[str, int]:
    status = database.stat()
    return {"size": status.st_size, "mtime_ns": status.st_mtime_ns}


def record_clean_close(database: Path) -> None:
    """After the database was closed normally: note its size and modification time."""
    try:
        if Path(f"{database}-wal").exists():
            return  # not checkpointed: the next start checks
        data = json.dumps(_stamp(database)).encode("utf-8")
        write_bytes_atomically(data, _record_path(database))
    except OSError as error:  # the next start only checks the file again
        log.warning("The clean close of %s could not be recorded: %s", database, error)


def unchanged_since_clean_close(database: Path) -> bool:
    """True when the database is as the last normal close left it (no check needed)."""
    try:
        recorded = json.loads(_record_path(database).read_bytes())
        return not Path(f"{database}-wal").exists() and recorded == _stamp(database)
    except (OSError, ValueError):
        return False


def forget_clean_close(database: Path) -> None:
    """The database is about to be opened: until the next normal close, nothing is known."""
    try:
        _record_path(database).unlink(missing_ok=True)
    except OSError as error:
        log.warning("The clean close record of %s could not be removed: %s", database, error)
