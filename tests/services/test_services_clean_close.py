"""The quick check at start is skipped only for a database exactly as its last normal
close left it."""

from __future__ import annotations

import os
from pathlib import Path

from connect_desktop.services.clean_close import (
    RECORD_NAME,
    forget_clean_close,
    record_clean_close,
    unchanged_since_clean_close,
)


def database(tmp_path: Path) -> Path:
    path = tmp_path / "connect-desktop.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    return path


def test_a_database_never_closed_normally_is_checked(tmp_path: Path) -> None:
    assert not unchanged_since_clean_close(database(tmp_path))


def test_a_database_as_its_normal_close_left_it_is_not_checked_again(tmp_path: Path) -> None:
    path = database(tmp_path)
    record_clean_close(path)
    assert (tmp_path / RECORD_NAME).exists()
    assert unchanged_since_clean_close(path)


def test_a_database_changed_since_its_normal_close_is_checked(tmp_path: Path) -> None:
    path = database(tmp_path)
    record_clean_close(path)
    with path.open("r+b") as file:  # same size, written again later
        file.seek(100)
        file.write(b"\xff")
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    assert not unchanged_since_clean_close(path)


def test_a_left_write_ahead_log_means_a_check(tmp_path: Path) -> None:
    path = database(tmp_path)
    record_clean_close(path)
    Path(f"{path}-wal").write_bytes(b"log")
    assert not unchanged_since_clean_close(path)
    record_clean_close(path)  # never recorded while the log is there
    Path(f"{path}-wal").unlink()
    path.write_bytes(path.read_bytes() + b"more")
    assert not unchanged_since_clean_close(path)


def test_opening_the_database_forgets_the_record(tmp_path: Path) -> None:
    path = database(tmp_path)
    record_clean_close(path)
    forget_clean_close(path)
    assert not (tmp_path / RECORD_NAME).exists()
    assert not unchanged_since_clean_close(path)
    forget_clean_close(path)  # nothing to forget: no error


def test_an_unreadable_record_means_a_check(tmp_path: Path) -> None:
    path = database(tmp_path)
    (tmp_path / RECORD_NAME).write_text("not json", encoding="utf-8")
    assert not unchanged_since_clean_close(path)
