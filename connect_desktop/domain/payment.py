"""Regimes, payment options and quotes (rules R1 to R5).

``quote`` answers the freelancer's question "how much will I be paid, and when?" for
one CRA under one payment option.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from connect_desktop.domain.calendar import add_working_days, check_zone
from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.money import ZERO, round_money, to_decimal

# R1: contracts signed from this day on, by freelancers based in France, are predictable.
PREDICTABLE_FROM = date(2025, 4, 28)
DEFAULT_VAT_RATE = Decimal("0.20")
IMMEDIATE_FEE_PER_DAY = Decimal("20.00")
CLIENT_TERMS = (30, 45, 60)
# R5 legacy: once the client has paid, LBC pays within 5 to 8 French working days.
LEGACY_PAYOUT_WORKING_DAYS = (5, 8)
# R5 legacy immediate payment: 3 to 5 calendar days after the clock starts.
IMMEDIATE_PAYOUT_DAYS = (3, 5)


class Regime(StrEnum):
    PREDICTABLE = "PREDICTABLE"  # "garantie de paiements prévisibles"
    LEGACY = "LEGACY"  # LBC pays after the client has paid


class RegimeReason(StrEnum):
    """Why a mission has its regime (shown to the user beside the regime)."""

    SIGNED_BEFORE_CUTOFF = "SIGNED_BEFORE_CUTOFF"
    SIGNED_FROM_CUTOFF_IN_FRANCE = "SIGNED_FROM_CUTOFF_IN_FRANCE"
    NOT_BASED_IN_FRANCE = "NOT_BASED_IN_FRANCE"


class PaymentOption(StrEnum):
    BASIC = "BASIC"
    EXPRESS = "EXPRESS"
    FLASH = "FLASH"
    ON_CLIENT_PAYMENT = "ON_CLIENT_PAYMENT"
    IMMEDIATE = "IMMEDIATE"


@dataclass(frozen=True, slots=True)
class OptionTerms:
    """What an option costs and how long it takes.

    ``delay_days`` is the fixed delay in calendar days for predictable options and
    ``None`` for legacy ones, whose dates are windows (see ``quote``).
    """

    option: PaymentOption
    regime: Regime
    delay_days: int | None
    fee_rate: Decimal = ZERO  # share of the daily rate, per day billed
    fee_per_day: Decimal = ZERO  # fixed amount per day billed


OPTION_TERMS: dict[PaymentOption, OptionTerms] = {
    PaymentOption.BASIC: OptionTerms(PaymentOption.BASIC, Regime.PREDICTABLE, 60),
    PaymentOption.EXPRESS: OptionTerms(
        PaymentOption.EXPRESS, Regime.PREDICTABLE, 30, fee_rate=Decimal("0.025")
    ),
    PaymentOption.FLASH: OptionTerms(
        PaymentOption.FLASH, Regime.PREDICTABLE, 3, fee_rate=Decimal("0.05")
    ),
    PaymentOption.ON_CLIENT_PAYMENT: OptionTerms(
        PaymentOption.ON_CLIENT_PAYMENT, Regime.LEGACY, None
    ),
    PaymentOption.IMMEDIATE: OptionTerms(
        PaymentOption.IMMEDIATE, Regime.LEGACY, None, fee_per_day=IMMEDIATE_FEE_PER_DAY
    ),
}


def vat_rate_for(vat_franchise: bool) -> Decimal:
    """R4: 20 % by default, 0 % under the VAT franchise (art. 293 B du CGI)."""
    return Decimal("0") if vat_franchise else DEFAULT_VAT_RATE


def regime_reason(signed_on: date, based_in_france: bool) -> RegimeReason:
    """R1, with the reason the UI shows beside the regime."""
    if signed_on < PREDICTABLE_FROM:
        return RegimeReason.SIGNED_BEFORE_CUTOFF
    if not based_in_france:
        return RegimeReason.NOT_BASED_IN_FRANCE
    return RegimeReason.SIGNED_FROM_CUTOFF_IN_FRANCE


def regime_for(signed_on: date, based_in_france: bool) -> Regime:
    """R1: the regime of a contract signed on ``signed_on``."""
    if regime_reason(signed_on, based_in_france) is RegimeReason.SIGNED_FROM_CUTOFF_IN_FRANCE:
        return Regime.PREDICTABLE
    return Regime.LEGACY


def options_for(regime: Regime) -> tuple[PaymentOption, ...]:
    """R2: the options of a regime, the default first."""
    return tuple(terms.option for terms in OPTION_TERMS.values() if terms.regime is regime)


def default_option(regime: Regime) -> PaymentOption:
    return options_for(regime)[0]


def regime_of(option: PaymentOption) -> Regime:
    return OPTION_TERMS[option].regime


@dataclass(frozen=True, slots=True)
class Quote:
    """Amounts (R4) and payment window (R5) of one CRA under one option."""

    option: PaymentOption
    days: Decimal
    daily_rate: Decimal
    vat_rate: Decimal
    amount_ht: Decimal
    vat: Decimal
    amount_ttc: Decimal
    fee: Decimal
    net: Decimal
    clock_start: date
    pay_earliest: date
    pay_latest: date

    @property
    def regime(self) -> Regime:
        return regime_of(self.option)

    @property
    def is_window(self) -> bool:
        """True when the payment date is a range rather than a fixed day."""
        return self.pay_earliest != self.pay_latest


def check_daily_rate(daily_rate: Decimal) -> Decimal:
    rate = to_decimal(daily_rate)
    if rate <= 0:
        raise DomainError(f"The daily rate must be above zero (got {rate}).")
    return rate


def check_days(days: Decimal) -> Decimal:
    value = to_decimal(days)
    if value < 0:
        raise DomainError(f"The number of days cannot be negative (got {value}).")
    if (value * 2) != (value * 2).to_integral_value():
        raise DomainError(f"Days are counted in half days; {value} is not a multiple of 0.5.")
    return value


def check_vat_rate(vat_rate: Decimal) -> Decimal:
    rate = to_decimal(vat_rate)
    if not 0 <= rate < 1:
        raise DomainError(f"The VAT rate must be between 0 and 1 (got {rate}).")
    return rate


def compute_fee(option: PaymentOption, daily_rate: Decimal, days: Decimal) -> Decimal:
    """R4: the fee deducted from the payment, on the HT daily rate, without VAT."""
    terms = OPTION_TERMS[option]
    return round_money(terms.fee_rate * daily_rate * days + terms.fee_per_day * days)


def payment_window(
    option: PaymentOption,
    clock_start: date,
    *,
    client_term_days: int = 30,
    client_paid_on: date | None = None,
    zone: str | None = None,
) -> tuple[date, date]:
    """R5: earliest and latest payment dates once the clock has started."""
    terms = OPTION_TERMS[option]
    if terms.delay_days is not None:
        pay_on = clock_start + timedelta(days=terms.delay_days)
        return pay_on, pay_on
    if option is PaymentOption.IMMEDIATE:
        low, high = IMMEDIATE_PAYOUT_DAYS
        return clock_start + timedelta(days=low), clock_start + timedelta(days=high)
    if client_term_days <= 0:
        raise DomainError(f"The client payment term must be above zero (got {client_term_days}).")
    client_pays = client_paid_on or clock_start + timedelta(days=client_term_days)
    low, high = LEGACY_PAYOUT_WORKING_DAYS
    return add_working_days(client_pays, low, zone), add_working_days(client_pays, high, zone)


def quote(
    option: PaymentOption,
    *,
    daily_rate: Decimal,
    days: Decimal,
    clock_start: date,
    vat_rate: Decimal = DEFAULT_VAT_RATE,
    client_term_days: int = 30,
    client_paid_on: date | None = None,
    zone: str | None = None,
    regime: Regime | None = None,
) -> Quote:
    """What a CRA of ``days`` at ``daily_rate`` pays under ``option``, and when.

    Raises ``DomainError`` (a ``ValueError``) for a rate <= 0, negative days or days
    that are not a multiple of 0.5, a VAT rate outside [0, 1), an unknown zone, or an
    option that does not belong to ``regime`` when a regime is given.
    """
    option = PaymentOption(option)
    if regime is not None and regime_of(option) is not Regime(regime):
        allowed = ", ".join(options_for(Regime(regime)))
        raise DomainError(
            f"The {option.value} option does not exist under the {Regime(regime).value} "
            f"regime; choose one of: {allowed}."
        )
    rate = check_daily_rate(daily_rate)
    billed = check_days(days)
    vat_rate = check_vat_rate(vat_rate)
    check_zone(zone)

    amount_ht = round_money(billed * rate)
    vat = round_money(amount_ht * vat_rate)
    amount_ttc = amount_ht + vat
    fee = compute_fee(option, rate, billed)
    earliest, latest = payment_window(
        option,
        clock_start,
        client_term_days=client_term_days,
        client_paid_on=client_paid_on,
        zone=zone,
    )
    return Quote(
        option=option,
        days=billed,
        daily_rate=rate,
        vat_rate=vat_rate,
        amount_ht=amount_ht,
        vat=vat,
        amount_ttc=amount_ttc,
        fee=fee,
        net=amount_ttc - fee,
        clock_start=clock_start,
        pay_earliest=earliest,
        pay_latest=latest,
    )


def days_sooner_than_basic(option: PaymentOption) -> int | None:
    """How many days sooner than Basic a predictable option pays (None for legacy)."""
    delay = OPTION_TERMS[option].delay_days
    basic = OPTION_TERMS[PaymentOption.BASIC].delay_days
    if delay is None or basic is None:
        return None
    return basic - delay


def equivalent_annual_rate(option: PaymentOption) -> Decimal | None:
    """The fee of a faster option seen as simple yearly interest for being paid sooner.

    Flash takes 5 % of the HT amount to pay 57 days sooner than Basic, which is
    5 % x 365 / 57 = 32.0 % a year. ``None`` for Basic and legacy options.
    """
    sooner = days_sooner_than_basic(option)
    fee_rate = OPTION_TERMS[option].fee_rate
    if not sooner or not fee_rate:
        return None
    return (fee_rate * 365 / sooner).quantize(Decimal("0.0001"))
