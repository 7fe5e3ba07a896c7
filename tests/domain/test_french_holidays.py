"""R6: French public holidays computed from the rules, checked against the ``holidays`` package."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from connect_desktop.domain.calendar import HOLIDAY_ZONES
from connect_desktop.domain.french_holidays import easter_sunday, public_holidays

# The years the app shows: 20 years of history and a few years ahead, with margin.
CHECKED_YEARS = range(1990, 2061)
# Our language codes and the package's.
PACKAGE_LANGUAGES = {"fr": "fr", "en": "en_US"}


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (1990, date(1990, 4, 15)),
        (2000, date(2000, 4, 23)),
        (2008, date(2008, 3, 23)),  # early: Ascension falls on 1 May
        (2011, date(2011, 4, 24)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),  # the latest date Easter can fall on
        (2285, date(2285, 3, 22)),  # the earliest
        (1981, date(1981, 4, 19)),  # one of the two corrections for a late full moon
        (1954, date(1954, 4, 18)),  # the other
    ],
)
def test_easter_sunday_of_known_years(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_easter_is_always_a_sunday_between_22_march_and_25_april() -> None:
    for year in range(1583, 4000):
        easter = easter_sunday(year)
        assert easter.weekday() == 6
        assert date(year, 3, 22) <= easter <= date(year, 4, 25)


def test_well_known_dates_of_2026() -> None:
    table = public_holidays(2026)
    assert table[date(2026, 4, 6)] == "Lundi de Pâques"
    assert table[date(2026, 5, 14)] == "Ascension"
    assert table[date(2026, 5, 25)] == "Lundi de Pentecôte"
    assert len(table) == 11


def test_english_names() -> None:
    table = public_holidays(2026, "57", "en")
    assert table[date(2026, 4, 3)] == "Good Friday"
    assert table[date(2026, 5, 25)] == "Pentecost Monday"
    assert table[date(2026, 12, 26)] == "Saint Stephen's Day"


def test_alsace_moselle_adds_good_friday_and_saint_stephen() -> None:
    for zone in ("57", "6AE"):
        extra = public_holidays(2026, zone).keys() - public_holidays(2026).keys()
        assert extra == {date(2026, 4, 3), date(2026, 12, 26)}


@pytest.mark.parametrize(
    ("zone", "abolition_day"),
    [
        ("971", date(2026, 5, 27)),
        ("972", date(2026, 5, 22)),
        ("973", date(2026, 6, 10)),
        ("974", date(2026, 12, 20)),
        ("976", date(2026, 4, 27)),
    ],
)
def test_each_overseas_department_has_its_abolition_of_slavery_day(
    zone: str, abolition_day: date
) -> None:
    assert public_holidays(2026, zone)[abolition_day] == "Abolition de l'esclavage"


def test_guadeloupe_has_mid_lent_and_victor_schoelcher_day() -> None:
    table = public_holidays(2026, "971")
    assert table[date(2026, 3, 12)] == "Mi-Carême"
    assert table[date(2026, 7, 21)] == "Fête de Victor Schoelcher"


def test_coinciding_holidays_share_one_day_with_both_names() -> None:
    assert public_holidays(2008)[date(2008, 5, 1)] == "Ascension; Fête du Travail"
    assert public_holidays(2008, language="en")[date(2008, 5, 1)] == "Ascension Day; Labor Day"


def test_pentecost_monday_was_a_working_day_by_default_from_2005_to_2007() -> None:
    for year in (2005, 2006, 2007):
        assert "Lundi de Pentecôte" not in public_holidays(year).values()
    assert date(2008, 5, 12) in public_holidays(2008)
    assert date(2004, 5, 31) in public_holidays(2004)


def test_unknown_zone_or_language_is_refused() -> None:
    with pytest.raises(ValueError, match="zone"):
        public_holidays(2026, "75")
    with pytest.raises(ValueError, match="language"):
        public_holidays(2026, None, "de")


@pytest.mark.parametrize("zone", list(HOLIDAY_ZONES))
@pytest.mark.parametrize("language", list(PACKAGE_LANGUAGES))
def test_table_equals_the_holidays_package(zone: str | None, language: str) -> None:
    for year in CHECKED_YEARS:
        expected = holidays.country_holidays(
            "FR", subdiv=zone, years=year, language=PACKAGE_LANGUAGES[language]
        )
        assert public_holidays(year, zone, language) == dict(expected.items()), (zone, year)
