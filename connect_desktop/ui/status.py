"""Texts of the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from connect_desktop.domain.money import format_date, format_money
from connect_desktop.services.overview import ExpectedPayment


def next_payment_text(payment: ExpectedPayment | None, locale: str) -> str:
    if payment is None:
        return QCoreApplication.translate("StatusBar", "No payment expected")
    amount = format_money(payment.net, locale)
    if payment.pay_earliest == payment.pay_latest:
        when = format_date(payment.pay_earliest, locale)
        return QCoreApplication.translate(
            "StatusBar", "Next payment: {amount} on {date} ({mission})"
        ).format(amount=amount, date=when, mission=payment.mission_title)
    return QCoreApplication.translate(
        "StatusBar", "Next payment: {amount} between {first} and {last} ({mission})"
    ).format(
        amount=amount,
        first=format_date(payment.pay_earliest, locale),
        last=format_date(payment.pay_latest, locale),
        mission=payment.mission_title,
    )
