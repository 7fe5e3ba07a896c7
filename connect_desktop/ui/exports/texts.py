"""The words the exports write into their files, in the UI language.

The services take them as plain values (``CsvLabels``, ``IcsTexts``, ``ZipNames``) so that
they stay free of Qt; names already translated elsewhere (statuses, kinds, options, file
roles) are reused rather than worded again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.export_invoices_csv import CsvLabels
from connect_desktop.services.export_payments_ics import IcsTexts
from connect_desktop.services.export_pdf_zip import (
    ROLE_OWN_CREDIT_NOTE,
    ROLE_OWN_INVOICE,
    ZipNames,
)
from connect_desktop.ui.invoices.labels import invoice_status_label, kind_label
from connect_desktop.ui.missions.labels import option_label


class ExportTexts(QObject):
    """Labels and formats of the exported files (context "ExportTexts")."""

    def __init__(self, locale: str = "fr_FR", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale = locale

    def csv_labels(self) -> CsvLabels:
        headers = {
            "mission": self.tr("Mission"),
            "client": self.tr("Client"),
            "number": self.tr("Number"),
            "kind": self.tr("Type"),
            "status": self.tr("Status"),
            "option": self.tr("Payment option"),
            "period_start": self.tr("Period start"),
            "period_end": self.tr("Period end"),
            "days": self.tr("Days"),
            "daily_rate": self.tr("Daily rate excl. VAT"),
            "amount_ht": self.tr("Amount excl. VAT"),
            "vat_rate": self.tr("VAT rate (%)"),
            "vat": self.tr("VAT"),
            "amount_ttc": self.tr("Amount incl. VAT"),
            "fee": self.tr("Fee"),
            "net": self.tr("Net"),
            "clock_start": self.tr("Clock start"),
            "pay_earliest": self.tr("Earliest payment"),
            "pay_latest": self.tr("Latest payment"),
            "paid_on": self.tr("Paid on"),
            "paid_amount": self.tr("Amount received"),
            "credit_note_of": self.tr("Credit note of"),
        }
        return CsvLabels(
            headers=headers,
            statuses={status: invoice_status_label(status) for status in InvoiceStatus},
            kinds={kind: kind_label(kind) for kind in InvoiceKind},
            options={option: option_label(option) for option in PaymentOption},
        )

    def ics_texts(self) -> IcsTexts:
        return IcsTexts(
            calendar_name=self.tr("Connect payments"),
            summary=self.tr("Expected payment: {amount} – {mission}"),
            description=self.tr(
                "Invoice {number} ({client})\nPeriod: {period}\nOption: {option}\nNet: {net}"
            ),
            period=self.tr("{start} – {end}"),
            overdue=self.tr("Overdue: the latest payment date has passed."),
            options={option: option_label(option) for option in PaymentOption},
            locale=self.locale,
        )

    def zip_names(self) -> ZipNames:
        # The attachment roles as the invoice detail panel names them.
        context = "InvoiceDetailTexts"
        return ZipNames(
            roles={
                "specimen": QCoreApplication.translate(context, "Specimen"),
                "final": QCoreApplication.translate(context, "Final invoice"),
                "imported": QCoreApplication.translate(context, "Imported invoice"),
                "credit_note": QCoreApplication.translate(context, "Credit note"),
                "document": QCoreApplication.translate(context, "Document"),
                ROLE_OWN_INVOICE: self.tr("My invoice"),
                ROLE_OWN_CREDIT_NOTE: self.tr("My credit note"),
            }
        )
