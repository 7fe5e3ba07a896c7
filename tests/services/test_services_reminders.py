"""The reminders read from a real database (issue 7), on fixed days."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from connect_desktop.domain.calendar import working_days_of_month
from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.domain.reminders import ALL_REMINDERS, Reminder, ReminderKind
from connect_desktop.services.reminders import load_reminders
from connect_desktop.store.cras import create_cra, reject_cra, set_day, submit_cra, validate_cra
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.missions import archive_mission, create_mission
from connect_desktop.store.models import Invoice
from connect_desktop.store.profile import save_profile

K = ReminderKind
LAST_WORKING_DAY = date(2026, 11, 30)  # Monday 30 November 2026


def new_mission(engine: Engine, **overrides: Any) -> int:
    """PREDICTABLE, Express (paid 30 days after the client's validation), 600 € a day."""
    fields: dict[str, Any] = {
        "title": "Refonte du SI de facturation",
        "client_name": "Banque Exemple SA",
        "start_on": date(2026, 1, 5),
        "daily_rate": Decimal("600"),
        "signed_on": date(2025, 12, 15),
        "payment_option": PaymentOption.EXPRESS,
        "invoicing_mode": InvoicingMode.PLATFORM,
    }
    fields.update(overrides)
    with unit_of_work(engine) as session:
        mission = create_mission(session, **fields)
        assert mission.id is not None
        return mission.id


def new_cra(
    engine: Engine,
    mission_id: int,
    year: int,
    month: int,
    *,
    days: int = 10,
    submitted_on: date | None = None,
    validated_on: date | None = None,
    rejected_on: date | None = None,
) -> None:
    with unit_of_work(engine) as session:
        cra = create_cra(session, mission_id, year, month)
        assert cra.id is not None
        for day in working_days_of_month(year, month)[:days]:
            set_day(session, cra.id, day, 2)
        if submitted_on is not None:
            submit_cra(session, cra.id, submitted_on)
        if validated_on is not None:
            validate_cra(session, cra.id, validated_on)
        if rejected_on is not None:
            reject_cra(session, cra.id, rejected_on, "Deux jours en trop")


def by_kind(reminders: tuple[Reminder, ...]) -> dict[ReminderKind, Reminder]:
    return {reminder.kind: reminder for reminder in reminders}


@pytest.fixture
def filled(engine: Engine) -> Engine:
    """One mission of each invoicing mode, one archived, with CRAs in every state."""
    platform = new_mission(engine)
    # August, validated 1 September: to be paid 1 October, overdue in November.
    new_cra(engine, platform, 2026, 8, submitted_on=date(2026, 9, 1), validated_on=date(2026, 9, 1))
    # September, validated 31 October: to be paid on Monday 30 November.
    new_cra(
        engine,
        platform,
        2026,
        9,
        days=15,
        submitted_on=date(2026, 10, 30),
        validated_on=date(2026, 10, 31),
    )
    # October, validated 2 November: to be paid 2 December. November: a draft with days.
    new_cra(
        engine, platform, 2026, 10, submitted_on=date(2026, 11, 2), validated_on=date(2026, 11, 2)
    )
    new_cra(engine, platform, 2026, 11, days=18)

    manual = new_mission(
        engine,
        title="Expert sécurité cloud",
        payment_option=PaymentOption.FLASH,
        invoicing_mode=InvoicingMode.MANUAL_IMPORT,
        end_on=date(2026, 10, 31),
    )
    # June was refused by the client and never sent again.
    new_cra(engine, manual, 2026, 6, submitted_on=date(2026, 7, 1), rejected_on=date(2026, 7, 2))
    # October is validated: its invoice waits for the freelancer's PDF.
    new_cra(
        engine,
        manual,
        2026,
        10,
        days=20,
        submitted_on=date(2026, 11, 2),
        validated_on=date(2026, 11, 3),
    )

    archived = new_mission(engine, title="Ancienne mission")
    new_cra(engine, archived, 2026, 3, days=5)
    with unit_of_work(engine) as session:
        archive_mission(session, archived)
    return engine


def test_every_reminder_on_the_last_working_day_of_november(filled: Engine) -> None:
    reminders = by_kind(load_reminders(filled, LAST_WORKING_DAY))
    assert list(reminders) == list(ReminderKind)

    cras = reminders[K.CRA_NOT_SUBMITTED]
    assert cras.count == 2
    assert [(c.mission_title, c.year, c.month, c.status) for c in cras.cras] == [
        ("Expert sécurité cloud", 2026, 6, CraStatus.REJECTED),
        ("Refonte du SI de facturation", 2026, 11, CraStatus.DRAFT),
    ]

    to_import = reminders[K.INVOICES_TO_IMPORT]
    # 20 days at 600 €: 12 000 HT, 14 400 TTC, minus the Flash fee of 5 % (600 €).
    assert (to_import.count, to_import.amount) == (1, Decimal("13800.00"))
    assert to_import.missions == ("Expert sécurité cloud",)

    due = reminders[K.PAYMENTS_DUE_TODAY]
    # 15 days: 10 800 TTC minus the Express fee of 2.5 % (225 €).
    assert (due.count, due.amount) == (1, Decimal("10575.00"))

    overdue = reminders[K.PAYMENTS_OVERDUE]
    assert (overdue.count, overdue.amount) == (1, Decimal("7050.00"))
    assert (overdue.oldest_due, overdue.longest_delay_days) == (date(2026, 10, 1), 60)


def test_the_day_before_the_deadline_only_older_cras_are_late(filled: Engine) -> None:
    friday = LAST_WORKING_DAY - timedelta(days=3)
    reminders = by_kind(load_reminders(filled, friday))
    assert [c.month for c in reminders[K.CRA_NOT_SUBMITTED].cras] == [6]
    assert K.PAYMENTS_DUE_TODAY not in reminders
    assert reminders[K.PAYMENTS_OVERDUE].longest_delay_days == 57


def test_disabled_kinds_are_not_returned(filled: Engine) -> None:
    only = {K.INVOICES_TO_IMPORT, K.PAYMENTS_OVERDUE}
    reminders = load_reminders(filled, LAST_WORKING_DAY, only)
    assert [reminder.kind for reminder in reminders] == [K.INVOICES_TO_IMPORT, K.PAYMENTS_OVERDUE]
    assert load_reminders(filled, LAST_WORKING_DAY, frozenset()) == ()
    cras_only = load_reminders(filled, LAST_WORKING_DAY, {K.CRA_NOT_SUBMITTED})
    assert [reminder.kind for reminder in cras_only] == [K.CRA_NOT_SUBMITTED]


def test_an_empty_database_has_nothing_to_say(engine: Engine) -> None:
    assert load_reminders(engine, LAST_WORKING_DAY) == ()


def test_the_profile_holiday_zone_sets_the_deadline(engine: Engine) -> None:
    mission = new_mission(engine, start_on=date(2029, 1, 1))
    new_cra(engine, mission, 2029, 2, submitted_on=date(2029, 3, 1))
    thursday = date(2029, 3, 29)  # Good Friday follows: a holiday in Moselle only
    assert load_reminders(engine, thursday, {K.CRA_NOT_SUBMITTED}) == ()
    with unit_of_work(engine) as session:
        save_profile(session, holiday_zone="57")
    (reminder,) = load_reminders(engine, thursday, {K.CRA_NOT_SUBMITTED})
    assert [(c.year, c.month, c.status) for c in reminder.cras] == [(2029, 3, None)]


def test_the_demo_data_set(engine: Engine) -> None:
    today = date(2026, 11, 28)
    fill_demo(engine, today=today)
    reminders = by_kind(load_reminders(engine, today, ALL_REMINDERS))
    with read_session(engine) as session:
        unpaid = session.exec(
            select(Invoice).where(
                col(Invoice.kind) == InvoiceKind.INVOICE,
                col(Invoice.status).not_in([InvoiceStatus.PAID, InvoiceStatus.CANCELLED]),
            )
        ).all()
    overdue = [i for i in unpaid if i.pay_latest is not None and i.pay_latest < today]
    to_import = [i for i in unpaid if i.status is InvoiceStatus.TO_IMPORT]
    assert reminders[K.PAYMENTS_OVERDUE].count == len(overdue) > 0
    assert reminders[K.PAYMENTS_OVERDUE].amount == sum(i.net for i in overdue)
    assert reminders[K.INVOICES_TO_IMPORT].count == len(to_import) > 0
    assert reminders[K.INVOICES_TO_IMPORT].amount == sum(i.net for i in to_import)
    # Saturday 28 November: November is not due yet, only a refused October CRA is late.
    late = reminders[K.CRA_NOT_SUBMITTED].cras
    assert [(c.year, c.month, c.status) for c in late] == [(2026, 10, CraStatus.REJECTED)]
