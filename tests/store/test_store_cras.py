"""CRAs in the store (R7): one per mission and month, their days, lifecycle and adjustments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, select

from connect_desktop.domain.calendar import count_working_days, working_days_of_month
from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.errors import DomainError, TransitionError
from connect_desktop.store.cras import (
    DuplicateCraError,
    add_adjustment,
    billed_days,
    clear_days,
    create_cra,
    day_halves,
    fill_working_days,
    find_cra,
    get_cra,
    list_cras,
    reject_cra,
    reopen_cra,
    set_day,
    submit_cra,
    validate_cra,
)
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.invoices import get_invoice
from connect_desktop.store.models import Cra, CraAdjustment, CraDay, Invoice
from connect_desktop.store.profile import save_profile

# The factories come from tests/store/conftest.py.
MakeMission = Callable[..., int]
MakeCra = Callable[..., int]
ValidateCra = Callable[..., tuple[int, int]]

# May 2026 in metropolitan France: holidays on Fri 1 (Fête du Travail), Fri 8 (Victoire),
# Thu 14 (Ascension) and Mon 25 (Pentecôte); 21 weekdays - 4 = 17 working days.
MAY_2026_WORKING_DAYS = 17
SATURDAY = date(2026, 5, 9)
SUNDAY = date(2026, 5, 10)
ASCENSION = date(2026, 5, 14)
MONDAY = date(2026, 5, 4)
TUESDAY = date(2026, 5, 5)
WEDNESDAY = date(2026, 5, 6)
GOOD_FRIDAY = date(2026, 4, 3)  # a holiday in Alsace-Moselle only
JUNE_2026 = working_days_of_month(2026, 6)  # 22 days, no holiday


def _cra(engine: Engine, cra_id: int) -> Cra:
    with read_session(engine) as session:
        return get_cra(session, cra_id)


def _days(engine: Engine, cra_id: int) -> dict[date, int]:
    with read_session(engine) as session:
        return day_halves(session, cra_id)


def _billed(engine: Engine, cra_id: int) -> Decimal:
    with read_session(engine) as session:
        return billed_days(session, cra_id)


def _insert(engine: Engine, row: SQLModel) -> None:
    """Write a raw row, bypassing the store's checks (the database must still refuse)."""
    with unit_of_work(engine) as session:
        session.add(row)
        session.flush()


@pytest.fixture
def mission_id(make_mission: MakeMission) -> int:
    """PREDICTABLE, Express, 600 €, from 2026-01-05 to 2026-12-31, no weekend work."""
    return make_mission()


@pytest.fixture
def may_cra(make_cra: MakeCra, mission_id: int) -> int:
    return make_cra(mission_id, 2026, 5)


# --- One CRA per mission and month -----------------------------------------------------


def test_r7_new_cra_is_an_empty_draft(engine: Engine, may_cra: int) -> None:
    cra = _cra(engine, may_cra)
    assert (cra.year, cra.month, cra.status) == (2026, 5, CraStatus.DRAFT)
    assert cra.submitted_on is cra.validated_on is cra.rejected_on is None
    assert _days(engine, may_cra) == {}
    assert _billed(engine, may_cra) == Decimal("0")


def test_r7_second_cra_for_the_same_mission_and_month_is_refused(
    engine: Engine, mission_id: int, may_cra: int
) -> None:
    with pytest.raises(DuplicateCraError), unit_of_work(engine) as session:
        create_cra(session, mission_id, 2026, 5)
    with read_session(engine) as session:
        assert [cra.id for cra in list_cras(session, mission_id)] == [may_cra]


