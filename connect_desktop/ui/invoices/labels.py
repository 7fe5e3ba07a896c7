"""Icons and colours of the invoice statuses, and the invoice wording the tab shares.

The status names themselves are in ``ui/cra/labels.py`` (``invoice_status_label``), where
the CRA panel already uses them.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPalette

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.money import format_date
from connect_desktop.ui import icons
from connect_desktop.ui.cra.labels import invoice_status_label, month_title

__all__ = [
    "STATUS_ICONS",
    "invoice_status_label",
    "kind_label",
    "period_text",
    "status_color",
    "status_icon",
]

STATUS_ICONS = {
    InvoiceStatus.SPECIMEN: icons.IconName.INVOICE_SPECIMEN,
    InvoiceStatus.TO_IMPORT: icons.IconName.INVOICE_TO_IMPORT,
    InvoiceStatus.IN_REVIEW: icons.IconName.INVOICE_IN_REVIEW,
    InvoiceStatus.FINAL: icons.IconName.INVOICE_FINAL,
    InvoiceStatus.PAID: icons.IconName.INVOICE_PAID,
    InvoiceStatus.CANCELLED: icons.IconName.INVOICE_CANCELLED,
}

# (light theme, dark theme): each readable on its theme's window and base colours.
_STATUS_COLORS = {
    InvoiceStatus.SPECIMEN: ("#6a4c93", "#d1b3ff"),
    InvoiceStatus.TO_IMPORT: ("#b25e00", "#ffcc80"),
    InvoiceStatus.IN_REVIEW: ("#1565c0", "#90caf9"),
    InvoiceStatus.FINAL: ("#00695c", "#80cbc4"),
    InvoiceStatus.PAID: ("#2e7d32", "#a5d6a7"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def status_color(status: InvoiceStatus, palette: QPalette) -> QColor:
    """The status's colour for the palette (cancelled invoices use the placeholder grey)."""
    pair = _STATUS_COLORS.get(InvoiceStatus(status))
    if pair is None:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    return QColor(pair[1] if is_dark(palette) else pair[0])


def status_icon(status: InvoiceStatus, palette: QPalette) -> QIcon:
    """One icon per status and colour, made once."""
    return icons.icon(STATUS_ICONS[InvoiceStatus(status)], status_color(status, palette))


def kind_label(kind: InvoiceKind) -> str:
    if InvoiceKind(kind) is InvoiceKind.CREDIT_NOTE:
        return QCoreApplication.translate("InvoiceLabels", "Credit note")
    return QCoreApplication.translate("InvoiceLabels", "Invoice")


@cache
def _month_title(year: int, month: int, locale: str) -> str:
    return month_title(year, month, locale)


def period_text(start: date, end: date, locale: str) -> str:
    """``Novembre 2026`` for a period inside one month, else ``03/11/2026 – 20/11/2026``."""
    if (start.year, start.month) == (end.year, end.month):
        return _month_title(start.year, start.month, locale)
    return QCoreApplication.translate("InvoiceLabels", "{first} – {last}").format(
        first=format_date(start, locale), last=format_date(end, locale)
    )
