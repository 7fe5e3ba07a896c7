"""Everything the dashboard shows, computed by ``domain.forecast`` and
``domain.forecast_sums`` from what SQL reads.

At 100 000 invoices, reading every one of them costs seconds, so ``load_dashboard`` reads
only what can matter: the unsettled invoices, listed one by one (payments to come,
overdue, waiting for their clock), and sums made by SQLite for the rest (the chart's
months and the current year). ``load_payment_records`` and ``build_dashboard`` compute
the same dashboard from every invoice: the reference the tests compare it with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection, Engine, func, or_, select
from sqlalchemy.sql import Select

from connect_desktop.domain.calendar import shift_month
from connect_desktop.domain.forecast import (
    OverduePayment,
    PaymentRecord,
    monthly_flows,
    option_costs,
    overdue_payments,
    undated_payments,
    upcoming_payments,
    year_totals,
)
from connect_desktop.domain.forecast_sums import (
    MonthFlow,
    RegimeCosts,
    YearTotals,
    costs_of,
    flow_months,
    flows_of,
    totals_of,
)
from connect_desktop.domain.invoice import OPEN_STATUSES, InvoiceKind
from connect_desktop.domain.money import ZERO, from_cents, halves_to_days
from connect_desktop.services.dashboard_sums import PAID_WITHOUT_DATE, read_sums
from connect_desktop.store.models import Cra, Invoice, Mission

_INVOICE = Invoice.__table__  # type: ignore[attr-defined]
_MISSION = Mission.__table__  # type: ignore[attr-defined]
_CRA = Cra.__table__  # type: ignore[attr-defined]
_I = _INVOICE.c

RECORDS_QUERY = (
    select(
        _I.id,
        _I.number,
        _MISSION.c.title,
        _I.kind,
        _I.status,
        _I.payment_option,
        _I.period_start,
        _I.days_halves,
        _I.daily_rate_cents,
        _I.amount_ht_cents,
        _I.fee_cents,
        _I.net_cents,
        _CRA.c.validated_on,
        _I.pay_earliest,
        _I.pay_latest,
        _I.paid_on,
        _I.paid_amount_cents,
    )
    .select_from(
        _INVOICE.join(_MISSION, _I.mission_id == _MISSION.c.id).outerjoin(
            _CRA, _I.cra_id == _CRA.c.id
        )
    )
    .order_by(_I.id)
)


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: date
    upcoming: tuple[PaymentRecord, ...]
    overdue: tuple[OverduePayment, ...]
    undated: tuple[PaymentRecord, ...]  # waiting for the clock to start (manual import)
    months: tuple[MonthFlow, ...]
    totals: YearTotals
    costs: tuple[RegimeCosts, ...]
    invoice_count: int

    @property
    def is_empty(self) -> bool:
        """No invoice yet: the dashboard has nothing to show but how it will fill."""
        return self.invoice_count == 0

    @property
    def upcoming_total(self) -> Decimal:
        return sum((record.net for record in self.upcoming), ZERO)

    @property
    def overdue_total(self) -> Decimal:
        return sum((item.record.net for item in self.overdue), ZERO)


def _records(connection: Connection, query: Select) -> list[PaymentRecord]:
    """Payment records from rows of ``RECORDS_QUERY``'s columns (dates and enum members
    come back already converted, by the columns' types)."""
    return [
        PaymentRecord(
            id=id_,
            number=number,
            mission_title=title,
            kind=kind,
            status=status,
            option=option,
            period_start=period_start,
            days=halves_to_days(halves),
            daily_rate=from_cents(rate),
            amount_ht=from_cents(ht),
            fee=from_cents(fee),
            net=from_cents(net),
            cra_validated_on=validated_on,
            pay_earliest=pay_earliest,
            pay_latest=pay_latest,
            paid_on=paid_on,
            paid_amount=None if paid_amount is None else from_cents(paid_amount),
        )
        for (
            id_, number, title, kind, status, option, period_start, halves, rate, ht, fee, net,
            validated_on, pay_earliest, pay_latest, paid_on, paid_amount,
        ) in connection.execute(query)
    ]  # fmt: skip


def load_payment_records(engine: Engine) -> list[PaymentRecord]:
    """Every Connect invoice and credit note, with the CRA's validation date."""
    with engine.connect() as connection:
        return _records(connection, RECORDS_QUERY)


def build_dashboard(records: list[PaymentRecord], today: date) -> Dashboard:
    """The dashboard computed from every invoice (the reference for ``load_dashboard``)."""
    return Dashboard(
        today=today,
        upcoming=tuple(upcoming_payments(records, today)),
        overdue=tuple(overdue_payments(records, today)),
        undated=tuple(undated_payments(records)),
        months=tuple(monthly_flows(records, today)),
        totals=year_totals(records, today.year),
        costs=tuple(option_costs(records, today.year)),
        invoice_count=len(records),
    )


# -- what load_dashboard reads ----------------------------------------------------------


def _unsettled_records(connection: Connection, paid_without_date: int) -> list[PaymentRecord]:
    """The invoices neither paid nor cancelled: the only ones listed one by one."""
    unsettled = _I.status.in_(OPEN_STATUSES)
    if paid_without_date:  # counted as unpaid too (never written by the app)
        unsettled = or_(unsettled, PAID_WITHOUT_DATE)
    return _records(connection, RECORDS_QUERY.where(_I.kind == InvoiceKind.INVOICE, unsettled))


def load_dashboard(engine: Engine, today: date) -> Dashboard:
    """The dashboard as of ``today``, read in one consistent snapshot: the unsettled
    invoices one by one, the rest as sums (``dashboard_sums``)."""
    months = flow_months(today)
    chart = (date(*months[0], 1), date(*shift_month(*months[-1], 1), 1))
    # Payments count in the chart's months and in the year's totals: one range of dates.
    paid_range = (
        min(chart[0], date(today.year, 1, 1)),
        max(chart[1], date(today.year + 1, 1, 1)),
    )
    with engine.connect() as connection:  # one transaction: one snapshot
        invoice_count = connection.execute(select(func.count()).select_from(_INVOICE)).scalar_one()
        sums = read_sums(connection, today, chart, paid_range, today.year)
        unsettled = _unsettled_records(connection, sums.paid_without_date)
    return Dashboard(
        today=today,
        upcoming=tuple(upcoming_payments(unsettled, today)),
        overdue=tuple(overdue_payments(unsettled, today)),
        undated=tuple(undated_payments(unsettled)),
        months=tuple(flows_of(today, sums.due, sums.paid)),
        totals=totals_of(today.year, sums.billed_ht, sums.invoices_billed, sums.paid),
        costs=tuple(costs_of(sums.paid, today.year)),
        invoice_count=invoice_count,
    )