def test_r7_same_month_on_another_mission_and_another_month_are_allowed(
    engine: Engine, make_mission: MakeMission, mission_id: int, may_cra: int
) -> None:
    other_mission = make_mission(title="Autre mission")
    with unit_of_work(engine) as session:
        create_cra(session, other_mission, 2026, 5)
        create_cra(session, mission_id, 2026, 6)
        create_cra(session, mission_id, 2027, 5)
    with read_session(engine) as session:
        months = [(cra.year, cra.month) for cra in list_cras(session, mission_id)]
        assert months == [(2026, 5), (2026, 6), (2027, 5)]
        assert find_cra(session, other_mission, 2026, 5) is not None
        assert find_cra(session, other_mission, 2026, 6) is None


def test_r7_database_refuses_a_duplicate_cra_row(
    engine: Engine, mission_id: int, may_cra: int
) -> None:
    """The unique constraint holds even for code that skips create_cra's check."""
    with pytest.raises(IntegrityError):
        _insert(engine, Cra(mission_id=mission_id, year=2026, month=5))
    with read_session(engine) as session:
        assert len(session.exec(select(Cra)).all()) == 1


def test_r7_database_refuses_two_rows_for_the_same_day(engine: Engine, may_cra: int) -> None:
    with unit_of_work(engine) as session:
        set_day(session, may_cra, MONDAY, 2)
    with pytest.raises(IntegrityError):
        _insert(engine, CraDay(cra_id=may_cra, day=MONDAY, halves=1))
    assert _days(engine, may_cra) == {MONDAY: 2}


def test_cra_of_an_unknown_mission_is_refused(engine: Engine) -> None:
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        create_cra(session, 404, 2026, 5)


@pytest.mark.parametrize("month", [0, 13])
def test_r7_cra_for_a_month_that_does_not_exist_is_refused(
    engine: Engine, mission_id: int, month: int
) -> None:
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        create_cra(session, mission_id, 2026, month)
    with read_session(engine) as session:
        assert session.exec(select(Cra)).all() == []


# --- Days ------------------------------------------------------------------------------


def test_r7_full_and_half_days(engine: Engine, may_cra: int) -> None:
    with unit_of_work(engine) as session:
        set_day(session, may_cra, MONDAY, 2)
        set_day(session, may_cra, TUESDAY, 1)
        set_day(session, may_cra, WEDNESDAY, 1)
    assert _days(engine, may_cra) == {MONDAY: 2, TUESDAY: 1, WEDNESDAY: 1}
    assert _billed(engine, may_cra) == Decimal("2.0")


def test_r7_setting_a_day_again_replaces_it_and_zero_removes_it(
    engine: Engine, may_cra: int
) -> None:
    with unit_of_work(engine) as session:
        set_day(session, may_cra, MONDAY, 2)
        set_day(session, may_cra, TUESDAY, 2)
    with unit_of_work(engine) as session:
        set_day(session, may_cra, MONDAY, 1)
        set_day(session, may_cra, TUESDAY, 0)
        set_day(session, may_cra, WEDNESDAY, 0)  # clearing an empty day is harmless
    assert _days(engine, may_cra) == {MONDAY: 1}
    with read_session(engine) as session:
        assert len(session.exec(select(CraDay)).all()) == 1


@pytest.mark.parametrize("halves", [-1, 3, 4])
def test_r7_a_day_holds_0_half_or_full(engine: Engine, may_cra: int, halves: int) -> None:
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        set_day(session, may_cra, MONDAY, halves)
    assert _days(engine, may_cra) == {}


@pytest.mark.parametrize(
    "day",
    [
        pytest.param(SATURDAY, id="saturday"),
        pytest.param(SUNDAY, id="sunday"),
        pytest.param(ASCENSION, id="ascension"),
        pytest.param(date(2026, 5, 1), id="fete-du-travail"),
        pytest.param(date(2026, 5, 25), id="lundi-de-pentecote"),
    ],
)
def test_r7_weekends_and_holidays_are_off_by_default(
    engine: Engine, may_cra: int, day: date
) -> None:
    for halves in (1, 2):
        with pytest.raises(DomainError), unit_of_work(engine) as session:
            set_day(session, may_cra, day, halves)
    assert _days(engine, may_cra) == {}


