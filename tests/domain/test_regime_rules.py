"""R1 (regime from signature date and residence) and R2 (options of each regime)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.payment import (
    OPTION_TERMS,
    PREDICTABLE_FROM,
    PaymentOption,
    Regime,
    RegimeReason,
    days_sooner_than_basic,
    default_option,
    equivalent_annual_rate,
    options_for,
    quote,
    regime_for,
    regime_of,
    regime_reason,
)

P = PaymentOption
CUTOFF_EVE = date(2025, 4, 27)
CUTOFF = date(2025, 4, 28)


# --- R1 ---------------------------------------------------------------------------------


def test_r1_cutoff_is_28_april_2025() -> None:
    assert date(2025, 4, 28) == PREDICTABLE_FROM


def test_r1_signed_on_cutoff_in_france_is_predictable() -> None:
    assert regime_for(CUTOFF, based_in_france=True) is Regime.PREDICTABLE
    assert regime_reason(CUTOFF, based_in_france=True) is RegimeReason.SIGNED_FROM_CUTOFF_IN_FRANCE


def test_r1_signed_the_day_before_cutoff_in_france_is_legacy() -> None:
    assert regime_for(CUTOFF_EVE, based_in_france=True) is Regime.LEGACY
    assert regime_reason(CUTOFF_EVE, based_in_france=True) is RegimeReason.SIGNED_BEFORE_CUTOFF


def test_r1_signed_on_cutoff_outside_france_is_legacy_because_not_based_in_france() -> None:
    assert regime_for(CUTOFF, based_in_france=False) is Regime.LEGACY
    assert regime_reason(CUTOFF, based_in_france=False) is RegimeReason.NOT_BASED_IN_FRANCE


def test_r1_signed_before_cutoff_outside_france_gives_the_date_as_reason() -> None:
    # Both reasons apply; the date comes first (it would make the mission legacy anyway).
    assert regime_for(CUTOFF_EVE, based_in_france=False) is Regime.LEGACY
    assert regime_reason(CUTOFF_EVE, based_in_france=False) is RegimeReason.SIGNED_BEFORE_CUTOFF


@pytest.mark.parametrize(
    ("signed_on", "in_france", "regime", "reason"),
    [
        (date(2020, 1, 1), True, Regime.LEGACY, "SIGNED_BEFORE_CUTOFF"),
        (date(2025, 4, 27), True, Regime.LEGACY, "SIGNED_BEFORE_CUTOFF"),
        (date(2025, 4, 28), True, Regime.PREDICTABLE, "SIGNED_FROM_CUTOFF_IN_FRANCE"),
        (date(2026, 11, 28), True, Regime.PREDICTABLE, "SIGNED_FROM_CUTOFF_IN_FRANCE"),
        (date(2025, 4, 27), False, Regime.LEGACY, "SIGNED_BEFORE_CUTOFF"),
        (date(2025, 4, 28), False, Regime.LEGACY, "NOT_BASED_IN_FRANCE"),
        (date(2026, 11, 28), False, Regime.LEGACY, "NOT_BASED_IN_FRANCE"),
    ],
)
def test_r1_regime_and_reason_table(
    signed_on: date, in_france: bool, regime: Regime, reason: str
) -> None:
    assert regime_for(signed_on, in_france) is regime
    # The reason is stored and shown by the UI: its value is part of the contract.
    assert regime_reason(signed_on, in_france) == reason


def test_r1_regime_reason_values_are_stable_strings() -> None:
    assert {r.value for r in RegimeReason} == {
        "SIGNED_BEFORE_CUTOFF",
        "SIGNED_FROM_CUTOFF_IN_FRANCE",
        "NOT_BASED_IN_FRANCE",
    }
    assert {r.value for r in Regime} == {"PREDICTABLE", "LEGACY"}


# --- R2 ---------------------------------------------------------------------------------


def test_r2_predictable_options_are_basic_express_flash_with_basic_default() -> None:
    assert options_for(Regime.PREDICTABLE) == (P.BASIC, P.EXPRESS, P.FLASH)
    assert default_option(Regime.PREDICTABLE) is P.BASIC


def test_r2_legacy_options_are_on_client_payment_default_and_immediate() -> None:
    assert options_for(Regime.LEGACY) == (P.ON_CLIENT_PAYMENT, P.IMMEDIATE)
    assert default_option(Regime.LEGACY) is P.ON_CLIENT_PAYMENT


def test_r2_every_option_belongs_to_exactly_one_regime() -> None:
    predictable = set(options_for(Regime.PREDICTABLE))
    legacy = set(options_for(Regime.LEGACY))
    assert predictable.isdisjoint(legacy)
    assert predictable | legacy == set(PaymentOption)
    for option in predictable:
        assert regime_of(option) is Regime.PREDICTABLE
    for option in legacy:
        assert regime_of(option) is Regime.LEGACY


@pytest.mark.parametrize(
    ("option", "delay", "fee_rate", "fee_per_day"),
    [
        (P.BASIC, 60, Decimal(0), Decimal(0)),
        (P.EXPRESS, 30, Decimal("0.025"), Decimal(0)),
        (P.FLASH, 3, Decimal("0.05"), Decimal(0)),
        (P.ON_CLIENT_PAYMENT, None, Decimal(0), Decimal(0)),
        (P.IMMEDIATE, None, Decimal(0), Decimal(20)),
    ],
)
def test_r2_option_terms_table(
    option: PaymentOption, delay: int | None, fee_rate: Decimal, fee_per_day: Decimal
) -> None:
    terms = OPTION_TERMS[option]
    assert terms.option is option
    assert terms.delay_days == delay
    assert terms.fee_rate == fee_rate
    assert terms.fee_per_day == fee_per_day


@pytest.mark.parametrize(
    ("regime", "option"),
    [
        (Regime.LEGACY, P.BASIC),
        (Regime.LEGACY, P.EXPRESS),
        (Regime.LEGACY, P.FLASH),
        (Regime.PREDICTABLE, P.ON_CLIENT_PAYMENT),
        (Regime.PREDICTABLE, P.IMMEDIATE),
    ],
)
def test_r2_quote_with_an_option_of_the_other_regime_raises_readable_value_error(
    regime: Regime, option: PaymentOption
) -> None:
    with pytest.raises(ValueError, match=rf"{option.value}.*{regime.value}") as info:
        quote(
            option,
            daily_rate=Decimal(600),
            days=Decimal(1),
            clock_start=date(2026, 1, 5),
            regime=regime,
        )
    assert isinstance(info.value, DomainError)
    message = str(info.value)
    # The message tells the user which options they can choose instead.
    for allowed in options_for(regime):
        assert allowed.value in message
    assert "choose one of" in message


def test_r2_quote_with_an_option_of_the_same_regime_is_accepted() -> None:
    for regime in Regime:
        for option in options_for(regime):
            result = quote(
                option,
                daily_rate=Decimal(600),
                days=Decimal(1),
                clock_start=date(2026, 1, 5),
                regime=regime,
            )
            assert result.regime is regime


def test_r2_quote_accepts_regime_and_option_as_their_stored_strings() -> None:
    result = quote(
        "FLASH",  # type: ignore[arg-type]
        daily_rate=Decimal(600),
        days=Decimal(1),
        clock_start=date(2026, 1, 5),
        regime="PREDICTABLE",  # type: ignore[arg-type]
    )
    assert result.option is P.FLASH
    with pytest.raises(ValueError, match="LEGACY"):
        quote(
            "FLASH",  # type: ignore[arg-type]
            daily_rate=Decimal(600),
            days=Decimal(1),
            clock_start=date(2026, 1, 5),
            regime="LEGACY",  # type: ignore[arg-type]
        )


def test_r2_flash_equivalent_annual_rate_is_5_percent_for_57_days_sooner() -> None:
    assert days_sooner_than_basic(P.FLASH) == 57
    # 0.05 * 365 / 57 = 0.320175... -> 0.3202
    assert equivalent_annual_rate(P.FLASH) == Decimal("0.3202")


def test_r2_express_equivalent_annual_rate_is_2_5_percent_for_30_days_sooner() -> None:
    assert days_sooner_than_basic(P.EXPRESS) == 30
    # 0.025 * 365 / 30 = 0.304166... -> 0.3042
    assert equivalent_annual_rate(P.EXPRESS) == Decimal("0.3042")


@pytest.mark.parametrize("option", [P.BASIC, P.ON_CLIENT_PAYMENT, P.IMMEDIATE])
def test_r2_equivalent_annual_rate_is_none_for_basic_and_legacy(option: PaymentOption) -> None:
    assert equivalent_annual_rate(option) is None


def test_r2_days_sooner_than_basic_is_zero_for_basic_and_none_for_legacy() -> None:
    assert days_sooner_than_basic(P.BASIC) == 0
    assert days_sooner_than_basic(P.ON_CLIENT_PAYMENT) is None
    assert days_sooner_than_basic(P.IMMEDIATE) is None
