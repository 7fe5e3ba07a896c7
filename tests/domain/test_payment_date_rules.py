"""R5: payment dates of each option (and R3: what starts the clock).

Expected dates are computed by hand from the French calendar, e.g. 2026: Thu 1 Jan,
Fri 3 Apr (Good Friday, Alsace-Moselle only), Mon 6 Apr, Fri 1 May, Fri 8 May,
Thu 14 May (Ascension), Mon 25 May (Pentecôte), Tue 14 Jul, Wed 11 Nov, Fri 25 Dec.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from connect_desktop.domain.payment import (
    CLIENT_TERMS,
    IMMEDIATE_PAYOUT_DAYS,
    LEGACY_PAYOUT_WORKING_DAYS,
    PaymentOption,
    payment_window,
    quote,
)

P = PaymentOption


# --- PREDICTABLE: calendar days ---------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        (P.FLASH, date(2026, 3, 5)),
        (P.EXPRESS, date(2026, 4, 1)),
        # 2 Mar + 60 calendar days = Fri 1 May, a public holiday: calendar days, no shift.
        (P.BASIC, date(2026, 5, 1)),
    ],
)
def test_r5_predictable_dates_are_3_30_60_calendar_days(
    option: PaymentOption, expected: date
) -> None:
    assert payment_window(option, date(2026, 3, 2)) == (expected, expected)


def test_r5_flash_landing_on_a_sunday_stays_on_the_sunday() -> None:
    # Thu 24 Dec 2026 + 3 = Sun 27 Dec 2026.
    assert payment_window(P.FLASH, date(2026, 12, 24)) == (date(2026, 12, 27),) * 2


def test_r5_basic_payment_date_crosses_the_year() -> None:
    # 15 Nov 2026 + 60: 15 days to 30 Nov, 31 to 31 Dec (46), 14 more -> 14 Jan 2027.
    q = quote(P.BASIC, daily_rate=Decimal(600), days=Decimal(20), clock_start=date(2026, 11, 15))
    assert q.pay_earliest == q.pay_latest == date(2027, 1, 14)
    assert not q.is_window


def test_r5_express_payment_date_crosses_the_year() -> None:
    assert payment_window(P.EXPRESS, date(2026, 12, 15)) == (date(2027, 1, 14),) * 2


def test_r5_predictable_dates_ignore_zone_and_client_term() -> None:
    for option in (P.BASIC, P.EXPRESS, P.FLASH):
        plain = payment_window(option, date(2026, 4, 1))
        assert payment_window(option, date(2026, 4, 1), zone="57", client_term_days=60) == plain
        assert payment_window(option, date(2026, 4, 1), client_paid_on=date(2026, 4, 2)) == plain


def test_r5_predictable_dates_across_february_of_a_leap_year() -> None:
    # 2028 is a leap year: 30 Jan 2028 + 30 = 29 Feb 2028.
    assert payment_window(P.EXPRESS, date(2028, 1, 30)) == (date(2028, 2, 29),) * 2


# --- LEGACY, immediate payment: 3 to 5 calendar days ------------------------------------


def test_r5_legacy_immediate_window_is_3_to_5_calendar_days() -> None:
    assert IMMEDIATE_PAYOUT_DAYS == (3, 5)
    # Wed 30 Dec 2026 -> Sat 2 Jan 2027 .. Mon 4 Jan 2027 (calendar days, holiday included).
    q = quote(P.IMMEDIATE, daily_rate=Decimal(600), days=Decimal(1), clock_start=date(2026, 12, 30))
    assert (q.pay_earliest, q.pay_latest) == (date(2027, 1, 2), date(2027, 1, 4))
    assert q.is_window


def test_r5_legacy_immediate_window_ignores_client_term_and_client_payment() -> None:
    window = payment_window(
        P.IMMEDIATE, date(2026, 4, 30), client_term_days=60, client_paid_on=date(2026, 7, 1)
    )
    assert window == (date(2026, 5, 3), date(2026, 5, 5))


# --- LEGACY, on client payment: client term, then 5 to 8 French working days ------------


def test_r5_legacy_payout_is_5_to_8_working_days() -> None:
    assert LEGACY_PAYOUT_WORKING_DAYS == (5, 8)
    assert CLIENT_TERMS == (30, 45, 60)


def test_r5_legacy_on_client_payment_crosses_the_may_holidays() -> None:
    # Client pays Thu 30 Apr 2026. Working days after it: Fri 1 May holiday, weekend,
    # Mon 4 (1), Tue 5 (2), Wed 6 (3), Thu 7 (4), Fri 8 May holiday, Mon 11 (5),
    # Tue 12 (6), Wed 13 (7), Thu 14 Ascension, Fri 15 (8).
    window = payment_window(P.ON_CLIENT_PAYMENT, date(2026, 3, 1), client_paid_on=date(2026, 4, 30))
    assert window == (date(2026, 5, 11), date(2026, 5, 15))


def test_r5_legacy_on_client_payment_term_30_reaching_30_april() -> None:
    # Clock 31 Mar 2026 + 30 days = 30 Apr 2026, then the same May holidays as above.
    q = quote(
        P.ON_CLIENT_PAYMENT,
        daily_rate=Decimal(600),
        days=Decimal(20),
        clock_start=date(2026, 3, 31),
        client_term_days=30,
    )
    assert (q.pay_earliest, q.pay_latest) == (date(2026, 5, 11), date(2026, 5, 15))
    assert q.is_window


def test_r5_legacy_on_client_payment_default_term_is_30_days() -> None:
    # 15 Jan 2026 + 30 = Sat 14 Feb; Mon 16 .. Fri 20 (5); Mon 23, Tue 24, Wed 25 (8).
    assert payment_window(P.ON_CLIENT_PAYMENT, date(2026, 1, 15)) == (
        date(2026, 2, 20),
        date(2026, 2, 25),
    )


def test_r5_legacy_on_client_payment_term_45() -> None:
    # 15 Jan 2026 + 45 = Sun 1 Mar; Mon 2 .. Fri 6 (5); Mon 9, Tue 10, Wed 11 (8).
    window = payment_window(P.ON_CLIENT_PAYMENT, date(2026, 1, 15), client_term_days=45)
    assert window == (date(2026, 3, 6), date(2026, 3, 11))


def test_r5_legacy_on_client_payment_term_60() -> None:
    # 15 Jan 2026 + 60 = Mon 16 Mar; Tue 17 .. Mon 23 (5); Tue 24, Wed 25, Thu 26 (8).
    window = payment_window(P.ON_CLIENT_PAYMENT, date(2026, 1, 15), client_term_days=60)
    assert window == (date(2026, 3, 23), date(2026, 3, 26))


def test_r5_client_paid_on_overrides_the_client_term() -> None:
    # The client paid on Tue 20 Jan 2026, well before its 60-day term:
    # Wed 21, Thu 22, Fri 23, Mon 26, Tue 27 (5); Wed 28, Thu 29, Fri 30 (8).
    window = payment_window(
        P.ON_CLIENT_PAYMENT,
        date(2026, 1, 5),
        client_term_days=60,
        client_paid_on=date(2026, 1, 20),
    )
    assert window == (date(2026, 1, 27), date(2026, 1, 30))


def test_r5_client_paid_late_moves_the_payout_later() -> None:
    on_term = payment_window(P.ON_CLIENT_PAYMENT, date(2026, 1, 15), client_term_days=30)
    late = payment_window(
        P.ON_CLIENT_PAYMENT,
        date(2026, 1, 15),
        client_term_days=30,
        client_paid_on=date(2026, 3, 16),
    )
    assert late == (date(2026, 3, 23), date(2026, 3, 26))
    assert late[0] > on_term[1]


def test_r5_legacy_on_client_payment_crosses_the_year() -> None:
    # Client pays Thu 24 Dec 2026: Fri 25 holiday, Mon 28 (1), Tue 29, Wed 30, Thu 31 (4),
    # Fri 1 Jan holiday, Mon 4 Jan (5), Tue 5, Wed 6, Thu 7 Jan 2027 (8).
    window = payment_window(
        P.ON_CLIENT_PAYMENT, date(2026, 11, 1), client_paid_on=date(2026, 12, 24)
    )
    assert window == (date(2027, 1, 4), date(2027, 1, 7))


def test_r5_legacy_payout_uses_the_freelancer_zone_holidays() -> None:
    # Client pays Wed 1 Apr 2026. Metropolitan: Thu 2 (1), Fri 3 (2), Mon 6 Easter Monday,
    # Tue 7, Wed 8, Thu 9 (5), Fri 10, Mon 13, Tue 14 (8).
    # Alsace-Moselle also rests on Good Friday 3 Apr: Thu 9 is the 4th, Fri 10 the 5th,
    # Wed 15 the 8th.
    paid = date(2026, 4, 1)
    metro = payment_window(P.ON_CLIENT_PAYMENT, date(2026, 3, 1), client_paid_on=paid)
    moselle = payment_window(P.ON_CLIENT_PAYMENT, date(2026, 3, 1), client_paid_on=paid, zone="57")
    assert metro == (date(2026, 4, 9), date(2026, 4, 14))
    assert moselle == (date(2026, 4, 10), date(2026, 4, 15))


@pytest.mark.parametrize("term", [0, -30])
def test_r5_client_term_must_be_above_zero(term: int) -> None:
    with pytest.raises(ValueError, match="term"):
        payment_window(P.ON_CLIENT_PAYMENT, date(2026, 1, 15), client_term_days=term)


def test_r5_quote_window_equals_payment_window() -> None:
    start = date(2026, 6, 30)
    for option in PaymentOption:
        for term in CLIENT_TERMS:
            q = quote(
                option,
                daily_rate=Decimal(600),
                days=Decimal(1),
                clock_start=start,
                client_term_days=term,
                zone="57",
            )
            expected = payment_window(option, start, client_term_days=term, zone="57")
            assert (q.pay_earliest, q.pay_latest) == expected