def test_r7_weekend_work_allows_weekends_and_holidays(
    engine: Engine, make_mission: MakeMission, make_cra: MakeCra
) -> None:
    mission_id = make_mission(weekend_work=True)
    cra_id = make_cra(mission_id, 2026, 5)
    with unit_of_work(engine) as session:
        set_day(session, cra_id, SATURDAY, 2)
        set_day(session, cra_id, SUNDAY, 1)
        set_day(session, cra_id, ASCENSION, 2)
    assert _days(engine, cra_id) == {SATURDAY: 2, SUNDAY: 1, ASCENSION: 2}
    assert _billed(engine, cra_id) == Decimal("2.5")


def test_r6_holidays_follow_the_profile_zone(
    engine: Engine, mission_id: int, make_cra: MakeCra
) -> None:
    april = make_cra(mission_id, 2026, 4)
    with unit_of_work(engine) as session:
        set_day(session, april, GOOD_FRIDAY, 2)  # a working day in metropolitan France
        set_day(session, april, GOOD_FRIDAY, 0)
        save_profile(session, holiday_zone="57")
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        set_day(session, april, GOOD_FRIDAY, 2)  # Vendredi saint in Alsace-Moselle
    assert _days(engine, april) == {}


@pytest.mark.parametrize(
    "day",
    [
        pytest.param(date(2026, 5, 15), id="before-start"),
        pytest.param(date(2026, 5, 29), id="after-end"),
    ],
)
def test_r7_days_outside_the_mission_dates_are_refused(
    engine: Engine, make_mission: MakeMission, make_cra: MakeCra, day: date
) -> None:
    mission_id = make_mission(start_on=date(2026, 5, 18), end_on=date(2026, 5, 28))
    cra_id = make_cra(mission_id, 2026, 5)
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        set_day(session, cra_id, day, 2)
    with unit_of_work(engine) as session:
        set_day(session, cra_id, date(2026, 5, 18), 2)  # the first day
        set_day(session, cra_id, date(2026, 5, 28), 1)  # the last day
    assert _billed(engine, cra_id) == Decimal("1.5")


@pytest.mark.parametrize(
    "day",
    [
        pytest.param(date(2026, 6, 1), id="next-month"),
        pytest.param(date(2026, 4, 30), id="previous-month"),
        pytest.param(date(2027, 5, 4), id="same-month-next-year"),
    ],
)
def test_r7_days_outside_the_cra_month_are_refused(engine: Engine, may_cra: int, day: date) -> None:
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        set_day(session, may_cra, day, 2)
    assert _days(engine, may_cra) == {}


# --- Fill and clear --------------------------------------------------------------------


def test_r6_fill_working_days_of_may_2026(engine: Engine, may_cra: int) -> None:
    assert count_working_days(date(2026, 5, 1), date(2026, 5, 31)) == MAY_2026_WORKING_DAYS
    with unit_of_work(engine) as session:
        filled = fill_working_days(session, may_cra)
    assert filled == MAY_2026_WORKING_DAYS
    days = _days(engine, may_cra)
    assert sorted(days) == working_days_of_month(2026, 5)
    assert set(days.values()) == {2}
    assert ASCENSION not in days
    assert SATURDAY not in days
    assert _billed(engine, may_cra) == Decimal(MAY_2026_WORKING_DAYS)


def test_r6_fill_working_days_respects_the_mission_dates(
    engine: Engine, make_mission: MakeMission, make_cra: MakeCra
) -> None:
    start, end = date(2026, 5, 18), date(2026, 5, 27)
    mission_id = make_mission(start_on=start, end_on=end)
    cra_id = make_cra(mission_id, 2026, 5)
    with unit_of_work(engine) as session:
        filled = fill_working_days(session, cra_id)
    # 18-22 May, then 26 and 27 (Monday 25 is Pentecost Monday): 7 days.
    assert filled == count_working_days(start, end) == 7
    days = _days(engine, cra_id)
    assert min(days) == start
    assert max(days) == end
    assert date(2026, 5, 25) not in days


