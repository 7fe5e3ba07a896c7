"""The invoice's lifecycle actions: ask what each needs, run one service call off the UI
thread, report the invoice changed (``done``) or a French message (``failed``).

The panel only offers the actions the invoice's detail allows; the service checks again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from connect_desktop.domain.invoice import InvoicingMode
from connect_desktop.services import invoices as invoice_service
from connect_desktop.services.invoices import InvoiceAction, InvoiceDetail
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.invoices import dialogs
from connect_desktop.ui.invoices.errors import InvoiceErrors
from connect_desktop.ui.operations import run_job


def last_step(detail: InvoiceDetail) -> date | None:
    """The date of the invoice's latest step: nothing can be recorded before it."""
    return max((event.happened_on for event in detail.events), default=None)


def invoice_name(detail: InvoiceDetail) -> str:
    return detail.row.number or detail.row.mission_title


class InvoiceActions(QObject):
    done = Signal(int, str)  # the invoice changed, what to tell the user
    failed = Signal(str)
    importRequested = Signal(int)  # "Import my invoice…": the import flow takes over

    def __init__(self, context: AppContext, errors: InvoiceErrors, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.errors = errors
        self.widget = parent  # the dialogs' parent
        self._busy = False

    def busy(self) -> bool:
        return self._busy

    def run(self, action: InvoiceAction, detail: InvoiceDetail) -> None:
        if self._busy or action not in detail.actions:
            return
        handlers: dict[InvoiceAction, Callable[[InvoiceDetail], None]] = {
            InvoiceAction.FINAL_RECEIVED: self.final_received,
            InvoiceAction.IMPORT_OWN: lambda d: self.importRequested.emit(d.id),
            InvoiceAction.FINANCE_VALIDATED: self.finance_validated,
            InvoiceAction.FINANCE_REFUSED: self.finance_refused,
            InvoiceAction.PAYMENT_RECEIVED: self.payment_received,
            InvoiceAction.CLIENT_PAID: self.client_paid,
            InvoiceAction.CANCEL: self.cancel,
        }
        handlers[action](detail)

    def final_received(self, detail: InvoiceDetail, number: str = "", pdf: Any = None) -> None:
        today = self.context.today()
        answer = dialogs.ask_final_received(self.widget, today, last_step(detail), number, pdf)
        if answer is None:
            return
        engine, data_dir, invoice_id = self.context.engine, self.context.data_dir, detail.id
        self._run(
            invoice_id,
            lambda: invoice_service.record_final(
                engine,
                data_dir,
                invoice_id,
                on=answer.on,
                number=answer.number,
                pdf=answer.pdf,
                today=today,
            ),
            self.tr("Final invoice {number} recorded.").format(number=answer.number),
        )

    def finance_validated(self, detail: InvoiceDetail) -> None:
        today = self.context.today()
        starts_clock = detail.row.invoicing_mode is InvoicingMode.MANUAL_IMPORT
        on = dialogs.ask_finance_validation(self.widget, today, last_step(detail), starts_clock)
        if on is None:
            return
        engine, invoice_id = self.context.engine, detail.id
        self._run(
            invoice_id,
            lambda: invoice_service.record_finance_validation(
                engine, invoice_id, on=on, today=today
            ),
            self.tr("Validation by LBC Finance recorded: the payment delay has started."),
        )

    def finance_refused(self, detail: InvoiceDetail) -> None:
        today = self.context.today()
        answer = dialogs.ask_finance_refusal(self.widget, today, last_step(detail))
        if answer is None:
            return
        on, reason = answer
        engine, invoice_id = self.context.engine, detail.id
        self._run(
            invoice_id,
            lambda: invoice_service.record_finance_refusal(
                engine, invoice_id, on=on, reason=reason, today=today
            ),
            self.tr("Refusal recorded: import a corrected invoice."),
        )

    def payment_received(self, detail: InvoiceDetail) -> None:
        today = self.context.today()
        answer = dialogs.ask_payment(
            self.widget,
            today,
            last_step(detail),
            detail.row.net,
            self.context.locale,
        )
        if answer is None:
            return
        on, amount = answer
        engine, invoice_id = self.context.engine, detail.id
        self._run(
            invoice_id,
            lambda: invoice_service.record_payment(
                engine, invoice_id, on=on, amount=amount, today=today
            ),
            self.tr("Payment recorded."),
        )

    def client_paid(self, detail: InvoiceDetail) -> None:
        today = self.context.today()
        on = dialogs.ask_client_payment(self.widget, today, last_step(detail))
        if on is None:
            return
        engine, invoice_id = self.context.engine, detail.id
        self._run(
            invoice_id,
            lambda: invoice_service.record_client_payment(engine, invoice_id, on=on, today=today),
            self.tr("Client payment recorded: the expected payment dates were updated."),
        )

    def cancel(self, detail: InvoiceDetail) -> None:
        today = self.context.today()
        answer = dialogs.ask_cancellation(self.widget, today, last_step(detail))
        if answer is None or not dialogs.confirm_cancellation(self.widget, invoice_name(detail)):
            return
        on, reason = answer
        engine, invoice_id = self.context.engine, detail.id
        self._run(
            invoice_id,
            lambda: invoice_service.cancel_invoice(
                engine, invoice_id, on=on, reason=reason, today=today
            ),
            self.tr("Invoice cancelled: a credit note was issued."),
        )

    def generate_specimen(self, detail: InvoiceDetail) -> None:
        if self._busy:
            return
        engine, data_dir, invoice_id = self.context.engine, self.context.data_dir, detail.id
        language = self.context.language
        self._run(
            invoice_id,
            lambda: invoice_service.generate_specimen(
                engine, data_dir, invoice_id, language=language
            ),
            self.tr("Specimen written and attached."),
        )

    def _run(self, invoice_id: int, work: Callable[[], object], text: str) -> None:
        self._busy = True
        run_job(self, work, lambda _result: self._done(invoice_id, text), self._failed)

    def _done(self, invoice_id: int, text: str) -> None:
        self._busy = False
        self.done.emit(invoice_id, text)

    def _failed(self, error: Exception) -> None:
        self._busy = False
        if not isinstance(error, (ValueError, OSError)):
            raise error
        self.failed.emit(self.errors.text(error) if isinstance(error, ValueError) else str(error))
