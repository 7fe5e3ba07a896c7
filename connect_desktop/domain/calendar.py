"""French working days (R6): public holidays by zone, working-day arithmetic, month grids.

A working day (*jour ouvré*) is Monday to Friday and not a public holiday of the
freelancer's zone. ``zone`` is an ISO 3166-2:FR code ("57" Moselle, "6AE" Alsace, "971"
Guadeloupe...) or ``None`` for metropolitan France. The holidays come from
``french_holidays``, which computes them from the rules (no library to load at start-up).
"""

from __future__ import annotations

import calendar as std_calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.french_holidays import public_holidays

# Zones a freelancer can choose, in the order the settings list them.
HOLIDAY_ZONES: dict[str | None, str] = {
    None: "France métropolitaine",
    "57": "Moselle",
    "6AE": "Alsace (Bas-Rhin, Haut-Rhin)",
    "971": "Guadeloupe",
    "972": "Martinique",
    "973": "Guyane",
    "974": "La Réunion",
    "976": "Mayotte",
}


def check_zone(zone: str | None) -> str | None:
    """Return ``zone`` if it is a zone the app knows, else raise ``DomainError``."""
    if zone not in HOLIDAY_ZONES:
        known = ", ".join(code for code in HOLIDAY_ZONES if code)
        raise DomainError(f"Unknown holiday zone {zone!r}; use None or one of: {known}.")
    return zone


@lru_cache(maxsize=256)
def _holidays(year: int, zone: str | None, language: str) -> dict[date, str]:
    # Cached: working-day loops ask for the same year's table once per day.
    return public_holidays(year, zone, language)


def _language(language: str) -> str:
    """English names for "en"; French names for any other language."""
    return "en" if language == "en" else "fr"


def holidays_in_year(year: int, zone: str | None = None, language: str = "fr") -> dict[date, str]:
    """Public holidays of ``year`` in ``zone`` with their names (French by default)."""
    check_zone(zone)
    return dict(_holidays(year, zone, _language(language)))


def holiday_name(day: date, zone: str | None = None, language: str = "fr") -> str | None:
    """The holiday's name if ``day`` is a public holiday of ``zone``, else ``None``."""
    check_zone(zone)
    return _holidays(day.year, zone, _language(language)).get(day)


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def is_working_day(day: date, zone: str | None = None) -> bool:
    """Monday to Friday and not a public holiday of ``zone``."""
    return not is_weekend(day) and holiday_name(day, zone) is None


def add_working_days(day: date, n: int, zone: str | None = None) -> date:
    """The ``n``-th working day after ``day`` (``day`` itself never counts).

    ``n`` = 0 returns ``day`` unchanged; a negative ``n`` counts backwards.
    """
    check_zone(zone)
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    current = day
    while remaining:
        current += step
        if is_working_day(current, zone):
            remaining -= 1
    return current


def count_working_days(first: date, last: date, zone: str | None = None) -> int:
    """Working days from ``first`` to ``last``, both included (0 if ``last`` < ``first``)."""
    check_zone(zone)
    if last < first:
        return 0
    total_days = (last - first).days + 1
    full_weeks, extra = divmod(total_days, 7)
    count = full_weeks * 5
    for offset in range(extra):
        if (first + timedelta(days=full_weeks * 7 + offset)).weekday() < 5:
            count += 1
    for year in range(first.year, last.year + 1):
        for holiday in _holidays(year, zone, "fr"):
            if first <= holiday <= last and holiday.weekday() < 5:
                count -= 1
    return count


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    if not 1 <= month <= 12:
        raise DomainError(f"{month} is not a month number (1 to 12).")
    return date(year, month, 1), date(year, month, std_calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) ``delta`` months after (before, if negative) the given one."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def days_of_month(year: int, month: int) -> Iterator[date]:
    first, last = month_bounds(year, month)
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def working_days_of_month(year: int, month: int, zone: str | None = None) -> list[date]:
    return [day for day in days_of_month(year, month) if is_working_day(day, zone)]


@dataclass(frozen=True, slots=True)
class GridWeek:
    """One row of a month grid: the ISO week number and seven days from Monday.

    Days outside the month are ``None`` so that the grid keeps its shape.
    """

    iso_week: int
    days: tuple[date | None, ...]


def month_grid(year: int, month: int) -> list[GridWeek]:
    """The month as weeks starting on Monday, each with its ISO week number."""
    first, last = month_bounds(year, month)
    monday = first - timedelta(days=first.weekday())
    weeks: list[GridWeek] = []
    while monday <= last:
        days = tuple(
            day if first <= day <= last else None
            for day in (monday + timedelta(days=offset) for offset in range(7))
        )
        weeks.append(GridWeek(iso_week=monday.isocalendar().week, days=days))
        monday += timedelta(days=7)
    return weeks
