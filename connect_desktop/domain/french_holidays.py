"""Public holidays of France by zone, with French and English names (R6).

The table is computed from the rules themselves: Easter by the Gregorian computus, the
feasts that move with it, the fixed dates of the Code du travail (art. L3133-1), and what
Alsace-Moselle and the overseas departments add. Zones are ISO 3166-2:FR codes: ``None``
for metropolitan France, "57" Moselle, "6AE" Alsace, "971" Guadeloupe, "972" Martinique,
"973" Guyane, "974" La Réunion, "976" Mayotte.

The rules are those in force since 1984, when the last of them (the overseas
abolition-of-slavery days) took effect; the app never looks further back than that.
Standard library only, so that start-up does not pay for a holidays library.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

LANGUAGES = ("fr", "en")

# Holidays falling on the same day share it: their names are joined in alphabetical order.
COINCIDING_NAMES_SEPARATOR = "; "


def easter_sunday(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (Meeus/Jones/Butcher computus).

    Easter is the first Sunday after the ecclesiastical full moon on or after 21 March.
    """
    golden_number_index = year % 19  # position in the 19-year Metonic cycle of moons
    century, year_in_century = divmod(year, 100)
    leap_centuries, century_remainder = divmod(century, 4)
    # Solar correction: century years not divisible by 400 drop a leap day
    # (century - leap_centuries). Lunar correction: the Metonic cycle runs ahead of the
    # moon by eight days in 2,500 years.
    lunar_drift_period = (century + 8) // 25
    lunar_correction = (century - lunar_drift_period + 1) // 3
    # Days from 21 March to the paschal full moon.
    full_moon_offset = (
        19 * golden_number_index + century - leap_centuries - lunar_correction + 15
    ) % 30
    leap_years_in_century, year_in_leap_cycle = divmod(year_in_century, 4)
    # Days from the full moon to the following Sunday, found from the weekday of 21 March.
    days_to_sunday = (
        32
        + 2 * century_remainder
        + 2 * leap_years_in_century
        - full_moon_offset
        - year_in_leap_cycle
    ) % 7
    # Exceptions of the Gregorian tables so that Easter never falls after 25 April.
    late_moon_shift = (golden_number_index + 11 * full_moon_offset + 22 * days_to_sunday) // 451
    days_after_march_22 = full_moon_offset + days_to_sunday - 7 * late_moon_shift
    return date(year, 3, 22) + timedelta(days=days_after_march_22)


@dataclass(frozen=True, slots=True)
class HolidayRule:
    """One public holiday: its names and how its date is found.

    Exactly one of ``fixed_date`` (month, day) and ``days_after_easter`` is set.
    ``first_year`` is the first year the holiday applies; ``skipped_years`` are years
    in which the law made it an ordinary working day.
    """

    french_name: str
    english_name: str
    fixed_date: tuple[int, int] | None = None
    days_after_easter: int | None = None
    first_year: int | None = None
    skipped_years: frozenset[int] = frozenset()

    def date_in(self, year: int, easter: date) -> date | None:
        """The holiday's date in ``year`` (Easter Sunday given), or ``None`` if not kept."""
        if self.first_year is not None and year < self.first_year:
            return None
        if year in self.skipped_years:
            return None
        if self.fixed_date is not None:
            month, day = self.fixed_date
            return date(year, month, day)
        assert self.days_after_easter is not None
        return easter + timedelta(days=self.days_after_easter)

    def name(self, language: str) -> str:
        return self.english_name if language == "en" else self.french_name


