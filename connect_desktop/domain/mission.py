"""Mission-level rules: dates, status and when the payment option is locked."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from connect_desktop.domain.errors import DomainError


class MissionStatus(StrEnum):
    UPCOMING = "UPCOMING"
    ACTIVE = "ACTIVE"
    FINISHED = "FINISHED"
    ARCHIVED = "ARCHIVED"


def mission_status(start: date, end: date | None, archived: bool, today: date) -> MissionStatus:
    if archived:
        return MissionStatus.ARCHIVED
    if today < start:
        return MissionStatus.UPCOMING
    if end is not None and today > end:
        return MissionStatus.FINISHED
    return MissionStatus.ACTIVE


def check_mission_dates(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise DomainError("A mission cannot end before it starts.")


def option_is_locked(validated_cra_count: int) -> bool:
    """R2: the payment option is fixed once the mission has a validated CRA."""
    return validated_cra_count > 0
