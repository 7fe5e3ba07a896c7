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