# Code du travail, art. L3133-1: the public holidays of the whole country.
NATIONAL_HOLIDAYS: tuple[HolidayRule, ...] = (
    HolidayRule("Jour de l'an", "New Year's Day", fixed_date=(1, 1)),
    HolidayRule("Lundi de Pâques", "Easter Monday", days_after_easter=1),
    HolidayRule("Fête du Travail", "Labor Day", fixed_date=(5, 1)),
    # Restored as a public holiday by loi n° 81-893 du 2 octobre 1981.
    HolidayRule("Fête de la Victoire", "Victory Day", fixed_date=(5, 8), first_year=1982),
    HolidayRule("Ascension", "Ascension Day", days_after_easter=39),
    # Loi n° 2004-626 du 30 juin 2004 made Pentecost Monday the default "journée de
    # solidarité", worked unpaid wherever no agreement chose another day; loi n° 2008-351
    # du 16 avril 2008 took that default away. In 2005-2007 it was a working day by default.
    HolidayRule(
        "Lundi de Pentecôte",
        "Pentecost Monday",
        days_after_easter=50,
        skipped_years=frozenset({2005, 2006, 2007}),
    ),
    HolidayRule("Fête nationale", "National Day", fixed_date=(7, 14)),
    HolidayRule("Assomption", "Assumption Day", fixed_date=(8, 15)),
    HolidayRule("Toussaint", "All Saints' Day", fixed_date=(11, 1)),
    HolidayRule("Armistice", "Armistice Day", fixed_date=(11, 11)),
    HolidayRule("Noël", "Christmas Day", fixed_date=(12, 25)),
)

# Local law of Alsace-Moselle, kept from the German period (Code du travail, art. L3134-13).
_ALSACE_MOSELLE = (
    HolidayRule("Vendredi saint", "Good Friday", days_after_easter=-2),
    HolidayRule("Saint-Étienne", "Saint Stephen's Day", fixed_date=(12, 26)),
)


def _abolition_of_slavery(month: int, day: int, first_year: int) -> HolidayRule:
    """Loi n° 83-550 du 30 juin 1983; each department's date set by décret n° 83-1003 du
    23 novembre 1983. Dates already past when the decree came out start the next year."""
    return HolidayRule(
        "Abolition de l'esclavage",
        "Abolition of Slavery",
        fixed_date=(month, day),
        first_year=first_year,
    )


_VICTOR_SCHOELCHER_DAY = HolidayRule(
    "Fête de Victor Schoelcher", "Victor Schoelcher Day", fixed_date=(7, 21)
)

# What each zone adds to the national holidays. The overseas days other than the
# abolition of slavery are local customary holidays, kept there every year.
ZONE_HOLIDAYS: dict[str | None, tuple[HolidayRule, ...]] = {
    None: (),
    "57": _ALSACE_MOSELLE,
    "6AE": _ALSACE_MOSELLE,
    "971": (
        HolidayRule("Vendredi saint", "Good Friday", days_after_easter=-2),
        # Mid-Lent: Thursday of the third week of Lent, 24 days before Easter.
        HolidayRule("Mi-Carême", "Mi-Careme", days_after_easter=-24),
        _abolition_of_slavery(5, 27, first_year=1984),
        _VICTOR_SCHOELCHER_DAY,
    ),
    "972": (_abolition_of_slavery(5, 22, first_year=1984), _VICTOR_SCHOELCHER_DAY),
    "973": (_abolition_of_slavery(6, 10, first_year=1984),),
    "974": (_abolition_of_slavery(12, 20, first_year=1983),),
    "976": (_abolition_of_slavery(4, 27, first_year=1984),),
}


def public_holidays(year: int, zone: str | None = None, language: str = "fr") -> dict[date, str]:
    """The public holidays of ``year`` in ``zone``, by date, named in ``language``.

    ``language`` is "fr" or "en". Holidays that fall on the same day are one entry whose
    name joins theirs (for example "Ascension; Fête du Travail" in 2008).
    """
    if zone not in ZONE_HOLIDAYS:
        raise ValueError(f"Unknown French holiday zone {zone!r}.")
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}; use one of {LANGUAGES}.")
    easter = easter_sunday(year)
    names_by_date: dict[date, list[str]] = {}
    for rule in NATIONAL_HOLIDAYS + ZONE_HOLIDAYS[zone]:
        day = rule.date_in(year, easter)
        if day is not None:
            names_by_date.setdefault(day, []).append(rule.name(language))
    return {
        day: COINCIDING_NAMES_SEPARATOR.join(sorted(names_by_date[day]))
        for day in sorted(names_by_date)
    }
