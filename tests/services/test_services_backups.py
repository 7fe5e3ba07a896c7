"""Backups (issue 9): one ZIP with the database, the attachments and a manifest; checked
before any restore, restorable on another computer, rotated when automatic."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from connect_desktop.services.attachments import attachment_path, sha256_of, store_file
from connect_desktop.services.backup_check import DATABASE_MEMBER, MANIFEST_NAME
from connect_desktop.services.backups import (
    BackupInvalid,
    auto_backup_if_due,
    create_backup,
    prune_backups,
    restore_backup,
    verify_backup,
)
from connect_desktop.store.database import (
    SCHEMA_REVISION,
    database_path,
    open_database,
    unit_of_work,
)
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.models import Attachment, Invoice

NOW = datetime(2026, 11, 28, 9, 30)
PDFS = (b"%PDF-1.4 first attachment\n" * 50, b"%PDF-1.4 second attachment\n" * 80)


def fill(engine: Engine, data_dir: Path) -> list[str]:
    """The demo data plus two attachments on the first invoice; their digests."""
    fill_demo(engine, today=date(2026, 11, 28))
    digests = [store_file(data_dir, data) for data in PDFS]
    with unit_of_work(engine) as session:
        invoice = session.exec(select(Invoice).order_by(Invoice.id)).first()
        assert invoice is not None
        for index, digest in enumerate(digests):
            session.add(
                Attachment(
                    invoice_id=invoice.id,
                    sha256=digest,
                    original_name=f"facture {index}.pdf",
                    size=len(PDFS[index]),
                )
            )
    return digests


def tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the database at ``path``."""
    connection = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            for name in names
        }
    finally:
        connection.close()


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def rewrite(source: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """A copy of the backup ``source`` whose members ``change`` edits, manifest kept as is."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def relist(members: dict[str, bytes]) -> None:
    """Make the manifest agree with the members again (what a careful forger would do)."""
    manifest = json.loads(members[MANIFEST_NAME])
    manifest["members"] = {
        name: {"size": len(data), "sha256": sha256_of(data)}
        for name, data in members.items()
        if name != MANIFEST_NAME
    }
    members[MANIFEST_NAME] = json.dumps(manifest).encode()


@pytest.fixture
def backup(engine: Engine, data_dir: Path) -> Path:
    fill(engine, data_dir)
    return create_backup(engine, data_dir, now=NOW).path


def test_round_trip_to_a_new_computer(engine: Engine, data_dir: Path, tmp_path: Path) -> None:
    digests = fill(engine, data_dir)
    steps: list[tuple[int, int]] = []
    info = create_backup(engine, data_dir, now=NOW, progress=lambda *step: steps.append(step))
    assert info.path == data_dir / "backups" / "connect-desktop-2026-11-28T0930.zip"
    assert info.size == info.path.stat().st_size
    assert info.missing_attachments == []
    assert steps[-1] == (3, 3)
    with zipfile.ZipFile(info.path) as archive:
        assert sorted(archive.namelist()) == sorted(
            [DATABASE_MEMBER, MANIFEST_NAME, *(f"attachments/{d}" for d in digests)]
        )
        manifest = json.loads(archive.read(MANIFEST_NAME))
    assert manifest["schema_revision"] == SCHEMA_REVISION
    assert manifest["created_at"].startswith("2026-11-28")

    checked = verify_backup(info.path)
    assert checked.counts["mission"] == 5
    assert checked.counts["attachment"] == 2
    assert checked.counts == info.manifest.counts
    assert sorted(checked.attachments) == sorted(digests)

    other = tmp_path / "new-computer"  # does not exist yet
    report = restore_backup(info.path, other)
    assert report.safety_backup is None
    assert (report.attachments_copied, report.attachments_present) == (2, 0)
    restored = open_database(database_path(other))
    try:
        with restored.connect():
            pass
    finally:
        restored.dispose()
    assert tables(database_path(other)) == tables(database_path(data_dir))
    for digest, data in zip(digests, PDFS, strict=True):
        assert attachment_path(other, digest).read_bytes() == data


def test_missing_attachments_are_reported_not_fatal(engine: Engine, data_dir: Path) -> None:
    digests = fill(engine, data_dir)
    attachment_path(data_dir, digests[0]).unlink()
    info = create_backup(engine, data_dir, now=NOW)
    assert info.missing_attachments == [digests[0]]
    assert verify_backup(info.path).attachments == [digests[1]]


def _change_a_byte(members: dict[str, bytes]) -> None:
    data = bytearray(members[DATABASE_MEMBER])
    data[5000] ^= 0xFF
    members[DATABASE_MEMBER] = bytes(data)


def _add_member(members: dict[str, bytes]) -> None:
    members["attachments/" + "0" * 64] = b"not listed"


def _evil_member(members: dict[str, bytes]) -> None:
    members["../evil"] = b"outside"
    relist(members)


def _newer_schema(members: dict[str, bytes], tmp: Path) -> None:
    path = tmp / "db.sqlite3"
    path.write_bytes(members[DATABASE_MEMBER])
    newer = f"{int(SCHEMA_REVISION) + 1:04d}"
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (newer,))
    connection.commit()
    connection.close()
    members[DATABASE_MEMBER] = path.read_bytes()
    manifest = json.loads(members[MANIFEST_NAME])
    manifest["schema_revision"] = newer
    members[MANIFEST_NAME] = json.dumps(manifest).encode()
    relist(members)


@pytest.mark.parametrize(
    ("tamper", "code"),
    [
        (_change_a_byte, "checksum"),
        (_add_member, "unexpected_member"),
        (_evil_member, "unsafe_member"),
        ("newer_schema", "newer_schema"),
        ("not_a_zip", "not_a_zip"),
    ],
)
def test_a_tampered_backup_is_refused_and_nothing_is_written(
    backup: Path, engine: Engine, data_dir: Path, tmp_path: Path, tamper: object, code: str
) -> None:
    bad = tmp_path / "bad.zip"
    if tamper == "newer_schema":
        rewrite(backup, bad, lambda members: _newer_schema(members, tmp_path))
    elif tamper == "not_a_zip":
        bad.write_bytes(b"PK\x03\x04 garbage")
    else:
        rewrite(backup, bad, tamper)  # type: ignore[arg-type]
    with pytest.raises(BackupInvalid) as refused:
        verify_backup(bad)
    assert refused.value.code == code
    engine.dispose()
    before = files_under(data_dir)
    with pytest.raises(BackupInvalid):
        restore_backup(bad, data_dir)
    assert files_under(data_dir) == before
    assert not (tmp_path / "evil").exists()


def test_an_older_schema_is_accepted(backup: Path, tmp_path: Path) -> None:
    # Migrations bring it up to date when the restored database is opened.
    def older(members: dict[str, bytes]) -> None:
        path = tmp_path / "db.sqlite3"
        path.write_bytes(members[DATABASE_MEMBER])
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '0001'")
        members[DATABASE_MEMBER] = path.read_bytes()
        manifest = json.loads(members[MANIFEST_NAME])
        manifest["schema_revision"] = "0001"
        members[MANIFEST_NAME] = json.dumps(manifest).encode()
        relist(members)

    assert verify_backup(rewrite(backup, tmp_path / "old.zip", older)).schema_revision == "0001"


def test_restore_keeps_a_safety_backup_of_the_current_state(
    backup: Path, engine: Engine, data_dir: Path, tmp_path: Path
) -> None:
    empty_dir = tmp_path / "empty"
    empty = open_database(database_path(empty_dir))
    empty_backup = create_backup(empty, empty_dir, now=NOW).path
    empty.dispose()
    before = tables(database_path(data_dir))
    engine.dispose()  # what the caller must do first

    report = restore_backup(empty_backup, data_dir)
    assert report.safety_backup is not None
    assert report.safety_backup.name.startswith("before-restore-connect-desktop-")
    assert verify_backup(report.safety_backup).counts["mission"] == 5
    assert tables(database_path(data_dir))["mission"] == []
    assert not Path(f"{database_path(data_dir)}-wal").exists()
    # The attachments of the replaced database are kept.
    assert all(attachment_path(data_dir, sha256_of(data)).exists() for data in PDFS)

    again = restore_backup(report.safety_backup, data_dir)
    assert tables(database_path(data_dir)) == before
    assert again.attachments_present == 2


def test_an_interrupted_backup_leaves_no_zip(engine: Engine, data_dir: Path) -> None:
    fill(engine, data_dir)

    def fail(done: int, total: int) -> None:
        if done == 2:
            raise RuntimeError("disk full")

    target = data_dir / "out" / "mine.zip"
    with pytest.raises(RuntimeError, match="disk full"):
        create_backup(engine, data_dir, target, now=NOW, progress=fail)
    assert list(target.parent.iterdir()) == []


def _touch(folder: Path, when: datetime) -> Path:
    path = folder / f"auto-connect-desktop-{when:%Y-%m-%dT%H%M}.zip"
    path.write_bytes(b"")
    return path


def test_rotation_over_400_days(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    user_files = [
        folder / "connect-desktop-2026-01-01T1000.zip",  # manual
        folder / "before-restore-connect-desktop-2026-01-02T1000.zip",
        folder / "connect-desktop-before-migration-from-0002-20260101.sqlite3",
        folder / "auto-connect-desktop-my-copy.zip",  # not the app's scheme
        folder / "notes.txt",
    ]
    for path in user_files:
        path.write_bytes(b"user")
    start = datetime(2025, 10, 25, 9, 30)
    made: list[datetime] = []
    removed: list[Path] = []
    for day in range(400):
        now = start + timedelta(days=day)
        made.append(now)
        _touch(folder, now)
        if day % 3 == 0:  # a second start that day (the manual rule is one, tests both)
            made.append(now + timedelta(hours=8))
            _touch(folder, made[-1])
        removed += prune_backups(folder, made[-1])
        assert len(list(folder.glob("auto-connect-desktop-2*.zip"))) <= 7 + 4 + 12

    last = made[-1]
    newest: dict[object, datetime] = {}
    for stamp in made:  # in order, so each period ends up with its newest
        for key in (
            ("day", stamp.date()),
            ("week", stamp.isocalendar()[:2]),
            ("month", (stamp.year, stamp.month)),
        ):
            newest[key] = stamp
    expected: set[datetime] = set()
    for kind, count in (("day", 7), ("week", 4), ("month", 12)):
        periods = sorted((k for k in newest if k[0] == kind), reverse=True)[:count]
        expected |= {newest[k] for k in periods}
    kept = {
        datetime.strptime(path.name[21:36], "%Y-%m-%dT%H%M")
        for path in folder.glob("auto-connect-desktop-2*.zip")
    }
    assert kept == expected
    # Nov 22-28 (Nov 22 ends the previous week), the Sundays Nov 8 and 15, and the last
    # day of each month from December to October.
    assert len(kept) == 7 + 2 + 11
    assert last in kept
    assert all(path.exists() for path in user_files)
    assert len(removed) == len(made) - len(kept)


def test_rotation_keeps_history_after_a_long_absence(tmp_path: Path) -> None:
    old = [_touch(tmp_path, datetime(2024, 1, day, 9, 0)) for day in range(1, 4)]
    assert prune_backups(tmp_path, datetime(2026, 11, 28, 9, 0)) == []
    assert all(path.exists() for path in old)


def test_auto_backup_once_a_day(engine: Engine, data_dir: Path) -> None:
    fill(engine, data_dir)
    first = auto_backup_if_due(engine, data_dir, NOW)
    assert first is not None
    assert first.path.name == "auto-connect-desktop-2026-11-28T0930.zip"
    assert auto_backup_if_due(engine, data_dir, NOW + timedelta(hours=9)) is None
    second = auto_backup_if_due(engine, data_dir, NOW + timedelta(days=1))
    assert second is not None
    assert verify_backup(second.path).counts["mission"] == 5
    assert len(list((data_dir / "backups").glob("auto-*.zip"))) == 2


def test_a_damaged_database_is_kept_raw_before_a_restore(
    backup: Path, engine: Engine, data_dir: Path
) -> None:
    engine.dispose()
    database = database_path(data_dir)
    Path(f"{database}-wal").unlink(missing_ok=True)
    Path(f"{database}-shm").unlink(missing_ok=True)
    database.write_bytes(b"this is not SQLite any more" * 100)
    report = restore_backup(backup, data_dir)
    assert report.safety_backup is not None
    assert report.safety_backup.suffix == ".sqlite3"
    assert report.safety_backup.read_bytes() == b"this is not SQLite any more" * 100
    assert len(tables(database)["mission"]) == 5
