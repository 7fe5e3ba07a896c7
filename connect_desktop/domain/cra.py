"""The monthly activity report (CRA, rule R7): its days and its lifecycle."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from enum import StrEnum

from connect_desktop.domain.calendar import holiday_name, is_weekend
from connect_desktop.domain.errors import DomainError, TransitionError
from connect_desktop.domain.money import halves_to_days


class CraStatus(StrEnum):
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    VALIDATED = "VALIDATED"
    REJECTED = "REJECTED"


CRA_TRANSITIONS: dict[CraStatus, frozenset[CraStatus]] = {
    CraStatus.DRAFT: frozenset({CraStatus.SUBMITTED}),
    CraStatus.SUBMITTED: frozenset({CraStatus.VALIDATED, CraStatus.REJECTED}),
    CraStatus.REJECTED: frozenset({CraStatus.DRAFT}),
    CraStatus.VALIDATED: frozenset(),
}

# A day holds 0, a half day or a full day, stored as a count of half days.
DAY_HALVES = (0, 1, 2)
# Click or Space on a calendar cell: 0 -> 1 -> 0.5 -> 0.
_NEXT_HALVES = {0: 2, 2: 1, 1: 0}


def allowed_cra_transitions(current: CraStatus) -> frozenset[CraStatus]:
    return CRA_TRANSITIONS[current]


def check_cra_transition(current: CraStatus, target: CraStatus) -> None:
    """Raise ``TransitionError`` unless R7 allows ``current`` -> ``target``."""
    allowed = CRA_TRANSITIONS[current]
    if target not in allowed:
        raise TransitionError("CRA", current, target, sorted(allowed))


def cra_is_editable(status: CraStatus) -> bool:
    """Only a draft CRA can be edited (a validated one is corrected by an adjustment)."""
    return status is CraStatus.DRAFT


def next_day_halves(halves: int) -> int:
    """The value a click gives a day that holds ``halves`` half days."""
    return _NEXT_HALVES[halves]


def check_day_entry(
    day: date,
    halves: int,
    *,
    mission_start: date,
    mission_end: date | None,
    weekend_work: bool,
    zone: str | None = None,
) -> None:
    """Raise ``DomainError`` if ``day`` cannot hold ``halves`` half days for this mission."""
    if halves not in DAY_HALVES:
        raise DomainError("A day holds 0, a half day (0.5) or a full day (1).")
    if halves == 0:
        return
    if day < mission_start or (mission_end is not None and day > mission_end):
        raise DomainError(f"{day.isoformat()} is outside the mission's dates.")
    if weekend_work:
        return
    if is_weekend(day):
        raise DomainError(f"{day.isoformat()} is a weekend day and the mission excludes them.")
    name = holiday_name(day, zone)
    if name is not None:
        raise DomainError(f"{day.isoformat()} is a public holiday ({name}).")


def total_days(halves: Iterable[int], adjustment_halves: int = 0) -> Decimal:
    """Days billed by a CRA: its days plus its adjustments (which may be negative)."""
    total = sum(halves) + adjustment_halves
    if total < 0:
        raise DomainError("Adjustments cannot bring a CRA below zero days.")
    return halves_to_days(total)
