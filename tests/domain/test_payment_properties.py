"""Property tests for R4 (amounts), R5 (payment dates) and R6 (working days).

The amount oracles work on integer cents so that they do not share the code under test:
``half_up(x, d)`` is x / d rounded half up for x >= 0.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from connect_desktop.domain.calendar import add_working_days, count_working_days, is_working_day
from connect_desktop.domain.money import (
    days_to_halves,
    format_money,
    from_cents,
    halves_to_days,
    round_money,
    to_cents,
    to_decimal,
)
from connect_desktop.domain.payment import CLIENT_TERMS, PaymentOption, quote

P = PaymentOption

rate_cents = st.integers(min_value=1, max_value=500_000)  # 0.01 .. 5000.00
day_halves = st.integers(min_value=0, max_value=62)  # 0 .. 31 days by half days
clock_starts = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))
# VAT rate and the same rate in thousandths, for the integer oracle.
vat_rates = st.sampled_from(
    [(Decimal("0"), 0), (Decimal("0.055"), 55), (Decimal("0.10"), 100), (Decimal("0.20"), 200)]
)
zones = st.sampled_from([None, "57", "971"])
options = st.sampled_from(list(PaymentOption))
terms = st.sampled_from(CLIENT_TERMS)

# Fee as a numerator over 2000 cents-per-half-day units (rate_cents * halves * n / 2000).
FEE_PER_MILLE = {P.BASIC: 0, P.EXPRESS: 25, P.FLASH: 50, P.ON_CLIENT_PAYMENT: 0, P.IMMEDIATE: 0}


def half_up(numerator: int, denominator: int) -> int:
    assert numerator >= 0
    return (2 * numerator + denominator) // (2 * denominator)


def cents(amount: Decimal) -> int:
    assert amount.as_tuple().exponent == -2, amount
    return int(amount * 100)


@settings(deadline=None)
@given(
    option=options,
    r_cents=rate_cents,
    halves=day_halves,
    start=clock_starts,
    vat=vat_rates,
    zone=zones,
    term=terms,
)
def test_r4_r5_quote_properties(
    option: PaymentOption,
    r_cents: int,
    halves: int,
    start: date,
    vat: tuple[Decimal, int],
    zone: str | None,
    term: int,
) -> None:
    vat_rate, vat_mille = vat
    rate = from_cents(r_cents)
    days = halves_to_days(halves)
    q = quote(
        option,
        daily_rate=rate,
        days=days,
        clock_start=start,
        vat_rate=vat_rate,
        client_term_days=term,
        zone=zone,
    )
    amounts = (q.amount_ht, q.vat, q.amount_ttc, q.fee, q.net)
    # Every amount is a Decimal with exactly two decimal places.
    for amount in amounts:
        assert isinstance(amount, Decimal)
        assert amount.as_tuple().exponent == -2

    # amount_ht = days * rate rounded half up: rate_cents * halves / 2 cents.
    ht = half_up(r_cents * halves, 2)
    assert cents(q.amount_ht) == ht
    assert q.amount_ht == round_money(days * rate)
    vat_cents = half_up(ht * vat_mille, 1000)
    assert cents(q.vat) == vat_cents
    assert cents(q.amount_ttc) == ht + vat_cents
    if option is P.IMMEDIATE:
        fee = 1000 * halves  # 20.00 EUR per day = 10.00 per half day
    else:
        fee = half_up(r_cents * halves * FEE_PER_MILLE[option], 2000)
    assert cents(q.fee) == fee
    assert cents(q.net) == ht + vat_cents - fee

    assert q.fee >= 0
    assert q.net <= q.amount_ttc
    assert q.pay_earliest <= q.pay_latest
    assert q.pay_earliest > start


@settings(deadline=None)
@given(r_cents=rate_cents, halves=st.integers(min_value=0, max_value=61), start=clock_starts)
def test_r4_half_day_adds_half_the_rate(r_cents: int, halves: int, start: date) -> None:
    rate = from_cents(r_cents)
    low = quote(P.BASIC, daily_rate=rate, days=halves_to_days(halves), clock_start=start)
    high = quote(P.BASIC, daily_rate=rate, days=halves_to_days(halves + 1), clock_start=start)
    # Exact products (before rounding) differ by rate / 2; after rounding each side to the
    # cent the difference is within one cent of it.
    exact = Decimal(r_cents) / 2
    assert abs(cents(high.amount_ht) - cents(low.amount_ht) - exact) <= 1
    # An even number of half days (whole days) is always exact.
    if halves % 2 == 0:
        assert cents(low.amount_ht) == r_cents * halves // 2


@given(r_cents=rate_cents, halves=day_halves, start=clock_starts)
def test_r5_flash_pays_no_later_than_express_no_later_than_basic(
    r_cents: int, halves: int, start: date
) -> None:
    def pay_on(option: PaymentOption) -> date:
        q = quote(
            option, daily_rate=from_cents(r_cents), days=halves_to_days(halves), clock_start=start
        )
        assert q.pay_earliest == q.pay_latest
        return q.pay_latest

    flash, express, basic = pay_on(P.FLASH), pay_on(P.EXPRESS), pay_on(P.BASIC)
    assert flash <= express <= basic
    assert (flash - start, express - start, basic - start) == (
        timedelta(days=3),
        timedelta(days=30),
        timedelta(days=60),
    )


@settings(deadline=None)
@given(start=clock_starts, term=terms, zone=zones)
def test_r5_legacy_on_client_payment_is_5_to_8_working_days_after_the_client(
    start: date, term: int, zone: str | None
) -> None:
    q = quote(
        P.ON_CLIENT_PAYMENT,
        daily_rate=Decimal(500),
        days=Decimal(1),
        clock_start=start,
        client_term_days=term,
        zone=zone,
    )
    client_pays = start + timedelta(days=term)
    assert count_working_days(client_pays + timedelta(days=1), q.pay_earliest, zone) == 5
    assert count_working_days(client_pays + timedelta(days=1), q.pay_latest, zone) == 8
    assert is_working_day(q.pay_earliest, zone)
    assert is_working_day(q.pay_latest, zone)


@given(cents_value=st.integers(min_value=-(10**13), max_value=10**13))
def test_r4_to_cents_from_cents_round_trip(cents_value: int) -> None:
    amount = from_cents(cents_value)
    assert amount.as_tuple().exponent == -2
    assert to_cents(amount) == cents_value


@given(
    amount=st.decimals(
        min_value=Decimal("-1000000"),
        max_value=Decimal("1000000"),
        allow_nan=False,
        allow_infinity=False,
        places=4,
    )
)
def test_r4_from_cents_of_to_cents_is_round_money(amount: Decimal) -> None:
    assert from_cents(to_cents(amount)) == round_money(amount)
    # Half up, away from zero: never more than half a cent off.
    assert abs(round_money(amount) - amount) <= Decimal("0.005")


@given(halves=st.integers(min_value=0, max_value=10_000))
def test_r4_days_to_halves_round_trip(halves: int) -> None:
    assert days_to_halves(halves_to_days(halves)) == halves


@given(cents_value=st.integers(min_value=-(10**11), max_value=10**11))
def test_r4_format_money_reads_back(cents_value: int) -> None:
    amount = from_cents(cents_value)
    assert to_decimal(format_money(amount)) == amount


@settings(deadline=None)
@given(day=clock_starts, n=st.integers(min_value=1, max_value=40), zone=zones)
def test_r6_add_working_days_lands_on_the_nth_working_day(
    day: date, n: int, zone: str | None
) -> None:
    result = add_working_days(day, n, zone)
    assert result > day
    assert is_working_day(result, zone)
    assert count_working_days(day + timedelta(days=1), result, zone) == n
    # Backwards is the mirror image.
    back = add_working_days(day, -n, zone)
    assert back < day
    assert is_working_day(back, zone)
    assert count_working_days(back, day - timedelta(days=1), zone) == n


@settings(deadline=None)
@given(first=clock_starts, span=st.integers(min_value=-3, max_value=400), zone=zones)
def test_r6_count_working_days_matches_a_day_by_day_count(
    first: date, span: int, zone: str | None
) -> None:
    last = first + timedelta(days=span)
    expected = sum(
        is_working_day(first + timedelta(days=offset), zone) for offset in range(span + 1)
    )
    assert count_working_days(first, last, zone) == expected
