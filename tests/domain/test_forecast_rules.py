"""The dashboard's figures on a data set computed by hand (today: Saturday 28/11/2026).

#   option             period   days x rate net        CRA valid.  due         paid
1   Basic              2026-08  20 x 500   12 000,00  01/09/2026  31/10/2026  31/10, in full
2   Express            2026-09  18 x 600   12 690,00  02/10/2026  01/11/2026  02/11, 12 000
3   Flash              2026-10  21 x 600   14 490,00  27/11/2026  30/11/2026  no
4   Basic              2026-10  19 x 500   11 400,00  02/11/2026  01/01/2027  no
5   legacy on payment  2026-07  20 x 450   10 800,00  03/08/2026  09-14/09    no, 75 d late
6   legacy immediate   2026-06  10 x 450   5 200,00   01/07/2026  04-06/07    05/07, in full
7   Basic, cancelled   2026-05  10 x 500   6 000,00   01/06/2026  31/07/2026  no
8   credit note of 7   2026-05  -10 x 500  -6 000,00
9   Basic              2025-09  5 x 500    3 000,00   16/10/2025  15/12/2025  15/12, in full
10  Basic, to import   2026-10  10 x 500   6 000,00   30/10/2026  not yet     no
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from connect_desktop.domain.forecast import (
    PaymentRecord,
    monthly_flows,
    option_costs,
    overdue_payments,
    undated_payments,
    upcoming_payments,
    year_totals,
)
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.payment import PaymentOption, Regime

TODAY = date(2026, 11, 28)
D = Decimal
_O = PaymentOption
_S = InvoiceStatus


def record(
    id_: int,
    option: PaymentOption,
    status: InvoiceStatus,
    period: tuple[int, int],
    days: str,
    rate: str,
    net: str,
    validated: date | None,
    due: tuple[date, date] | None,
    paid: tuple[date, str] | None = None,
    *,
    fee: str = "0.00",
    kind: InvoiceKind = InvoiceKind.INVOICE,
) -> PaymentRecord:
    amount_ht = D(days) * D(rate)
    return PaymentRecord(
        id=id_,
        number=f"LBC-{id_}",
        mission_title=f"Mission {id_}",
        kind=kind,
        status=status,
        option=option,
        period_start=date(*period, 1),
        days=D(days),
        daily_rate=D(rate),
        amount_ht=amount_ht.quantize(D("0.01")),
        fee=D(fee),
        net=D(net),
        cra_validated_on=validated,
        pay_earliest=due[0] if due else None,
        pay_latest=due[1] if due else None,
        paid_on=paid[0] if paid else None,
        paid_amount=D(paid[1]) if paid else None,
    )


def _on(day: date) -> tuple[date, date]:
    return day, day


RECORDS = [
    record(1, _O.BASIC, _S.PAID, (2026, 8), "20", "500", "12000.00", date(2026, 9, 1),
           _on(date(2026, 10, 31)), (date(2026, 10, 31), "12000.00")),
    record(2, _O.EXPRESS, _S.PAID, (2026, 9), "18", "600", "12690.00", date(2026, 10, 2),
           _on(date(2026, 11, 1)), (date(2026, 11, 2), "12000.00"), fee="270.00"),
    record(3, _O.FLASH, _S.FINAL, (2026, 10), "21", "600", "14490.00", date(2026, 11, 27),
           _on(date(2026, 11, 30)), fee="630.00"),
    record(4, _O.BASIC, _S.SPECIMEN, (2026, 10), "19", "500", "11400.00", date(2026, 11, 2),
           _on(date(2027, 1, 1))),
    record(5, _O.ON_CLIENT_PAYMENT, _S.FINAL, (2026, 7), "20", "450", "10800.00",
           date(2026, 8, 3), (date(2026, 9, 9), date(2026, 9, 14))),
    record(6, _O.IMMEDIATE, _S.PAID, (2026, 6), "10", "450", "5200.00", date(2026, 7, 1),
           (date(2026, 7, 4), date(2026, 7, 6)), (date(2026, 7, 5), "5200.00"), fee="200.00"),
    record(7, _O.BASIC, _S.CANCELLED, (2026, 5), "10", "500", "6000.00", date(2026, 6, 1),
           _on(date(2026, 7, 31))),
    record(8, _O.BASIC, _S.FINAL, (2026, 5), "-10", "500", "-6000.00", None, None,
           kind=InvoiceKind.CREDIT_NOTE),
    record(9, _O.BASIC, _S.PAID, (2025, 9), "5", "500", "3000.00", date(2025, 10, 16),
           _on(date(2025, 12, 15)), (date(2025, 12, 15), "3000.00")),
    record(10, _O.BASIC, _S.TO_IMPORT, (2026, 10), "10", "500", "6000.00", date(2026, 10, 30),
           None),
]  # fmt: skip


def ids(records: list[PaymentRecord]) -> list[int]:
    return [item.id for item in records]


def test_r5_upcoming_payments_are_the_unpaid_ones_due_within_90_days_soonest_first() -> None:
    assert ids(upcoming_payments(RECORDS, TODAY)) == [3, 4]


def test_r5_upcoming_horizon_is_inclusive_and_a_due_date_of_today_is_not_late() -> None:
    due_today = record(20, _O.FLASH, _S.FINAL, (2026, 11), "1", "500", "475.00",
                       date(2026, 11, 25), _on(TODAY), fee="25.00")  # fmt: skip
    day_90 = record(21, _O.BASIC, _S.FINAL, (2026, 11), "1", "500", "600.00",
                    None, _on(date(2027, 2, 26)))  # fmt: skip
    day_91 = record(22, _O.BASIC, _S.FINAL, (2026, 11), "1", "500", "600.00",
                    None, _on(date(2027, 2, 27)))  # fmt: skip
    records = [due_today, day_90, day_91]
    assert ids(upcoming_payments(records, TODAY)) == [20, 21]
    assert overdue_payments(records, TODAY) == []


def test_r5_a_legacy_window_that_has_begun_is_still_upcoming() -> None:
    window = record(23, _O.ON_CLIENT_PAYMENT, _S.FINAL, (2026, 9), "1", "450", "540.00",
                    None, (date(2026, 11, 24), date(2026, 12, 2)))  # fmt: skip
    assert ids(upcoming_payments([window], TODAY)) == [23]


def test_r8_overdue_invoices_with_their_delay() -> None:
    late = overdue_payments(RECORDS, TODAY)
    assert [(item.record.id, item.days_late) for item in late] == [(5, 75)]


def test_r3_invoices_waiting_for_their_clock_have_no_date() -> None:
    assert ids(undated_payments(RECORDS)) == [10]


def test_monthly_flows_cover_the_past_12_and_next_3_months() -> None:
    months = monthly_flows(RECORDS, TODAY)
    assert (months[0].year, months[0].month) == (2025, 12)
    assert (months[-1].year, months[-1].month) == (2027, 2)
    assert len(months) == 15
    assert [item.is_future for item in months] == [False] * 12 + [True] * 3


def test_monthly_flows_expected_received_and_overdue_by_hand() -> None:
    flows = {(item.year, item.month): item for item in monthly_flows(RECORDS, TODAY)}
    expected = {key: item.expected for key, item in flows.items() if item.expected}
    received = {key: item.received for key, item in flows.items() if item.received}
    overdue = {key: item.overdue for key, item in flows.items() if item.overdue}
    assert expected == {
        (2025, 12): D("3000.00"),
        (2026, 7): D("5200.00"),  # the cancelled invoice 7 expects nothing
        (2026, 9): D("10800.00"),
        (2026, 10): D("12000.00"),
        (2026, 11): D("27180.00"),  # 12 690 + 14 490
        (2027, 1): D("11400.00"),
    }
    assert received == {
        (2025, 12): D("3000.00"),
        (2026, 7): D("5200.00"),
        (2026, 10): D("12000.00"),
        (2026, 11): D("12000.00"),  # the partial payment, not the 12 690 net
    }
    assert overdue == {(2026, 9): D("10800.00")}


def test_year_totals_by_hand() -> None:
    totals = year_totals(RECORDS, 2026)
    # Billed: 10 000 + 10 800 + 12 600 + 9 500 + 9 000 + 4 500 + 5 000 (7 is cancelled).
    assert totals.billed_ht == D("61400.00")
    assert totals.invoices_billed == 7
    assert totals.received == D("29200.00")  # 12 000 + 12 000 + 5 200
    assert totals.fees_paid == D("470.00")  # 270 + 200
    assert totals.shortfall == D("690.00")  # 12 690 - 12 000
    assert totals.average_delay_days == D("31.7")  # (60 + 31 + 4) / 3
    per_option = [
        (item.option, item.payments, item.received, item.fees, item.average_delay_days)
        for item in totals.per_option
    ]
    assert per_option == [
        (_O.BASIC, 1, D("12000.00"), D("0.00"), D("60.0")),
        (_O.EXPRESS, 1, D("12000.00"), D("270.00"), D("31.0")),
        (_O.IMMEDIATE, 1, D("5200.00"), D("200.00"), D("4.0")),
    ]


def test_year_totals_of_last_year() -> None:
    totals = year_totals(RECORDS, 2025)
    assert totals.billed_ht == D("2500.00")
    assert totals.received == D("3000.00")
    assert totals.average_delay_days == D("60.0")


def test_year_totals_of_a_year_without_invoices() -> None:
    totals = year_totals(RECORDS, 2020)
    assert totals.billed_ht == totals.received == totals.fees_paid == D("0.00")
    assert totals.average_delay_days is None
    assert totals.per_option == ()


def test_r4_what_the_options_would_have_cost_each_regime_against_itself() -> None:
    costs = {item.regime: item for item in option_costs(RECORDS, 2026)}
    predictable = costs[Regime.PREDICTABLE]
    assert predictable.invoices == 2
    assert predictable.fees_paid == D("270.00")
    options = predictable.options
    assert [(item.option, item.fees, item.delay_days, item.chosen_for) for item in options] == [
        (_O.BASIC, D("0.00"), 60, 1),
        (_O.EXPRESS, D("520.00"), 30, 1),  # 2,5 % x (20 x 500 + 18 x 600)
        (_O.FLASH, D("1040.00"), 3, 0),  # 5 % x (20 x 500 + 18 x 600)
    ]  # fmt: skip
    legacy = costs[Regime.LEGACY]
    assert legacy.fees_paid == D("200.00")
    assert [(item.option, item.fees, item.chosen_for) for item in legacy.options] == [
        (_O.ON_CLIENT_PAYMENT, D("0.00"), 0),
        (_O.IMMEDIATE, D("200.00"), 1),  # 20 EUR x 10 days
    ]


@pytest.mark.parametrize("year", [2024, 2027])
def test_option_costs_are_empty_without_payments(year: int) -> None:
    assert option_costs(RECORDS, year) == []
