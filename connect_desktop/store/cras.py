"""CRAs: one per mission and month, their days, and the unit of work of each transition.

Each function runs inside the caller's ``unit_of_work``: it either completes with all
its rows written or raises and the whole transaction is rolled back.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func
from sqlmodel import Session, col, select

from connect_desktop.domain.calendar import days_of_month, is_working_day, month_bounds
from connect_desktop.domain.cra import (
    CraStatus,
    check_cra_transition,
    check_day_entry,
    cra_is_editable,
    total_days,
)
from connect_desktop.domain.errors import DomainError
from connect_desktop.store.invoices import create_invoice_for_cra
from connect_desktop.store.missions import get_mission
from connect_desktop.store.models import Cra, CraAdjustment, CraDay, Invoice
from connect_desktop.store.profile import get_profile


class DuplicateCraError(DomainError):
    """R7: one CRA per mission and month."""


def find_cra(session: Session, mission_id: int, year: int, month: int) -> Cra | None:
    query = select(Cra).where(Cra.mission_id == mission_id, Cra.year == year, Cra.month == month)
    return session.exec(query).first()


def create_cra(session: Session, mission_id: int, year: int, month: int) -> Cra:
    """A new draft CRA; refused if the mission already has one for that month."""
    get_mission(session, mission_id)
    month_bounds(year, month)  # refuses a month that does not exist
    if find_cra(session, mission_id, year, month) is not None:
        raise DuplicateCraError(f"This mission already has a CRA for {month:02d}/{year}.")
    cra = Cra(mission_id=mission_id, year=year, month=month)
    session.add(cra)
    session.flush()
    return cra


def get_cra(session: Session, cra_id: int) -> Cra:
    cra = session.get(Cra, cra_id)
    if cra is None:
        raise DomainError(f"There is no CRA {cra_id}.")
    return cra


def _editable_cra(session: Session, cra_id: int) -> Cra:
    cra = get_cra(session, cra_id)
    if not cra_is_editable(cra.status):
        raise DomainError(f"Only a draft CRA can be edited; this one is {cra.status.value}.")
    return cra


def day_halves(session: Session, cra_id: int) -> dict[date, int]:
    """The CRA's filled days, as half-day counts."""
    rows = session.exec(select(CraDay).where(CraDay.cra_id == cra_id))
    return {row.day: row.halves for row in rows}


def set_day(session: Session, cra_id: int, day: date, halves: int) -> None:
    """Put 0, 1 (half) or 2 (full) half days on ``day`` of a draft CRA."""
    cra = _editable_cra(session, cra_id)
    if (day.year, day.month) != (cra.year, cra.month):
        raise DomainError(f"{day.isoformat()} is not in this CRA's month.")
    mission = get_mission(session, cra.mission_id)
    check_day_entry(
        day,
        halves,
        mission_start=mission.start_on,
        mission_end=mission.end_on,
        weekend_work=mission.weekend_work,
        zone=get_profile(session).holiday_zone,
    )
    row = session.exec(select(CraDay).where(CraDay.cra_id == cra_id, CraDay.day == day)).first()
    if halves == 0:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(CraDay(cra_id=cra_id, day=day, halves=halves))
    else:
        row.halves = halves
        session.add(row)
    session.flush()


def fill_working_days(session: Session, cra_id: int) -> int:
    """Fill every working day of the month inside the mission's dates; returns the count."""
    cra = _editable_cra(session, cra_id)
    mission = get_mission(session, cra.mission_id)
    zone = get_profile(session).holiday_zone
    filled = 0
    for day in days_of_month(cra.year, cra.month):
        in_mission = mission.start_on <= day and (mission.end_on is None or day <= mission.end_on)
        if in_mission and is_working_day(day, zone):
            set_day(session, cra_id, day, 2)
            filled += 1
    return filled


def clear_days(session: Session, cra_id: int) -> None:
    _editable_cra(session, cra_id)
    for row in session.exec(select(CraDay).where(CraDay.cra_id == cra_id)):
        session.delete(row)
    session.flush()