def test_r6_fill_working_days_from_a_mid_month_start_without_end(
    engine: Engine, make_mission: MakeMission, make_cra: MakeCra
) -> None:
    mission_id = make_mission(start_on=date(2026, 6, 15), end_on=None)
    cra_id = make_cra(mission_id, 2026, 6)
    with unit_of_work(engine) as session:
        assert fill_working_days(session, cra_id) == 12  # 15 to 30 June 2026
    assert min(_days(engine, cra_id)) == date(2026, 6, 15)


def test_r6_fill_working_days_in_alsace_moselle(
    engine: Engine, mission_id: int, make_cra: MakeCra
) -> None:
    april = make_cra(mission_id, 2026, 4)
    with unit_of_work(engine) as session:
        save_profile(session, holiday_zone="57")
        filled = fill_working_days(session, april)
    assert filled == count_working_days(date(2026, 4, 1), date(2026, 4, 30), "57")
    assert filled == count_working_days(date(2026, 4, 1), date(2026, 4, 30)) - 1
    assert GOOD_FRIDAY not in _days(engine, april)


def test_r7_fill_overwrites_half_days_and_keeps_weekend_days(
    engine: Engine, make_mission: MakeMission, make_cra: MakeCra
) -> None:
    mission_id = make_mission(weekend_work=True)
    cra_id = make_cra(mission_id, 2026, 5, {MONDAY: 1, SATURDAY: 2})
    with unit_of_work(engine) as session:
        fill_working_days(session, cra_id)
    days = _days(engine, cra_id)
    assert days[MONDAY] == 2
    assert days[SATURDAY] == 2
    assert _billed(engine, cra_id) == Decimal(MAY_2026_WORKING_DAYS + 1)


def test_r7_clear_days_empties_the_cra(engine: Engine, may_cra: int) -> None:
    with unit_of_work(engine) as session:
        fill_working_days(session, may_cra)
        set_day(session, may_cra, MONDAY, 1)
    with unit_of_work(engine) as session:
        clear_days(session, may_cra)
    assert _days(engine, may_cra) == {}
    assert _billed(engine, may_cra) == Decimal("0")
    assert _cra(engine, may_cra).status is CraStatus.DRAFT


# --- Lifecycle --------------------------------------------------------------------------


def test_r7_empty_cra_cannot_be_submitted(engine: Engine, may_cra: int) -> None:
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        submit_cra(session, may_cra, date(2026, 5, 29))
    cra = _cra(engine, may_cra)
    assert cra.status is CraStatus.DRAFT
    assert cra.submitted_on is None


def test_r7_submit_reject_reopen_edit_submit_validate(engine: Engine, may_cra: int) -> None:
    with unit_of_work(engine) as session:
        fill_working_days(session, may_cra)
        submit_cra(session, may_cra, date(2026, 5, 29))
    cra = _cra(engine, may_cra)
    assert cra.status is CraStatus.SUBMITTED
    assert cra.submitted_on == date(2026, 5, 29)

    with unit_of_work(engine) as session:
        reject_cra(session, may_cra, date(2026, 6, 1), "  Le 29/05 était un jour de congé.  ")
    cra = _cra(engine, may_cra)
    assert cra.status is CraStatus.REJECTED
    assert cra.rejected_on == date(2026, 6, 1)
    assert cra.rejection_reason == "Le 29/05 était un jour de congé."

    # A rejected CRA is not editable until it is back to draft.
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        set_day(session, may_cra, date(2026, 5, 29), 0)

    with unit_of_work(engine) as session:
        reopen_cra(session, may_cra)
        set_day(session, may_cra, date(2026, 5, 29), 0)
    cra = _cra(engine, may_cra)
    assert cra.status is CraStatus.DRAFT
    # The refusal is kept for the record.
    assert cra.rejection_reason == "Le 29/05 était un jour de congé."
    assert cra.rejected_on == date(2026, 6, 1)

    with unit_of_work(engine) as session:
        submit_cra(session, may_cra, date(2026, 6, 2))
        invoice = validate_cra(session, may_cra, date(2026, 6, 3))
    cra = _cra(engine, may_cra)
    assert cra.status is CraStatus.VALIDATED
    assert cra.submitted_on == date(2026, 6, 2)
    assert cra.validated_on == date(2026, 6, 3)
    assert invoice.days_halves == 2 * (MAY_2026_WORKING_DAYS - 1)


