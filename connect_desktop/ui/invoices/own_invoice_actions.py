"""The freelancer's own invoice, from the invoice panel (issue 6 points 2, 4 and 5).

"Générer ma facture…" on a manual-import invoice: the preview PDF is opened for review,
the issue date asked and confirmed, then the invoice is issued (number assigned, PDF
stored and attached, the Connect invoice sent for review). "Émettre un avoir…" cancels an
issued own invoice by a credit note. A profile that lacks a mention R10 requires gets the
list of what is missing. Every service call goes through ``run_job``.

``confirm_issue`` and ``ask_credit_note`` are module-level so that tests replace them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from connect_desktop.domain.invoice import InvoiceKind, InvoicingMode
from connect_desktop.services.invoices import InvoiceDetail
from connect_desktop.services.own_invoice_issue import (
    ISSUABLE,
    IssuedOwnInvoice,
    OwnInvoicePreview,
    OwnInvoiceRefused,
    ProfileIncomplete,
    issue_credit_note,
    issue_own_invoice_for,
    issued_own_invoice_for,
    prepare_own_invoice,
)
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.invoices import dialogs
from connect_desktop.ui.invoices.actions import last_step
from connect_desktop.ui.invoices.detail_panel import InvoiceDetailPanel
from connect_desktop.ui.invoices.dialog_forms import ReasonDialog
from connect_desktop.ui.invoices.errors import InvoiceErrors
from connect_desktop.ui.operations import run_job


# Literal ``QCoreApplication.translate`` calls (not a helper) so that lupdate finds them.
# -- the dialogs (tests replace them) ------------------------------------------------------
def confirm_issue(parent: QWidget | None, preview: OwnInvoicePreview) -> date | None:
    """The issue date once the user confirmed (today by default, never in the future), or
    None if they cancelled."""
    today = preview.data.issue_date
    dialog = ReasonDialog(
        "issueOwnInvoiceDialog",
        QCoreApplication.translate("OwnInvoiceDialogs", "Issue my invoice"),
        QCoreApplication.translate(
            "OwnInvoiceDialogs",
            "Check the invoice opened in your PDF viewer, then choose its issue date.",
        )
        + " "
        + QCoreApplication.translate(
            "OwnInvoiceDialogs",
            "The number will be assigned when the invoice is issued and can never change.",
        ),
        today,
        None,
        today,
        parent,
    )
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_credit_note(
    parent: QWidget | None, today: date, earliest: date | None, number: str
) -> tuple[date, str] | None:
    """The credit note's date and reason, or None if the user cancelled."""
    dialog = ReasonDialog(
        "creditNoteDialog",
        QCoreApplication.translate("OwnInvoiceDialogs", "Issue a credit note"),
        QCoreApplication.translate(
            "OwnInvoiceDialogs",
            "A credit note with its own number cancels your invoice {number}, which is kept. "
            "You can then issue a corrected invoice. Enter the date and the reason.",
        ).format(number=number),
        today,
        earliest,
        today,
        parent,
        reason_label=QCoreApplication.translate("OwnInvoiceDialogs", "&Reason:"),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value(), dialog.reason()


# -- the actions -------------------------------------------------------------------------
class OwnInvoiceActions(QObject):
    done = Signal(int, str)  # the Connect invoice changed, what to tell the user
    failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        errors: InvoiceErrors,
        panel: InvoiceDetailPanel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.errors = errors
        self.widget = parent  # the dialogs' parent
        self._busy = False
        self._generation = 0
        self._detail: InvoiceDetail | None = None
        self._issued: tuple[int, str] | None = None  # the own invoice to credit

        self.generate_button = QPushButton(self.tr("&Generate my invoice…"))
        self.generate_button.setObjectName("ownInvoiceGenerateButton")
        self.generate_button.setToolTip(
            self.tr("Write your invoice to LBC from this invoice, check it, then issue it")
        )
        self.generate_button.clicked.connect(self.generate)
        self.credit_button = QPushButton(self.tr("Issue a &credit note…"))
        self.credit_button.setObjectName("ownInvoiceCreditButton")
        self.credit_button.setToolTip(
            self.tr("Cancel your issued invoice by a credit note (nothing is deleted)")
        )
        self.credit_button.clicked.connect(self.credit)
        for button in (self.generate_button, self.credit_button):
            button.setVisible(False)
            panel.add_action_button(button)
        panel.detailShown.connect(self.show_detail)

    def busy(self) -> bool:
        return self._busy

    # -- which buttons ---------------------------------------------------------------------
    def show_detail(self, detail: InvoiceDetail | None) -> None:
        """Hide both buttons, then look up the invoice's issued own invoice off the UI
        thread and show the button that applies."""
        self._generation += 1
        self._detail, self._issued = detail, None
        self.generate_button.setVisible(False)
        self.credit_button.setVisible(False)
        if detail is None or detail.row.invoicing_mode is not InvoicingMode.MANUAL_IMPORT:
            return
        if detail.row.kind is not InvoiceKind.INVOICE:
            return
        generation, engine, invoice_id = self._generation, self.context.engine, detail.id
        run_job(
            self,
            lambda: issued_own_invoice_for(engine, invoice_id),
            lambda issued: self._looked_up(generation, issued),
            self._failed,
        )

    def _looked_up(self, generation: int, issued: tuple[int, str] | None) -> None:
        if generation != self._generation or self._detail is None:
            return
        self._issued = issued
        self.credit_button.setVisible(issued is not None)
        self.generate_button.setVisible(issued is None and self._detail.row.status in ISSUABLE)

    # -- "Générer ma facture…" ---------------------------------------------------------------
    def generate(self) -> None:
        detail = self._detail
        if self._busy or detail is None:
            return
        engine, invoice_id, today = self.context.engine, detail.id, self.context.today()
        self._busy = True
        run_job(
            self,
            lambda: prepare_own_invoice(engine, invoice_id, today),
            lambda preview: self._review(invoice_id, preview),
            self._failed,
        )

    def _review(self, invoice_id: int, preview: OwnInvoicePreview) -> None:
        self._busy = False
        dialogs.open_file(preview.pdf_path)
        on = confirm_issue(self.widget, preview)
        if on is None:
            return
        engine, data_dir, today = self.context.engine, self.context.data_dir, self.context.today()
        self._run(
            invoice_id,
            lambda: issue_own_invoice_for(engine, data_dir, invoice_id, on, today),
            lambda issued: self.tr("Invoice {number} issued and imported.").format(
                number=issued.number
            ),
        )

    # -- "Émettre un avoir…" -----------------------------------------------------------------
    def credit(self) -> None:
        detail, issued = self._detail, self._issued
        if self._busy or detail is None or issued is None:
            return
        own_id, original = issued
        today = self.context.today()
        answer = ask_credit_note(self.widget, today, last_step(detail), original)
        if answer is None:
            return
        on, reason = answer
        engine, data_dir = self.context.engine, self.context.data_dir
        self._run(
            detail.id,
            lambda: issue_credit_note(engine, data_dir, own_id, on, today, reason),
            lambda credit: self.tr(
                "Credit note {number} issued: the invoice {original} is cancelled."
            ).format(number=credit.number, original=original),
        )

    # -- running -------------------------------------------------------------------------
    def _run(
        self,
        invoice_id: int,
        work: Callable[[], IssuedOwnInvoice],
        text: Callable[[IssuedOwnInvoice], str],
    ) -> None:
        self._busy = True
        run_job(self, work, lambda result: self._done(invoice_id, text(result)), self._failed)

    def _done(self, invoice_id: int, text: str) -> None:
        self._busy = False
        self.done.emit(invoice_id, text)

    def _failed(self, error: Exception) -> None:
        self._busy = False
        if not isinstance(error, (ValueError, OSError)):
            raise error
        if isinstance(error, OSError):
            self.failed.emit(str(error))
        else:
            self.failed.emit(self.error_text(error))

    # -- the French wording ----------------------------------------------------------------
    def error_text(self, error: ValueError) -> str:
        if isinstance(error, ProfileIncomplete):
            return self.missing_text(error.codes)
        if isinstance(error, OwnInvoiceRefused):
            known = self.refusal(error.code)
            if known:
                return known
        if "numbers must follow the dates" in str(error):
            return self.tr(
                "The date cannot be before the date of your last issued invoice or credit "
                "note: numbers follow the dates."
            )
        return self.errors.text(error)

    def missing_text(self, codes: list[str]) -> str:
        names = {
            "name": self.tr("name"),
            "siret": self.tr("SIRET"),
            "address": self.tr("address"),
            "vat_number": self.tr("VAT number"),
            "country": self.tr("country"),
        }
        missing = ", ".join(names.get(code, code) for code in codes)
        return self.tr(
            "Your invoice cannot be issued: the profile lacks {missing}. Complete it "
            "(Profile and settings…), then try again."
        ).format(missing=missing)

    def refusal(self, code: str) -> str:
        messages = {
            "already_issued": self.tr(
                "An invoice is already issued for this one: cancel it by a credit note first."
            ),
            "not_issuable": self.tr(
                "Your invoice can be issued only while the invoice is to import or in review."
            ),
            "not_manual_import": self.tr("This mission's invoices are issued by the platform."),
            "not_creditable": self.tr("Only an issued invoice not yet cancelled can be credited."),
        }
        return messages.get(code, "")
