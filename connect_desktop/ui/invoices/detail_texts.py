"""The wording of the invoice detail panel: option terms, expected and received payment,
history steps and attached files."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QObject

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.money import format_date, format_money
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.invoices import (
    AttachmentView,
    EventView,
    InvoiceAction,
    InvoiceDetail,
)
from connect_desktop.ui.invoices.labels import invoice_status_label
from connect_desktop.ui.missions.labels import option_label

NO_VALUE = "—"
# The note the store writes when a validated CRA creates its invoice.
CRA_VALIDATED_NOTE = "CRA validated by the client"


def file_size(size: int, locale: str) -> str:
    from babel.numbers import format_decimal

    if size < 1024:
        return f"{size} o" if locale.startswith("fr") else f"{size} B"
    kilo = format_decimal(round(size / 1024, 1), format="#,##0.#", locale=locale)
    if size < 1024 * 1024:
        return f"{kilo} Ko" if locale.startswith("fr") else f"{kilo} KB"
    mega = format_decimal(round(size / 1024 / 1024, 1), format="#,##0.#", locale=locale)
    return f"{mega} Mo" if locale.startswith("fr") else f"{mega} MB"


class InvoiceDetailTexts(QObject):
    def __init__(self, locale: str = "fr_FR", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale = locale

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.locale)

    def option(self, option: PaymentOption) -> str:
        delays = {
            PaymentOption.BASIC: self.tr("paid after 60 days"),
            PaymentOption.EXPRESS: self.tr("paid after 30 days"),
            PaymentOption.FLASH: self.tr("paid after 3 days"),
            PaymentOption.ON_CLIENT_PAYMENT: self.tr("paid after the client"),
            PaymentOption.IMMEDIATE: self.tr("paid within 3 to 5 days"),
        }
        return self.tr("{option}, {terms}").format(
            option=option_label(option), terms=delays[PaymentOption(option)]
        )

    def fee_rule(self, option: PaymentOption) -> str:
        """What the option costs, for the fee's tooltip."""
        rules = {
            PaymentOption.BASIC: self.tr("Basic: no fee"),
            PaymentOption.EXPRESS: self.tr("Express: 2.5 % of the daily rate per day billed"),
            PaymentOption.FLASH: self.tr("Flash: 5 % of the daily rate per day billed"),
            PaymentOption.ON_CLIENT_PAYMENT: self.tr("On client payment: no fee"),
            PaymentOption.IMMEDIATE: self.tr("Immediate payment: 20 € per day billed"),
        }
        return rules[PaymentOption(option)]

    def expected(self, detail: InvoiceDetail, today: date) -> str:
        row = detail.row
        if row.status is InvoiceStatus.CANCELLED or row.kind is InvoiceKind.CREDIT_NOTE:
            return NO_VALUE
        if row.pay_earliest is None or row.pay_latest is None:
            if row.invoicing_mode is InvoicingMode.MANUAL_IMPORT:
                return self.tr("after LBC Finance's validation")
            return NO_VALUE
        if row.pay_earliest == row.pay_latest:
            when = format_date(row.pay_earliest, self.locale)
        else:
            when = self.tr("from {first} to {last}").format(
                first=format_date(row.pay_earliest, self.locale),
                last=format_date(row.pay_latest, self.locale),
            )
        left = row.days_left(today)
        if left is None:
            return when
        if left < 0:
            return self.tr("{when} (overdue by {days} d)").format(when=when, days=-left)
        return self.tr("{when} ({days} d left)").format(when=when, days=left)

    def paid(self, detail: InvoiceDetail) -> str:
        row = detail.row
        if row.paid_on is None:
            if detail.client_paid_on is not None:
                return self.tr("Client paid LBC on {date}").format(
                    date=format_date(detail.client_paid_on, self.locale)
                )
            return NO_VALUE
        amount = row.paid_amount if row.paid_amount is not None else row.net
        text = self.tr("{amount} on {date}").format(
            amount=self.money(amount), date=format_date(row.paid_on, self.locale)
        )
        if amount != row.net:
            text += " " + self.tr("(difference {difference})").format(
                difference=self.money(amount - row.net)
            )
        return text

    def history_step(self, event: EventView) -> str:
        when = format_date(event.happened_on, self.locale)
        note = self.tr("CRA validated by the client") if event.note == CRA_VALIDATED_NOTE else ""
        note = note or event.note
        if event.from_status is None:
            step = invoice_status_label(event.to_status)
        elif event.from_status is event.to_status:
            step = note
            note = ""
        else:
            step = self.tr("{before} → {after}").format(
                before=invoice_status_label(event.from_status),
                after=invoice_status_label(event.to_status),
            )
        text = f"{when} — {step}"
        return self.tr("{step}: {note}").format(step=text, note=note) if note else text

    def attachment_line(self, attachment: AttachmentView) -> str:
        roles = {
            "specimen": self.tr("Specimen"),
            "final": self.tr("Final invoice"),
            "imported": self.tr("Imported invoice"),
            "credit_note": self.tr("Credit note"),
            "document": self.tr("Document"),
        }
        role = roles.get(attachment.role, attachment.role)
        return self.tr("{role}: {name} ({size}, added on {date})").format(
            role=role,
            name=attachment.original_name,
            size=file_size(attachment.size, self.locale),
            date=format_date(attachment.added_at.date(), self.locale),
        )

    def actions(self) -> list[tuple[InvoiceAction, str, str, str]]:
        """Each action's button: object name, text and tooltip, in the order shown."""
        return [
            (
                InvoiceAction.FINAL_RECEIVED,
                "finalReceivedButton",
                self.tr("Final invoice &received…"),
                self.tr("The platform issued the final invoice: enter its number"),
            ),
            (
                InvoiceAction.IMPORT_OWN,
                "importOwnButton",
                self.tr("Import m&y invoice…"),
                self.tr("Choose your invoice's PDF: it is checked against the CRA first"),
            ),
            (
                InvoiceAction.FINANCE_VALIDATED,
                "financeValidatedButton",
                self.tr("Valida&ted by LBC Finance…"),
                self.tr("LBC Finance accepted your invoice: the payment delay starts"),
            ),
            (
                InvoiceAction.FINANCE_REFUSED,
                "financeRefusedButton",
                self.tr("Refused by LBC Fi&nance…"),
                self.tr("LBC Finance refused your invoice: import a corrected one"),
            ),
            (
                InvoiceAction.PAYMENT_RECEIVED,
                "paymentReceivedButton",
                self.tr("&Payment received…"),
                self.tr("The payment reached your account"),
            ),
            (
                InvoiceAction.CLIENT_PAID,
                "clientPaidButton",
                self.tr("C&lient payment received…"),
                self.tr("The client paid LBC: LBC pays you 5 to 8 working days later"),
            ),
            (
                InvoiceAction.CANCEL,
                "cancelInvoiceButton",
                self.tr("C&ancel (credit note)…"),
                self.tr("Cancel the invoice with a credit note"),
            ),
        ]
