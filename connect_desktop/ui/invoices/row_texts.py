"""The texts of the invoices table: headers, the formatted cells of a row, tooltips.

Kept apart from the model, which only caches what this formats. Columns are numbered as
in ``Column``; the model exposes the same numbers as class attributes.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QObject
from PySide6.QtGui import QFontMetrics

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.money import format_date, format_days, format_money
from connect_desktop.services.invoices import InvoiceRow
from connect_desktop.ui.invoices.labels import invoice_status_label, period_text

NO_VALUE = "—"
_MEMO_LIMIT = 20_000  # distinct amounts or dates kept formatted


def _day_and_month(day: date, locale: str) -> str:
    """``14/10`` in French, ``Oct 14`` in English."""
    from babel.dates import format_skeleton

    return format_skeleton("dM" if locale.startswith("fr") else "MMMd", day, locale=locale)


class Column(IntEnum):
    NUMBER = 0
    MISSION = 1
    PERIOD = 2
    DAYS = 3
    AMOUNT_HT = 4
    AMOUNT_TTC = 5
    FEE = 6
    NET = 7
    STATUS = 8
    CLOCK_START = 9
    PAYMENT = 10
    DAYS_LEFT = 11
    PAID = 12


class InvoiceRowTexts(QObject):
    def __init__(self, locale: str = "fr_FR", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        # Babel takes a fraction of a millisecond per value, and amounts and dates repeat
        # from row to row: each distinct one is formatted once.
        self._money: dict[Decimal, str] = {}
        self._dates: dict[date, str] = {}

    def money(self, amount: Decimal) -> str:
        text = self._money.get(amount)
        if text is None:
            if len(self._money) >= _MEMO_LIMIT:
                self._money.clear()
            text = self._money[amount] = format_money(amount, self.locale)
        return text

    def day(self, day: date) -> str:
        text = self._dates.get(day)
        if text is None:
            if len(self._dates) >= _MEMO_LIMIT:
                self._dates.clear()
            text = self._dates[day] = format_date(day, self.locale)
        return text

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Mission"),
            self.tr("Period"),
            self.tr("Days"),
            self.tr("Excl. VAT"),
            self.tr("Incl. VAT"),
            self.tr("Fee"),
            self.tr("Net"),
            self.tr("Status"),
            self.tr("Clock start"),
            self.tr("Payment"),
            self.tr("Days left"),
            self.tr("Paid on"),
        )

    def header_tips(self) -> dict[int, str]:
        return {
            Column.AMOUNT_HT: self.tr("Amount excluding VAT"),
            Column.AMOUNT_TTC: self.tr("Amount including VAT"),
            Column.FEE: self.tr("Fee of the payment option, deducted from the payment"),
            Column.NET: self.tr("What LBC pays you"),
            Column.CLOCK_START: self.tr("The day the payment delay starts"),
            Column.PAYMENT: self.tr("Expected payment date, or the window it falls in"),
            Column.DAYS_LEFT: self.tr("Days until the latest payment date"),
        }

    def cells(self, invoice: InvoiceRow) -> tuple[str, ...]:
        """Every column's text but "days left", which depends on the day."""
        locale = self.locale
        number = invoice.number or NO_VALUE
        if invoice.kind is InvoiceKind.CREDIT_NOTE:
            number = self.tr("Credit note {number}").format(number=number)
        return (
            number,
            invoice.mission_title,
            period_text(invoice.period_start, invoice.period_end, locale),
            format_days(invoice.days, locale),
            self.money(invoice.amount_ht),
            self.money(invoice.amount_ttc),
            self.money(invoice.fee),
            self.money(invoice.net),
            invoice_status_label(invoice.status),
            self.day(invoice.clock_start) if invoice.clock_start else NO_VALUE,
            self.payment(invoice),
            "",  # days left: derived from today, never cached
            self.paid(invoice),
        )

    def payment(self, invoice: InvoiceRow) -> str:
        first, last = invoice.pay_earliest, invoice.pay_latest
        if first is None or last is None:
            return NO_VALUE
        return self.window(first, last)

    def window(self, first: date, last: date) -> str:
        """``03/12/2026``, or ``du 14/10 au 16/10/2026`` (the year once when it is the same)."""
        if first == last:
            return self.day(first)
        same_year = first.year == last.year
        shown = _day_and_month(first, self.locale) if same_year else self.day(first)
        return self.tr("from {first} to {last}").format(first=shown, last=self.day(last))

    def paid(self, invoice: InvoiceRow) -> str:
        if invoice.paid_on is None:
            return ""
        shown = self.day(invoice.paid_on)
        amount = invoice.paid_amount
        if amount is not None and amount != invoice.net:
            return self.tr("{date} ({amount})").format(
                date=shown, amount=format_money(amount, self.locale)
            )
        return shown

    def days_left(self, left: int | None) -> str:
        if left is None:
            return ""
        if left < 0:
            return self.tr("{days} d late").format(days=-left)
        if left == 0:
            return self.tr("today")
        return self.tr("{days} d").format(days=left)

    def tooltip(self, invoice: InvoiceRow, column: int, today: date) -> str | None:
        locale = self.locale
        if column == Column.PERIOD:
            return self.tr("From {first} to {last}").format(
                first=format_date(invoice.period_start, locale),
                last=format_date(invoice.period_end, locale),
            )
        if column in (Column.CLOCK_START, Column.PAYMENT) and invoice.clock_start is None:
            if invoice.status is InvoiceStatus.CANCELLED:
                return None
            return self.tr("The delay starts when LBC Finance validates your invoice")
        if column == Column.DAYS_LEFT and invoice.is_overdue(today):
            assert invoice.pay_latest is not None
            return self.tr("Overdue: expected by {date} at the latest").format(
                date=format_date(invoice.pay_latest, locale)
            )
        if column == Column.PAID and invoice.paid_amount not in (None, invoice.net):
            assert invoice.paid_amount is not None
            text = self.tr("Received {paid} instead of {expected} (difference {difference})")
            return text.format(
                paid=format_money(invoice.paid_amount, locale),
                expected=format_money(invoice.net, locale),
                difference=format_money(invoice.paid_amount - invoice.net, locale),
            )
        return None


def column_widths(
    texts: InvoiceRowTexts, cells: QFontMetrics, headers: QFontMetrics
) -> dict[int, int]:
    """Initial widths: each column's longest usual text, or its header if wider (computed
    from samples, never from the 100 000 rows)."""
    locale = texts.locale
    money = format_money(Decimal("16848.00"), locale)
    late, day = date(2026, 9, 30), date(2026, 12, 28)
    samples = {
        Column.NUMBER: "LBC-2026-000000",
        Column.MISSION: "Consultant DevOps et",
        Column.PERIOD: period_text(late, late, locale),
        Column.DAYS: format_days(Decimal("20.5"), locale),
        Column.AMOUNT_HT: money,
        Column.AMOUNT_TTC: money,
        Column.FEE: format_money(Decimal("888.00"), locale),
        Column.NET: money,
        Column.STATUS: max(map(invoice_status_label, InvoiceStatus), key=len) + "WW",
        Column.CLOCK_START: format_date(day, locale),
        Column.PAYMENT: texts.window(date(2026, 12, 20), day),
        Column.DAYS_LEFT: texts.days_left(-120),
        Column.PAID: format_date(day, locale),
    }
    titles = texts.headers()
    return {
        column: max(cells.horizontalAdvance(sample), headers.horizontalAdvance(titles[column]) + 12)
        + 8
        for column, sample in samples.items()
    }
