"""R4 money helpers: Decimal only, ROUND_HALF_UP at the cent, integer cents, French display."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from connect_desktop.domain.money import (
    days_to_halves,
    format_date,
    format_days,
    format_money,
    format_percent,
    from_cents,
    halves_to_days,
    round_money,
    to_cents,
    to_decimal,
)


def test_r4_to_decimal_refuses_float_with_type_error() -> None:
    with pytest.raises(TypeError, match="never a float"):
        to_decimal(0.1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("600", Decimal("600")),
        ("18,5", Decimal("18.5")),
        ("1 234,5", Decimal("1234.5")),
        ("1\u202f234,56\xa0€", Decimal("1234.56")),
        ("  42.10 € ", Decimal("42.10")),
        ("-5,00", Decimal("-5.00")),
    ],
)
def test_r4_to_decimal_reads_french_text(text: str, expected: Decimal) -> None:
    assert to_decimal(text) == expected


def test_r4_to_decimal_keeps_decimal_and_int() -> None:
    value = Decimal("12.345")
    assert to_decimal(value) is value
    assert to_decimal(7) == Decimal(7)


@pytest.mark.parametrize("text", ["", "abc", "12,3,4", "NaN", "Infinity", "-inf", "1e"])
def test_r4_to_decimal_refuses_text_that_is_not_an_amount(text: str) -> None:
    with pytest.raises(ValueError, match="not an amount"):
        to_decimal(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),
        ("0.004", "0.00"),
        ("2.675", "2.68"),
        ("166.665", "166.67"),
        ("-0.005", "-0.01"),
        ("-2.675", "-2.68"),
        ("10", "10.00"),
    ],
)
def test_r4_round_money_is_half_up_away_from_zero(value: str, expected: str) -> None:
    result = round_money(Decimal(value))
    assert result == Decimal(expected)
    assert result.as_tuple().exponent == -2


def test_r4_to_cents_from_cents_round_trip() -> None:
    assert to_cents(Decimal("13042.50")) == 1304250
    assert from_cents(1304250) == Decimal("13042.50")
    for cents in [0, 1, -1, 99, 100, 1304250, -1304250, 10**15]:
        amount = from_cents(cents)
        assert amount.as_tuple().exponent == -2
        assert to_cents(amount) == cents
    assert type(to_cents(Decimal("1.00"))) is int


def test_r4_to_cents_rounds_half_up_first() -> None:
    assert to_cents(Decimal("0.005")) == 1
    assert to_cents(Decimal("-0.005")) == -1
    assert to_cents(Decimal("166.665")) == 16667
    assert to_cents("1 234,56") == 123456
    assert to_cents(3) == 300


def test_r4_to_cents_refuses_float() -> None:
    with pytest.raises(TypeError):
        to_cents(1.5)  # type: ignore[arg-type]


def test_r4_days_to_halves_and_back() -> None:
    assert days_to_halves(Decimal("18.5")) == 37
    assert days_to_halves("0,5") == 1
    assert days_to_halves(0) == 0
    assert days_to_halves(20) == 40
    assert halves_to_days(37) == Decimal("18.5")
    assert halves_to_days(0) == Decimal("0.0")
    assert halves_to_days(40).as_tuple().exponent == -1


@pytest.mark.parametrize("days", ["0.3", "1.25", "0.1"])
def test_r4_days_to_halves_refuses_anything_finer_than_half_a_day(days: str) -> None:
    with pytest.raises(ValueError, match="half a day"):
        days_to_halves(Decimal(days))


def test_r4_format_money_in_french_uses_narrow_nbsp_thousands_and_nbsp_before_euro() -> None:
    assert format_money(Decimal("1234.56")) == "1\u202f234,56\xa0€"
    assert format_money(Decimal("13042.50"), "fr_FR") == "13\u202f042,50\xa0€"
    assert format_money(Decimal("0.00")) == "0,00\xa0€"
    assert format_money(Decimal("-5")) == "-5,00\xa0€"


def test_r4_format_money_in_english() -> None:
    assert format_money(Decimal("1234.56"), "en_US") == "€1,234.56"


def test_r4_format_money_reads_back_with_to_decimal() -> None:
    for amount in ["1234.56", "0.01", "-5.00", "1000000.00"]:
        assert to_decimal(format_money(Decimal(amount))) == Decimal(amount)


def test_r4_format_date_is_dd_mm_yyyy_in_french() -> None:
    assert format_date(date(2026, 11, 28)) == "28/11/2026"
    assert format_date(date(2027, 1, 4), "fr_FR") == "04/01/2027"


def test_r4_format_date_in_english_is_medium() -> None:
    assert format_date(date(2026, 11, 28), "en_US") == "Nov 28, 2026"


def test_r4_format_days_drops_trailing_zero() -> None:
    assert format_days(Decimal("18.5")) == "18,5"
    assert format_days(Decimal("20.0")) == "20"
    assert format_days(Decimal("0.5")) == "0,5"


def test_r2_format_percent_of_fees_and_annual_rates() -> None:
    assert format_percent(Decimal("0.025")) == "2,5\xa0%"
    assert format_percent(Decimal("0.05")) == "5\xa0%"
    assert format_percent(Decimal("0.3042")) == "30,4\xa0%"
    assert format_percent(Decimal("0.025"), "en_US") == "2.5%"
