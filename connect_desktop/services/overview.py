"""What the window needs at start: is this a first run, and what is the next payment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, func
from sqlmodel import col, select

from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.domain.money import from_cents
from connect_desktop.store.database import read_session
from connect_desktop.store.models import Invoice, Mission, Profile
from connect_desktop.store.profile import profile_is_empty


@dataclass(frozen=True, slots=True)
class ExpectedPayment:
    pay_earliest: date
    pay_latest: date
    net: Decimal
    mission_title: str


@dataclass(frozen=True, slots=True)
class StartupState:
    first_run: bool
    next_payment: ExpectedPayment | None


def next_expected_payment(engine: Engine, today: date) -> ExpectedPayment | None:
    """The unpaid invoice whose payment window ends first, from today on."""
    with read_session(engine) as session:
        row = session.exec(
            select(Invoice, Mission.title)
            .join(Mission, col(Mission.id) == Invoice.mission_id)
            .where(
                col(Invoice.status).in_([InvoiceStatus.SPECIMEN, InvoiceStatus.FINAL]),
                col(Invoice.pay_latest) >= today,
            )
            .order_by(col(Invoice.pay_earliest), col(Invoice.id))
            .limit(1)
        ).first()
    if row is None:
        return None
    invoice, title = row
    assert invoice.pay_earliest is not None
    assert invoice.pay_latest is not None
    return ExpectedPayment(
        invoice.pay_earliest, invoice.pay_latest, from_cents(invoice.net_cents), title
    )


def mission_count(engine: Engine) -> int:
    with read_session(engine) as session:
        return session.exec(select(func.count()).select_from(Mission)).one()


def saved_language(engine: Engine) -> str | None:
    """The language chosen in the profile (``None``: follow the system)."""
    with read_session(engine) as session:
        return session.exec(select(Profile.language)).first()


def load_startup_state(engine: Engine, today: date) -> StartupState:
    with read_session(engine) as session:
        empty_profile = profile_is_empty(session)
    first_run = empty_profile and mission_count(engine) == 0
    return StartupState(first_run=first_run, next_payment=next_expected_payment(engine, today))
