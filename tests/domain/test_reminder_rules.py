"""The reminders' rules (issue 7), each with an injected ``today``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.reminders import (
    ALL_REMINDERS,
    CraFacts,
    InvoiceFacts,
    LateCra,
    MissionFacts,
    ReminderKind,
    compute_reminders,
    cra_reminder,
    invoices_to_import,
    last_working_day,
    late_cras,
    payments_due_today,
    payments_overdue,
)

K = ReminderKind
S = InvoiceStatus
MISSION = MissionFacts(1, "Refonte du SI", date(2026, 1, 5), date(2026, 12, 31))
OTHER = MissionFacts(2, "Audit sécurité", date(2026, 3, 2), None)


def cra(month: int, status: CraStatus, halves: int = 40, mission_id: int = 1) -> CraFacts:
    return CraFacts(mission_id, 2026, month, status, halves)


def invoice(
    status: InvoiceStatus = S.FINAL,
    net: str = "1000.00",
    earliest: date | None = date(2026, 11, 28),
    latest: date | None = date(2026, 11, 28),
    kind: InvoiceKind = InvoiceKind.INVOICE,
    title: str = "Refonte du SI",
) -> InvoiceFacts:
    return InvoiceFacts(title, kind, status, Decimal(net), earliest, latest)


def months(late: list[LateCra]) -> list[tuple[int, int]]:
    return [(item.year, item.month) for item in late]


# -- the last working day (R6) --------------------------------------------------------------


def test_r6_last_working_day_of_a_month_ending_on_a_weekend() -> None:
    assert last_working_day(2026, 5) == date(2026, 5, 29)  # May 2026 ends Sunday 31
    assert last_working_day(2026, 10) == date(2026, 10, 30)  # October ends Saturday 31
    assert last_working_day(2026, 11) == date(2026, 11, 30)  # a Monday


def test_r6_last_working_day_of_a_month_ending_on_a_holiday() -> None:
    assert last_working_day(2004, 5) == date(2004, 5, 28)  # Monday 31: Whit Monday


def test_r6_last_working_day_follows_the_alsace_moselle_zone() -> None:
    # Friday 30 March 2029 is Good Friday, a holiday in Alsace-Moselle only.
    assert last_working_day(2029, 3) == date(2029, 3, 30)
    assert last_working_day(2029, 3, "57") == date(2029, 3, 29)
    # 26 December is a holiday there, but December always ends on a later working day.
    assert last_working_day(2025, 12, "57") == date(2025, 12, 31)


# -- CRA not submitted ----------------------------------------------------------------------


def test_cra_of_the_month_is_not_due_before_its_last_working_day() -> None:
    late = late_cras([MISSION], [cra(10, CraStatus.SUBMITTED)], date(2026, 11, 27))
    assert late == []


def test_cra_of_the_month_is_due_on_its_last_working_day() -> None:
    late = late_cras([MISSION], [cra(10, CraStatus.SUBMITTED)], date(2026, 11, 30))
    assert late == [LateCra(1, "Refonte du SI", 2026, 11, None)]


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (date(2026, 5, 28), False),  # Thursday
        (date(2026, 5, 29), True),  # Friday: the last working day, May ends on Sunday 31
        (date(2026, 5, 31), True),
        (date(2026, 10, 29), False),
        (date(2026, 10, 30), True),  # Friday: October ends on Saturday 31
    ],
)
def test_cra_deadline_of_a_month_ending_on_a_weekend(today: date, due: bool) -> None:
    previous = cra(today.month - 1, CraStatus.VALIDATED)
    late = late_cras([MISSION], [previous], today)
    assert months(late) == ([(2026, today.month)] if due else [])


def test_cra_deadline_follows_the_alsace_moselle_zone() -> None:
    mission = MissionFacts(1, "Mission", date(2029, 1, 1), None)
    before = CraFacts(1, 2029, 2, CraStatus.VALIDATED)
    thursday = date(2029, 3, 29)  # the last working day in Moselle (Good Friday follows)
    assert months(late_cras([mission], [before], thursday, "57")) == [(2029, 3)]
    assert late_cras([mission], [before], thursday, None) == []


def test_cra_of_the_previous_month_is_late_when_missing_draft_or_rejected() -> None:
    today = date(2026, 11, 10)
    assert months(late_cras([MISSION], [], today)) == [(2026, 10)]
    draft = late_cras([MISSION], [cra(10, CraStatus.DRAFT, halves=0)], today)
    assert draft[0].status is CraStatus.DRAFT
    rejected = late_cras([MISSION], [cra(10, CraStatus.REJECTED)], today)
    assert rejected[0].status is CraStatus.REJECTED


@pytest.mark.parametrize("status", [CraStatus.SUBMITTED, CraStatus.VALIDATED])
def test_cra_submitted_or_validated_is_not_late(status: CraStatus) -> None:
    assert late_cras([MISSION], [cra(10, status)], date(2026, 11, 10)) == []


def test_cra_of_an_archived_mission_is_never_late() -> None:
    archived = MissionFacts(1, "Refonte du SI", date(2026, 1, 5), None, archived=True)
    old_draft = cra(3, CraStatus.DRAFT)
    assert late_cras([archived], [old_draft], date(2026, 11, 30)) == []


def test_cra_after_the_mission_ended_is_not_asked_for() -> None:
    ended = MissionFacts(1, "Refonte du SI", date(2026, 1, 5), date(2026, 9, 30))
    assert late_cras([ended], [cra(9, CraStatus.VALIDATED)], date(2026, 11, 30)) == []
    # It ended during the previous month: that month is still due.
    ended_in_october = MissionFacts(1, "Refonte du SI", date(2026, 1, 5), date(2026, 10, 2))
    assert months(late_cras([ended_in_october], [], date(2026, 11, 30))) == [(2026, 10)]


def test_cra_before_the_mission_starts_is_not_asked_for() -> None:
    future = MissionFacts(1, "Refonte du SI", date(2026, 12, 1), None)
    assert late_cras([future], [], date(2026, 11, 30)) == []


def test_cra_of_older_months_counts_only_when_an_unsent_one_holds_days() -> None:
    today = date(2026, 11, 10)
    cras = [
        cra(3, CraStatus.DRAFT, halves=0),  # empty draft: not nagged about
        cra(5, CraStatus.REJECTED, halves=4),
        cra(6, CraStatus.DRAFT, halves=1),
        cra(7, CraStatus.SUBMITTED),
        cra(10, CraStatus.VALIDATED),
    ]
    # August and September have no CRA: too old to be asked for.
    assert months(late_cras([MISSION], cras, today)) == [(2026, 5), (2026, 6)]


def test_cra_reminder_counts_every_late_cra_oldest_first() -> None:
    cras = [cra(10, CraStatus.VALIDATED), cra(4, CraStatus.DRAFT, mission_id=2)]
    reminder = cra_reminder([MISSION, OTHER], cras, date(2026, 11, 30))
    assert reminder is not None
    assert reminder.kind is K.CRA_NOT_SUBMITTED
    assert reminder.count == 4
    assert months(list(reminder.cras)) == [(2026, 4), (2026, 10), (2026, 11), (2026, 11)]
    assert reminder.missions == ("Audit sécurité", "Refonte du SI")
    assert reminder.amount is None


def test_cra_reminder_is_none_when_everything_is_sent() -> None:
    assert cra_reminder([MISSION], [cra(10, CraStatus.SUBMITTED)], date(2026, 11, 2)) is None


def test_cra_of_december_is_late_in_january() -> None:
    mission = MissionFacts(1, "Mission", date(2026, 1, 5), None)
    late = late_cras([mission], [], date(2027, 1, 4))
    assert months(late) == [(2026, 12)]


# -- invoices to import ---------------------------------------------------------------------


def test_invoices_to_import_counts_to_import_invoices_only() -> None:
    invoices = [
        invoice(S.TO_IMPORT, "2000.00", None, None),
        invoice(S.TO_IMPORT, "500.50", None, None, title="Audit sécurité"),
        invoice(S.IN_REVIEW, "999.00", None, None),
        invoice(S.TO_IMPORT, "-300.00", None, None, kind=InvoiceKind.CREDIT_NOTE),
    ]
    reminder = invoices_to_import(invoices)
    assert reminder is not None
    assert (reminder.count, reminder.amount) == (2, Decimal("2500.50"))
    assert reminder.missions == ("Refonte du SI", "Audit sécurité")


def test_invoices_to_import_is_none_without_any() -> None:
    assert invoices_to_import([invoice(S.FINAL)]) is None


# -- payments due today ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (date(2026, 11, 23), False),
        (date(2026, 11, 24), True),  # the earliest date
        (date(2026, 11, 26), True),
        (date(2026, 11, 27), True),  # the latest date
        (date(2026, 11, 28), False),  # overdue now, no longer "due today"
    ],
)
def test_payments_due_today_within_the_payment_window(today: date, due: bool) -> None:
    window = invoice(S.FINAL, "1234.56", date(2026, 11, 24), date(2026, 11, 27))
    reminder = payments_due_today([window], today)
    assert (reminder is not None) is due
    if reminder is not None:
        assert (reminder.count, reminder.amount) == (1, Decimal("1234.56"))


def test_payments_due_today_ignore_paid_cancelled_credit_notes_and_no_dates() -> None:
    today = date(2026, 11, 28)
    invoices = [
        invoice(S.PAID),
        invoice(S.CANCELLED),
        invoice(S.FINAL, "-100.00", kind=InvoiceKind.CREDIT_NOTE),
        invoice(S.TO_IMPORT, earliest=None, latest=None),
        invoice(S.SPECIMEN, "700.00"),
        invoice(S.FINAL, "300.00"),
    ]
    reminder = payments_due_today(invoices, today)
    assert reminder is not None
    assert (reminder.count, reminder.amount) == (2, Decimal("1000.00"))


# -- overdue payments -----------------------------------------------------------------------


def test_payments_overdue_from_the_day_after_the_latest_date() -> None:
    late = invoice(S.FINAL, "800.00", date(2026, 11, 20), date(2026, 11, 27))
    assert payments_overdue([late], date(2026, 11, 27)) is None
    reminder = payments_overdue([late], date(2026, 11, 28))
    assert reminder is not None
    assert reminder.kind is K.PAYMENTS_OVERDUE
    assert (reminder.oldest_due, reminder.longest_delay_days) == (date(2026, 11, 27), 1)


def test_payments_overdue_give_the_total_the_oldest_date_and_the_longest_delay() -> None:
    today = date(2026, 11, 28)
    invoices = [
        invoice(S.FINAL, "1000.00", date(2026, 10, 1), date(2026, 10, 31)),
        invoice(S.SPECIMEN, "250.25", date(2026, 8, 10), date(2026, 8, 13), title="Audit"),
        invoice(S.PAID, "9999.00", date(2026, 5, 1), date(2026, 5, 1)),
        invoice(S.CANCELLED, "9999.00", date(2026, 5, 1), date(2026, 5, 1)),
        invoice(S.FINAL, "-500.00", date(2026, 5, 1), date(2026, 5, 1), InvoiceKind.CREDIT_NOTE),
    ]
    reminder = payments_overdue(invoices, today)
    assert reminder is not None
    assert (reminder.count, reminder.amount) == (2, Decimal("1250.25"))
    assert reminder.oldest_due == date(2026, 8, 13)
    assert reminder.longest_delay_days == 107


# -- all together ---------------------------------------------------------------------------


def test_compute_reminders_in_kind_order_and_only_what_has_something_to_say() -> None:
    today = date(2026, 11, 30)
    invoices = [
        invoice(S.TO_IMPORT, "100.00", None, None),
        invoice(S.FINAL, "200.00", date(2026, 11, 30), date(2026, 11, 30)),
    ]
    reminders = compute_reminders(today, missions=[MISSION], invoices=invoices)
    assert [reminder.kind for reminder in reminders] == [
        K.CRA_NOT_SUBMITTED,
        K.INVOICES_TO_IMPORT,
        K.PAYMENTS_DUE_TODAY,
    ]


@pytest.mark.parametrize("disabled", list(ReminderKind))
def test_disabled_kinds_are_absent(disabled: ReminderKind) -> None:
    today = date(2026, 11, 30)
    invoices = [
        invoice(S.TO_IMPORT, "100.00", None, None),
        invoice(S.FINAL, "200.00", date(2026, 11, 30), date(2026, 11, 30)),
        invoice(S.FINAL, "300.00", date(2026, 10, 1), date(2026, 10, 2)),
    ]
    everything = compute_reminders(today, missions=[MISSION], invoices=invoices)
    assert {reminder.kind for reminder in everything} == ALL_REMINDERS
    enabled = ALL_REMINDERS - {disabled}
    reminders = compute_reminders(today, missions=[MISSION], invoices=invoices, enabled=enabled)
    assert {reminder.kind for reminder in reminders} == enabled


def test_no_kind_enabled_gives_nothing() -> None:
    assert compute_reminders(date(2026, 11, 30), missions=[MISSION], enabled=()) == ()
