"""One mission's month as the CRA tab shows it, and the actions on it.

Each function runs one unit of work and returns a fresh ``CraMonth``, a plain snapshot
the UI can draw without touching the database.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from connect_desktop.domain.calendar import holiday_name, is_weekend, month_grid
from connect_desktop.domain.cra import CraStatus, cra_is_editable, total_days
from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.domain.mission import MissionStatus, mission_status
from connect_desktop.domain.money import from_cents, halves_to_days
from connect_desktop.domain.payment import PaymentOption, Regime, quote
from connect_desktop.store import cras as cra_store
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.missions import get_mission
from connect_desktop.store.models import Cra, CraAdjustment, Invoice, Mission
from connect_desktop.store.profile import get_profile, vat_rate_of

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DayCell:
    """One day of the grid."""

    day: date
    halves: int  # 0, 1 (half day) or 2 (full day)
    weekend: bool
    holiday: str | None  # the holiday's name, in the interface language
    in_mission: bool
    is_today: bool
    fillable: bool  # the rules let this day hold time (R7)

    @property
    def needs_confirmation(self) -> bool:
        """A public holiday that the mission allows to fill, after the user confirms."""
        return self.fillable and self.holiday is not None


@dataclass(frozen=True, slots=True)
class GridRow:
    iso_week: int
    cells: tuple[DayCell | None, ...]  # Monday to Sunday; None outside the month


@dataclass(frozen=True, slots=True)
class AdjustmentView:
    halves: int
    comment: str
    corrects: tuple[int, int] | None  # (year, month) of the corrected CRA


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """Amounts and payment window: the invoice's snapshot once validated, else a quote
    as if the CRA were validated today (``hypothetical``)."""

    days: Decimal
    amount_ht: Decimal
    vat: Decimal
    amount_ttc: Decimal
    fee: Decimal
    net: Decimal
    pay_earliest: date | None
    pay_latest: date | None
    hypothetical: bool


@dataclass(frozen=True, slots=True)
class CraMonth:
    mission_id: int
    mission_title: str
    client_name: str
    option: PaymentOption
    regime: Regime
    weekend_work: bool
    year: int
    month: int
    cra_id: int | None  # None until the first day is entered
    status: CraStatus
    rows: tuple[GridRow, ...]
    adjustments: tuple[AdjustmentView, ...]
    entered_days: Decimal  # the grid alone
    billed_days: Decimal  # grid and adjustments
    working_days: int  # working days of the month inside the mission
    figures: MonthFigures | None  # None while nothing is billed
    submitted_on: date | None = None
    validated_on: date | None = None
    rejected_on: date | None = None
    rejection_reason: str = ""
    invoice_id: int | None = None
    invoice_status: InvoiceStatus | None = None
    lbc_reference: str = ""  # the mission's LittleBig Connection reference, if known

    @property
    def editable(self) -> bool:
        return cra_is_editable(self.status)

    def cells(self) -> list[DayCell]:
        return [cell for row in self.rows for cell in row.cells if cell is not None]

    def halves_by_day(self) -> dict[date, int]:
        return {cell.day: cell.halves for cell in self.cells()}


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


def _in_mission(mission: Mission, day: date) -> bool:
    return mission.start_on <= day and (mission.end_on is None or day <= mission.end_on)


def _cell(
    mission: Mission, day: date, halves: int, zone: str | None, today: date, language: str
) -> DayCell:
    weekend = is_weekend(day)
    holiday = holiday_name(day, zone, language)
    in_mission = _in_mission(mission, day)
    return DayCell(
        day=day,
        halves=halves,
        weekend=weekend,
        holiday=holiday,
        in_mission=in_mission,
        is_today=day == today,
        fillable=in_mission and (mission.weekend_work or not (weekend or holiday)),
    )


def _figures(
    session: Session, mission: Mission, cra: Cra | None, days: Decimal, today: date
) -> tuple[MonthFigures | None, Invoice | None]:
    invoice = None
    if cra is not None and cra.id is not None:
        invoice = session.exec(
            select(Invoice)
            .where(Invoice.cra_id == cra.id, Invoice.status != InvoiceStatus.CANCELLED)
            .order_by(col(Invoice.id).desc())
        ).first()
    if invoice is not None:
        return MonthFigures(
            days=halves_to_days(invoice.days_halves),
            amount_ht=from_cents(invoice.amount_ht_cents),
            vat=from_cents(invoice.vat_cents),
            amount_ttc=from_cents(invoice.amount_ttc_cents),
            fee=from_cents(invoice.fee_cents),
            net=from_cents(invoice.net_cents),
            pay_earliest=invoice.pay_earliest,
            pay_latest=invoice.pay_latest,
            hypothetical=False,
        ), invoice
    if days <= 0:
        return None, None
    profile = get_profile(session)
    figures = quote(
        mission.payment_option,
        daily_rate=mission.daily_rate,
        days=days,
        clock_start=today,
        vat_rate=vat_rate_of(profile),
        client_term_days=mission.client_term_days,
        zone=profile.holiday_zone,
    )
    return MonthFigures(
        days=figures.days,
        amount_ht=figures.amount_ht,
        vat=figures.vat,
        amount_ttc=figures.amount_ttc,
        fee=figures.fee,
        net=figures.net,
        pay_earliest=figures.pay_earliest,
        pay_latest=figures.pay_latest,
        hypothetical=True,
    ), None


def _month(
    session: Session, mission_id: int, year: int, month: int, today: date, language: str
) -> CraMonth:
    mission = get_mission(session, mission_id)
    zone = get_profile(session).holiday_zone
    cra = cra_store.find_cra(session, mission_id, year, month)
    halves = cra_store.day_halves(session, cra.id) if cra is not None and cra.id else {}
    adjustments: list[AdjustmentView] = []
    if cra is not None:
        for row in session.exec(
            select(CraAdjustment)
            .where(CraAdjustment.cra_id == cra.id)
            .order_by(col(CraAdjustment.id))
        ):
            corrected = session.get(Cra, row.corrects_cra_id) if row.corrects_cra_id else None
            adjustments.append(
                AdjustmentView(
                    halves=row.halves,
                    comment=row.comment,
                    corrects=(corrected.year, corrected.month) if corrected else None,
                )
            )
    rows = tuple(
        GridRow(
            iso_week=week.iso_week,
            cells=tuple(
                None
                if day is None
                else _cell(mission, day, halves.get(day, 0), zone, today, language)
                for day in week.days
            ),
        )
        for week in month_grid(year, month)
    )
    entered = total_days(halves.values())
    # While the month is drafted, a correction may exceed the days entered so far: show
    # the negative total; submitting it is refused by the rules.
    billed = halves_to_days(sum(halves.values()) + sum(item.halves for item in adjustments))
    working = sum(
        1
        for row in rows
        for cell in row.cells
        if cell is not None and cell.in_mission and not (cell.weekend or cell.holiday)
    )
    figures, invoice = _figures(session, mission, cra, billed, today)
    return CraMonth(
        mission_id=mission_id,
        mission_title=mission.title,
        client_name=mission.client_name,
        option=mission.payment_option,
        regime=mission.regime,
        weekend_work=mission.weekend_work,
        year=year,
        month=month,
        cra_id=cra.id if cra is not None else None,
        status=cra.status if cra is not None else CraStatus.DRAFT,
        rows=rows,
        adjustments=tuple(adjustments),
        entered_days=entered,
        billed_days=billed,
        working_days=working,
        figures=figures,
        submitted_on=cra.submitted_on if cra else None,
        validated_on=cra.validated_on if cra else None,
        rejected_on=cra.rejected_on if cra else None,
        rejection_reason=cra.rejection_reason if cra else "",
        invoice_id=invoice.id if invoice else None,
        invoice_status=invoice.status if invoice else None,
        lbc_reference=mission.lbc_reference,
    )


def load_cra_month(
    engine: Engine, mission_id: int, year: int, month: int, today: date, language: str = "fr"
) -> CraMonth:
    """The month of one mission, whether or not its CRA exists yet."""
    with read_session(engine) as session:
        return _month(session, mission_id, year, month, today, language)


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
    index = cra.year * 12 + cra.month  # the month after this CRA's (months counted from 1)
    while len(months) < count:
        year, month = divmod(index, 12)
        month += 1
        index += 1
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
