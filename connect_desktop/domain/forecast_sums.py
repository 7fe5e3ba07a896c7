"""The dashboard's figures built from sums: the months of the chart, the year's totals
and what the options cost (see ``forecast`` for their meaning).

Each figure is a sum over many invoices. It is built here from groups (``DueMonth``,
``PaidGroup``) so that a database can add the invoices up itself and hand over a few
groups rather than every invoice; ``forecast`` makes the same groups from records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from connect_desktop.domain.calendar import shift_month
from connect_desktop.domain.money import ZERO
from connect_desktop.domain.payment import (
    OPTION_TERMS,
    PaymentOption,
    Regime,
    compute_fee,
    options_for,
    regime_of,
)

PAST_MONTHS = 12  # the current month and the eleven before it
NEXT_MONTHS = 3


@dataclass(frozen=True, slots=True)
class MonthFlow:
    """Expected and received net payments of one month."""

    year: int
    month: int
    expected: Decimal  # due this month, paid or not
    received: Decimal  # received this month, whenever it was due
    overdue: Decimal  # due this month, not received, and now late
    is_future: bool  # after the current month


@dataclass(frozen=True, slots=True)
class OptionYear:
    """One payment option's invoices paid during the year."""

    option: PaymentOption
    payments: int
    received: Decimal
    fees: Decimal
    average_delay_days: Decimal | None  # CRA validation to payment, calendar days


@dataclass(frozen=True, slots=True)
class YearTotals:
    year: int
    billed_ht: Decimal  # invoices whose period starts in the year, cancelled ones excepted
    invoices_billed: int
    received: Decimal  # payments received during the year
    fees_paid: Decimal  # fees deducted from those payments
    shortfall: Decimal  # net minus received, over the partial payments of the year
    average_delay_days: Decimal | None
    per_option: tuple[OptionYear, ...]  # options with payments in the year, in menu order


@dataclass(frozen=True, slots=True)
class OptionCost:
    """What the same invoices would have cost under one option of their regime."""

    option: PaymentOption
    fees: Decimal
    delay_days: int | None  # None for legacy options, whose dates are windows
    chosen_for: int  # how many of the invoices actually used this option


@dataclass(frozen=True, slots=True)
class RegimeCosts:
    """The fees paid during the year on one regime's invoices, and under each option."""

    regime: Regime
    invoices: int
    fees_paid: Decimal
    options: tuple[OptionCost, ...]


def flow_months(
    today: date, past_months: int = PAST_MONTHS, next_months: int = NEXT_MONTHS
) -> list[tuple[int, int]]:
    """The (year, month) pairs the monthly flows cover, oldest first."""
    return [
        shift_month(today.year, today.month, delta)
        for delta in range(1 - past_months, next_months + 1)
    ]


@dataclass(frozen=True, slots=True)
class DueMonth:
    """Net amounts of the invoices expected in one month (``pay_latest``)."""

    year: int
    month: int
    expected: Decimal  # paid or not
    overdue: Decimal  # not received, and now late


@dataclass(frozen=True, slots=True)
class PaidGroup:
    """Invoices paid in one month under one option, for the same days at the same rate."""

    year: int
    month: int
    option: PaymentOption
    daily_rate: Decimal
    days: Decimal
    payments: int
    received: Decimal
    fees: Decimal
    shortfall: Decimal  # net minus received, where less than the net was received
    delay_days: int  # CRA validation to payment, summed over the payments that know it
    delays: int  # how many payments know their delay


def flows_of(
    today: date,
    due: Iterable[DueMonth],
    paid: Iterable[PaidGroup],
    past_months: int = PAST_MONTHS,
    next_months: int = NEXT_MONTHS,
) -> list[MonthFlow]:
    """The monthly flows (see ``monthly_flows``) from the month sums and the paid groups."""
    by_month = {(item.year, item.month): item for item in due}
    received: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    for group in paid:
        received[(group.year, group.month)] += group.received
    current = (today.year, today.month)
    flows = []
    for year, month in flow_months(today, past_months, next_months):
        item = by_month.get((year, month))
        flows.append(
            MonthFlow(
                year,
                month,
                item.expected if item else ZERO,
                received[(year, month)],
                item.overdue if item else ZERO,
                (year, month) > current,
            )
        )
    return flows


def _average(total: int, count: int) -> Decimal | None:
    if not count:
        return None
    return (Decimal(total) / count).quantize(Decimal("0.1"))


def totals_of(
    year: int, billed_ht: Decimal, invoices_billed: int, paid: Iterable[PaidGroup]
) -> YearTotals:
    """The year's totals (see ``year_totals``) from its billing and the paid groups."""
    paid = [group for group in paid if group.year == year]
    per_option = []
    for option in PaymentOption:
        chosen = [group for group in paid if group.option is option]
        if not chosen:
            continue
        per_option.append(
            OptionYear(
                option=option,
                payments=sum(group.payments for group in chosen),
                received=sum((group.received for group in chosen), ZERO),
                fees=sum((group.fees for group in chosen), ZERO),
                average_delay_days=_average(
                    sum(group.delay_days for group in chosen),
                    sum(group.delays for group in chosen),
                ),
            )
        )
    return YearTotals(
        year=year,
        billed_ht=billed_ht,
        invoices_billed=invoices_billed,
        received=sum((group.received for group in paid), ZERO),
        fees_paid=sum((group.fees for group in paid), ZERO),
        shortfall=sum((group.shortfall for group in paid), ZERO),
        average_delay_days=_average(
            sum(group.delay_days for group in paid), sum(group.delays for group in paid)
        ),
        per_option=tuple(per_option),
    )


def costs_of(paid: Iterable[PaidGroup], year: int) -> list[RegimeCosts]:
    """What the options cost (see ``option_costs``), from the paid groups."""
    paid = [group for group in paid if group.year == year]
    # The fee of one invoice depends only on the option, the rate and the days.
    fees: dict[tuple[PaymentOption, Decimal, Decimal], Decimal] = {}

    def fee(option: PaymentOption, group: PaidGroup) -> Decimal:
        key = (option, group.daily_rate, group.days)
        if key not in fees:
            fees[key] = compute_fee(option, group.daily_rate, group.days)
        return fees[key] * group.payments

    result = []
    for regime in Regime:
        groups = [group for group in paid if regime_of(group.option) is regime]
        if not groups:
            continue
        costs = tuple(
            OptionCost(
                option=option,
                fees=sum((fee(option, group) for group in groups), ZERO),
                delay_days=OPTION_TERMS[option].delay_days,
                chosen_for=sum(group.payments for group in groups if group.option is option),
            )
            for option in options_for(regime)
        )
        result.append(
            RegimeCosts(
                regime=regime,
                invoices=sum(group.payments for group in groups),
                fees_paid=sum((group.fees for group in groups), ZERO),
                options=costs,
            )
        )
    return result
