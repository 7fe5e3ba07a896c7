"""Run one export off the UI thread behind a progress dialog that can cancel it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from connect_desktop.services.export_files import ExportCancelled, Progress
from connect_desktop.ui.operations import run_job_with_progress

# The dialog appears only for an export that lasts longer than this (milliseconds).
SHOW_PROGRESS_AFTER_MS = 500


class ExportRun(QObject):
    """One export: ``export(progress)`` runs on the job thread; ``on_done(result)`` or
    ``on_failed(error)`` runs on the UI thread once it ends (``ExportCancelled`` when the
    user pressed Cancel)."""

    def __init__(
        self,
        parent: QWidget,
        label: str,
        export: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()  # set on the UI thread, read on the job thread
        self._over = False
        self._on_done = on_done
        self._on_failed = on_failed
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(self.tr("Export"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._on_cancel)
        self.dialog.setValue(0)  # starts the clock of the minimum duration

        def work(report: Progress) -> Any:
            def progress(done: int, total: int) -> None:
                if self._cancelled.is_set():
                    raise ExportCancelled
                report(done, total)

            return export(progress)

        run_job_with_progress(self, work, self._succeeded, self._failed, self._progressed)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """What the dialog's Cancel button does; the job stops at its next step."""
        self._on_cancel()  # ``QProgressDialog.cancel`` does not emit ``canceled``
        self.dialog.cancel()

    def _on_cancel(self) -> None:
        if not self._over:
            self._cancelled.set()

    def _progressed(self, done: int, total: int) -> None:
        if self._over or self.cancelled:
            return
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _end(self) -> None:
        self._over = True
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()

    def _succeeded(self, result: Any) -> None:
        self._end()
        self._on_done(result)

    def _failed(self, error: Exception) -> None:
        self._end()
        self._on_failed(error)
