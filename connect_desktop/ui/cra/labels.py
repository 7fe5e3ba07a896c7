"""Translated names of the CRA and invoice statuses, month names, and the status colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.ui.icons import IconName

# Literal calls (not a helper) so that pyside6-lupdate finds every string, in context
# "CraLabels".


def cra_status_label(status: CraStatus) -> str:
    labels = {
        CraStatus.DRAFT: QCoreApplication.translate("CraLabels", "Draft"),
        CraStatus.SUBMITTED: QCoreApplication.translate("CraLabels", "Submitted"),
        CraStatus.VALIDATED: QCoreApplication.translate("CraLabels", "Validated"),
        CraStatus.REJECTED: QCoreApplication.translate("CraLabels", "Refused"),
    }
    return labels[CraStatus(status)]


def invoice_status_label(status: InvoiceStatus) -> str:
    labels = {
        InvoiceStatus.SPECIMEN: QCoreApplication.translate("CraLabels", "Specimen"),
        InvoiceStatus.TO_IMPORT: QCoreApplication.translate("CraLabels", "To import"),
        InvoiceStatus.IN_REVIEW: QCoreApplication.translate("CraLabels", "In review"),
        InvoiceStatus.FINAL: QCoreApplication.translate("CraLabels", "Final"),
        InvoiceStatus.PAID: QCoreApplication.translate("CraLabels", "Paid"),
        InvoiceStatus.CANCELLED: QCoreApplication.translate("CraLabels", "Cancelled"),
    }
    return labels[InvoiceStatus(status)]


STATUS_ICONS = {
    CraStatus.DRAFT: IconName.CRA_DRAFT,
    CraStatus.SUBMITTED: IconName.CRA_SUBMITTED,
    CraStatus.VALIDATED: IconName.CRA_VALIDATED,
    CraStatus.REJECTED: IconName.CRA_REJECTED,
}


def status_color(status: CraStatus, palette: QPalette) -> QColor:
    """A colour per status that stays readable on the palette's window (light or dark)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    colors = {
        CraStatus.SUBMITTED: ("#1565c0", "#90caf9"),
        CraStatus.VALIDATED: ("#2e7d32", "#a5d6a7"),
        CraStatus.REJECTED: ("#b3261e", "#ff8a80"),
    }
    pair = colors.get(CraStatus(status))
    if pair is None:
        return palette.color(QPalette.ColorRole.WindowText)
    return QColor(pair[1] if dark else pair[0])


def month_names(locale: str) -> list[str]:
    """The twelve month names, capitalised, as the locale writes them on their own."""
    from babel.dates import get_month_names

    names = get_month_names("wide", context="stand-alone", locale=locale)
    return [names[number][:1].upper() + names[number][1:] for number in range(1, 13)]


def month_title(year: int, month: int, locale: str) -> str:
    """``Novembre 2026``."""
    return f"{month_names(locale)[month - 1]} {year}"
