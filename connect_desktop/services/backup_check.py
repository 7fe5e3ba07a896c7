"""Checking a backup ZIP before anything is restored from it: safe member names, every
member listed in the manifest with its size and SHA-256, a sound SQLite database whose
schema this app knows. Nothing outside a temporary folder is written."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from connect_desktop.store.database import SCHEMA_REVISION

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DATABASE_MEMBER = "database.sqlite3"
ATTACHMENT_PREFIX = "attachments/"
_ATTACHMENT_MEMBER = re.compile(r"attachments/([0-9a-f]{64})")
# Limits that no real backup reaches but that stop a hostile file from filling the disk.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_DATABASE_BYTES = 4 * 1024**3
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 200_000
CHUNK = 1024 * 1024


class BackupInvalid(ValueError):
    """A file that is not a sound backup of this app; ``code`` names the reason for the UI."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class MemberInfo:
    size: int
    sha256: str


@dataclass(frozen=True)
class BackupManifest:
    format_version: int
    app_version: str
    schema_revision: str
    created_at: datetime
    members: dict[str, MemberInfo]
    counts: dict[str, int] = field(default_factory=dict)  # rows per table, as found

    @property
    def attachments(self) -> list[str]:
        return [
            name.removeprefix(ATTACHMENT_PREFIX) for name in self.members if is_attachment(name)
        ]


def is_attachment(name: str) -> bool:
    return _ATTACHMENT_MEMBER.fullmatch(name) is not None


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version' ORDER BY name"
        )
    ]
    # The names come from a file that may be hostile: quoted as identifiers.
    quoted = {name: '"' + name.replace('"', '""') + '"' for name in names}
    return {
        name: connection.execute(f"SELECT COUNT(*) FROM {quoted[name]}").fetchone()[0]
        for name in names
    }


def schema_revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else str(row[0])


def manifest_json(manifest: BackupManifest) -> dict[str, Any]:
    return {
        "format_version": manifest.format_version,
        "app": "Connect Desktop",
        "app_version": manifest.app_version,
        "schema_revision": manifest.schema_revision,
        "created_at": manifest.created_at.isoformat(),
        "counts": manifest.counts,
        "members": {
            name: {"size": info.size, "sha256": info.sha256}
            for name, info in manifest.members.items()
        },
    }


def _parse_manifest(data: bytes) -> BackupManifest:
    try:
        raw = json.loads(data.decode("utf-8"))
        version = raw["format_version"]
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise BackupInvalid(
                "newer_format", "This backup was made by a newer version of the app."
            )
        members = {
            str(name): MemberInfo(int(info["size"]), str(info["sha256"]))
            for name, info in raw["members"].items()
        }
        counts = {str(k): int(v) for k, v in raw.get("counts", {}).items()}
        created_at = datetime.fromisoformat(raw["created_at"])
        return BackupManifest(
            version,
            str(raw["app_version"]),
            str(raw["schema_revision"]),
            created_at,
            members,
            counts,
        )
    except BackupInvalid:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise BackupInvalid("bad_manifest", "The backup's manifest cannot be read.") from error


def _check_name(name: str) -> None:
    parts = name.split("/")
    if (
        name.startswith("/")
        or "\\" in name
        or ":" in name
        or any(part in ("", ".", "..") for part in parts)
    ):
        raise BackupInvalid(
            "unsafe_member", f"The backup holds a file with an unsafe name: {name!r}."
        )
    if name not in (MANIFEST_NAME, DATABASE_MEMBER) and not is_attachment(name):
        raise BackupInvalid("unexpected_member", f"The backup holds an unexpected file: {name!r}.")


def copy_member(archive: zipfile.ZipFile, name: str, info: MemberInfo, out: Any) -> None:
    """Copy one member to ``out``, refusing it as soon as it differs from the manifest."""
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > info.size:
                    break
                digest.update(chunk)
                out.write(chunk)
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:
        raise BackupInvalid("damaged", f"The file {name!r} in the backup is damaged.") from error
    if size != info.size or digest.hexdigest() != info.sha256:
        raise BackupInvalid("checksum", f"The file {name!r} does not match its checksum.")