def add_adjustment(
    session: Session, cra_id: int, halves: int, comment: str, corrects_cra_id: int | None = None
) -> CraAdjustment:
    """R7: correct a validated CRA by adding or removing half days on a later draft one."""
    cra = _editable_cra(session, cra_id)
    if not comment.strip():
        raise DomainError("An adjustment needs a comment that explains it.")
    if halves == 0:
        raise DomainError("An adjustment adds or removes at least half a day.")
    if corrects_cra_id is not None:
        corrected = get_cra(session, corrects_cra_id)
        if corrected.mission_id != cra.mission_id or corrected.status is not CraStatus.VALIDATED:
            raise DomainError("An adjustment corrects a validated CRA of the same mission.")
        if (corrected.year, corrected.month) >= (cra.year, cra.month):
            raise DomainError("An adjustment is carried by a CRA of a later month.")
    adjustment = CraAdjustment(
        cra_id=cra_id, halves=halves, comment=comment.strip(), corrects_cra_id=corrects_cra_id
    )
    session.add(adjustment)
    session.flush()
    return adjustment


def billed_days(session: Session, cra_id: int) -> Decimal:
    """Days billed by the CRA: its days plus its adjustments."""
    day_sum = session.exec(
        select(func.coalesce(func.sum(CraDay.halves), 0)).where(CraDay.cra_id == cra_id)
    ).one()
    adjustment_sum = session.exec(
        select(func.coalesce(func.sum(CraAdjustment.halves), 0)).where(
            CraAdjustment.cra_id == cra_id
        )
    ).one()
    return total_days([day_sum], adjustment_sum)


def submit_cra(session: Session, cra_id: int, on: date) -> Cra:
    cra = get_cra(session, cra_id)
    check_cra_transition(cra.status, CraStatus.SUBMITTED)
    if billed_days(session, cra_id) <= 0:
        raise DomainError("An empty CRA cannot be submitted: fill at least half a day.")
    cra.status = CraStatus.SUBMITTED
    cra.submitted_on = on
    session.add(cra)
    session.flush()
    return cra


def validate_cra(session: Session, cra_id: int, on: date) -> Invoice:
    """The client validated the CRA on ``on``: mark it and create its invoice (R8).

    The invoice, with snapshotted amounts, and its first history event are written in
    the same transaction as the CRA's new status.
    """
    cra = get_cra(session, cra_id)
    check_cra_transition(cra.status, CraStatus.VALIDATED)
    if cra.submitted_on is not None and on < cra.submitted_on:
        raise DomainError("The client cannot validate a CRA before it was submitted.")
    cra.status = CraStatus.VALIDATED
    cra.validated_on = on
    session.add(cra)
    session.flush()
    return create_invoice_for_cra(session, cra, billed_days(session, cra_id))


def reject_cra(session: Session, cra_id: int, on: date, reason: str) -> Cra:
    """The client refused the CRA; it can go back to draft and be submitted again."""
    cra = get_cra(session, cra_id)
    check_cra_transition(cra.status, CraStatus.REJECTED)
    if cra.submitted_on is not None and on < cra.submitted_on:
        raise DomainError("The client cannot refuse a CRA before it was submitted.")
    cra.status = CraStatus.REJECTED
    cra.rejected_on = on
    cra.rejection_reason = reason.strip()
    session.add(cra)
    session.flush()
    return cra


def reopen_cra(session: Session, cra_id: int) -> Cra:
    """A rejected CRA back to draft, keeping the rejection's date and reason."""
    cra = get_cra(session, cra_id)
    check_cra_transition(cra.status, CraStatus.DRAFT)
    cra.status = CraStatus.DRAFT
    session.add(cra)
    session.flush()
    return cra


def list_cras(session: Session, mission_id: int) -> list[Cra]:
    query = select(Cra).where(Cra.mission_id == mission_id)
    return list(session.exec(query.order_by(col(Cra.year), col(Cra.month))))
