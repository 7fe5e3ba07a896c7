"""Reminders: what the freelancer should act on today.

Four kinds, each computed from plain facts and an injected ``today`` so that the rules
are tested without a clock or a database:

- activity reports (CRA) not submitted by the last working day of their month (R6, R7);
- Connect invoices waiting for the freelancer's PDF (``TO_IMPORT``, R8);
- payments whose window includes today;
- overdue payments (not paid, today after the latest payment date, R8).

Only invoices count: credit notes are never paid to the freelancer.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from connect_desktop.domain.calendar import month_bounds, shift_month, working_days_of_month
from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.invoice import (
    SETTLED_STATUSES,
    InvoiceKind,
    InvoiceStatus,
    is_overdue,
)
from connect_desktop.domain.money import ZERO


class ReminderKind(StrEnum):
    CRA_NOT_SUBMITTED = "CRA_NOT_SUBMITTED"
    INVOICES_TO_IMPORT = "INVOICES_TO_IMPORT"
    PAYMENTS_DUE_TODAY = "PAYMENTS_DUE_TODAY"
    PAYMENTS_OVERDUE = "PAYMENTS_OVERDUE"


ALL_REMINDERS: frozenset[ReminderKind] = frozenset(ReminderKind)

# A CRA in these statuses is still the freelancer's to send.
_UNSENT = (CraStatus.DRAFT, CraStatus.REJECTED)


# -- inputs ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MissionFacts:
    mission_id: int
    title: str
    start_on: date
    end_on: date | None
    archived: bool = False


@dataclass(frozen=True, slots=True)
class CraFacts:
    mission_id: int
    year: int
    month: int
    status: CraStatus
    halves: int = 0  # half days the CRA holds


@dataclass(frozen=True, slots=True)
class InvoiceFacts:
    mission_title: str
    kind: InvoiceKind
    status: InvoiceStatus
    net: Decimal
    pay_earliest: date | None
    pay_latest: date | None


# -- outputs --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LateCra:
    """A CRA to submit; ``status`` is ``None`` when the month was never started."""

    mission_id: int
    mission_title: str
    year: int
    month: int
    status: CraStatus | None


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    count: int
    amount: Decimal | None = None  # net total, for the invoice reminders
    missions: tuple[str, ...] = ()  # distinct mission titles, in the order met
    cras: tuple[LateCra, ...] = ()  # CRA_NOT_SUBMITTED only, oldest first
    oldest_due: date | None = None  # PAYMENTS_OVERDUE: the earliest latest payment date
    longest_delay_days: int = 0  # PAYMENTS_OVERDUE: days since ``oldest_due``


# -- rules ----------------------------------------------------------------------------------


def last_working_day(year: int, month: int, zone: str | None = None) -> date:
    """The month's last French working day (R6): the CRA is due by the end of it."""
    return working_days_of_month(year, month, zone)[-1]


def _covers_month(mission: MissionFacts, year: int, month: int) -> bool:
    first, last = month_bounds(year, month)
    return mission.start_on <= last and (mission.end_on is None or mission.end_on >= first)


def _distinct(titles: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(titles))


def late_cras(
    missions: Iterable[MissionFacts],
    cras: Iterable[CraFacts],
    today: date,
    zone: str | None = None,
) -> list[LateCra]:
    """CRAs not submitted although their deadline has passed, oldest first.

    The deadline is the month's last working day: the current month's CRA is due from
    that day on, the previous month's is overdue. For these two months a missing CRA
    counts too. Older months only count when a draft or refused CRA holds days: a
    missing CRA there is not nagged about, as the freelancer may not have used the app
    back then.
    """
    active = {mission.mission_id: mission for mission in missions if not mission.archived}
    by_month = {(cra.mission_id, cra.year, cra.month): cra for cra in cras}
    due_months = [shift_month(today.year, today.month, -1)]
    if today >= last_working_day(today.year, today.month, zone):
        due_months.append((today.year, today.month))
    found: dict[tuple[int, int, int], LateCra] = {}
    for year, month in due_months:
        for mission in active.values():
            if not _covers_month(mission, year, month):
                continue
            cra = by_month.get((mission.mission_id, year, month))
            if cra is None or cra.status in _UNSENT:
                status = None if cra is None else cra.status
                found[(mission.mission_id, year, month)] = LateCra(
                    mission.mission_id, mission.title, year, month, status
                )
    first_due = due_months[0]
    for cra in by_month.values():
        mission = active.get(cra.mission_id)
        if mission is None or cra.status not in _UNSENT or cra.halves <= 0:
            continue
        if (cra.year, cra.month) < first_due:
            found[(cra.mission_id, cra.year, cra.month)] = LateCra(
                cra.mission_id, mission.title, cra.year, cra.month, cra.status
            )
    return sorted(found.values(), key=lambda late: (late.year, late.month, late.mission_title))


