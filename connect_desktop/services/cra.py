"""One mission's month as the CRA tab shows it, and the actions on it.

Each function runs one unit of work and returns a fresh ``CraMonth`` (``cra_month``), a
plain snapshot the UI can draw without touching the database.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from connect_desktop.domain.calendar import shift_month
from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.mission import MissionStatus, mission_status
from connect_desktop.services.cra_month import (
    AdjustmentView,
    CraMonth,
    DayCell,
    GridRow,
    MonthFigures,
    read_cra_month,
)
from connect_desktop.store import cras as cra_store
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.models import Cra, Mission

__all__ = [
    "AdjustmentView",
    "CraMission",
    "CraMonth",
    "DayCell",
    "GridRow",
    "MonthFigures",
    "add_correction",
    "adjustment_months",
    "list_cra_missions",
    "load_cra_month",
    "record_refusal",
    "record_validation",
    "set_days",
    "submit",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CraMission:
    """A mission in the CRA tab's selector."""

    id: int
    title: str
    client_name: str
    status: MissionStatus
    start_on: date
    end_on: date | None


_SELECTOR_ORDER = {
    MissionStatus.ACTIVE: 0,
    MissionStatus.UPCOMING: 1,
    MissionStatus.FINISHED: 2,
}


def list_cra_missions(engine: Engine, today: date) -> list[CraMission]:
    """Missions that can have CRAs, active ones first (archived missions are left out)."""
    with read_session(engine) as session:
        missions = session.exec(
            select(Mission).where(col(Mission.archived).is_(False)).order_by(col(Mission.title))
        ).all()
    items = [
        CraMission(
            id=mission.id,  # type: ignore[arg-type]
            title=mission.title,
            client_name=mission.client_name,
            status=mission_status(mission.start_on, mission.end_on, mission.archived, today),
            start_on=mission.start_on,
            end_on=mission.end_on,
        )
        for mission in missions
    ]
    return sorted(items, key=lambda item: _SELECTOR_ORDER.get(item.status, 3))


def _month(
    session: Session, mission_id: int, year: int, month: int, today: date, language: str
) -> CraMonth:
    """The month read inside ``session``'s transaction, with its pending changes."""
    session.flush()
    return read_cra_month(session.connection(), mission_id, year, month, today, language)


def load_cra_month(
    engine: Engine, mission_id: int, year: int, month: int, today: date, language: str = "fr"
) -> CraMonth:
    """The month of one mission, whether or not its CRA exists yet."""
    with engine.connect() as connection:
        return read_cra_month(connection, mission_id, year, month, today, language)


def set_days(
    engine: Engine,
    mission_id: int,
    year: int,
    month: int,
    changes: Mapping[date, int],
    today: date,
    language: str = "fr",
) -> CraMonth:
    """Put half-day counts on days of the month, all or none (the CRA is created on the
    first entry). Refused days raise ``DomainError`` and nothing is written."""
    with unit_of_work(engine) as session:
        cra = cra_store.find_cra(session, mission_id, year, month)
        if cra is None:
            cra = cra_store.create_cra(session, mission_id, year, month)
        assert cra.id is not None
        for day, halves in sorted(changes.items()):
            cra_store.set_day(session, cra.id, day, halves)
        return _month(session, mission_id, year, month, today, language)


def _after_action(engine: Engine, cra_id: int, today: date, language: str) -> CraMonth:
    with read_session(engine) as session:
        cra = cra_store.get_cra(session, cra_id)
        return _month(session, cra.mission_id, cra.year, cra.month, today, language)


def submit(engine: Engine, cra_id: int, on: date, language: str = "fr") -> CraMonth:
    with unit_of_work(engine) as session:
        cra_store.submit_cra(session, cra_id, on)
    return _after_action(engine, cra_id, on, language)


def record_validation(
    engine: Engine,
    cra_id: int,
    on: date,
    today: date,
    language: str = "fr",
    *,
    data_dir: Path | None = None,
) -> CraMonth:
    """The client validated on ``on`` (not in the future): creates the invoice (R8).

    With ``data_dir``, the invoice's specimen PDF is then generated and attached, after
    the validation's own transaction: a specimen that cannot be drawn is logged, and the
    validation stands (it can be generated again from the invoices tab).
    """
    if on > today:
        raise DomainError("The client's validation date cannot be in the future.")
    with unit_of_work(engine) as session:
        invoice_id = cra_store.validate_cra(session, cra_id, on).id
    if data_dir is not None and invoice_id is not None:
        from connect_desktop.services.invoice_specimen import generate_specimen

        try:
            generate_specimen(engine, data_dir, invoice_id, language)
        except Exception:
            log.exception("The specimen of invoice %s could not be generated", invoice_id)
    return _after_action(engine, cra_id, today, language)


def record_refusal(
    engine: Engine, cra_id: int, on: date, reason: str, today: date, language: str = "fr"
) -> CraMonth:
    """The client refused the CRA: it is marked refused, then back to draft for editing."""
    if on > today:
        raise DomainError("The client's refusal date cannot be in the future.")
    if not reason.strip():
        raise DomainError("Say why the client refused the CRA.")
    with unit_of_work(engine) as session:
        cra_store.reject_cra(session, cra_id, on, reason)
        cra_store.reopen_cra(session, cra_id)
    return _after_action(engine, cra_id, today, language)


def adjustment_months(engine: Engine, cra_id: int, count: int = 12) -> list[tuple[int, int]]:
    """Later months that can carry a correction of a validated CRA: no CRA yet, or a draft."""
    with read_session(engine) as session:
        cra = cra_store.get_cra(session, cra_id)
        existing = {
            (row.year, row.month): row.status
            for row in session.exec(select(Cra).where(Cra.mission_id == cra.mission_id))
        }
    months: list[tuple[int, int]] = []
    year, month = cra.year, cra.month
    while len(months) < count:
        year, month = shift_month(year, month, 1)
        if existing.get((year, month), CraStatus.DRAFT) is CraStatus.DRAFT:
            months.append((year, month))
    return months


def add_correction(
    engine: Engine,
    cra_id: int,
    target: tuple[int, int],
    halves: int,
    comment: str,
    today: date,
    language: str = "fr",
) -> CraMonth:
    """R7: correct the validated CRA ``cra_id`` by ``halves`` half days on a later month's
    draft (created if needed). Returns that later month."""
    year, month = target
    with unit_of_work(engine) as session:
        corrected = cra_store.get_cra(session, cra_id)
        if corrected.status is not CraStatus.VALIDATED:
            raise DomainError("Only a validated CRA is corrected by an adjustment.")
        carrier = cra_store.find_cra(session, corrected.mission_id, year, month)
        if carrier is None:
            carrier = cra_store.create_cra(session, corrected.mission_id, year, month)
        assert carrier.id is not None
        cra_store.add_adjustment(session, carrier.id, halves, comment, corrects_cra_id=cra_id)
        return _month(session, corrected.mission_id, year, month, today, language)
