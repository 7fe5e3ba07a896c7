"""R4: amounts of a CRA under each option, ROUND_HALF_UP at the cent, bad input."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

import pytest

from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.money import CENT
from connect_desktop.domain.payment import (
    DEFAULT_VAT_RATE,
    IMMEDIATE_FEE_PER_DAY,
    PaymentOption,
    Quote,
    compute_fee,
    quote,
)

P = PaymentOption
START = date(2026, 11, 2)


def _quote(option: PaymentOption, rate: str, days: str, **kwargs: object) -> Quote:
    return quote(
        option,
        daily_rate=Decimal(rate),
        days=Decimal(days),
        clock_start=START,
        **kwargs,  # type: ignore[arg-type]
    )


def _amounts(q: Quote) -> tuple[Decimal, ...]:
    return (q.amount_ht, q.vat, q.amount_ttc, q.fee, q.net)


def test_r4_express_fee_on_18_5_days_at_600() -> None:
    q = _quote(P.EXPRESS, "600", "18.5")
    assert q.amount_ht == Decimal("11100.00")
    assert q.vat == Decimal("2220.00")
    assert q.amount_ttc == Decimal("13320.00")
    assert q.fee == Decimal("277.50")
    assert q.net == Decimal("13042.50")
    assert q.vat_rate == Decimal("0.20")


def test_r4_flash_fee_is_5_percent_of_rate_per_day_on_18_5_days_at_600() -> None:
    q = _quote(P.FLASH, "600", "18.5")
    assert _amounts(q) == (
        Decimal("11100.00"),
        Decimal("2220.00"),
        Decimal("13320.00"),
        Decimal("555.00"),
        Decimal("12765.00"),
    )


@pytest.mark.parametrize("option", [P.BASIC, P.ON_CLIENT_PAYMENT])
def test_r4_basic_and_on_client_payment_have_no_fee(option: PaymentOption) -> None:
    q = _quote(option, "600", "18.5")
    assert q.fee == Decimal("0.00")
    assert q.net == q.amount_ttc == Decimal("13320.00")


def test_r4_immediate_fee_is_20_eur_per_day_billed() -> None:
    assert Decimal("20.00") == IMMEDIATE_FEE_PER_DAY
    q = _quote(P.IMMEDIATE, "600", "18.5")
    assert q.fee == Decimal("370.00")
    assert q.net == Decimal("12950.00")
    # The fee does not depend on the daily rate.
    assert _quote(P.IMMEDIATE, "350", "18.5").fee == Decimal("370.00")
    assert _quote(P.IMMEDIATE, "600", "0.5").fee == Decimal("10.00")


def test_r4_default_vat_rate_is_20_percent() -> None:
    assert Decimal("0.20") == DEFAULT_VAT_RATE
    assert _quote(P.BASIC, "500", "1").vat == Decimal("100.00")


def test_r4_vat_franchise_rate_0_gives_no_vat() -> None:
    q = _quote(P.EXPRESS, "600", "18.5", vat_rate=Decimal(0))
    assert q.vat == Decimal("0.00")
    assert q.amount_ttc == q.amount_ht == Decimal("11100.00")
    # The fee is on the HT rate whatever the VAT.
    assert q.fee == Decimal("277.50")
    assert q.net == Decimal("10822.50")


def test_r4_fee_is_on_the_ht_rate_and_not_on_vat() -> None:
    at_20 = _quote(P.FLASH, "600", "10")
    at_10 = _quote(P.FLASH, "600", "10", vat_rate=Decimal("0.10"))
    assert at_20.fee == at_10.fee == Decimal("300.00")
    assert at_20.net == Decimal("7200.00") - Decimal("300.00")
    assert at_10.net == Decimal("6600.00") - Decimal("300.00")


def test_r4_zero_days_quote_is_all_zero() -> None:
    for option in PaymentOption:
        q = _quote(option, "600", "0")
        assert _amounts(q) == (Decimal("0.00"),) * 5


# --- ROUND_HALF_UP at the cent, at each named amount -----------------------------------


def test_r4_amount_ht_rounds_half_up_on_333_33_for_half_a_day() -> None:
    # 333.33 * 0.5 = 166.665: half-up gives 166.67, banker's rounding would give 166.66.
    assert Decimal("166.665").quantize(CENT, rounding=ROUND_HALF_EVEN) == Decimal("166.66")
    q = _quote(P.BASIC, "333.33", "0.5")
    assert q.amount_ht == Decimal("166.67")
    # VAT on the rounded HT: 166.67 * 0.2 = 33.334 -> 33.33.
    assert q.vat == Decimal("33.33")
    assert q.amount_ttc == Decimal("200.00")


def test_r4_vat_rounds_half_up_on_an_amount_ending_in_5_thousandths() -> None:
    # HT 333.30 * 0.5 = 166.65; VAT 10 % = 16.665 -> 16.67 (banker's: 16.66).
    assert Decimal("16.665").quantize(CENT, rounding=ROUND_HALF_EVEN) == Decimal("16.66")
    q = _quote(P.BASIC, "333.30", "0.5", vat_rate=Decimal("0.10"))
    assert q.amount_ht == Decimal("166.65")
    assert q.vat == Decimal("16.67")
    assert q.amount_ttc == Decimal("183.32")


def test_r4_vat_at_5_5_percent_rounds_half_up() -> None:
    # HT 3.00 * 0.055 = 0.165 -> 0.17 (banker's: 0.16).
    assert Decimal("0.165").quantize(CENT, rounding=ROUND_HALF_EVEN) == Decimal("0.16")
    q = _quote(P.BASIC, "3.00", "1", vat_rate=Decimal("0.055"))
    assert q.vat == Decimal("0.17")
    assert q.amount_ttc == Decimal("3.17")


def test_r4_express_fee_rounds_half_up() -> None:
    # 0.025 * 5.00 * 1 = 0.125 -> 0.13 (banker's: 0.12).
    assert Decimal("0.125").quantize(CENT, rounding=ROUND_HALF_EVEN) == Decimal("0.12")
    q = _quote(P.EXPRESS, "5.00", "1")
    assert q.fee == Decimal("0.13")
    assert q.net == Decimal("6.00") - Decimal("0.13")
    # 0.025 * 333.33 * 0.5 = 4.166625 -> 4.17
    assert compute_fee(P.EXPRESS, Decimal("333.33"), Decimal("0.5")) == Decimal("4.17")


def test_r4_flash_fee_rounds_half_up() -> None:
    # 0.05 * 1.00 * 0.5 = 0.025 -> 0.03 (banker's: 0.02).
    assert compute_fee(P.FLASH, Decimal("1.00"), Decimal("0.5")) == Decimal("0.03")


def test_r4_all_amounts_have_two_decimal_places() -> None:
    for option in PaymentOption:
        for rate, days in [("600", "18.5"), ("333.33", "0.5"), ("1", "1"), ("750.5", "20")]:
            q = _quote(option, rate, days)
            for amount in _amounts(q):
                assert isinstance(amount, Decimal)
                assert amount.as_tuple().exponent == -2, (option, rate, days, amount)


def test_r4_net_is_ttc_minus_fee_and_ttc_is_ht_plus_vat() -> None:
    for option in PaymentOption:
        q = _quote(option, "487.35", "17.5", vat_rate=Decimal("0.055"))
        assert q.amount_ttc == q.amount_ht + q.vat
        assert q.net == q.amount_ttc - q.fee


def test_r4_quote_keeps_its_inputs() -> None:
    q = _quote(P.EXPRESS, "600", "18.5")
    assert q.option is P.EXPRESS
    assert q.daily_rate == Decimal(600)
    assert q.days == Decimal("18.5")
    assert q.clock_start == START


def test_r4_quote_reads_amounts_given_as_text() -> None:
    q = quote(
        P.EXPRESS,
        daily_rate="600,00",  # type: ignore[arg-type]
        days="18,5",  # type: ignore[arg-type]
        clock_start=START,
    )
    assert q.net == Decimal("13042.50")


# --- bad input --------------------------------------------------------------------------


@pytest.mark.parametrize("rate", ["0", "0.00", "-1", "-600"])
def test_r4_daily_rate_zero_or_negative_raises_value_error(rate: str) -> None:
    with pytest.raises(ValueError, match="daily rate") as info:
        _quote(P.BASIC, rate, "1")
    assert isinstance(info.value, DomainError)


@pytest.mark.parametrize("days", ["-0.5", "-1"])
def test_r4_negative_days_raise_value_error(days: str) -> None:
    with pytest.raises(ValueError, match="negative"):
        _quote(P.BASIC, "600", days)


@pytest.mark.parametrize("days", ["0.3", "1.25", "18.51"])
def test_r4_days_not_a_multiple_of_half_a_day_raise_value_error(days: str) -> None:
    with pytest.raises(ValueError, match=r"0\.5"):
        _quote(P.BASIC, "600", days)


@pytest.mark.parametrize("vat_rate", ["1", "1.2", "-0.1", "20"])
def test_r4_vat_rate_outside_0_1_raises_value_error(vat_rate: str) -> None:
    with pytest.raises(ValueError, match="VAT"):
        _quote(P.BASIC, "600", "1", vat_rate=Decimal(vat_rate))


def test_r4_float_rate_or_days_raise_type_error() -> None:
    with pytest.raises(TypeError, match="float"):
        quote(P.BASIC, daily_rate=600.0, days=Decimal(1), clock_start=START)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="float"):
        quote(P.BASIC, daily_rate=Decimal(600), days=0.5, clock_start=START)  # type: ignore[arg-type]


def test_r4_unknown_zone_raises_value_error() -> None:
    with pytest.raises(ValueError, match="zone"):
        _quote(P.BASIC, "600", "1", zone="99")


@pytest.mark.parametrize(
    ("rate", "days"),
    [("NaN", "1"), ("Infinity", "1"), ("600", "Infinity"), ("600", "NaN")],
)
def test_r4_non_finite_decimal_input_raises_value_error(rate: str, days: str) -> None:
    # Text "NaN" / "Infinity" is refused by to_decimal with ValueError; the same values
    # passed as Decimal must be refused the same way (DomainError is a ValueError so that
    # callers validating input catch one type), not escape as decimal.InvalidOperation.
    with pytest.raises(ValueError, match=r"."):
        _quote(P.BASIC, rate, days)
