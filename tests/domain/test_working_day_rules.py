"""R6: French working days by zone, holiday names, month grids."""

from __future__ import annotations

from datetime import date

import pytest

from connect_desktop.domain.calendar import (
    HOLIDAY_ZONES,
    add_working_days,
    check_zone,
    count_working_days,
    days_of_month,
    holiday_name,
    holidays_in_year,
    is_weekend,
    is_working_day,
    month_bounds,
    month_grid,
    working_days_of_month,
)
from connect_desktop.domain.errors import DomainError


@pytest.mark.parametrize(
    ("year", "zone", "expected"),
    [
        (2025, None, 251),
        (2025, "57", 249),
        (2026, None, 252),
        (2026, "57", 251),
        (2027, None, 254),
        (2027, "57", 253),
    ],
)
def test_r6_reference_working_day_counts(year: int, zone: str | None, expected: int) -> None:
    assert count_working_days(date(year, 1, 1), date(year, 12, 31), zone) == expected


def test_r6_alsace_has_the_same_counts_as_moselle() -> None:
    for year, expected in [(2025, 249), (2026, 251), (2027, 253)]:
        assert count_working_days(date(year, 1, 1), date(year, 12, 31), "6AE") == expected


def test_r6_count_over_several_years_is_the_sum_of_the_years() -> None:
    assert count_working_days(date(2025, 1, 1), date(2027, 12, 31)) == 251 + 252 + 254
    assert count_working_days(date(2025, 1, 1), date(2027, 12, 31), "57") == 249 + 251 + 253


def test_r6_count_includes_both_ends_and_is_zero_when_reversed() -> None:
    monday = date(2026, 1, 5)
    assert count_working_days(monday, monday) == 1
    assert count_working_days(monday, date(2026, 1, 9)) == 5
    assert count_working_days(monday, date(2026, 1, 11)) == 5
    assert count_working_days(date(2026, 1, 10), date(2026, 1, 11)) == 0
    assert count_working_days(date(2026, 1, 9), monday) == 0


def test_r6_count_in_may_2026_skips_four_holidays() -> None:
    # 21 weekdays in May 2026; Fri 1, Fri 8, Thu 14 (Ascension), Mon 25 (Pentecôte) off.
    assert count_working_days(date(2026, 5, 1), date(2026, 5, 31)) == 17
    assert len(working_days_of_month(2026, 5)) == 17


def test_r6_a_holiday_on_a_weekend_is_not_counted_twice() -> None:
    # 15 Aug 2026 is a Saturday, 1 Nov 2026 a Sunday.
    assert count_working_days(date(2026, 8, 10), date(2026, 8, 16)) == 5
    assert count_working_days(date(2026, 10, 26), date(2026, 11, 1)) == 5


def test_r6_weekend_is_saturday_and_sunday() -> None:
    assert not is_weekend(date(2026, 11, 27))  # Friday
    assert is_weekend(date(2026, 11, 28))
    assert is_weekend(date(2026, 11, 29))
    assert not is_weekend(date(2026, 11, 30))  # Monday


def test_r6_add_working_days_across_a_weekend() -> None:
    assert add_working_days(date(2026, 1, 9), 1) == date(2026, 1, 12)  # Fri -> Mon
    assert add_working_days(date(2026, 1, 10), 1) == date(2026, 1, 12)  # Sat -> Mon
    assert add_working_days(date(2026, 1, 8), 3) == date(2026, 1, 13)


def test_r6_add_working_days_across_holidays() -> None:
    # Thu 30 Apr 2026 -> Fri 1 May (holiday) and the weekend skipped -> Mon 4 May.
    assert add_working_days(date(2026, 4, 30), 1) == date(2026, 5, 4)
    # Thu 24 Dec 2026 -> Fri 25 Dec skipped -> Mon 28 Dec.
    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 28)
    # Thu 31 Dec 2026 -> Fri 1 Jan 2027 skipped -> Mon 4 Jan 2027.
    assert add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)


def test_r6_add_working_days_zero_returns_the_day_itself() -> None:
    for day in (date(2026, 1, 5), date(2026, 1, 10), date(2026, 5, 1)):
        assert add_working_days(day, 0) == day


def test_r6_add_working_days_negative_counts_backwards() -> None:
    assert add_working_days(date(2026, 5, 4), -1) == date(2026, 4, 30)
    assert add_working_days(date(2026, 1, 12), -1) == date(2026, 1, 9)


def test_r6_add_working_days_uses_the_zone() -> None:
    # Thu 2 Apr 2026 -> Fri 3 Apr in metropolitan France, Tue 7 Apr in Moselle
    # (Good Friday, weekend, Easter Monday).
    assert add_working_days(date(2026, 4, 2), 1) == date(2026, 4, 3)
    assert add_working_days(date(2026, 4, 2), 1, "57") == date(2026, 4, 7)


def test_r6_good_friday_and_26_december_are_holidays_in_57_only() -> None:
    good_friday = date(2025, 4, 18)
    st_stephen = date(2025, 12, 26)  # a Friday in 2025
    for day in (good_friday, st_stephen):
        assert is_working_day(day)
        assert holiday_name(day) is None
        assert not is_working_day(day, "57")
        assert not is_working_day(day, "6AE")
    assert holiday_name(good_friday, "57") == "Vendredi saint"
    assert holiday_name(st_stephen, "57") == "Saint-Étienne"


def test_r6_moselle_has_the_metropolitan_holidays_plus_two() -> None:
    metro = holidays_in_year(2026)
    moselle = holidays_in_year(2026, "57")
    assert set(metro) < set(moselle)
    assert set(moselle) - set(metro) == {date(2026, 4, 3), date(2026, 12, 26)}
    assert len(metro) == 11


