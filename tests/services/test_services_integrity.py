"""The data folder checked at start: temporary files, orphaned and missing attachments,
and the database's quick check."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text

from connect_desktop.services.attachments import attachment_path, store_file
from connect_desktop.services.integrity import (
    ORPHANS_FOLDER,
    database_is_sound,
    tidy_store,
)
from connect_desktop.store.database import database_path


def reference(engine: Engine, sha: str, name: str = "facture.pdf") -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO attachment (invoice_id, sha256, original_name, size, role, "
                "added_at) VALUES (NULL, :sha, :name, 3, 'document', '2026-11-28 09:00:00')"
            ),
            {"sha": sha, "name": name},
        )


def test_a_clean_folder_stays_as_it_is(engine: Engine, data_dir: Path) -> None:
    sha = store_file(data_dir, b"%PDF kept")
    reference(engine, sha)
    report = tidy_store(engine, data_dir)
    assert report.is_clean
    assert attachment_path(data_dir, sha).read_bytes() == b"%PDF kept"


def test_temporary_files_of_interrupted_writes_are_removed(engine: Engine, data_dir: Path) -> None:
    store = attachment_path(data_dir, "ab" * 32).parent
    store.mkdir(parents=True)
    half = store / f".{'ab' * 32}.pdf.k2j3h4.tmp"
    half.write_bytes(b"%PDF half")
    beside = data_dir / ".window.ini.x8y9z0.tmp"
    beside.write_text("half")
    user_file = data_dir / "notes.tmp"  # not one of ours: left alone
    user_file.write_text("mine")
    report = tidy_store(engine, data_dir)
    assert report.temporary_removed == 2
    assert not half.exists()
    assert not beside.exists()
    assert user_file.exists()


def test_an_unreferenced_attachment_is_moved_aside_never_deleted(
    engine: Engine, data_dir: Path
) -> None:
    orphan = store_file(data_dir, b"%PDF never committed")
    report = tidy_store(engine, data_dir)
    assert report.orphans_moved == (orphan,)
    assert not attachment_path(data_dir, orphan).exists()
    moved = data_dir / "attachments" / ORPHANS_FOLDER / f"{orphan}.pdf"
    assert moved.read_bytes() == b"%PDF never committed"
    assert tidy_store(engine, data_dir).is_clean  # moved once, then left alone


def test_a_referenced_file_that_is_missing_is_reported(engine: Engine, data_dir: Path) -> None:
    sha = store_file(data_dir, b"%PDF deleted by hand")
    reference(engine, sha, "LBC-2026-000012.pdf")
    attachment_path(data_dir, sha).unlink()
    report = tidy_store(engine, data_dir)
    assert [(item.sha256, item.original_name) for item in report.missing] == [
        (sha, "LBC-2026-000012.pdf")
    ]


def test_quick_check_passes_a_sound_database_and_fails_a_damaged_one(
    engine: Engine, data_dir: Path, tmp_path: Path
) -> None:
    path = database_path(data_dir)
    engine.dispose()
    assert database_is_sound(path)
    assert database_is_sound(tmp_path / "absent.sqlite3")  # a first start
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of the schema or a table, overwritten
    damaged.write_bytes(bytes(data))
    assert not database_is_sound(damaged)
    not_a_database = tmp_path / "text.sqlite3"
    not_a_database.write_text("this is not a database")
    assert not database_is_sound(not_a_database)
