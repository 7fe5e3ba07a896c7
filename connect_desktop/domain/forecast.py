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

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, is_overdue
from connect_desktop.domain.money import ZERO
from connect_desktop.domain.payment import (
    OPTION_TERMS,
    PaymentOption,
    Regime,
    compute_fee,
    options_for,
    regime_of,
)

UPCOMING_HORIZON_DAYS = 90
PAST_MONTHS = 12  # the current month and the eleven before it
NEXT_MONTHS = 3


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


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def monthly_flows(
    records: Iterable[PaymentRecord],
    today: date,
    past_months: int = PAST_MONTHS,
    next_months: int = NEXT_MONTHS,
) -> list[MonthFlow]:
    """One ``MonthFlow`` per month, from ``past_months - 1`` months ago to ``next_months``
    months ahead, oldest first."""
    months = [
        _shift_month(today.year, today.month, delta)
        for delta in range(1 - past_months, next_months + 1)
    ]
    expected: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    received: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    overdue: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    for record in records:
        if not record.expects_payment:
            continue
        if record.pay_latest is not None:
            key = (record.pay_latest.year, record.pay_latest.month)
            expected[key] += record.net
            if is_overdue(record.status, record.pay_latest, today):
                overdue[key] += record.net
        if record.is_paid:
            assert record.paid_on is not None
            received[(record.paid_on.year, record.paid_on.month)] += record.received
    current = (today.year, today.month)
    return [
        MonthFlow(
            year,
            month,
            expected[(year, month)],
            received[(year, month)],
            overdue[(year, month)],
            (year, month) > current,
        )
        for year, month in months
    ]


def _average(values: Sequence[int]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.1"))


def _delay(record: PaymentRecord) -> int | None:
    if record.paid_on is None or record.cra_validated_on is None:
        return None
    return (record.paid_on - record.cra_validated_on).days


def paid_in_year(records: Iterable[PaymentRecord], year: int) -> list[PaymentRecord]:
    return [
        record
        for record in records
        if record.expects_payment and record.is_paid and record.paid_on.year == year  # type: ignore[union-attr]
    ]


def year_totals(records: Sequence[PaymentRecord], year: int) -> YearTotals:
    """The year's billing, payments, fees and delays, in total and per option."""
    billed = [
        record for record in records if record.expects_payment and record.period_start.year == year
    ]
    paid = paid_in_year(records, year)
    per_option = []
    for option in PaymentOption:
        chosen = [record for record in paid if record.option is option]
        if not chosen:
            continue
        per_option.append(
            OptionYear(
                option=option,
                payments=len(chosen),
                received=sum((record.received for record in chosen), ZERO),
                fees=sum((record.fee for record in chosen), ZERO),
                average_delay_days=_average(
                    [delay for record in chosen if (delay := _delay(record)) is not None]
                ),
            )
        )
    return YearTotals(
        year=year,
        billed_ht=sum((record.amount_ht for record in billed), ZERO),
        invoices_billed=len(billed),
        received=sum((record.received for record in paid), ZERO),
        fees_paid=sum((record.fee for record in paid), ZERO),
        shortfall=sum(
            (max(record.net - record.received, ZERO) for record in paid),
            ZERO,
        ),
        average_delay_days=_average(
            [delay for record in paid if (delay := _delay(record)) is not None]
        ),
        per_option=tuple(per_option),
    )


def option_costs(records: Sequence[PaymentRecord], year: int) -> list[RegimeCosts]:
    """For the invoices paid during ``year``, the fees actually paid and what the same
    invoices (same days, same daily rate) would have cost under each option of their
    regime: a legacy mission cannot switch to a predictable option, so each regime is
    compared within itself."""
    paid = paid_in_year(records, year)
    result = []
    for regime in Regime:
        invoices = [record for record in paid if regime_of(record.option) is regime]
        if not invoices:
            continue
        costs = tuple(
            OptionCost(
                option=option,
                fees=sum(
                    (compute_fee(option, record.daily_rate, record.days) for record in invoices),
                    ZERO,
                ),
                delay_days=OPTION_TERMS[option].delay_days,
                chosen_for=sum(1 for record in invoices if record.option is option),
            )
            for option in options_for(regime)
        )
        result.append(
            RegimeCosts(
                regime=regime,
                invoices=len(invoices),
                fees_paid=sum((record.fee for record in invoices), ZERO),
                options=costs,
            )
        )
    return result