def _open_checked(archive: zipfile.ZipFile) -> BackupManifest:
    """Check names, sizes and the manifest of ``archive`` (contents are checked on reading)."""
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if len(names) > MAX_MEMBERS or len(set(names)) != len(names):
        raise BackupInvalid("unexpected_member", "The backup holds repeated or too many files.")
    for name in names:
        _check_name(name)
    if MANIFEST_NAME not in names:
        raise BackupInvalid("no_manifest", "This file is not a backup of Connect Desktop.")
    if archive.getinfo(MANIFEST_NAME).file_size > MAX_MANIFEST_BYTES:
        raise BackupInvalid("too_large", "The backup's manifest is too large.")
    manifest = _parse_manifest(archive.read(MANIFEST_NAME))
    listed = set(manifest.members)
    present = set(names) - {MANIFEST_NAME}
    if present - listed:
        extra = sorted(present - listed)[0]
        raise BackupInvalid("unexpected_member", f"The backup holds an unlisted file: {extra!r}.")
    if listed - present or DATABASE_MEMBER not in listed:
        raise BackupInvalid("missing_member", "Files listed in the backup's manifest are missing.")
    for info in infos:
        if info.filename == MANIFEST_NAME:
            continue
        limit = MAX_DATABASE_BYTES if info.filename == DATABASE_MEMBER else MAX_ATTACHMENT_BYTES
        expected = manifest.members[info.filename]
        if info.file_size > limit or expected.size > limit or info.file_size != expected.size:
            raise BackupInvalid("too_large", f"The file {info.filename!r} has a wrong size.")
        digest = info.filename.removeprefix(ATTACHMENT_PREFIX)
        if is_attachment(info.filename) and digest != expected.sha256:
            raise BackupInvalid("checksum", f"The file {info.filename!r} is not named by its hash.")
    return manifest


def _known_revision(revision: str) -> bool:
    """Older revisions are migrated on opening; a newer one needs a newer app."""
    return revision.isdigit() and int(revision) <= int(SCHEMA_REVISION)


def _check_database(path: Path, manifest: BackupManifest) -> dict[str, int]:
    try:
        connection = sqlite3.connect(path)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            revision = schema_revision(connection)
            counts = table_counts(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupInvalid("corrupt_database", "The backup's database is damaged.") from error
    if result != ["ok"]:
        raise BackupInvalid("corrupt_database", "The backup's database is damaged.")
    if revision is None or revision != manifest.schema_revision:
        raise BackupInvalid("bad_revision", "The backup's database has no known schema.")
    if not _known_revision(revision):
        raise BackupInvalid(
            "newer_schema", "This backup was made by a newer version of the app; update first."
        )
    return counts


def open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise BackupInvalid("not_a_zip", "This file is not a backup of Connect Desktop.") from error


@contextmanager
def checked_backup(path: Path) -> Iterator[tuple[BackupManifest, zipfile.ZipFile, Path]]:
    """Check every byte of the backup at ``path`` and keep it open for a restore: its
    manifest (with the row counts read from the database itself), the archive, and the
    checked copy of its database in a temporary folder removed on leaving.
    Raises ``BackupInvalid``; writes only to that temporary folder."""
    with open_zip(path) as archive:
        manifest = _open_checked(archive)
        for name in manifest.members:
            if name != DATABASE_MEMBER:
                copy_member(archive, name, manifest.members[name], Buffer(keep=False))
        with tempfile.TemporaryDirectory(prefix="connect-desktop-verify-") as work:
            copy = Path(work) / DATABASE_MEMBER
            with copy.open("wb") as out:
                copy_member(archive, DATABASE_MEMBER, manifest.members[DATABASE_MEMBER], out)
            counts = _check_database(copy, manifest)
            yield replace(manifest, counts=counts), archive, copy


def verify_backup(path: Path) -> BackupManifest:
    """Check every byte of the backup at ``path``; its manifest, with the row counts read
    from the database itself. Raises ``BackupInvalid``; writes only to a temporary folder."""
    with checked_backup(path) as (manifest, _archive, _database):
        return manifest


class Buffer:
    """A writable sink that keeps the bytes (an attachment) or only checks them."""

    def __init__(self, keep: bool = True) -> None:
        self.keep = keep
        self.data = bytearray()

    def write(self, chunk: bytes) -> int:
        if self.keep:
            self.data += chunk
        return len(chunk)
