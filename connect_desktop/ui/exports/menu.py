"""File > Export: invoices as CSV, expected payments as iCalendar, a year's PDFs as ZIP.

Each action first asks the database (off the UI thread) whether there is anything to
export, so that the user is told so instead of being asked for a file name; then it asks
where to write, runs the export behind a progress dialog, and says what was written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from connect_desktop.services.export_files import ExportCancelled, NothingToExport, Progress
from connect_desktop.services.export_invoices_csv import (
    CsvConvention,
    count_invoices,
    export_invoices_csv,
)
from connect_desktop.services.export_payments_ics import (
    count_expected_payments,
    export_payments_ics,
)
from connect_desktop.services.export_pdf_zip import ZipReport, export_pdfs_zip, pdf_years
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.exports import dialogs
from connect_desktop.ui.exports.runner import ExportRun
from connect_desktop.ui.exports.texts import ExportTexts
from connect_desktop.ui.operations import run_job

LAST_FOLDER_KEY = "exports/lastFolder"
STATUS_MESSAGE_MS = 10_000
MAX_MISSING_LISTED = 10


class ExportMenu(QMenu):
    """The "Export" submenu; ``parent`` is the window its dialogs belong to."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window_widget = parent
        self.run: ExportRun | None = None  # the export in progress, if any
        self.texts = ExportTexts(context.locale, self)
        self.setObjectName("exportMenu")
        self.setTitle(self.tr("&Export"))
        self.csv_french_action = self._action(
            "exportCsvFrenchAction",
            self.tr("Invoices and credit notes (CSV, French format)…"),
            lambda: self.export_csv(CsvConvention.FRENCH),
        )
        self.csv_plain_action = self._action(
            "exportCsvPlainAction",
            self.tr("Invoices and credit notes (plain CSV)…"),
            lambda: self.export_csv(CsvConvention.PLAIN),
        )
        self.ics_action = self._action(
            "exportIcsAction", self.tr("Expected payments (iCalendar)…"), self.export_ics
        )
        self.zip_action = self._action(
            "exportZipAction", self.tr("PDFs of a year (ZIP)…"), self.export_zip
        )

    def _action(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- the four exports ------------------------------------------------------------------
    def export_csv(self, convention: CsvConvention) -> None:
        engine = self.context.engine
        self._check(
            lambda: count_invoices(engine), lambda count: self._csv_counted(convention, count)
        )

    def _csv_counted(self, convention: CsvConvention, count: int) -> None:
        if not count:
            self._nothing(self.tr("There are no invoices to export yet."))
            return
        day = self.context.today().isoformat()
        if convention is CsvConvention.FRENCH:
            name = self.tr("connect-invoices-{date}.csv").format(date=day)
        else:
            name = self.tr("connect-invoices-{date}-plain.csv").format(date=day)
        path = self._ask_path(name, self.tr("CSV files (*.csv)"), ".csv")
        if path is None:
            return
        engine, labels = self.context.engine, self.texts.csv_labels()

        def export(progress: Progress) -> int:
            return export_invoices_csv(
                engine, path, convention=convention, labels=labels, progress=progress
            )

        def done(written: int) -> None:
            text = self.tr(
                "%n line(s) exported to {file} (invoices and credit notes).", "", written
            )
            self._done(path, text.format(file=path))

        self._start(self.tr("Exporting the invoices…"), export, done)

    def export_ics(self) -> None:
        engine = self.context.engine
        self._check(lambda: count_expected_payments(engine), self._ics_counted)

    def _ics_counted(self, count: int) -> None:
        if not count:
            self._nothing(self.tr("No payment is expected: there is nothing to export."))
            return
        path = self._ask_path(
            self.tr("connect-payments.ics"), self.tr("iCalendar files (*.ics)"), ".ics"
        )
        if path is None:
            return
        engine, texts, today = self.context.engine, self.texts.ics_texts(), self.context.today()

        def export(progress: Progress) -> int:
            return export_payments_ics(engine, path, texts=texts, today=today, progress=progress)

        def done(written: int) -> None:
            text = self.tr("%n expected payment(s) exported to {file}.", "", written)
            self._done(path, text.format(file=path))

        self._start(self.tr("Exporting the expected payments…"), export, done)

    def export_zip(self) -> None:
        engine = self.context.engine
        self._check(lambda: pdf_years(engine), self._zip_years)

    def _zip_years(self, years: list[int]) -> None:
        if not years:
            self._nothing(self.tr("There are no PDFs to export yet."))
            return
        year = dialogs.choose_year(
            self.window_widget,
            self.tr("PDFs of a year"),
            self.tr("Export the PDFs of the invoices of:"),
            years,
        )
        if year is None:
            return
        path = self._ask_path(
            self.tr("connect-pdf-{year}.zip").format(year=year),
            self.tr("ZIP archives (*.zip)"),
            ".zip",
        )
        if path is None:
            return
        engine, data_dir, names = self.context.engine, self.context.data_dir, self.texts.zip_names()

        def export(progress: Progress) -> ZipReport:
            return export_pdfs_zip(engine, data_dir, path, year, names=names, progress=progress)

        def done(report: ZipReport) -> None:
            text = self.tr("%n PDF file(s) exported to {file}.", "", report.written)
            text = text.format(file=path)
            if report.missing:
                listed = list(report.missing[:MAX_MISSING_LISTED])
                if len(report.missing) > MAX_MISSING_LISTED:
                    listed.append("…")
                missing = self.tr(
                    "Not found in the data folder, so left out: %n file(s)",
                    "",
                    len(report.missing),
                )
                text = "\n\n".join([text, missing, "\n".join(listed)])
            self._done(path, text)

        self._start(self.tr("Exporting the PDFs…"), export, done)

    # -- shared steps --------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        """One export at a time: the actions wait until the current one ends."""
        for action in self.actions():
            action.setEnabled(not busy)

    def _check(self, count: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Ask the database (on the job thread) before asking the user anything."""
        self._set_busy(True)

        def counted(value: Any) -> None:
            self._set_busy(False)
            then(value)

        run_job(self, count, counted, self._check_failed)

    def _check_failed(self, error: Exception) -> None:
        self._set_busy(False)
        raise error  # a bug: the global hook reports it

    def _nothing(self, text: str) -> None:
        dialogs.show_information(self.window_widget, self.tr("Export"), text)

    def _start_folder(self) -> Path:
        saved = self.context.settings().value(LAST_FOLDER_KEY, "")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def _ask_path(self, name: str, name_filter: str, suffix: str) -> Path | None:
        path = dialogs.choose_save_path(
            self.window_widget, self.tr("Export"), self._start_folder() / name, name_filter
        )
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.context.settings().setValue(LAST_FOLDER_KEY, str(path.parent))
        return path

    def _start(
        self, label: str, export: Callable[[Progress], Any], done: Callable[[Any], None]
    ) -> None:
        self._set_busy(True)

        def finished(result: Any) -> None:
            self.run = None
            self._set_busy(False)
            done(result)

        self.run = ExportRun(self.window_widget, label, export, finished, self._failed)

    def _show_status(self, text: str) -> None:
        if isinstance(self.window_widget, QMainWindow):
            self.window_widget.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _done(self, path: Path, text: str) -> None:
        self._show_status(text.splitlines()[0])
        dialogs.show_result(self.window_widget, self.tr("Export"), text, path.parent)

    def _failed(self, error: Exception) -> None:
        self.run = None
        self._set_busy(False)
        if isinstance(error, ExportCancelled):
            self._show_status(self.tr("Export cancelled: no file was written."))
        elif isinstance(error, NothingToExport):  # deleted meanwhile, in another window
            self._nothing(self.tr("There is nothing to export any more."))
        elif isinstance(error, OSError):  # permission denied, disk full...
            reason = error.strerror or str(error)
            dialogs.show_error(
                self.window_widget,
                self.tr("Export failed"),
                self.tr("The file could not be written: {reason}.\n\nNo file was saved.").format(
                    reason=reason
                ),
            )
        else:
            raise error  # a bug: the global hook reports it


def build_export_menu(parent: QWidget, context: AppContext) -> QMenu:
    """The "Export" submenu, for the File menu of ``parent``."""
    return ExportMenu(context, parent)