@pytest.mark.parametrize(
    "action",
    [
        pytest.param(lambda s, c: set_day(s, c, WEDNESDAY, 2), id="set_day"),
        pytest.param(lambda s, c: set_day(s, c, MONDAY, 0), id="set_day-zero"),
        pytest.param(fill_working_days, id="fill_working_days"),
        pytest.param(clear_days, id="clear_days"),
        pytest.param(lambda s, c: add_adjustment(s, c, 1, "Oubli"), id="add_adjustment"),
    ],
)
@pytest.mark.parametrize("status", [CraStatus.SUBMITTED, CraStatus.VALIDATED])
def test_r7_only_a_draft_cra_can_be_edited(
    engine: Engine,
    make_cra: MakeCra,
    mission_id: int,
    status: CraStatus,
    action: Callable[..., object],
) -> None:
    cra_id = make_cra(mission_id, 2026, 5, [MONDAY, TUESDAY], submitted_on=date(2026, 5, 29))
    if status is CraStatus.VALIDATED:
        with unit_of_work(engine) as session:
            validate_cra(session, cra_id, date(2026, 6, 1))

    with pytest.raises(DomainError), unit_of_work(engine) as session:
        action(session, cra_id)

    assert _cra(engine, cra_id).status is status
    assert _days(engine, cra_id) == {MONDAY: 2, TUESDAY: 2}
    with read_session(engine) as session:
        assert session.exec(select(CraAdjustment)).all() == []


@pytest.mark.parametrize(
    "action",
    [
        pytest.param(lambda s, c: validate_cra(s, c, date(2026, 6, 1)), id="validate-draft"),
        pytest.param(lambda s, c: reject_cra(s, c, date(2026, 6, 1), "Non"), id="reject-draft"),
        pytest.param(reopen_cra, id="reopen-draft"),
    ],
)
def test_r7_transitions_not_allowed_from_draft(
    engine: Engine, make_cra: MakeCra, mission_id: int, action: Callable[..., object]
) -> None:
    cra_id = make_cra(mission_id, 2026, 5, [MONDAY])
    with pytest.raises(TransitionError), unit_of_work(engine) as session:
        action(session, cra_id)
    assert _cra(engine, cra_id).status is CraStatus.DRAFT
    with read_session(engine) as session:
        assert session.exec(select(Invoice)).all() == []


def test_r7_validated_cra_cannot_be_validated_again_nor_rejected(
    engine: Engine, mission_id: int, validated_cra: ValidateCra
) -> None:
    cra_id, _ = validated_cra(mission_id, 2026, 6, JUNE_2026, date(2026, 6, 30), date(2026, 7, 1))
    for action in (
        lambda s: validate_cra(s, cra_id, date(2026, 7, 2)),
        lambda s: reject_cra(s, cra_id, date(2026, 7, 2), "Trop tard"),
        lambda s: submit_cra(s, cra_id, date(2026, 7, 2)),
        lambda s: reopen_cra(s, cra_id),
    ):
        with pytest.raises(TransitionError), unit_of_work(engine) as session:
            action(session)
    assert _cra(engine, cra_id).status is CraStatus.VALIDATED
    with read_session(engine) as session:
        assert len(session.exec(select(Invoice)).all()) == 1


