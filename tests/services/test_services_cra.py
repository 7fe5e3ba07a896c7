"""The CRA month as the tab sees it: grid data (R6, R7), actions and their refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, func
from sqlmodel import select

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services import cra as cra_service
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.missions import create_mission
from connect_desktop.store.models import Invoice
from connect_desktop.store.profile import save_profile

TODAY = date(2026, 11, 28)


def new_mission(engine: Engine, **overrides: Any) -> int:
    fields: dict[str, Any] = {
        "title": "Refonte du SI de facturation",
        "client_name": "Banque Exemple SA",
        "start_on": date(2025, 6, 2),
        "daily_rate": Decimal("600"),
        "signed_on": date(2025, 5, 20),
        "payment_option": PaymentOption.EXPRESS,
    }
    fields.update(overrides)
    with unit_of_work(engine) as session:
        mission = create_mission(session, **fields)
        assert mission.id is not None
        return mission.id


def set_zone(engine: Engine, zone: str | None) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, holiday_zone=zone)


def month(engine: Engine, mission_id: int, year: int, month: int) -> cra_service.CraMonth:
    return cra_service.load_cra_month(engine, mission_id, year, month, TODAY)


def test_r7_month_starting_on_sunday_has_six_rows(engine: Engine) -> None:
    mission_id = new_mission(engine)
    march = month(engine, mission_id, 2026, 3)  # 1 March 2026 is a Sunday
    assert len(march.rows) == 6
    assert march.rows[0].iso_week == 9
    assert march.rows[0].cells[:6] == (None,) * 6
    first = march.rows[0].cells[6]
    assert first is not None
    assert first.day == date(2026, 3, 1)
    assert first.weekend
    assert not first.fillable
    assert march.rows[-1].cells[1] is not None
    assert march.rows[-1].cells[1].day == date(2026, 3, 31)
    assert march.working_days == 22


def test_r6_february_of_a_leap_year(engine: Engine) -> None:
    mission_id = new_mission(engine)
    february = month(engine, mission_id, 2028, 2)
    days = [cell.day for cell in february.cells()]
    assert days[0] == date(2028, 2, 1)
    assert days[-1] == date(2028, 2, 29)
    assert len(days) == 29
    assert february.working_days == 21


@pytest.mark.parametrize("zone", [None, "57"])
def test_r6_may_2026_holidays_in_both_zones(engine: Engine, zone: str | None) -> None:
    set_zone(engine, zone)
    mission_id = new_mission(engine)
    may = month(engine, mission_id, 2026, 5)
    holidays = {cell.day: cell.holiday for cell in may.cells() if cell.holiday}
    assert holidays[date(2026, 5, 14)] == "Ascension"
    assert holidays[date(2026, 5, 25)] == "Lundi de Pentecôte"
    assert date(2026, 5, 1) in holidays
    assert date(2026, 5, 8) in holidays
    ascension = next(cell for cell in may.cells() if cell.day == date(2026, 5, 14))
    assert not ascension.fillable
    assert may.working_days == 17  # 21 weekdays less 1, 8, 14 and 25 May


def test_r6_good_friday_only_in_alsace_moselle(engine: Engine) -> None:
    mission_id = new_mission(engine)
    metropolitan = month(engine, mission_id, 2026, 4)
    set_zone(engine, "57")
    moselle = month(engine, mission_id, 2026, 4)
    good_friday = date(2026, 4, 3)
    assert metropolitan.halves_by_day()[good_friday] == 0
    assert next(c for c in metropolitan.cells() if c.day == good_friday).holiday is None
    assert next(c for c in moselle.cells() if c.day == good_friday).holiday == "Vendredi saint"
    assert moselle.working_days == metropolitan.working_days - 1


def test_r7_days_outside_the_mission_are_not_fillable(engine: Engine) -> None:
    mission_id = new_mission(engine, start_on=date(2026, 5, 11), end_on=date(2026, 5, 20))
    may = month(engine, mission_id, 2026, 5)
    fillable = [cell.day for cell in may.cells() if cell.fillable]
    assert fillable[0] == date(2026, 5, 11)
    assert fillable[-1] == date(2026, 5, 20)
    assert may.working_days == 7  # 11-20 May less Ascension (14) and the weekend
    with pytest.raises(DomainError):
        cra_service.set_days(engine, mission_id, 2026, 5, {date(2026, 5, 21): 2}, TODAY)
    assert month(engine, mission_id, 2026, 5).cra_id is None


def test_r7_weekend_work_makes_weekends_and_holidays_fillable(engine: Engine) -> None:
    mission_id = new_mission(engine, weekend_work=True)
    may = month(engine, mission_id, 2026, 5)
    by_day = {cell.day: cell for cell in may.cells()}
    assert by_day[date(2026, 5, 2)].fillable
    assert not by_day[date(2026, 5, 2)].needs_confirmation
    assert by_day[date(2026, 5, 14)].needs_confirmation


def test_set_days_creates_the_cra_and_quotes_as_if_validated_today(engine: Engine) -> None:
    mission_id = new_mission(engine)
    assert month(engine, mission_id, 2026, 11).figures is None
    changes = {date(2026, 11, day): 2 for day in (2, 3, 4, 5, 6, 9, 10, 12, 13, 16)}
    changes.update({date(2026, 11, day): 2 for day in (17, 18, 19, 20, 23, 24, 25, 26)})
    changes[date(2026, 11, 27)] = 1
    result = cra_service.set_days(engine, mission_id, 2026, 11, changes, TODAY)
    assert result.cra_id is not None
    assert result.entered_days == Decimal("18.5")
    figures = result.figures
    assert figures is not None
    assert figures.hypothetical
    assert (figures.amount_ht, figures.fee, figures.net) == (
        Decimal("11100.00"),
        Decimal("277.50"),
        Decimal("13042.50"),
    )
    assert figures.pay_earliest == figures.pay_latest == date(2026, 12, 28)


def test_set_days_is_all_or_nothing(engine: Engine) -> None:
    mission_id = new_mission(engine)
    good, holiday = date(2026, 11, 2), date(2026, 11, 11)
    with pytest.raises(DomainError):
        cra_service.set_days(engine, mission_id, 2026, 11, {good: 2, holiday: 2}, TODAY)
    assert month(engine, mission_id, 2026, 11).entered_days == 0


def submitted_november(engine: Engine, mission_id: int) -> int:
    result = cra_service.set_days(engine, mission_id, 2026, 11, {date(2026, 11, 2): 2}, TODAY)
    assert result.cra_id is not None
    cra_service.submit(engine, result.cra_id, date(2026, 11, 27))
    return result.cra_id


def test_r7_validation_creates_the_invoice_and_shows_its_snapshot(engine: Engine) -> None:
    mission_id = new_mission(engine)
    cra_id = submitted_november(engine, mission_id)
    result = cra_service.record_validation(engine, cra_id, date(2026, 11, 28), TODAY)
    assert result.status is CraStatus.VALIDATED
    assert not result.editable
    assert result.invoice_status is InvoiceStatus.SPECIMEN
    assert result.figures is not None
    assert not result.figures.hypothetical
    assert result.figures.pay_earliest == date(2026, 12, 28)


def test_r7_validation_in_the_future_is_refused(engine: Engine) -> None:
    mission_id = new_mission(engine)
    cra_id = submitted_november(engine, mission_id)
    with pytest.raises(DomainError, match="future"):
        cra_service.record_validation(engine, cra_id, date(2026, 11, 29), TODAY)
    with read_session(engine) as session:
        assert session.exec(select(func.count()).select_from(Invoice)).one() == 0
    assert month(engine, mission_id, 2026, 11).status is CraStatus.SUBMITTED


def test_r7_refusal_keeps_the_reason_and_makes_the_cra_editable(engine: Engine) -> None:
    mission_id = new_mission(engine)
    cra_id = submitted_november(engine, mission_id)
    with pytest.raises(DomainError):
        cra_service.record_refusal(engine, cra_id, date(2026, 11, 28), "  ", TODAY)
    result = cra_service.record_refusal(
        engine, cra_id, date(2026, 11, 28), "Il manque le 3 novembre", TODAY
    )
    assert result.status is CraStatus.DRAFT
    assert result.editable
    assert result.rejected_on == date(2026, 11, 28)
    assert result.rejection_reason == "Il manque le 3 novembre"


def test_r7_correction_goes_on_a_later_draft_month(engine: Engine) -> None:
    mission_id = new_mission(engine)
    cra_id = submitted_november(engine, mission_id)
    cra_service.record_validation(engine, cra_id, date(2026, 11, 28), TODAY)
    months = cra_service.adjustment_months(engine, cra_id, count=3)
    assert months == [(2026, 12), (2027, 1), (2027, 2)]
    december = cra_service.add_correction(
        engine, cra_id, (2026, 12), -1, "Demi-journée du 2 novembre non travaillée", TODAY
    )
    assert december.adjustments[0].halves == -1
    assert december.adjustments[0].corrects == (2026, 11)
    assert december.entered_days == 0
    assert december.billed_days == Decimal("-0.5")  # shown while drafting
    assert december.figures is None
    assert december.cra_id is not None
    with pytest.raises(DomainError, match="below zero"):
        cra_service.submit(engine, december.cra_id, TODAY)


def test_list_cra_missions_puts_active_ones_first(engine: Engine) -> None:
    new_mission(engine, title="Ancienne mission", end_on=date(2026, 3, 31))
    new_mission(engine, title="Mission en cours")
    new_mission(engine, title="Mission à venir", start_on=date(2027, 1, 4))
    titles = [item.title for item in cra_service.list_cra_missions(engine, TODAY)]
    assert titles == ["Mission en cours", "Mission à venir", "Ancienne mission"]
