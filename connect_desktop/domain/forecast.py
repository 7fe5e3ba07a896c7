"""The money that is coming: payments to come, overdue ones, monthly flows, year totals
and what the payment options cost (DESIGN.md section 5, "Tableau de bord").

Everything here works on ``PaymentRecord``, a plain snapshot of one Connect invoice or
credit note, so that the figures can be checked by hand without a database.

Conventions, chosen so that every figure has one meaning:
- an invoice is *expected* on its latest payment date (``pay_latest``, equal to the
  earliest under the predictable regime): the date by which the money is due;
- money is *received* on ``paid_on``, for the amount actually received
  (``paid_amount``, which a partial payment makes smaller than ``net``);
- cancelled invoices and credit notes expect nothing (a credit note only cancels);
- the year of an invoice's billing is the year its period starts;
- fees are *paid* when the payment they were deducted from is received.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from connect_desktop.domain.forecast_sums import (
    NEXT_MONTHS,
    PAST_MONTHS,
    DueMonth,
    MonthFlow,
    OptionCost,
    OptionYear,
    PaidGroup,
    RegimeCosts,
    YearTotals,
    costs_of,
    flows_of,
    totals_of,
)
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, is_overdue
from connect_desktop.domain.money import ZERO
from connect_desktop.domain.payment import PaymentOption

__all__ = [
    "NEXT_MONTHS",
    "PAST_MONTHS",
    "UPCOMING_HORIZON_DAYS",
    "DueMonth",
    "MonthFlow",
    "OptionCost",
    "OptionYear",
    "OverduePayment",
    "PaidGroup",
    "PaymentRecord",
    "RegimeCosts",
    "YearTotals",
    "due_months",
    "monthly_flows",
    "option_costs",
    "overdue_payments",
    "paid_groups",
    "undated_payments",
    "upcoming_payments",
    "year_totals",
]

UPCOMING_HORIZON_DAYS = 90


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    """One Connect invoice or credit note, as the forecast reads it."""

    id: int
    number: str
    mission_title: str
    kind: InvoiceKind
    status: InvoiceStatus
    option: PaymentOption
    period_start: date
    days: Decimal
    daily_rate: Decimal
    amount_ht: Decimal
    fee: Decimal
    net: Decimal
    cra_validated_on: date | None
    pay_earliest: date | None
    pay_latest: date | None
    paid_on: date | None
    paid_amount: Decimal | None

    @property
    def expects_payment(self) -> bool:
        """An invoice that was or will be paid (not cancelled, not a credit note)."""
        return self.kind is InvoiceKind.INVOICE and self.status is not InvoiceStatus.CANCELLED

    @property
    def is_paid(self) -> bool:
        return self.status is InvoiceStatus.PAID and self.paid_on is not None

    @property
    def received(self) -> Decimal:
        """What reached the bank account (the net when no amount was recorded)."""
        if not self.is_paid:
            return ZERO
        return self.net if self.paid_amount is None else self.paid_amount


@dataclass(frozen=True, slots=True)
class OverduePayment:
    record: PaymentRecord
    days_late: int


def upcoming_payments(
    records: Iterable[PaymentRecord], today: date, horizon_days: int = UPCOMING_HORIZON_DAYS
) -> list[PaymentRecord]:
    """Unpaid invoices whose payment falls within the next ``horizon_days`` days (a window
    that has begun counts; overdue ones are listed apart), soonest first."""
    last = today + timedelta(days=horizon_days)
    chosen = [
        record
        for record in records
        if record.expects_payment
        and not record.is_paid
        and record.pay_earliest is not None
        and record.pay_latest is not None
        and record.pay_latest >= today
        and record.pay_earliest <= last
    ]
    return sorted(chosen, key=lambda record: (record.pay_earliest, record.pay_latest, record.id))


def overdue_payments(records: Iterable[PaymentRecord], today: date) -> list[OverduePayment]:
    """Invoices past their latest payment date and not paid, the latest first (R8)."""
    late = [
        OverduePayment(record, (today - record.pay_latest).days)
        for record in records
        if record.kind is InvoiceKind.INVOICE
        and record.pay_latest is not None
        and is_overdue(record.status, record.pay_latest, today)
    ]
    return sorted(late, key=lambda item: (-item.days_late, item.record.id))


def undated_payments(records: Iterable[PaymentRecord]) -> list[PaymentRecord]:
    """Unpaid invoices whose clock has not started yet (manual import, R3)."""
    return [
        record
        for record in records
        if record.expects_payment and not record.is_paid and record.pay_latest is None
    ]


# -- the sums' figures from records ----------------------------------------------------------
# The app computes the chart, the year's totals and the options' costs from SQL sums
# (``services.dashboard_sums`` then ``forecast_sums``). The functions below build the same
# groups from every record: only ``services.dashboard.build_dashboard`` and the tests use
# them, as the reference the fast path is checked against.


def due_months(records: Iterable[PaymentRecord], today: date) -> list[DueMonth]:
    expected: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    overdue: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    for record in records:
        if not record.expects_payment or record.pay_latest is None:
            continue
        key = (record.pay_latest.year, record.pay_latest.month)
        expected[key] += record.net
        if is_overdue(record.status, record.pay_latest, today):
            overdue[key] += record.net
    return [DueMonth(*key, amount, overdue[key]) for key, amount in expected.items()]


def paid_groups(records: Iterable[PaymentRecord]) -> list[PaidGroup]:
    """The invoices received (whenever), grouped as ``PaidGroup``."""
    groups: dict[tuple[int, int, PaymentOption, Decimal, Decimal], list[PaymentRecord]]
    groups = defaultdict(list)
    for record in records:
        if record.expects_payment and record.is_paid:
            assert record.paid_on is not None
            paid_on = record.paid_on
            key = (paid_on.year, paid_on.month, record.option, record.daily_rate, record.days)
            groups[key].append(record)
    result = []
    for key, chosen in groups.items():
        delays = [delay for record in chosen if (delay := _delay(record)) is not None]
        result.append(
            PaidGroup(
                *key,
                payments=len(chosen),
                received=sum((record.received for record in chosen), ZERO),
                fees=sum((record.fee for record in chosen), ZERO),
                shortfall=sum((max(record.net - record.received, ZERO) for record in chosen), ZERO),
                delay_days=sum(delays),
                delays=len(delays),
            )
        )
    return result


def monthly_flows(
    records: Iterable[PaymentRecord],
    today: date,
    past_months: int = PAST_MONTHS,
    next_months: int = NEXT_MONTHS,
) -> list[MonthFlow]:
    """One ``MonthFlow`` per month, from ``past_months - 1`` months ago to ``next_months``
    months ahead, oldest first."""
    records = list(records)
    return flows_of(
        today, due_months(records, today), paid_groups(records), past_months, next_months
    )


def _delay(record: PaymentRecord) -> int | None:
    if record.paid_on is None or record.cra_validated_on is None:
        return None
    return (record.paid_on - record.cra_validated_on).days


def year_totals(records: Sequence[PaymentRecord], year: int) -> YearTotals:
    """The year's billing, payments, fees and delays, in total and per option."""
    billed = [
        record for record in records if record.expects_payment and record.period_start.year == year
    ]
    return totals_of(
        year,
        sum((record.amount_ht for record in billed), ZERO),
        len(billed),
        paid_groups(records),  # totals_of keeps the year's groups
    )


def option_costs(records: Sequence[PaymentRecord], year: int) -> list[RegimeCosts]:
    """For the invoices paid during ``year``, the fees actually paid and what the same
    invoices (same days, same daily rate) would have cost under each option of their
    regime: a legacy mission cannot switch to a predictable option, so each regime is
    compared within itself."""
    return costs_of(paid_groups(records), year)  # costs_of keeps the year's groups