def test_r7_submitted_cra_cannot_be_reopened_or_submitted_again(
    engine: Engine, make_cra: MakeCra, mission_id: int
) -> None:
    cra_id = make_cra(mission_id, 2026, 5, [MONDAY], submitted_on=date(2026, 5, 29))
    with pytest.raises(TransitionError), unit_of_work(engine) as session:
        reopen_cra(session, cra_id)
    with pytest.raises(TransitionError), unit_of_work(engine) as session:
        submit_cra(session, cra_id, date(2026, 5, 30))
    assert _cra(engine, cra_id).submitted_on == date(2026, 5, 29)


def test_r7_client_cannot_validate_before_the_submission(
    engine: Engine, make_cra: MakeCra, mission_id: int
) -> None:
    cra_id = make_cra(mission_id, 2026, 5, [MONDAY], submitted_on=date(2026, 5, 29))
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        validate_cra(session, cra_id, date(2026, 5, 28))
    cra = _cra(engine, cra_id)
    assert cra.status is CraStatus.SUBMITTED
    assert cra.validated_on is None


# --- Adjustments ------------------------------------------------------------------------


@pytest.fixture
def validated_may(engine: Engine, mission_id: int, make_cra: MakeCra) -> int:
    cra_id = make_cra(mission_id, 2026, 5, [MONDAY, TUESDAY], submitted_on=date(2026, 5, 29))
    with unit_of_work(engine) as session:
        validate_cra(session, cra_id, date(2026, 6, 1))
    return cra_id


def test_r7_adjustments_add_and_remove_half_days(
    engine: Engine, mission_id: int, make_cra: MakeCra, validated_may: int
) -> None:
    june = make_cra(mission_id, 2026, 6, JUNE_2026[:10])
    with unit_of_work(engine) as session:
        add_adjustment(session, june, 2, "Mai : le 06/05 travaillé, oublié", validated_may)
        add_adjustment(session, june, -1, "Mai : le 05/05 n'était qu'une demi-journée")
    assert _billed(engine, june) == Decimal("10.5")
    with read_session(engine) as session:
        adjustments = session.exec(select(CraAdjustment).order_by(CraAdjustment.id)).all()
    assert [(a.halves, a.corrects_cra_id) for a in adjustments] == [
        (2, validated_may),
        (-1, None),
    ]
    assert adjustments[0].comment == "Mai : le 06/05 travaillé, oublié"


def test_r7_adjustment_comment_is_stripped(
    engine: Engine, mission_id: int, make_cra: MakeCra
) -> None:
    june = make_cra(mission_id, 2026, 6)
    with unit_of_work(engine) as session:
        adjustment = add_adjustment(session, june, 1, "  Demi-journée oubliée  ")
    assert adjustment.comment == "Demi-journée oubliée"


@pytest.mark.parametrize("comment", ["", "   ", "\n"])
def test_r7_adjustment_needs_a_comment(
    engine: Engine, mission_id: int, make_cra: MakeCra, comment: str
) -> None:
    june = make_cra(mission_id, 2026, 6, JUNE_2026[:3])
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        add_adjustment(session, june, 2, comment)
    assert _billed(engine, june) == Decimal("3")


def test_r7_adjustment_of_zero_is_refused(
    engine: Engine, mission_id: int, make_cra: MakeCra
) -> None:
    june = make_cra(mission_id, 2026, 6)
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        add_adjustment(session, june, 0, "Rien")


