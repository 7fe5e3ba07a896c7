"""The sentences of the reminders, for the banner and the system notification.

Literal ``QCoreApplication.translate`` calls in context "ReminderBanner", so that
pyside6-lupdate finds them; counts go through Qt's plural forms (``%n``).
"""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication

from connect_desktop.domain.money import format_date, format_money
from connect_desktop.domain.reminders import LateCra, Reminder, ReminderKind

# How many CRAs the banner names before it says "and N more".
NAMED_CRAS = 3

# The tab each kind of reminder leads to (the main window's tab keys).
TARGET_TABS = {
    ReminderKind.CRA_NOT_SUBMITTED: "cra",
    ReminderKind.INVOICES_TO_IMPORT: "invoices",
    ReminderKind.PAYMENTS_DUE_TODAY: "invoices",
    ReminderKind.PAYMENTS_OVERDUE: "invoices",
}


@cache
def month_in_sentence(year: int, month: int, locale: str) -> str:
    """``novembre 2026`` in French (lower case inside a sentence), ``November 2026``."""
    from babel.dates import format_date as babel_date

    return babel_date(date(year, month, 1), "LLLL y", locale=locale)


def _cra_item(late: LateCra, locale: str) -> str:
    month = month_in_sentence(late.year, late.month, locale)
    return QCoreApplication.translate("ReminderBanner", "{mission} ({month})").format(
        mission=late.mission_title, month=month
    )


def _cra_text(reminder: Reminder, locale: str) -> str:
    items = [_cra_item(late, locale) for late in reminder.cras[:NAMED_CRAS]]
    more = reminder.count - len(items)
    if more > 0:
        items.append(QCoreApplication.translate("ReminderBanner", "and %n more", None, more))
    return QCoreApplication.translate(
        "ReminderBanner", "%n activity report(s) to submit: {reports}", None, reminder.count
    ).format(reports=", ".join(items))


def reminder_text(reminder: Reminder, locale: str) -> str:
    """One line that says what is waiting, with its figures formatted for ``locale``."""
    kind = ReminderKind(reminder.kind)
    if kind is ReminderKind.CRA_NOT_SUBMITTED:
        return _cra_text(reminder, locale)
    amount = format_money(reminder.amount, locale) if reminder.amount is not None else ""
    missions = ", ".join(reminder.missions)
    n = reminder.count
    if kind is ReminderKind.INVOICES_TO_IMPORT:
        return QCoreApplication.translate(
            "ReminderBanner", "%n invoice(s) to import ({amount} net): {missions}", None, n
        ).format(amount=amount, missions=missions)
    if kind is ReminderKind.PAYMENTS_DUE_TODAY:
        return QCoreApplication.translate(
            "ReminderBanner", "%n payment(s) expected today: {amount} net ({missions})", None, n
        ).format(amount=amount, missions=missions)
    delay = QCoreApplication.translate(
        "ReminderBanner", "%n day(s) late", None, reminder.longest_delay_days
    )
    oldest = format_date(reminder.oldest_due, locale) if reminder.oldest_due else ""
    return QCoreApplication.translate(
        "ReminderBanner",
        "%n overdue payment(s): {amount} net, the oldest expected by {date} ({delay})",
        None,
        n,
    ).format(amount=amount, date=oldest, delay=delay)


def show_button_name(kind: ReminderKind) -> str:
    """The accessible name of a reminder's "Show" button: where it leads."""
    if TARGET_TABS[ReminderKind(kind)] == "cra":
        return QCoreApplication.translate("ReminderBanner", "Show the activity reports")
    return QCoreApplication.translate("ReminderBanner", "Show the Connect invoices")


def notification_title() -> str:
    return QCoreApplication.translate("ReminderBanner", "Connect Desktop reminders")


def notification_text(reminders: tuple[Reminder, ...], locale: str) -> str:
    """Every reminder on its own line, for the system notification."""
    return "\n".join(reminder_text(reminder, locale) for reminder in reminders)
