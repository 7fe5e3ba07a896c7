"""Mission-level rules: status from dates, date checks, R2 option lock."""

from __future__ import annotations

from datetime import date

import pytest

from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.mission import (
    MissionStatus,
    check_mission_dates,
    mission_status,
    option_is_locked,
)

START = date(2026, 11, 2)
END = date(2027, 4, 30)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 1), MissionStatus.UPCOMING),
        (START, MissionStatus.ACTIVE),
        (date(2027, 1, 15), MissionStatus.ACTIVE),
        (END, MissionStatus.ACTIVE),
        (date(2027, 5, 1), MissionStatus.FINISHED),
    ],
)
def test_mission_status_from_dates(today: date, expected: MissionStatus) -> None:
    assert mission_status(START, END, archived=False, today=today) is expected


def test_mission_status_open_ended_stays_active() -> None:
    assert mission_status(START, None, archived=False, today=date(2035, 1, 1)) is (
        MissionStatus.ACTIVE
    )
    assert mission_status(START, None, archived=False, today=date(2026, 1, 1)) is (
        MissionStatus.UPCOMING
    )


@pytest.mark.parametrize("today", [date(2026, 1, 1), START, date(2030, 1, 1)])
def test_mission_status_archived_wins(today: date) -> None:
    assert mission_status(START, END, archived=True, today=today) is MissionStatus.ARCHIVED
    assert mission_status(START, None, archived=True, today=today) is MissionStatus.ARCHIVED


def test_mission_dates_end_before_start_raises_value_error() -> None:
    with pytest.raises(ValueError, match="end before it starts") as info:
        check_mission_dates(START, date(2026, 11, 1))
    assert isinstance(info.value, DomainError)


def test_mission_dates_one_day_and_open_ended_are_valid() -> None:
    check_mission_dates(START, START)
    check_mission_dates(START, END)
    check_mission_dates(START, None)


def test_r2_option_is_locked_once_the_mission_has_a_validated_cra() -> None:
    assert not option_is_locked(0)
    assert option_is_locked(1)
    assert option_is_locked(12)
