"""Backups (DESIGN.md §3): one ZIP file holding the database, the attachments it refers to
and a manifest with checksums, that can be checked, moved to another computer and restored.

The database is copied with SQLite's online backup API, so a backup taken while the app
runs is consistent. Automatic backups (name prefix ``auto-``) are made at most once a day
and rotated; manual ones and any other file in the folder are never deleted. The plain
copy that ``store.database.open_database`` takes before a migration stays beside them.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine

from connect_desktop import __version__
from connect_desktop.services.attachments import REFERENCED_FILES_SQL, attachment_path, store_file
from connect_desktop.services.backup_check import (
    ATTACHMENT_PREFIX,
    CHUNK,
    DATABASE_MEMBER,
    FORMAT_VERSION,
    MANIFEST_NAME,
    BackupInvalid,
    BackupManifest,
    Buffer,
    MemberInfo,
    checked_backup,
    copy_member,
    manifest_json,
    schema_revision,
    table_counts,
    verify_backup,
)
from connect_desktop.services.export_files import Progress, report
from connect_desktop.services.files import atomic_output
from connect_desktop.store.database import BACKUP_FOLDER, database_path

NAME_STEM = "connect-desktop"
AUTO_PREFIX = "auto-"
SAFETY_PREFIX = "before-restore-"
_STAMP = "%Y-%m-%dT%H%M"
_AUTO_NAME = re.compile(rf"{AUTO_PREFIX}{NAME_STEM}-(\d{{4}}-\d\d-\d\dT\d{{4}})(?:-\d+)?\.zip")
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12


class DatabaseInUse(RuntimeError):
    """The database is still open elsewhere, so it cannot be replaced."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    manifest: BackupManifest
    missing_attachments: list[str]  # referenced by the database but absent from the disk


@dataclass(frozen=True)
class RestoreReport:
    manifest: BackupManifest
    database: Path
    safety_backup: Path | None  # the state before the restore; None if there was none
    attachments_copied: int
    attachments_present: int


def _local(now: datetime | None) -> datetime:
    """``now`` in local time (a naive value is taken as local already)."""
    if now is None:
        return datetime.now().astimezone()
    return now.astimezone() if now.tzinfo is not None else now


def _free_path(folder: Path, stem: str) -> Path:
    path, number = folder / f"{stem}.zip", 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}.zip"
    return path


def _add_member(archive: zipfile.ZipFile, path: Path, name: str) -> MemberInfo:
    """Write the file at ``path`` into ``archive`` as ``name``, as ``ZipFile.write`` does,
    hashing it on the way: each file is read once."""
    info = zipfile.ZipInfo.from_file(path, name)
    info.compress_type = archive.compression
    info._compresslevel = archive.compresslevel  # type: ignore[attr-defined]  # as write()
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as source, archive.open(info, "w") as member:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            member.write(chunk)
    return MemberInfo(size, digest.hexdigest())


def _referenced_digests(connection: sqlite3.Connection) -> list[str]:
    """The stored files to back up (the live database is always at the current schema)."""
    return sorted({row[2] for row in connection.execute(REFERENCED_FILES_SQL)})


def _snapshot(source: sqlite3.Connection, target: Path) -> None:
    """Copy the live database into ``target`` as one self-contained file (no WAL)."""
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()


def _write_backup(
    source: sqlite3.Connection,
    data_dir: Path,
    destination: Path,
    now: datetime,
    progress: Progress | None,
) -> BackupInfo:
    members: dict[str, MemberInfo] = {}
    missing: list[str] = []
    with tempfile.TemporaryDirectory(prefix="connect-desktop-backup-") as work:
        snapshot = Path(work) / DATABASE_MEMBER
        _snapshot(source, snapshot)
        reader = sqlite3.connect(snapshot)
        try:
            counts = table_counts(reader)
            revision = schema_revision(reader) or ""
            digests = _referenced_digests(reader)
        finally:
            reader.close()
        files: list[tuple[str, Path]] = []
        for digest in digests:
            try:
                path = attachment_path(data_dir, digest)
            except ValueError:
                path = None  # a malformed digest in the table: nothing on disk to save
            if path is None or not path.is_file():
                missing.append(digest)
            else:
                files.append((ATTACHMENT_PREFIX + digest, path))
        total = 1 + len(files)
        with (
            atomic_output(destination) as stream,
            zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive,
        ):
            for done, (name, path) in enumerate([(DATABASE_MEMBER, snapshot), *files], 1):
                members[name] = _add_member(archive, path, name)
                report(progress, done, total)
            manifest = BackupManifest(
                FORMAT_VERSION, __version__, revision, now.astimezone(UTC), members, counts
            )
            archive.writestr(MANIFEST_NAME, json.dumps(manifest_json(manifest), indent=1))
    return BackupInfo(destination, destination.stat().st_size, manifest, missing)


def default_backup_path(data_dir: Path, now: datetime | None = None, prefix: str = "") -> Path:
    """A free name like ``backups/connect-desktop-2026-11-28T0930.zip`` in the data folder."""
    folder = Path(data_dir) / BACKUP_FOLDER
    return _free_path(folder, f"{prefix}{NAME_STEM}-{_local(now).strftime(_STAMP)}")


