"""The reminders of the day, read from the database in a few narrow queries.

Only the columns the rules need are read, and only the rows that can matter: CRAs not
yet sent (plus every CRA of the last two months, whose absence counts) with their days
summed in SQL, and invoices neither paid nor cancelled. Ten years of data stay cheap.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import Engine, func, or_
from sqlmodel import Session, col, select

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.invoice import OPEN_STATUSES, InvoiceKind, InvoiceStatus
from connect_desktop.domain.money import from_cents
from connect_desktop.domain.reminders import (
    ALL_REMINDERS,
    CraFacts,
    InvoiceFacts,
    MissionFacts,
    Reminder,
    ReminderKind,
    compute_reminders,
)
from connect_desktop.store.database import read_session
from connect_desktop.store.models import Cra, CraDay, Invoice, Mission, Profile

_INVOICE_KINDS = frozenset(
    {
        ReminderKind.INVOICES_TO_IMPORT,
        ReminderKind.PAYMENTS_DUE_TODAY,
        ReminderKind.PAYMENTS_OVERDUE,
    }
)


def _holiday_zone(session: Session) -> str | None:
    return session.exec(select(Profile.holiday_zone).order_by(col(Profile.id)).limit(1)).first()


def _missions(session: Session) -> list[MissionFacts]:
    rows = session.exec(
        select(Mission.id, Mission.title, Mission.start_on, Mission.end_on).where(
            col(Mission.archived).is_(False)
        )
    ).all()
    return [
        MissionFacts(mission_id, title, start_on, end_on)
        for mission_id, title, start_on, end_on in rows
        if mission_id is not None
    ]


def _cras(session: Session, today: date) -> list[CraFacts]:
    # Months are compared as year * 12 + month: the previous month and later.
    previous = today.year * 12 + today.month - 1
    rows = session.exec(
        select(
            Cra.mission_id,
            Cra.year,
            Cra.month,
            Cra.status,
            func.coalesce(func.sum(CraDay.halves), 0),
        )
        .join(Mission, col(Mission.id) == Cra.mission_id)
        .outerjoin(CraDay, col(CraDay.cra_id) == Cra.id)
        .where(
            col(Mission.archived).is_(False),
            or_(
                col(Cra.status).in_([CraStatus.DRAFT, CraStatus.REJECTED]),
                col(Cra.year) * 12 + col(Cra.month) >= previous,
            ),
        )
        .group_by(col(Cra.id))
    ).all()
    return [
        CraFacts(mission_id, year, month, CraStatus(status), int(halves))
        for mission_id, year, month, status, halves in rows
    ]


def _open_invoices(session: Session) -> list[InvoiceFacts]:
    rows = session.exec(
        select(
            Mission.title,
            Invoice.status,
            Invoice.net_cents,
            Invoice.pay_earliest,
            Invoice.pay_latest,
        )
        .join(Mission, col(Mission.id) == Invoice.mission_id)
        .where(
            col(Invoice.kind) == InvoiceKind.INVOICE,
            col(Invoice.status).in_(OPEN_STATUSES),
        )
        .order_by(col(Invoice.period_start), col(Invoice.id))
    ).all()
    return [
        InvoiceFacts(
            title, InvoiceKind.INVOICE, InvoiceStatus(status), from_cents(net), earliest, latest
        )
        for title, status, net, earliest, latest in rows
    ]


def load_reminders(
    engine: Engine, today: date, enabled: Collection[ReminderKind] = ALL_REMINDERS
) -> tuple[Reminder, ...]:
    """The reminders of the ``enabled`` kinds for ``today``; disabled kinds cost nothing."""
    wanted = frozenset(enabled)
    if not wanted:
        return ()
    with read_session(engine) as session:
        zone = _holiday_zone(session)
        wants_cras = ReminderKind.CRA_NOT_SUBMITTED in wanted
        missions = _missions(session) if wants_cras else []
        cras = _cras(session, today) if wants_cras else []
        invoices = _open_invoices(session) if wanted & _INVOICE_KINDS else []
    return compute_reminders(
        today, missions=missions, cras=cras, invoices=invoices, zone=zone, enabled=wanted
    )
