"""Start-up checks of the data folder, as the window runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from connect_desktop.services.attachments import attachment_path, store_file
from connect_desktop.ui import startup_checks
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.operations import wait_for_jobs


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        assert wait_for_jobs()
        qtbot.wait(20)


def test_missing_files_are_shown_to_the_user_and_orphans_moved(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(startup_checks, "show_missing_files", lambda _w, text: shown.append(text))
    data_dir: Path = context.data_dir
    gone = store_file(data_dir, b"%PDF gone")
    orphan = store_file(data_dir, b"%PDF orphan")
    with context.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO attachment (sha256, original_name, size, role, added_at) "
                "VALUES (:sha, 'LBC-2026-000042.pdf', 9, 'final', '2026-11-28 09:00:00')"
            ),
            {"sha": gone},
        )
    attachment_path(data_dir, gone).unlink()
    window = QWidget()
    qtbot.addWidget(window)
    startup_checks.check_data_folder(window, window, context)
    settle(qtbot)
    assert len(shown) == 1
    assert "LBC-2026-000042.pdf" in shown[0]
    assert not attachment_path(data_dir, orphan).exists()


def test_a_tidy_folder_says_nothing(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(startup_checks, "show_missing_files", lambda _w, text: shown.append(text))
    window = QWidget()
    qtbot.addWidget(window)
    startup_checks.check_data_folder(window, window, context)
    settle(qtbot)
    assert shown == []


def damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_database_is_replaced_by_the_backup_the_user_accepts(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from connect_desktop.services.backups import create_backup
    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.store.demo import fill_demo

    fill_demo(context.engine, today=date(2026, 11, 28))
    create_backup(context.engine, context.data_dir)
    context.engine.dispose()
    database = database_path(context.data_dir)
    damaged = damage(database)
    assert not startup_checks.database_usable(database)

    questions: list[str] = []
    monkeypatch.setattr(startup_checks, "ask_restore", lambda text: questions.append(text) or False)
    monkeypatch.setattr(startup_checks, "show_damaged", lambda text: None)
    assert not startup_checks.restore_damaged_database(context.data_dir, interactive=True)
    assert database.read_bytes() == damaged  # refused: left exactly as it was
    assert "connect-desktop-" in questions[0]

    monkeypatch.setattr(startup_checks, "ask_restore", lambda text: True)
    assert startup_checks.restore_damaged_database(context.data_dir, interactive=True)
    assert startup_checks.database_usable(database)
    engine = open_database(database)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM invoice")).scalar() == 83
    engine.dispose()


def test_without_a_screen_a_damaged_database_is_left_alone(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from connect_desktop.store.database import database_path

    context.engine.dispose()
    database = database_path(context.data_dir)
    damaged = damage(database)
    monkeypatch.setattr(startup_checks, "ask_restore", lambda text: pytest.fail("asked"))
    assert not startup_checks.restore_damaged_database(context.data_dir, interactive=False)
    assert database.read_bytes() == damaged


def test_a_chosen_backup_is_restored_and_a_bad_one_changes_nothing(
    context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from datetime import date

    from connect_desktop.services.backups import create_backup
    from connect_desktop.store.database import database_path
    from connect_desktop.store.demo import fill_demo

    info = create_backup(context.engine, context.data_dir, tmp_path / "empty.zip")
    fill_demo(context.engine, today=date(2026, 11, 28))
    context.engine.dispose()
    database = database_path(context.data_dir)
    failures: list[str] = []
    monkeypatch.setattr(startup_checks, "show_restore_failed", failures.append)

    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    before = database.read_bytes()
    startup_checks.restore_chosen_backup(bad, context.data_dir)
    assert "bad.zip" in failures[0]
    assert database.read_bytes() == before

    startup_checks.restore_chosen_backup(info.path, context.data_dir)
    assert len(failures) == 1
    import sqlite3

    connection = sqlite3.connect(database)
    assert connection.execute("SELECT count(*) FROM invoice").fetchone()[0] == 0
    connection.close()


def test_a_database_damaged_after_its_last_normal_close_is_still_caught(
    context: AppContext,
) -> None:
    from connect_desktop.services.clean_close import record_clean_close
    from connect_desktop.store.database import database_path

    context.engine.dispose()
    database = database_path(context.data_dir)
    record_clean_close(database)
    assert startup_checks.database_usable(database)  # unchanged: the check is skipped

    record_clean_close(database)
    damage(database)
    assert not startup_checks.database_usable(database)


def test_the_daily_backup_waits_for_the_window_s_own_jobs(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from connect_desktop.services import backups
    from connect_desktop.ui.operations import run_job

    order: list[str] = []
    monkeypatch.setattr(backups, "auto_backup_if_due", lambda *_args: order.append("backup"))
    window = QWidget()
    qtbot.addWidget(window)

    def job(name: str) -> None:
        run_job(window, lambda: order.append(name), lambda _result: None, lambda error: None)

    job("dashboard")
    startup_checks.start_auto_backup(window, context)
    job("reminders")  # asked for after the backup, run before it
    settle(qtbot)
    assert order == ["dashboard", "reminders", "backup"]
