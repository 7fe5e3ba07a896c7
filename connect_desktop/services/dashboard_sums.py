"""The dashboard's sums, added up by SQLite in one pass over the invoices.

Only the invoices that can count are read (due in the chart's months, paid in those
months or in the current year, billed in the current year) and SQLite groups them, so
that Python receives a few hundred groups rather than every invoice.
``domain.forecast_sums`` turns the groups (``DueMonth`` and ``PaidGroup``) into figures;
``domain.forecast`` makes the same groups from records, for the tests' reference.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection, Integer, String, and_, case, cast, func, literal, or_, select
from sqlalchemy.sql import ColumnElement

from connect_desktop.domain.forecast_sums import DueMonth, PaidGroup
from connect_desktop.domain.invoice import OPEN_STATUSES, InvoiceKind, InvoiceStatus
from connect_desktop.domain.money import from_cents, halves_to_days
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.store.models import Cra, Invoice

_INVOICE = Invoice.__table__  # type: ignore[attr-defined]
_CRA = Cra.__table__  # type: ignore[attr-defined]
_I = _INVOICE.c

# Invoices that expect a payment (not cancelled, not credit notes).
EXPECTING = and_(_I.kind == InvoiceKind.INVOICE, _I.status != InvoiceStatus.CANCELLED)
# ``PaymentRecord.is_paid`` wants a payment date too; the store always writes both.
PAID_WITHOUT_DATE = and_(_I.status == InvoiceStatus.PAID, _I.paid_on.is_(None))


@dataclass(frozen=True, slots=True)
class InvoiceSums:
    due: list[DueMonth]
    paid: list[PaidGroup]
    billed_ht: Decimal  # invoices whose period starts in the year
    invoices_billed: int
    paid_without_date: int  # such invoices count as unpaid: the caller lists them


def _between(column: ColumnElement[date], first: date, after: date) -> ColumnElement[bool]:
    return and_(column >= first, column < after)


def _month_of(column: ColumnElement[date]) -> ColumnElement[str]:
    """ "YYYY-MM": SQLite stores dates as ISO text."""
    return func.substr(column, 1, 7, type_=String)


def _year_month(text: str) -> tuple[int, int]:
    return int(text[:4]), int(text[5:7])


def _paid_group(key: tuple[int, int, str, int, int], totals: list[int]) -> PaidGroup:
    year, month, option, rate, halves = key
    payments, received, fees, shortfall, delay_days, delays = totals
    return PaidGroup(
        year,
        month,
        PaymentOption(option),
        from_cents(rate),
        halves_to_days(halves),
        payments=payments,
        received=from_cents(received),
        fees=from_cents(fees),
        shortfall=from_cents(shortfall),
        delay_days=delay_days,
        delays=delays,
    )


def read_sums(
    connection: Connection,
    today: date,
    chart: tuple[date, date],
    paid_range: tuple[date, date],
    year: int,
) -> InvoiceSums:
    """Sums over the invoices due within ``chart`` (first day, day after), paid within
    ``paid_range`` and billed during ``year``."""
    due = _between(_I.pay_latest, *chart)
    late = and_(due, _I.status.in_(OPEN_STATUSES), _I.pay_latest < today)
    paid = and_(_I.status == InvoiceStatus.PAID, _between(_I.paid_on, *paid_range))
    billed = _between(_I.period_start, date(year, 1, 1), date(year + 1, 1, 1))
    received = func.coalesce(_I.paid_amount_cents, _I.net_cents)
    delay = cast(func.julianday(_I.paid_on) - func.julianday(_CRA.c.validated_on), Integer)

    def flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return case((condition, literal(1)), else_=literal(0))

    def when_paid(column: ColumnElement[object]) -> ColumnElement[object]:
        # Only payments are told apart by option, rate and days: fewer groups.
        return case((paid, column), else_=None)

    keys = (
        case((due, _month_of(_I.pay_latest)), else_=None),
        flag(late),
        case((paid, _month_of(_I.paid_on)), else_=None),
        when_paid(cast(_I.payment_option, String)),
        when_paid(_I.daily_rate_cents),
        when_paid(_I.days_halves),
        flag(billed),
        flag(PAID_WITHOUT_DATE),
    )
    query = (
        select(
            *keys,
            func.count(),
            func.sum(_I.net_cents),
            func.sum(received),
            func.sum(_I.fee_cents),
            func.sum(func.max(_I.net_cents - received, 0)),
            func.coalesce(func.sum(delay), 0),
            func.count(delay),
            func.sum(_I.amount_ht_cents),
        )
        .select_from(_INVOICE.outerjoin(_CRA, _I.cra_id == _CRA.c.id))
        .where(EXPECTING, or_(due, paid, billed, PAID_WITHOUT_DATE))
        .group_by(*keys)
    )
    expected: dict[tuple[int, int], int] = defaultdict(int)
    overdue: dict[tuple[int, int], int] = defaultdict(int)
    payments: dict[tuple[int, int, str, int, int], list[int]] = {}
    billed_cents = invoices_billed = without_date = 0
    for (
        due_month, is_late, paid_month, option, rate, halves, is_billed, is_without_date,
        count, net, received_cents, fees, shortfall, delay_days, delays, ht,
    ) in connection.execute(query):  # fmt: skip
        if due_month is not None:
            expected[_year_month(due_month)] += net
            if is_late:
                overdue[_year_month(due_month)] += net
        if paid_month is not None:
            totals = payments.setdefault((*_year_month(paid_month), option, rate, halves), [0] * 6)
            for index, value in enumerate(
                (count, received_cents, fees, shortfall, delay_days, delays)
            ):
                totals[index] += value
        if is_billed:
            billed_cents += ht
            invoices_billed += count
        if is_without_date:
            without_date += count
    return InvoiceSums(
        due=[
            DueMonth(*key, from_cents(cents), from_cents(overdue[key]))
            for key, cents in expected.items()
        ],
        paid=[_paid_group(key, totals) for key, totals in payments.items()],
        billed_ht=from_cents(billed_cents),
        invoices_billed=invoices_billed,
        paid_without_date=without_date,
    )
