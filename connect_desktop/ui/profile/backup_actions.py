""" "Back up now…" and "Restore…" on the Preferences page of the profile dialog.

Both run their file work off the UI thread (``run_job``). A restore is only checked
and confirmed here: ``restoreRequested`` hands the checked file to the main window,
which must close the database before ``restore_backup`` replaces it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.services.backups import (
    BackupInfo,
    BackupInvalid,
    BackupManifest,
    create_backup,
    default_backup_path,
    verify_backup,
)
from connect_desktop.store.database import BACKUP_FOLDER
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.operations import run_job


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where to write the backup, or ``None`` if the user cancels (tests replace this)."""
    name, _selected = QFileDialog.getSaveFileName(parent, title, str(suggested), "ZIP (*.zip)")
    return Path(name) if name else None


def ask_backup_file(parent: QWidget, title: str, folder: Path) -> Path | None:
    """The backup to restore, or ``None`` if the user cancels (tests replace this)."""
    name, _selected = QFileDialog.getOpenFileName(parent, title, str(folder), "ZIP (*.zip)")
    return Path(name) if name else None


def confirm_restore(parent: QWidget, title: str, text: str) -> bool:
    """Ask before replacing the data; the safe answer is the default (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class BackupActions(QWidget):
    """Two buttons and a line that says what happened."""

    restoreRequested = Signal(Path)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("backupActions")
        self.backUpButton = QPushButton(self.tr("&Back up now…"))
        self.backUpButton.setObjectName("backUpButton")
        self.restoreButton = QPushButton(self.tr("&Restore…"))
        self.restoreButton.setObjectName("restoreButton")
        for button in (self.backUpButton, self.restoreButton):
            button.setAutoDefault(False)  # Return keeps meaning OK in the dialog
        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("backupStatusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.hide()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.backUpButton)
        buttons.addWidget(self.restoreButton)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(buttons)
        column.addWidget(self.statusLabel)

        self.backUpButton.clicked.connect(self.back_up)
        self.restoreButton.clicked.connect(self.restore)

    def tab_chain(self) -> list[QWidget]:
        return [self.backUpButton, self.restoreButton]

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.backUpButton.setEnabled(not busy)
        self.restoreButton.setEnabled(not busy)
        self.statusLabel.setText(message)
        self.statusLabel.setVisible(bool(message))

    # -- back up -------------------------------------------------------------------------
    @Slot()
    def back_up(self) -> None:
        data_dir = self.context.data_dir
        path = ask_save_path(self, self.tr("Back up"), default_backup_path(data_dir))
        if path is None:
            return
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        engine = self.context.engine
        self._set_busy(True, self.tr("Backing up…"))
        run_job(self, lambda: create_backup(engine, data_dir, path), self._backed_up, self._failed)

    def _backed_up(self, info: BackupInfo) -> None:
        message = self.tr("Backup written to {path}.").format(path=info.path)
        if info.missing_attachments:
            message += " " + self.tr("Attachments missing from the disk: {count}.").format(
                count=len(info.missing_attachments)
            )
        self._set_busy(False, message)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, BackupInvalid):
            self._set_busy(False, self._invalid_text(error))
        elif isinstance(error, OSError | ValueError):
            self._set_busy(False, self.tr("The backup failed: {error}").format(error=error))
        else:
            self._set_busy(False)
            raise error

    # -- restore -------------------------------------------------------------------------
    @Slot()
    def restore(self) -> None:
        folder = self.context.data_dir / BACKUP_FOLDER
        path = ask_backup_file(self, self.tr("Restore a backup"), folder)
        if path is None:
            return
        self._set_busy(True, self.tr("Checking the backup…"))
        run_job(
            self,
            lambda: verify_backup(path),
            lambda manifest: self._verified(path, manifest),
            self._failed,
        )

    def _verified(self, path: Path, manifest: BackupManifest) -> None:
        self._set_busy(False)
        counts = manifest.counts
        text = self.tr(
            "Restore the backup of {date}?\n\n"
            "It holds {missions} missions, {invoices} invoices and {attachments} "
            "attachments. It replaces all the current data; a backup of the current data "
            "is kept in the backups folder."
        ).format(
            date=manifest.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            missions=counts.get("mission", 0),
            invoices=counts.get("invoice", 0) + counts.get("owninvoice", 0),
            attachments=len(manifest.attachments),
        )
        if confirm_restore(self, self.tr("Restore a backup"), text):
            self.restoreRequested.emit(path)

    def _invalid_text(self, error: BackupInvalid) -> str:
        if error.code in ("not_a_zip", "no_manifest"):
            return self.tr("This file is not a Connect Desktop backup.")
        if error.code in ("newer_schema", "newer_format"):
            return self.tr(
                "This backup was made by a newer version of Connect Desktop; update first."
            )
        return self.tr("This backup is damaged and cannot be restored.")