def cra_reminder(
    missions: Iterable[MissionFacts],
    cras: Iterable[CraFacts],
    today: date,
    zone: str | None = None,
) -> Reminder | None:
    late = late_cras(missions, cras, today, zone)
    if not late:
        return None
    return Reminder(
        ReminderKind.CRA_NOT_SUBMITTED,
        count=len(late),
        missions=_distinct(item.mission_title for item in late),
        cras=tuple(late),
    )


def _invoice_reminder(kind: ReminderKind, invoices: list[InvoiceFacts]) -> Reminder | None:
    if not invoices:
        return None
    return Reminder(
        kind,
        count=len(invoices),
        amount=sum((invoice.net for invoice in invoices), ZERO),
        missions=_distinct(invoice.mission_title for invoice in invoices),
    )


def invoices_to_import(invoices: Iterable[InvoiceFacts]) -> Reminder | None:
    """Invoices of manual-import missions still waiting for the freelancer's PDF."""
    waiting = [
        invoice
        for invoice in invoices
        if invoice.kind == InvoiceKind.INVOICE and invoice.status == InvoiceStatus.TO_IMPORT
    ]
    return _invoice_reminder(ReminderKind.INVOICES_TO_IMPORT, waiting)


def payments_due_today(invoices: Iterable[InvoiceFacts], today: date) -> Reminder | None:
    """Unpaid invoices whose payment window (earliest to latest date) includes today."""
    due = [
        invoice
        for invoice in invoices
        if invoice.kind == InvoiceKind.INVOICE
        and invoice.status not in SETTLED_STATUSES
        and invoice.pay_earliest is not None
        and invoice.pay_latest is not None
        and invoice.pay_earliest <= today <= invoice.pay_latest
    ]
    return _invoice_reminder(ReminderKind.PAYMENTS_DUE_TODAY, due)


def payments_overdue(invoices: Iterable[InvoiceFacts], today: date) -> Reminder | None:
    """Unpaid invoices past their latest payment date (R8), with the longest delay."""
    late = [
        invoice
        for invoice in invoices
        if invoice.kind == InvoiceKind.INVOICE
        and is_overdue(invoice.status, invoice.pay_latest, today)
    ]
    reminder = _invoice_reminder(ReminderKind.PAYMENTS_OVERDUE, late)
    if reminder is None:
        return None
    oldest = min(invoice.pay_latest for invoice in late if invoice.pay_latest is not None)
    return replace(reminder, oldest_due=oldest, longest_delay_days=(today - oldest).days)


def compute_reminders(
    today: date,
    *,
    missions: Iterable[MissionFacts] = (),
    cras: Iterable[CraFacts] = (),
    invoices: Iterable[InvoiceFacts] = (),
    zone: str | None = None,
    enabled: Collection[ReminderKind] = ALL_REMINDERS,
) -> tuple[Reminder, ...]:
    """The reminders of the ``enabled`` kinds that have something to say, in kind order."""
    invoice_list = list(invoices)
    found: list[Reminder | None] = []
    if ReminderKind.CRA_NOT_SUBMITTED in enabled:
        found.append(cra_reminder(missions, cras, today, zone))
    if ReminderKind.INVOICES_TO_IMPORT in enabled:
        found.append(invoices_to_import(invoice_list))
    if ReminderKind.PAYMENTS_DUE_TODAY in enabled:
        found.append(payments_due_today(invoice_list, today))
    if ReminderKind.PAYMENTS_OVERDUE in enabled:
        found.append(payments_overdue(invoice_list, today))
    return tuple(reminder for reminder in found if reminder is not None)
