"""An attached file: open it with the system's viewer, or save a copy elsewhere.

Files live in the data folder under their SHA-256; the copy gets the name the user gave
the file. The copy is written off the UI thread.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from connect_desktop.services.invoices import AttachmentView
from connect_desktop.ui.invoices import dialogs
from connect_desktop.ui.operations import run_job


class AttachmentFiles(QObject):
    message = Signal(str, bool)  # text, is an error

    def __init__(self, data_dir: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.widget = parent

    def stored_file(self, attachment: AttachmentView) -> Path | None:
        path = attachment.path(self.data_dir)
        if not path.is_file():
            self.message.emit(
                self.tr("The file is missing from the data folder: {name}").format(
                    name=attachment.original_name
                ),
                True,
            )
            return None
        return path

    def open(self, attachment: AttachmentView) -> None:
        path = self.stored_file(attachment)
        if path is not None:
            dialogs.open_file(path)

    def save_copy(self, attachment: AttachmentView) -> None:
        source = self.stored_file(attachment)
        if source is None:
            return
        suggested = dialogs.documents_folder() / Path(attachment.original_name).name
        target = dialogs.choose_save_path(self.widget, suggested)
        if target is None:
            return
        run_job(
            self,
            lambda: Path(shutil.copyfile(source, target)),
            lambda path: self.message.emit(self.tr("Copy saved: {path}").format(path=path), False),
            self._copy_failed,
        )

    def _copy_failed(self, error: Exception) -> None:
        if not isinstance(error, OSError):
            raise error
        self.message.emit(
            self.tr("The copy could not be saved: {reason}").format(reason=error.strerror or error),
            True,
        )
