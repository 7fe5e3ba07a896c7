"""The data folder checked at start: what an interrupted write may have left behind.

Every file is written to a hidden temporary name, fsynced, renamed, and only then
referenced in the database (``services.files``, ``services.attachments``). A process
killed at any instant can therefore leave:

- a temporary file (``.name.xxxx.tmp``): removed, it was never complete;
- a stored attachment that no row references (the transaction that was to reference it
  never committed): moved aside to ``attachments/orphaned/``, never deleted;
- nothing referenced that is missing. If a referenced file is missing all the same (a
  file deleted by hand, a partial copy of the folder), it is reported, never dropped.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

from connect_desktop.services.attachments import (
    ATTACHMENTS_FOLDER,
    REFERENCED_FILES_SQL,
    attachment_path,
)

ORPHANS_FOLDER = "orphaned"
# The names tempfile.mkstemp gives in files.atomic_output: ".<target name>.<random>.tmp".
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]+\.tmp$")
_STORED = re.compile(r"^([0-9a-f]{64})\.pdf$")


@dataclass(frozen=True, slots=True)
class MissingFile:
    invoice_id: int | None
    original_name: str
    sha256: str


@dataclass(frozen=True, slots=True)
class StoreReport:
    temporary_removed: int
    orphans_moved: tuple[str, ...]  # sha256 of the files moved to attachments/orphaned/
    missing: tuple[MissingFile, ...]

    @property
    def is_clean(self) -> bool:
        return not (self.temporary_removed or self.orphans_moved or self.missing)


def database_is_sound(path: Path) -> bool:
    """``PRAGMA quick_check`` on the database file, opened read-only (nothing written)."""
    if not path.exists():
        return True  # a first start: nothing to check
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def _remove_temporary_files(data_dir: Path) -> int:
    removed = 0
    for path in data_dir.rglob(".*.tmp"):
        if path.is_file() and _TEMPORARY.match(path.name):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _referenced(engine: Engine) -> dict[str, MissingFile]:
    with engine.connect() as connection:
        rows = connection.execute(text(REFERENCED_FILES_SQL)).all()
    return {sha: MissingFile(invoice_id, name or "", sha) for invoice_id, name, sha in rows}


def tidy_store(engine: Engine, data_dir: Path) -> StoreReport:
    """Remove temporary files, move unreferenced attachments aside, list missing ones.

    Run at start, before anything writes (one instance per data folder).
    """
    data_dir = Path(data_dir)
    temporary = _remove_temporary_files(data_dir)
    referenced = _referenced(engine)
    store = data_dir / ATTACHMENTS_FOLDER
    orphans: list[str] = []
    if store.is_dir():
        for path in sorted(store.glob("??/*.pdf")):
            match = _STORED.match(path.name)
            if match is None or match.group(1) in referenced:
                continue
            target = store / ORPHANS_FOLDER / path.name
            target.parent.mkdir(exist_ok=True)
            path.replace(target)
            orphans.append(match.group(1))
    missing = tuple(
        item for sha, item in referenced.items() if not attachment_path(data_dir, sha).exists()
    )
    return StoreReport(temporary, tuple(orphans), missing)
