"""Opening the invoice actions' dialogs, the file choosers and the system viewer.

Each is a module-level function that tests replace. The forms are in ``dialog_forms.py``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from connect_desktop.ui.invoices.dialog_forms import (
    FinalAnswer,
    FinalDialog,
    PaymentDialog,
    ReasonDialog,
)

__all__ = ["FinalAnswer"]


# Literal ``QCoreApplication.translate`` calls (not a helper) so that lupdate finds them.
# -- the functions the tab calls (tests replace them) --------------------------------------
def ask_final_received(
    parent: QWidget | None,
    today: date,
    earliest: date | None,
    number: str = "",
    pdf: Path | None = None,
) -> FinalAnswer | None:
    dialog = FinalDialog(today, earliest, today, number, pdf, parent, choose_import_file)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()


def _ask_date(
    parent: QWidget | None,
    name: str,
    title: str,
    intro: str,
    today: date,
    earliest: date | None,
    reason_label: str = "",
) -> ReasonDialog | None:
    dialog = ReasonDialog(
        name, title, intro, today, earliest, today, parent, reason_label=reason_label
    )
    return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_finance_validation(
    parent: QWidget | None, today: date, earliest: date | None, starts_clock: bool
) -> date | None:
    intro = QCoreApplication.translate(
        "InvoiceDialogs", "Enter the date LBC Finance validated your invoice."
    )
    if starts_clock:
        intro += " " + QCoreApplication.translate(
            "InvoiceDialogs", "The payment delay starts on this date."
        )
    dialog = _ask_date(
        parent,
        "financeValidationDialog",
        QCoreApplication.translate("InvoiceDialogs", "Validated by LBC Finance"),
        intro,
        today,
        earliest,
    )
    return None if dialog is None else dialog.value()


def ask_finance_refusal(
    parent: QWidget | None, today: date, earliest: date | None
) -> tuple[date, str] | None:
    dialog = _ask_date(
        parent,
        "financeRefusalDialog",
        QCoreApplication.translate("InvoiceDialogs", "Refused by LBC Finance"),
        QCoreApplication.translate(
            "InvoiceDialogs",
            "Enter the date LBC Finance refused your invoice and the reason it gave. The "
            "invoice goes back to “To import” so that you can import a corrected file.",
        ),
        today,
        earliest,
        QCoreApplication.translate("InvoiceDialogs", "&Reason:"),
    )
    return None if dialog is None else (dialog.value(), dialog.reason())


def ask_payment(
    parent: QWidget | None, today: date, earliest: date | None, expected: Decimal, locale: str
) -> tuple[date, Decimal] | None:
    dialog = PaymentDialog(today, earliest, today, expected, locale, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    amount = dialog.amount()
    assert amount is not None
    return dialog.value(), amount


def ask_client_payment(parent: QWidget | None, today: date, earliest: date | None) -> date | None:
    dialog = _ask_date(
        parent,
        "clientPaymentDialog",
        QCoreApplication.translate("InvoiceDialogs", "Client payment received"),
        QCoreApplication.translate(
            "InvoiceDialogs",
            "Enter the date the client paid LBC. LBC then pays you within 5 to 8 working "
            "days: the expected payment dates are computed again.",
        ),
        today,
        earliest,
    )
    return None if dialog is None else dialog.value()


def ask_cancellation(
    parent: QWidget | None, today: date, earliest: date | None
) -> tuple[date, str] | None:
    dialog = _ask_date(
        parent,
        "cancelInvoiceDialog",
        QCoreApplication.translate("InvoiceDialogs", "Cancel the invoice"),
        QCoreApplication.translate(
            "InvoiceDialogs",
            "A cancelled invoice is never deleted: a credit note cancels it and keeps a "
            "reference to it. Enter the date and the reason.",
        ),
        today,
        earliest,
        QCoreApplication.translate("InvoiceDialogs", "&Reason:"),
    )
    return None if dialog is None else (dialog.value(), dialog.reason())


def confirm_cancellation(parent: QWidget | None, invoice: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("InvoiceDialogs", "Cancel the invoice"),
        QCoreApplication.translate(
            "InvoiceDialogs", "Cancel {invoice} and issue a credit note? This cannot be undone."
        ).format(invoice=invoice),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def choose_import_file(parent: QWidget | None) -> Path | None:
    """The PDF to import, or None if the user cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("InvoiceDialogs", "Import an invoice"),
        str(documents_folder()),
        QCoreApplication.translate("InvoiceDialogs", "PDF files (*.pdf);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def choose_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save a copy of an attached file, or None if the user cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("InvoiceDialogs", "Save a copy"),
        str(suggested),
        QCoreApplication.translate("InvoiceDialogs", "PDF files (*.pdf)"),
    )
    return Path(chosen) if chosen else None


def open_file(path: Path) -> None:
    """Open a file with the system's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
