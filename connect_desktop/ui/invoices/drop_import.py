"""Importing a PDF for an invoice: by drag and drop anywhere on the tab, or a file picker.

The file is read and compared with the invoice off the UI thread (``review_import``);
the comparison dialog shows the result; on confirmation the file goes where the invoice's
status says: a manual-import invoice waiting for its file is imported (it goes to review),
a platform specimen becomes final (after its number is entered), any other invoice gets
the file as a document. Refused files become a French message and change nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QWidget

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.services import invoices as invoice_service
from connect_desktop.services.import_check import ImportReview, review_file, review_import
from connect_desktop.services.invoices import (
    ROLE_CREDIT_NOTE,
    ROLE_DOCUMENT,
    ROLE_FINAL,
    InvoiceAction,
    InvoiceDetail,
    InvoiceRow,
)
from connect_desktop.services.pdf_sandbox import read_invoice_pdf_isolated
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.invoices import dialogs, import_dialog
from connect_desktop.ui.invoices.actions import last_step
from connect_desktop.ui.invoices.errors import InvoiceErrors
from connect_desktop.ui.invoices.import_dialog import ImportChoice
from connect_desktop.ui.operations import run_job


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders of a drop (other URLs are left out)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def can_drop(mime: QMimeData) -> bool:
    return bool(dropped_paths(mime))


def file_role(detail: InvoiceDetail) -> str:
    """The role of a file attached without a status change: a credit note's own PDF, a
    final invoice's PDF (the only file a final invoice still takes), else a document."""
    if detail.row.kind is InvoiceKind.CREDIT_NOTE:
        return ROLE_CREDIT_NOTE
    if detail.row.status is InvoiceStatus.FINAL:
        return ROLE_FINAL
    return ROLE_DOCUMENT


def takes_files(detail: InvoiceDetail) -> bool:
    """Whether a file can still be attached (the service checks again): not a paid
    invoice, and a final one or a credit note only until it has its own PDF."""
    row = detail.row
    if row.status is InvoiceStatus.PAID:
        return False
    role = file_role(detail)
    if role == ROLE_DOCUMENT:
        return True
    return all(attachment.role != role for attachment in detail.attachments)


class InvoiceImporter(QObject):
    """Runs one import at a time; reports ``message`` (text, is_error) and ``done``."""

    message = Signal(str, bool)
    done = Signal(int, str)  # the invoice that changed, what to tell the user
    busyChanged = Signal(bool)

    def __init__(
        self,
        context: AppContext,
        errors: InvoiceErrors,
        rows: Callable[[], Sequence[InvoiceRow]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.errors = errors
        # Every invoice of the table, to find the one a file matches; never changed once
        # given, so the job thread reads it as it is.
        self.rows = rows
        self.widget = parent
        self._busy = False

    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)

    # -- starting ------------------------------------------------------------------------
    def choose_and_import(self, invoice_id: int | None) -> None:
        """ "Import an invoice…": pick a PDF, then the same check as a drop."""
        if self._busy:
            return
        path = dialogs.choose_import_file(self.widget)
        if path is not None:
            self.import_paths([path], invoice_id)

    def import_paths(self, paths: Sequence[Path], invoice_id: int | None) -> None:
        if self._busy:
            self.message.emit(self.tr("An import is already running: wait for it."), True)
            return
        engine, rows = self.context.engine, self.rows()
        names = ", ".join(path.name for path in paths)
        self._set_busy(True)
        self.message.emit(self.tr("Reading {name}…").format(name=names), False)
        run_job(
            self,
            # A hostile PDF must not hang or kill the window: read it in another process.
            lambda: review_import(engine, list(paths), invoice_id, rows, read_invoice_pdf_isolated),
            self._reviewed,
            self._failed,
        )

    # -- the comparison ------------------------------------------------------------------
    def _reviewed(self, review: ImportReview) -> None:
        self._set_busy(False)
        if review.already_attached:
            self.message.emit(self.errors.already_attached(), True)
            return
        self.message.emit("", False)
        choice = import_dialog.ask_import_confirmation(
            self.widget, review, self.effect_text(review), self.context.locale
        )
        if choice is None:
            self.message.emit(self.tr("Import cancelled: nothing was changed."), False)
        elif choice is ImportChoice.SWITCH and review.proposed is not None:
            self._switch(review, review.proposed.id)
        else:
            self._attach(review)

    def _switch(self, review: ImportReview, invoice_id: int) -> None:
        engine, rows = self.context.engine, self.rows()
        self._set_busy(True)
        run_job(
            self,
            lambda: review_file(engine, review.path, review.extracted, invoice_id, rows),
            self._reviewed,
            self._failed,
        )

    def effect_text(self, review: ImportReview) -> str:
        actions = review.detail.actions
        if InvoiceAction.IMPORT_OWN in actions:
            return self.tr(
                "Once attached, the invoice waits for LBC Finance's validation (“In review”)."
            )
        if InvoiceAction.FINAL_RECEIVED in actions:
            return self.tr(
                "Next, enter the final invoice's number and date: the invoice becomes “Final”."
            )
        if file_role(review.detail) == ROLE_FINAL:
            return self.tr(
                "The file is kept as the final invoice's PDF; the invoice's status does not change."
            )
        return self.tr("The file is added to the invoice's files; its status does not change.")

    # -- attaching -----------------------------------------------------------------------
    def _attach(self, review: ImportReview) -> None:
        detail = review.detail
        context = self.context
        engine, data_dir, invoice_id, path = (
            context.engine,
            context.data_dir,
            detail.id,
            review.path,
        )
        today = context.today()
        work: Callable[[], object]
        if InvoiceAction.IMPORT_OWN in detail.actions:
            work = partial(
                invoice_service.import_own_invoice,
                engine,
                data_dir,
                invoice_id,
                path,
                on=today,
                today=today,
            )
            text = self.tr("Invoice imported: it now waits for LBC Finance's validation.")
        elif InvoiceAction.FINAL_RECEIVED in detail.actions:
            answer = dialogs.ask_final_received(
                self.widget, today, last_step(detail), review.extracted.number or "", path
            )
            if answer is None:
                self.message.emit(self.tr("Import cancelled: nothing was changed."), False)
                return
            work = partial(
                invoice_service.record_final,
                engine,
                data_dir,
                invoice_id,
                on=answer.on,
                number=answer.number,
                pdf=answer.pdf,
                today=today,
            )
            text = self.tr("Final invoice {number} recorded.").format(number=answer.number)
        else:
            role = file_role(detail)
            work = partial(invoice_service.attach_pdf, engine, data_dir, invoice_id, path, role)
            text = self.tr("File attached to the invoice.")
        self._set_busy(True)
        run_job(self, work, lambda _result: self._attached(invoice_id, text), self._failed)

    def _attached(self, invoice_id: int, text: str) -> None:
        self._set_busy(False)
        self.done.emit(invoice_id, text)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if not isinstance(error, (ValueError, OSError)):
            raise error
        if isinstance(error, ValueError):
            text = self.errors.text(error)
        else:
            text = self.errors.refusal("missing")
        self.message.emit(text, True)
