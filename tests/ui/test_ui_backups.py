""" "Back up now…" and "Restore…" in the profile dialog, with the file pickers replaced."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from connect_desktop.services.backups import create_backup, verify_backup
from connect_desktop.store.demo import fill_demo
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.operations import wait_for_jobs
from connect_desktop.ui.profile import backup_actions
from connect_desktop.ui.profile.backup_actions import BackupActions
from connect_desktop.ui.profile.dialog import ProfileDialog
from connect_desktop.ui.profile.form_pages import PREFERENCES_PAGE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


class Pickers:
    """Stand-ins for the modal pickers: what they return, what they were shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.confirm = True
        self.suggested: list[Path] = []
        self.questions: list[str] = []
        monkeypatch.setattr(backup_actions, "ask_save_path", self._save)
        monkeypatch.setattr(backup_actions, "ask_backup_file", self._open)
        monkeypatch.setattr(backup_actions, "confirm_restore", self._confirm)

    def _save(self, _parent: object, _title: str, suggested: Path) -> Path | None:
        self.suggested.append(suggested)
        return self.save_path

    def _open(self, _parent: object, _title: str, _folder: Path) -> Path | None:
        return self.open_path

    def _confirm(self, _parent: object, _title: str, text: str) -> bool:
        self.questions.append(text)
        return self.confirm


@pytest.fixture
def pickers(monkeypatch: pytest.MonkeyPatch) -> Pickers:
    return Pickers(monkeypatch)


@pytest.fixture
def actions(qtbot: QtBot, context: AppContext, engine: Engine) -> Iterator[BackupActions]:
    fill_demo(engine, today=date(2026, 11, 28))
    widget = BackupActions(context)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    wait_for_jobs()


def test_back_up_now_writes_where_the_user_chose(
    actions: BackupActions, pickers: Pickers, qtbot: QtBot, tmp_path: Path
) -> None:
    pickers.save_path = tmp_path / "my backup"  # the extension is added
    qtbot.mouseClick(actions.backUpButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(actions.backUpButton.isEnabled)
    written = tmp_path / "my backup.zip"
    assert str(written) in actions.statusLabel.text()
    assert verify_backup(written).counts["mission"] == 5
    assert pickers.suggested[0].parent.name == "backups"


def test_cancelling_the_picker_does_nothing(
    actions: BackupActions, pickers: Pickers, data_dir: Path
) -> None:
    actions.back_up()
    actions.restore()
    assert actions.backUpButton.isEnabled()
    assert actions.statusLabel.isHidden()
    assert not (data_dir / "backups").exists()


def test_restore_checks_then_asks_then_requests(
    actions: BackupActions,
    pickers: Pickers,
    qtbot: QtBot,
    engine: Engine,
    data_dir: Path,
) -> None:
    backup = create_backup(engine, data_dir, now=datetime(2026, 11, 28, 9, 30)).path
    pickers.open_path = backup
    with qtbot.waitSignal(actions.restoreRequested) as requested:
        actions.restore()
    assert requested.args == [backup]
    assert "5 missions" in pickers.questions[0]
    assert "2026-11-28" in pickers.questions[0]

    pickers.confirm = False
    with qtbot.assertNotEmitted(actions.restoreRequested):
        actions.restore()
        qtbot.waitUntil(lambda: len(pickers.questions) == 2)


def test_a_file_that_is_not_a_backup_is_refused(
    actions: BackupActions, pickers: Pickers, qtbot: QtBot, tmp_path: Path
) -> None:
    pickers.open_path = tmp_path / "holiday.zip"
    pickers.open_path.write_bytes(b"not a zip at all")
    with qtbot.assertNotEmitted(actions.restoreRequested):
        actions.restore()
        qtbot.waitUntil(actions.restoreButton.isEnabled)
    assert "not a Connect Desktop backup" in actions.statusLabel.text()
    assert pickers.questions == []


def test_the_dialog_offers_both_and_closes_on_restore(
    qtbot: QtBot, context: AppContext, pickers: Pickers, engine: Engine, data_dir: Path
) -> None:
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_loaded)
    page = dialog.tabs.widget(PREFERENCES_PAGE)
    assert dialog.backupActions in page.findChildren(BackupActions)
    pickers.open_path = create_backup(engine, data_dir).path
    dialog.tabs.setCurrentIndex(PREFERENCES_PAGE)
    with qtbot.waitSignal(dialog.restoreRequested) as requested:
        dialog.backupActions.restoreButton.click()
    assert requested.args == [pickers.open_path]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert QApplication.instance() is not None
    wait_for_jobs()
