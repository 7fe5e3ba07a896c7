"""Exporting the CRA as a PDF: where to write it, writing it off the UI thread, opening it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from connect_desktop.services.cra import CraMonth
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.operations import run_job


def choose_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to write the CRA's PDF (a small function that tests replace)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CraPdfExport", "Export the CRA as PDF"),
        str(suggested),
        QCoreApplication.translate("CraPdfExport", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def open_path(path: Path) -> None:
    """Open a file with the system's viewer (a small function that tests replace)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def suggested_pdf_path(month: CraMonth) -> Path:
    """``~/Documents/CRA-2026-11-Refonte-du-site.pdf``: the title's letters and digits."""
    title = re.sub(r"[^\w]+", "-", month.mission_title).strip("-_") or "mission"
    return documents_folder() / f"CRA-{month.year}-{month.month:02d}-{title}.pdf"


class CraPdfExport(QObject):
    """Asks for a path, writes the PDF on the job thread, reports back."""

    started = Signal()
    written = Signal(object)  # Path
    failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._busy = False

    def busy(self) -> bool:
        return self._busy

    def export(self, parent: QWidget, month: CraMonth) -> None:
        if self._busy:
            return
        path = choose_pdf_path(parent, suggested_pdf_path(month))
        if path is None:
            return
        engine, language = self.context.engine, self.context.language

        def work() -> Path:
            from connect_desktop.services.cra_pdf import write_cra_pdf
            from connect_desktop.services.profile import load_profile

            return write_cra_pdf(month, load_profile(engine), path, language=language)

        self._busy = True
        self.started.emit()
        run_job(self, work, self._written, self._failed)

    def _written(self, path: Path) -> None:
        self._busy = False
        self.written.emit(Path(path))

    def _failed(self, error: Exception) -> None:
        self._busy = False
        if not isinstance(error, (ValueError, OSError)):
            raise error
        self.failed.emit(self.tr("The PDF could not be written: {reason}").format(reason=error))