def test_r6_metropolitan_holidays_2026() -> None:
    assert set(holidays_in_year(2026)) == {
        date(2026, 1, 1),
        date(2026, 4, 6),
        date(2026, 5, 1),
        date(2026, 5, 8),
        date(2026, 5, 14),
        date(2026, 5, 25),
        date(2026, 7, 14),
        date(2026, 8, 15),
        date(2026, 11, 1),
        date(2026, 11, 11),
        date(2026, 12, 25),
    }


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2026, 1, 1), "Jour de l'an"),
        (date(2026, 4, 6), "Lundi de Pâques"),
        (date(2026, 5, 1), "Fête du Travail"),
        (date(2026, 5, 8), "Fête de la Victoire"),
        (date(2026, 5, 14), "Ascension"),
        (date(2026, 5, 25), "Lundi de Pentecôte"),
        (date(2026, 7, 14), "Fête nationale"),
        (date(2026, 8, 15), "Assomption"),
        (date(2026, 11, 1), "Toussaint"),
        (date(2026, 11, 11), "Armistice"),
        (date(2026, 12, 25), "Noël"),
    ],
)
def test_r6_holiday_name_is_french(day: date, name: str) -> None:
    assert holiday_name(day) == name
    assert not is_working_day(day)


def test_r6_holiday_name_in_english_on_request() -> None:
    assert holiday_name(date(2026, 7, 14), language="en") == "National Day"
    assert holiday_name(date(2026, 12, 25), language="en") == "Christmas Day"


def test_r6_holiday_name_is_none_on_an_ordinary_day() -> None:
    assert holiday_name(date(2026, 11, 30)) is None
    assert is_working_day(date(2026, 11, 30))


def test_r6_overseas_zone_has_its_own_holidays() -> None:
    # Guadeloupe: abolition of slavery on 27 May.
    assert holiday_name(date(2026, 5, 27), "971") == "Abolition de l'esclavage"
    assert holiday_name(date(2026, 5, 27)) is None
    assert not is_working_day(date(2026, 5, 27), "971")


def test_r6_known_zones() -> None:
    assert None in HOLIDAY_ZONES
    assert {"57", "6AE", "971", "972", "973", "974", "976"} <= set(HOLIDAY_ZONES)
    for zone in HOLIDAY_ZONES:
        assert check_zone(zone) == zone


@pytest.mark.parametrize("zone", ["99", "75", "", "FR", "moselle"])
def test_r6_unknown_zone_raises_value_error(zone: str) -> None:
    with pytest.raises(ValueError, match="Unknown holiday zone") as info:
        check_zone(zone)
    assert isinstance(info.value, DomainError)
    with pytest.raises(ValueError, match="zone"):
        holiday_name(date(2026, 1, 1), zone)
    with pytest.raises(ValueError, match="zone"):
        is_working_day(date(2026, 1, 5), zone)
    with pytest.raises(ValueError, match="zone"):
        holidays_in_year(2026, zone)
    with pytest.raises(ValueError, match="zone"):
        count_working_days(date(2026, 1, 1), date(2026, 12, 31), zone)
    with pytest.raises(ValueError, match="zone"):
        add_working_days(date(2026, 1, 5), 1, zone)


def test_r6_month_grid_november_2026_starts_on_monday_with_iso_weeks() -> None:
    grid = month_grid(2026, 11)
    # 1 Nov 2026 is a Sunday; 30 Nov a Monday: six rows, ISO weeks 44 to 49.
    assert [week.iso_week for week in grid] == [44, 45, 46, 47, 48, 49]
    assert grid[0].days == (None, None, None, None, None, None, date(2026, 11, 1))
    assert grid[1].days[0] == date(2026, 11, 2)
    assert grid[-1].days == (date(2026, 11, 30), None, None, None, None, None, None)
    for week in grid:
        assert len(week.days) == 7
        for position, day in enumerate(week.days):
            if day is not None:
                assert day.weekday() == position
                assert day.isocalendar().week == week.iso_week
    listed = [day for week in grid for day in week.days if day is not None]
    assert listed == list(days_of_month(2026, 11))


def test_r6_month_grid_uses_iso_week_53_and_week_1_across_years() -> None:
    # Fri 1 Jan 2027 is in ISO week 53 of 2026; Mon 29 Dec 2025 is in ISO week 1 of 2026.
    january = month_grid(2027, 1)
    assert january[0].iso_week == 53
    first_row = (None, None, None, None, date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3))
    assert january[0].days == first_row
    assert january[1].iso_week == 1
    assert month_grid(2025, 12)[-1].iso_week == 1


def test_r6_month_grid_of_a_month_starting_on_monday_has_no_leading_blank() -> None:
    # February 2027 starts on a Monday and has exactly four weeks.
    grid = month_grid(2027, 2)
    assert len(grid) == 4
    assert grid[0].days[0] == date(2027, 2, 1)
    assert grid[-1].days[-1] == date(2027, 2, 28)


def test_r6_month_bounds() -> None:
    assert month_bounds(2026, 2) == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_bounds(2028, 2) == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_bounds(2026, 12) == (date(2026, 12, 1), date(2026, 12, 31))


@pytest.mark.parametrize("month", [0, 13, -1])
def test_r6_month_out_of_range_raises_value_error(month: int) -> None:
    with pytest.raises(ValueError, match="month"):
        month_bounds(2026, month)
    with pytest.raises(ValueError, match="month"):
        month_grid(2026, month)
