"""R7: the monthly activity report (CRA): day entries, totals and lifecycle."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import product

import pytest

from connect_desktop.domain.cra import (
    CRA_TRANSITIONS,
    DAY_HALVES,
    CraStatus,
    allowed_cra_transitions,
    check_cra_transition,
    check_day_entry,
    cra_is_editable,
    next_day_halves,
    total_days,
)
from connect_desktop.domain.errors import DomainError, TransitionError

S = CraStatus
EXPECTED_TRANSITIONS = {
    S.DRAFT: {S.SUBMITTED},
    S.SUBMITTED: {S.VALIDATED, S.REJECTED},
    S.REJECTED: {S.DRAFT},
    S.VALIDATED: set(),
}


def test_r7_cra_transition_table() -> None:
    assert {status: set(targets) for status, targets in CRA_TRANSITIONS.items()} == (
        EXPECTED_TRANSITIONS
    )
    for status in CraStatus:
        assert allowed_cra_transitions(status) == EXPECTED_TRANSITIONS[status]


def test_r7_draft_submitted_validated_path() -> None:
    check_cra_transition(S.DRAFT, S.SUBMITTED)
    check_cra_transition(S.SUBMITTED, S.VALIDATED)


def test_r7_rejected_cra_goes_back_to_draft_and_can_be_submitted_again() -> None:
    check_cra_transition(S.SUBMITTED, S.REJECTED)
    check_cra_transition(S.REJECTED, S.DRAFT)
    check_cra_transition(S.DRAFT, S.SUBMITTED)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (current, target)
        for current, target in product(CraStatus, CraStatus)
        if target not in EXPECTED_TRANSITIONS[current]
    ],
)
def test_r7_invalid_cra_transition_raises_transition_error_naming_allowed_statuses(
    current: CraStatus, target: CraStatus
) -> None:
    with pytest.raises(TransitionError) as info:
        check_cra_transition(current, target)
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, DomainError)
    assert error.kind == "CRA"
    assert error.current is current
    assert error.target is target
    assert set(error.allowed) == EXPECTED_TRANSITIONS[current]
    message = str(error)
    assert f"from {current.value} to {target.value}" in message
    for allowed in EXPECTED_TRANSITIONS[current]:
        assert allowed.value in message


def test_r7_draft_cannot_be_validated_directly() -> None:
    with pytest.raises(ValueError, match="allowed statuses are: SUBMITTED"):
        check_cra_transition(S.DRAFT, S.VALIDATED)


def test_r7_rejected_cannot_be_validated_without_going_back_to_draft() -> None:
    with pytest.raises(ValueError, match="allowed statuses are: DRAFT"):
        check_cra_transition(S.REJECTED, S.VALIDATED)


@pytest.mark.parametrize("target", list(CraStatus))
def test_r7_validated_is_final(target: CraStatus) -> None:
    assert allowed_cra_transitions(S.VALIDATED) == frozenset()
    with pytest.raises(TransitionError, match="VALIDATED is final") as info:
        check_cra_transition(S.VALIDATED, target)
    assert info.value.allowed == ()


@pytest.mark.parametrize(
    ("status", "editable"),
    [(S.DRAFT, True), (S.SUBMITTED, False), (S.VALIDATED, False), (S.REJECTED, False)],
)
def test_r7_only_draft_is_editable(status: CraStatus, editable: bool) -> None:
    assert cra_is_editable(status) is editable


def test_r7_next_day_halves_cycles_0_full_half_0() -> None:
    assert next_day_halves(0) == 2
    assert next_day_halves(2) == 1
    assert next_day_halves(1) == 0
    value = 0
    seen = []
    for _ in range(6):
        value = next_day_halves(value)
        seen.append(value)
    assert seen == [2, 1, 0, 2, 1, 0]


# --- day entries ------------------------------------------------------------------------

MISSION_START = date(2026, 11, 2)  # Monday
MISSION_END = date(2026, 12, 31)


def _check(day: date, halves: int = 2, **kwargs: object) -> None:
    options: dict[str, object] = {
        "mission_start": MISSION_START,
        "mission_end": MISSION_END,
        "weekend_work": False,
    }
    options.update(kwargs)
    check_day_entry(day, halves, **options)  # type: ignore[arg-type]


def test_r7_day_holds_0_half_or_full() -> None:
    assert DAY_HALVES == (0, 1, 2)
    for halves in DAY_HALVES:
        _check(date(2026, 11, 3), halves)


@pytest.mark.parametrize("halves", [3, 4, -1, -2])
def test_r7_day_refuses_other_values_than_0_1_2_halves(halves: int) -> None:
    with pytest.raises(ValueError, match="half day"):
        _check(date(2026, 11, 3), halves)
    with pytest.raises(ValueError, match="half day"):
        _check(date(2026, 11, 7), halves, weekend_work=True)


def test_r7_mission_start_and_end_days_can_hold_time() -> None:
    _check(MISSION_START)
    _check(MISSION_END)


@pytest.mark.parametrize("day", [date(2026, 10, 30), date(2027, 1, 4)])
def test_r7_day_outside_mission_dates_is_refused(day: date) -> None:
    with pytest.raises(ValueError, match="outside the mission"):
        _check(day)
    with pytest.raises(ValueError, match="outside the mission"):
        _check(day, 1)
    # Weekend work does not widen the mission's dates.
    with pytest.raises(ValueError, match="outside the mission"):
        _check(day, weekend_work=True)


def test_r7_open_ended_mission_accepts_any_later_day() -> None:
    _check(date(2030, 6, 3), mission_end=None)
    with pytest.raises(ValueError, match="outside the mission"):
        _check(date(2026, 10, 30), mission_end=None)


def test_r7_clearing_a_day_is_always_allowed() -> None:
    for day in (date(2026, 10, 30), date(2026, 11, 7), date(2026, 11, 11), date(2027, 1, 4)):
        _check(day, 0)


@pytest.mark.parametrize("day", [date(2026, 11, 7), date(2026, 11, 8)])
def test_r7_weekend_is_refused_unless_weekend_work(day: date) -> None:
    with pytest.raises(ValueError, match="weekend"):
        _check(day)
    with pytest.raises(ValueError, match="weekend"):
        _check(day, 1)
    _check(day, weekend_work=True)
    _check(day, 1, weekend_work=True)


@pytest.mark.parametrize(
    ("day", "name"),
    [(date(2026, 11, 11), "Armistice"), (date(2026, 12, 25), "Noël")],
)
def test_r7_holiday_is_refused_unless_weekend_work(day: date, name: str) -> None:
    with pytest.raises(ValueError, match=f"public holiday \\({name}\\)"):
        _check(day)
    _check(day, weekend_work=True)


def test_r7_holiday_check_uses_the_zone() -> None:
    # Sat 26 Dec 2026 is a weekend anyway; use Good Friday 2027 (26 Mar) in Moselle.
    mission = {"mission_start": date(2027, 1, 4), "mission_end": None}
    _check(date(2027, 3, 26), **mission)
    with pytest.raises(ValueError, match="Vendredi saint"):
        _check(date(2027, 3, 26), zone="57", **mission)


def test_r7_total_days_sums_halves() -> None:
    assert total_days([2, 2, 1, 0, 2]) == Decimal("3.5")
    assert total_days([]) == Decimal("0.0")
    assert total_days([2] * 20 + [1]) == Decimal("20.5")


def test_r7_total_days_with_adjustments() -> None:
    halves = [2] * 10  # 10 days
    assert total_days(halves, adjustment_halves=1) == Decimal("10.5")
    assert total_days(halves, adjustment_halves=-3) == Decimal("8.5")
    assert total_days(halves, adjustment_halves=-20) == Decimal("0.0")
    # A correction can stand alone on a month with no time.
    assert total_days([], adjustment_halves=4) == Decimal("2.0")


def test_r7_adjustments_cannot_bring_a_cra_below_zero() -> None:
    with pytest.raises(ValueError, match="below zero"):
        total_days([2, 2], adjustment_halves=-5)
