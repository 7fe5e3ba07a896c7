"""The sentences of the reminders, for the banner and the system notification.

Counts go through Qt's plural forms (``%n``), which pyside6-lupdate only recognises in
``self.tr(text, "", n)`` calls: hence a small ``QObject`` that words them.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from connect_desktop.domain.money import format_date, format_money
from connect_desktop.domain.reminders import LateCra, Reminder, ReminderKind

# How many CRAs, and how many missions, a line names before it says "and N more": with
# hundreds of missions, the banner must stay one short line per reminder.
NAMED_CRAS = 3
NAMED_MISSIONS = 3

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


class ReminderWording(QObject):
    """Words the reminders for ``locale`` (figures, dates and months)."""

    def __init__(self, locale: str) -> None:
        super().__init__()
        self.locale = locale

    def _cra_item(self, late: LateCra) -> str:
        month = month_in_sentence(late.year, late.month, self.locale)
        return self.tr("{mission} ({month})").format(mission=late.mission_title, month=month)

    def _cra_text(self, reminder: Reminder) -> str:
        items = [self._cra_item(late) for late in reminder.cras[:NAMED_CRAS]]
        return self.tr("%n activity report(s) to submit: {reports}", "", reminder.count).format(
            reports=self._named(items, reminder.count)
        )

    def _named(self, names: list[str], total: int) -> str:
        more = total - len(names)
        if more > 0:
            names.append(self.tr("and %n more", "", more))
        return ", ".join(names)

    def reminder_text(self, reminder: Reminder) -> str:
        """One line that says what is waiting, with its figures formatted."""
        kind = ReminderKind(reminder.kind)
        if kind is ReminderKind.CRA_NOT_SUBMITTED:
            return self._cra_text(reminder)
        locale = self.locale
        amount = format_money(reminder.amount, locale) if reminder.amount is not None else ""
        missions = self._named(list(reminder.missions[:NAMED_MISSIONS]), len(reminder.missions))
        n = reminder.count
        if kind is ReminderKind.INVOICES_TO_IMPORT:
            return self.tr("%n invoice(s) to import ({amount} net): {missions}", "", n).format(
                amount=amount, missions=missions
            )
        if kind is ReminderKind.PAYMENTS_DUE_TODAY:
            return self.tr("%n payment(s) expected today: {amount} net ({missions})", "", n).format(
                amount=amount, missions=missions
            )
        delay = self.tr("%n day(s) late", "", reminder.longest_delay_days)
        oldest = format_date(reminder.oldest_due, locale) if reminder.oldest_due else ""
        return self.tr(
            "%n overdue payment(s): {amount} net, the oldest expected by {date} ({delay})", "", n
        ).format(amount=amount, date=oldest, delay=delay)


def reminder_text(reminder: Reminder, locale: str) -> str:
    """One line that says what is waiting, with its figures formatted for ``locale``."""
    return ReminderWording(locale).reminder_text(reminder)


def show_button_name(kind: ReminderKind) -> str:
    """The accessible name of a reminder's "Show" button: where it leads."""
    if TARGET_TABS[ReminderKind(kind)] == "cra":
        return QCoreApplication.translate("ReminderBanner", "Show the activity reports")
    return QCoreApplication.translate("ReminderBanner", "Show the Connect invoices")


def notification_title() -> str:
    return QCoreApplication.translate("ReminderBanner", "Connect Desktop reminders")


def notification_text(reminders: tuple[Reminder, ...], locale: str) -> str:
    """Every reminder on its own line, for the system notification."""
    wording = ReminderWording(locale)
    return "\n".join(wording.reminder_text(reminder) for reminder in reminders)
