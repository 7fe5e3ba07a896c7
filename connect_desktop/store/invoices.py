"""Connect invoices: creation from a validated CRA, lifecycle transitions, history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, select

from connect_desktop.domain.calendar import month_bounds
from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import (
    InvoiceStatus,
    amounts_are_locked,
    check_invoice_transition,
    initial_invoice_status,
    starts_the_clock,
)
from connect_desktop.domain.money import days_to_halves, to_cents
from connect_desktop.domain.payment import PaymentOption, payment_window, quote
from connect_desktop.store.models import (
    Cra,
    Invoice,
    InvoiceEvent,
    Mission,
    Profile,
    rate_to_bp,
)
from connect_desktop.store.profile import get_profile, vat_rate_of


def record_event(
    session: Session,
    invoice: Invoice,
    from_status: InvoiceStatus | None,
    on: date,
    note: str = "",
) -> InvoiceEvent:
    """Append a step to the invoice's history (never edited nor deleted)."""
    assert invoice.id is not None
    event = InvoiceEvent(
        invoice_id=invoice.id,
        happened_on=on,
        from_status=from_status,
        to_status=invoice.status,
        note=note,
    )
    session.add(event)
    session.flush()
    return event


def build_invoice(mission: Mission, cra: Cra, days: Decimal, profile: Profile) -> Invoice:
    """The (unsaved) invoice of a CRA the client validated, amounts snapshotted (R8).

    The clock starts at the CRA validation for platform invoices, and only when Finance
    validates the imported file for manual-import missions (R3).
    """
    assert cra.validated_on is not None
    figures = quote(
        mission.payment_option,
        daily_rate=mission.daily_rate,
        days=days,
        clock_start=cra.validated_on,
        vat_rate=vat_rate_of(profile),
        client_term_days=mission.client_term_days,
        zone=profile.holiday_zone,
        regime=mission.regime,
    )
    status = initial_invoice_status(mission.invoicing_mode)
    clock_started = status is InvoiceStatus.SPECIMEN
    first, last = month_bounds(cra.year, cra.month)
    period_start = max(first, mission.start_on)
    period_end = min(last, mission.end_on) if mission.end_on else last
    if period_end < period_start:  # a CRA that only carries adjustments, after the mission
        period_start, period_end = first, last
    return Invoice(
        mission_id=mission.id,
        cra_id=cra.id,
        status=status,
        invoicing_mode=mission.invoicing_mode,
        payment_option=mission.payment_option,
        period_start=period_start,
        period_end=period_end,
        days_halves=days_to_halves(figures.days),
        daily_rate_cents=mission.daily_rate_cents,
        vat_rate_bp=rate_to_bp(figures.vat_rate),
        amount_ht_cents=to_cents(figures.amount_ht),
        vat_cents=to_cents(figures.vat),
        amount_ttc_cents=to_cents(figures.amount_ttc),
        fee_cents=to_cents(figures.fee),
        net_cents=to_cents(figures.net),
        client_term_days=mission.client_term_days,
        zone=profile.holiday_zone,
        clock_start=figures.clock_start if clock_started else None,
        pay_earliest=figures.pay_earliest if clock_started else None,
        pay_latest=figures.pay_latest if clock_started else None,
    )


CRA_VALIDATED_NOTE = "CRA validated by the client"


def create_invoice_for_cra(session: Session, cra: Cra, days: Decimal) -> Invoice:
    """Write the invoice of a validated CRA and the first step of its history."""
    mission = session.get(Mission, cra.mission_id)
    assert mission is not None
    assert cra.validated_on is not None
    invoice = build_invoice(mission, cra, days, get_profile(session))
    session.add(invoice)
    session.flush()
    record_event(session, invoice, None, cra.validated_on, CRA_VALIDATED_NOTE)
    return invoice


def get_invoice(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise DomainError(f"There is no invoice {invoice_id}.")
    return invoice


def refresh_payment_window(invoice: Invoice) -> None:
    """Recompute the payment window from the invoice's clock start and known dates (R5)."""
    assert invoice.clock_start is not None
    invoice.pay_earliest, invoice.pay_latest = payment_window(
        invoice.payment_option,
        invoice.clock_start,
        client_term_days=invoice.client_term_days,
        client_paid_on=invoice.client_paid_on,
        zone=invoice.zone,
    )


def transition_invoice(
    session: Session,
    invoice_id: int,
    target: InvoiceStatus,
    on: date,
    note: str = "",
    number: str | None = None,
) -> Invoice:
    """Move an invoice along R8 and record the step in its history.

    Refusing an imported file (``IN_REVIEW`` -> ``TO_IMPORT``) needs a reason in ``note``.
    Finance's validation of an imported invoice starts the payment clock (R3).
    """
    invoice = get_invoice(session, invoice_id)
    current = invoice.status
    check_invoice_transition(invoice.invoicing_mode, current, target)
    if number is not None and amounts_are_locked(current) and number.strip() != invoice.number:
        raise DomainError(f"The number of a {current.value} invoice never changes.")
    if current is InvoiceStatus.IN_REVIEW and target is InvoiceStatus.TO_IMPORT:
        if not note.strip():
            raise DomainError("Say why Finance refused the file.")
        invoice.refusal_reason = note.strip()
    if starts_the_clock(invoice.invoicing_mode, target):
        invoice.clock_start = on
        refresh_payment_window(invoice)
    if target is InvoiceStatus.PAID:
        invoice.paid_on = on
    if number is not None:
        invoice.number = number.strip()
    invoice.status = target
    session.add(invoice)
    session.flush()
    record_event(session, invoice, current, on, note.strip())
    return invoice


def record_client_payment(session: Session, invoice_id: int, paid_on: date) -> Invoice:
    """Legacy regime: the date the client paid LBC, which fixes the payout window (R5)."""
    invoice = get_invoice(session, invoice_id)
    if invoice.payment_option is not PaymentOption.ON_CLIENT_PAYMENT:
        raise DomainError("Only invoices paid on client payment wait for the client.")
    if invoice.status in (InvoiceStatus.PAID, InvoiceStatus.CANCELLED):
        raise DomainError(f"This invoice is {invoice.status.value}: nothing is expected on it.")
    if invoice.clock_start is None or paid_on < invoice.clock_start:
        raise DomainError("The client cannot pay before the invoice was issued.")
    invoice.client_paid_on = paid_on
    refresh_payment_window(invoice)
    session.add(invoice)
    session.flush()
    return invoice


def invoice_history(session: Session, invoice_id: int) -> list[InvoiceEvent]:
    query = select(InvoiceEvent).where(InvoiceEvent.invoice_id == invoice_id)
    return list(session.exec(query.order_by(col(InvoiceEvent.id))))


def list_invoices(session: Session, mission_id: int | None = None) -> list[Invoice]:
    query = select(Invoice)
    if mission_id is not None:
        query = query.where(Invoice.mission_id == mission_id)
    return list(session.exec(query.order_by(col(Invoice.period_start).desc(), col(Invoice.id))))
