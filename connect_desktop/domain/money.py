"""Money as ``Decimal`` rounded to the cent, stored as integer cents, shown the French way."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
HALF_DAY = Decimal("0.5")
ZERO = Decimal("0.00")


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Read an amount given as ``Decimal``, ``int`` or text ("1 234,5" is accepted)."""
    if isinstance(value, float):
        raise TypeError("Money is never a float; pass a Decimal, an int or a string.")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not an amount.")
        return value
    text = value.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    text = text.replace("€", "").replace(",", ".")
    try:
        result = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not an amount.") from None
    if not result.is_finite():
        raise ValueError(f"{value!r} is not an amount.")
    return result


def round_money(value: Decimal | int | str) -> Decimal:
    """Round to the cent, half away from zero (ROUND_HALF_UP), as French invoices do."""
    return to_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(amount: Decimal | int | str) -> int:
    """Integer cents for the database; the amount is rounded to the cent first."""
    return int(round_money(amount) * 100)


def from_cents(cents: int) -> Decimal:
    """The ``Decimal`` amount for integer cents read from the database (two decimal
    places, as ``quantize(CENT)`` would give, without a division: lists call it a lot)."""
    return Decimal(cents).scaleb(-2)


def days_to_halves(days: Decimal | int | str) -> int:
    """Days billed as a count of half days (storage form); refuses anything finer."""
    value = to_decimal(days)
    halves = value * 2
    if halves != halves.to_integral_value():
        raise ValueError(f"{value} days is not a multiple of half a day.")
    return int(halves)


def halves_to_days(halves: int) -> Decimal:
    """Days as a ``Decimal`` with one decimal place, from a count of half days."""
    return (Decimal(halves) * HALF_DAY).quantize(Decimal("0.1"))


def format_money(amount: Decimal, locale: str = "fr_FR") -> str:
    """``1 234,56 €`` in French, ``€1,234.56`` in English."""
    from babel.numbers import format_currency

    return format_currency(amount, "EUR", locale=locale)


def format_whole_money(amount: Decimal, locale: str = "fr_FR") -> str:
    """``12 500 €``: rounded to the euro, for chart axes and headline figures."""
    from babel import Locale
    from babel.numbers import format_currency

    pattern = Locale.parse(locale).currency_formats["standard"].pattern.replace(".00", "")
    whole = to_decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return format_currency(whole, "EUR", format=pattern, locale=locale, currency_digits=False)


def format_days(days: Decimal, locale: str = "fr_FR") -> str:
    """``18,5`` or ``20`` (no trailing zero for whole days)."""
    from babel.numbers import format_decimal

    return format_decimal(days, format="#,##0.#", locale=locale)


def format_percent(rate: Decimal, locale: str = "fr_FR") -> str:
    """``2,5 %`` for 0.025, with the locale's own spacing; at most one decimal."""
    from babel.numbers import format_percent as babel_percent

    rounded = rate.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    return babel_percent(rounded, locale=locale, decimal_quantization=False)


def format_date(day: date, locale: str = "fr_FR") -> str:
    """``28/11/2026`` in French."""
    from babel.dates import format_date as babel_date

    return babel_date(day, format="short" if locale.startswith("fr") else "medium", locale=locale)