def create_backup(
    engine: Engine,
    data_dir: Path,
    destination: Path | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Write a backup of the live database of ``engine`` and of its attachments.

    The ZIP appears under its final name only once complete. Attachments the database
    refers to but that are not on disk are listed in the result rather than failing.
    """
    now = _local(now)
    if destination is None:
        destination = default_backup_path(data_dir, now)
    destination.parent.mkdir(parents=True, exist_ok=True)
    raw = engine.raw_connection()
    try:
        return _write_backup(raw.driver_connection, data_dir, destination, now, progress)
    finally:
        raw.close()


def _file_backup(data_dir: Path, prefix: str, now: datetime | None = None) -> BackupInfo:
    """A backup of the database file itself, for when no engine is open."""
    now = _local(now)
    destination = default_backup_path(data_dir, now, prefix)
    destination.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(database_path(data_dir))
    try:
        return _write_backup(source, data_dir, destination, now, None)
    finally:
        source.close()  # the last connection to close also folds the WAL into the file


def _safety_copy(data_dir: Path) -> Path:
    """Save the current state before a restore: a backup, or, if the database is too
    damaged to be read, a raw copy of its files (often why the user restores)."""
    try:
        return _file_backup(data_dir, SAFETY_PREFIX).path
    except sqlite3.DatabaseError:
        database = database_path(data_dir)
        target = default_backup_path(data_dir, prefix=SAFETY_PREFIX).with_suffix(".sqlite3")
        for source, copy in ((database, target), (_wal(database), _wal(target))):
            if source.exists():
                with source.open("rb") as stream, atomic_output(copy) as out:
                    shutil.copyfileobj(stream, out)
        return target


def _wal(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


# --- restoring --------------------------------------------------------------------------


def restore_backup(path: Path, data_dir: Path) -> RestoreReport:
    """Put the backup at ``path`` in place in ``data_dir`` once it has been fully checked.

    The caller must have disposed of every engine on the current database first. The
    current state is saved as a ``before-restore-`` backup; attachments already on disk
    are kept, missing ones are copied; no user file is ever deleted.
    """
    with checked_backup(path) as (manifest, archive, checked_database):
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        database = database_path(data_dir)
        side_files = [_wal(database), database.with_name(database.name + "-shm")]
        safety = None
        if database.exists():
            safety = _safety_copy(data_dir)
            if side_files[0].exists() and side_files[0].stat().st_size > 0:
                raise DatabaseInUse("The database is still open; close it before restoring.")
        copied = present = 0
        # The database checked (checksum, integrity, schema) is the one put in place.
        with checked_database.open("rb") as source, atomic_output(database) as out:
            shutil.copyfileobj(source, out, CHUNK)
            # A journal of the old database must never be applied to the new one.
            for side in side_files:
                side.unlink(missing_ok=True)
        for digest in manifest.attachments:
            info = manifest.members[ATTACHMENT_PREFIX + digest]
            target = attachment_path(data_dir, digest)
            if target.is_file() and target.stat().st_size == info.size:
                present += 1
                continue
            buffer = Buffer()
            copy_member(archive, ATTACHMENT_PREFIX + digest, info, buffer)
            store_file(data_dir, bytes(buffer.data))
            copied += 1
    return RestoreReport(manifest, database, safety, copied, present)


# --- rotation ---------------------------------------------------------------------------


def _auto_backups(folder: Path) -> list[tuple[datetime, Path]]:
    found = []
    for path in folder.glob(f"{AUTO_PREFIX}*.zip") if folder.is_dir() else ():
        match = _AUTO_NAME.fullmatch(path.name)
        if match:
            found.append((datetime.strptime(match[1], _STAMP), path))
    return sorted(found, reverse=True)


def _newest_per_period(
    backups: Iterable[tuple[datetime, Path]], key: Callable[[date], object], count: int
) -> set[Path]:
    kept: dict[object, Path] = {}
    for stamp, path in backups:  # newest first, so the first of each period is its newest
        period = key(stamp.date())
        if period not in kept:
            if len(kept) == count:
                break
            kept[period] = path
    return set(kept.values())


def prune_backups(backup_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups no longer needed; the paths removed.

    Kept: the newest of each of the last 7 days, 4 ISO weeks and 12 months that have a
    backup (so a long absence never empties the folder), and any dated after ``now``.
    Manual backups and files not named by the app are never touched.
    """
    limit = _local(now).replace(tzinfo=None)
    backups = _auto_backups(Path(backup_dir))
    past = [(stamp, path) for stamp, path in backups if stamp <= limit]
    keep = {path for stamp, path in backups if stamp > limit}
    keep |= _newest_per_period(past, lambda day: day, KEEP_DAYS)
    keep |= _newest_per_period(past, lambda day: day.isocalendar()[:2], KEEP_WEEKS)
    keep |= _newest_per_period(past, lambda day: (day.year, day.month), KEEP_MONTHS)
    removed = [path for _, path in past if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def auto_backup_if_due(
    engine: Engine, data_dir: Path, now: datetime | None = None
) -> BackupInfo | None:
    """Make today's automatic backup unless there is one already, then rotate."""
    now = _local(now)
    folder = Path(data_dir) / BACKUP_FOLDER
    if any(stamp.date() == now.date() for stamp, _ in _auto_backups(folder)):
        return None
    info = create_backup(engine, data_dir, default_backup_path(data_dir, now, AUTO_PREFIX), now=now)
    prune_backups(folder, now)
    return info


__all__ = [
    "BackupInfo",
    "BackupInvalid",
    "BackupManifest",
    "DatabaseInUse",
    "RestoreReport",
    "auto_backup_if_due",
    "create_backup",
    "default_backup_path",
    "prune_backups",
    "restore_backup",
    "verify_backup",
]
