"""One mission's month as the CRA tab draws it: a plain snapshot read in a few indexed
Core queries (the mission, the profile's zone and VAT, the month's CRA, its days, its
adjustments and its invoice), so that switching month costs the same after 20 years of
CRAs as after one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection, select

from connect_desktop.domain.calendar import holidays_in_year, is_weekend, month_grid
from connect_desktop.domain.cra import CraStatus, cra_is_editable, total_days
from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.domain.money import from_cents, halves_to_days
from connect_desktop.domain.payment import (
    PaymentOption,
    Regime,
    quote,
    regime_for,
    vat_rate_for,
)
from connect_desktop.store.models import Cra, CraAdjustment, CraDay, Invoice, Mission, Profile

_MISSION = Mission.__table__  # type: ignore[attr-defined]
_PROFILE = Profile.__table__  # type: ignore[attr-defined]
_CRA = Cra.__table__  # type: ignore[attr-defined]
_DAY = CraDay.__table__  # type: ignore[attr-defined]
_ADJUSTMENT = CraAdjustment.__table__  # type: ignore[attr-defined]
_INVOICE = Invoice.__table__  # type: ignore[attr-defined]


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


_MISSION_QUERY = select(
    _MISSION.c.title,
    _MISSION.c.client_name,
    _MISSION.c.start_on,
    _MISSION.c.end_on,
    _MISSION.c.daily_rate_cents,
    _MISSION.c.signed_on,
    _MISSION.c.based_in_france,
    _MISSION.c.payment_option,
    _MISSION.c.weekend_work,
    _MISSION.c.client_term_days,
    _MISSION.c.lbc_reference,
)
_PROFILE_QUERY = (
    select(_PROFILE.c.holiday_zone, _PROFILE.c.vat_franchise).order_by(_PROFILE.c.id).limit(1)
)
_CRA_QUERY = select(
    _CRA.c.id,
    _CRA.c.status,
    _CRA.c.submitted_on,
    _CRA.c.validated_on,
    _CRA.c.rejected_on,
    _CRA.c.rejection_reason,
)
_CORRECTED = _CRA.alias("corrected")
_ADJUSTMENTS_QUERY = (
    select(_ADJUSTMENT.c.halves, _ADJUSTMENT.c.comment, _CORRECTED.c.year, _CORRECTED.c.month)
    .select_from(
        _ADJUSTMENT.outerjoin(_CORRECTED, _ADJUSTMENT.c.corrects_cra_id == _CORRECTED.c.id)
    )
    .order_by(_ADJUSTMENT.c.id)
)
_INVOICE_QUERY = (
    select(
        _INVOICE.c.id,
        _INVOICE.c.status,
        _INVOICE.c.days_halves,
        _INVOICE.c.amount_ht_cents,
        _INVOICE.c.vat_cents,
        _INVOICE.c.amount_ttc_cents,
        _INVOICE.c.fee_cents,
        _INVOICE.c.net_cents,
        _INVOICE.c.pay_earliest,
        _INVOICE.c.pay_latest,
    )
    .where(_INVOICE.c.status != InvoiceStatus.CANCELLED)
    .order_by(_INVOICE.c.id.desc())
    .limit(1)
)


def _rows(
    year: int,
    month: int,
    halves: dict[date, int],
    start_on: date,
    end_on: date | None,
    weekend_work: bool,
    holidays: dict[date, str],
    today: date,
) -> tuple[GridRow, ...]:
    def cell(day: date) -> DayCell:
        weekend = is_weekend(day)
        holiday = holidays.get(day)
        in_mission = start_on <= day and (end_on is None or day <= end_on)
        return DayCell(
            day=day,
            halves=halves.get(day, 0),
            weekend=weekend,
            holiday=holiday,
            in_mission=in_mission,
            is_today=day == today,
            fillable=in_mission and (weekend_work or not (weekend or holiday)),
        )

    return tuple(
        GridRow(
            iso_week=week.iso_week,
            cells=tuple(None if day is None else cell(day) for day in week.days),
        )
        for week in month_grid(year, month)
    )


def read_cra_month(
    connection: Connection, mission_id: int, year: int, month: int, today: date, language: str
) -> CraMonth:
    """The month of one mission, whether or not its CRA exists yet, read on ``connection``
    (inside the caller's transaction, so a unit of work sees what it just wrote)."""
    found = connection.execute(_MISSION_QUERY.where(_MISSION.c.id == mission_id)).first()
    if found is None:
        raise DomainError(f"There is no mission {mission_id}.")
    (
        title, client_name, start_on, end_on, rate_cents, signed_on, based_in_france,
        option, weekend_work, client_term_days, lbc_reference,
    ) = found  # fmt: skip
    profile = connection.execute(_PROFILE_QUERY).first()
    zone, vat_franchise = (profile[0], profile[1]) if profile is not None else (None, False)
    cra = connection.execute(
        _CRA_QUERY.where(
            _CRA.c.mission_id == mission_id, _CRA.c.year == year, _CRA.c.month == month
        )
    ).first()
    cra_id = cra[0] if cra is not None else None
    halves: dict[date, int] = {}
    adjustments: tuple[AdjustmentView, ...] = ()
    invoice = None
    if cra_id is not None:
        halves = dict(
            connection.execute(
                select(_DAY.c.day, _DAY.c.halves).where(_DAY.c.cra_id == cra_id)
            ).all()
        )
        adjustments = tuple(
            AdjustmentView(
                halves=adjustment_halves,
                comment=comment,
                corrects=(corrected_year, corrected_month) if corrected_year else None,
            )
            for adjustment_halves, comment, corrected_year, corrected_month in connection.execute(
                _ADJUSTMENTS_QUERY.where(_ADJUSTMENT.c.cra_id == cra_id)
            )
        )
        invoice = connection.execute(_INVOICE_QUERY.where(_INVOICE.c.cra_id == cra_id)).first()
    holidays = holidays_in_year(year, zone, language)
    rows = _rows(year, month, halves, start_on, end_on, weekend_work, holidays, today)
    # While the month is drafted, a correction may exceed the days entered so far: show
    # the negative total; submitting it is refused by the rules.
    billed = halves_to_days(sum(halves.values()) + sum(item.halves for item in adjustments))
    working = sum(
        1
        for row in rows
        for cell in row.cells
        if cell is not None and cell.in_mission and not (cell.weekend or cell.holiday)
    )
    figures: MonthFigures | None = None
    if invoice is not None:
        figures = MonthFigures(
            days=halves_to_days(invoice.days_halves),
            amount_ht=from_cents(invoice.amount_ht_cents),
            vat=from_cents(invoice.vat_cents),
            amount_ttc=from_cents(invoice.amount_ttc_cents),
            fee=from_cents(invoice.fee_cents),
            net=from_cents(invoice.net_cents),
            pay_earliest=invoice.pay_earliest,
            pay_latest=invoice.pay_latest,
            hypothetical=False,
        )
    elif billed > 0:
        figures = _quoted(
            option, from_cents(rate_cents), billed, today, vat_franchise, client_term_days, zone
        )
    return CraMonth(
        mission_id=mission_id,
        mission_title=title,
        client_name=client_name,
        option=option,
        regime=regime_for(signed_on, based_in_france),
        weekend_work=weekend_work,
        year=year,
        month=month,
        cra_id=cra_id,
        status=cra.status if cra is not None else CraStatus.DRAFT,
        rows=rows,
        adjustments=adjustments,
        entered_days=total_days(halves.values()),
        billed_days=billed,
        working_days=working,
        figures=figures,
        submitted_on=cra.submitted_on if cra is not None else None,
        validated_on=cra.validated_on if cra is not None else None,
        rejected_on=cra.rejected_on if cra is not None else None,
        rejection_reason=cra.rejection_reason if cra is not None else "",
        invoice_id=invoice.id if invoice is not None else None,
        invoice_status=invoice.status if invoice is not None else None,
        lbc_reference=lbc_reference,
    )


def _quoted(
    option: PaymentOption,
    daily_rate: Decimal,
    days: Decimal,
    today: date,
    vat_franchise: bool,
    client_term_days: int,
    zone: str | None,
) -> MonthFigures:
    """What the month would pay if the client validated it today."""
    figures = quote(
        option,
        daily_rate=daily_rate,
        days=days,
        clock_start=today,
        vat_rate=vat_rate_for(vat_franchise),
        client_term_days=client_term_days,
        zone=zone,
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
    )
