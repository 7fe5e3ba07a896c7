"""The exports' modal dialogs, as small functions that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def choose_save_path(parent: QWidget, title: str, suggested: Path, name_filter: str) -> Path | None:
    """The file the user chooses to write, or ``None`` if they cancel."""
    name, _selected = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    return Path(name) if name else None


def choose_year(parent: QWidget, title: str, label: str, years: list[int]) -> int | None:
    """One of ``years`` (the first is preselected), or ``None`` if the user cancels."""
    item, accepted = QInputDialog.getItem(
        parent, title, label, [str(year) for year in years], 0, False
    )
    return int(item) if accepted and item else None


def open_folder(path: Path) -> None:
    """Show ``path`` in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_result(parent: QWidget, title: str, text: str, folder: Path) -> None:
    """What an export wrote, with a button that opens its folder."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    show = box.addButton(
        QCoreApplication.translate("ExportDialogs", "Show in &folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.exec()
    if box.clickedButton() is show:
        open_folder(folder)


def show_information(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