def test_r7_adjustment_corrects_a_validated_cra_of_the_same_mission(
    engine: Engine,
    make_mission: MakeMission,
    mission_id: int,
    make_cra: MakeCra,
    validated_may: int,
) -> None:
    june = make_cra(mission_id, 2026, 6)
    other_mission = make_mission(title="Autre mission")
    other_may = make_cra(other_mission, 2026, 5, [MONDAY], submitted_on=date(2026, 5, 29))
    with unit_of_work(engine) as session:
        validate_cra(session, other_may, date(2026, 6, 1))
    draft_july = make_cra(mission_id, 2026, 7, [date(2026, 7, 1)])

    for corrected in (other_may, draft_july, 404):
        with pytest.raises(DomainError), unit_of_work(engine) as session:
            add_adjustment(session, june, 1, "Correction", corrected)
    with read_session(engine) as session:
        assert session.exec(select(CraAdjustment)).all() == []


def test_r7_adjustment_is_carried_by_a_later_cra(
    engine: Engine, mission_id: int, make_cra: MakeCra, validated_may: int
) -> None:
    """R7: a validated CRA is corrected on a *later* CRA, never on an earlier month's."""
    april = make_cra(mission_id, 2026, 4)
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        add_adjustment(session, april, 2, "Mai : le 06/05 travaillé", validated_may)
    with read_session(engine) as session:
        assert session.exec(select(CraAdjustment)).all() == []


def test_r7_billed_days_cannot_go_below_zero(
    engine: Engine, mission_id: int, make_cra: MakeCra, validated_may: int
) -> None:
    june = make_cra(mission_id, 2026, 6, {JUNE_2026[0]: 1})
    with unit_of_work(engine) as session:
        add_adjustment(session, june, -2, "Mai : un jour de trop", validated_may)
    with read_session(engine) as session, pytest.raises(DomainError):
        billed_days(session, june)
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        submit_cra(session, june, date(2026, 6, 30))
    assert _cra(engine, june).status is CraStatus.DRAFT


def test_r7_cra_with_only_an_adjustment_can_be_submitted_and_billed(
    engine: Engine, mission_id: int, make_cra: MakeCra, validated_may: int
) -> None:
    june = make_cra(mission_id, 2026, 6)
    with unit_of_work(engine) as session:
        add_adjustment(session, june, 3, "Mai : 1,5 jour oublié", validated_may)
        submit_cra(session, june, date(2026, 6, 30))
        invoice = validate_cra(session, june, date(2026, 7, 1))
    assert invoice.days_halves == 3
    assert invoice.amount_ht_cents == 90000


def test_r8_invoice_bills_the_days_plus_the_adjustments(
    engine: Engine, mission_id: int, make_cra: MakeCra, validated_may: int
) -> None:
    june = make_cra(mission_id, 2026, 6, JUNE_2026[:10])
    with unit_of_work(engine) as session:
        add_adjustment(session, june, -1, "Mai : demi-journée facturée en trop", validated_may)
        add_adjustment(session, june, 4, "Mai : deux jours oubliés", validated_may)
        submit_cra(session, june, date(2026, 6, 30))
        invoice_id = validate_cra(session, june, date(2026, 7, 1)).id
    with read_session(engine) as session:
        invoice = get_invoice(session, invoice_id)
        assert billed_days(session, june) == Decimal("11.5")
    assert invoice.days == Decimal("11.5")
    assert invoice.amount_ht_cents == 23 * 30000  # 11.5 days at 600 €
    # The corrected CRA and its invoice are never touched.
    assert _days(engine, validated_may) == {MONDAY: 2, TUESDAY: 2}


def test_r7_cras_are_listed_by_month(engine: Engine, mission_id: int) -> None:
    with unit_of_work(engine) as session:
        for year, month in ((2026, 9), (2026, 2), (2027, 1), (2026, 11)):
            create_cra(session, mission_id, year, month)
    with read_session(engine) as session:
        months = [(cra.year, cra.month) for cra in list_cras(session, mission_id)]
    assert months == [(2026, 2), (2026, 9), (2026, 11), (2027, 1)]


def test_unknown_cra_is_a_domain_error(engine: Engine) -> None:
    with read_session(engine) as session, pytest.raises(DomainError):
        get_cra(session, 404)
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        set_day(session, 404, MONDAY + timedelta(days=1), 2)
