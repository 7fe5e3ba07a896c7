"""Everything the dashboard shows, read in one query and computed by ``domain.forecast``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, select

from connect_desktop.domain.forecast import (
    MonthFlow,
    OverduePayment,
    PaymentRecord,
    RegimeCosts,
    YearTotals,
    monthly_flows,
    option_costs,
    overdue_payments,
    undated_payments,
    upcoming_payments,
    year_totals,
)
from connect_desktop.domain.money import ZERO, from_cents, halves_to_days
from connect_desktop.store.models import Cra, Invoice, Mission

_INVOICE = Invoice.__table__  # type: ignore[attr-defined]
_MISSION = Mission.__table__  # type: ignore[attr-defined]
_CRA = Cra.__table__  # type: ignore[attr-defined]

RECORDS_QUERY = (
    select(
        _INVOICE.c.id,
        _INVOICE.c.number,
        _MISSION.c.title,
        _INVOICE.c.kind,
        _INVOICE.c.status,
        _INVOICE.c.payment_option,
        _INVOICE.c.period_start,
        _INVOICE.c.days_halves,
        _INVOICE.c.daily_rate_cents,
        _INVOICE.c.amount_ht_cents,
        _INVOICE.c.fee_cents,
        _INVOICE.c.net_cents,
        _CRA.c.validated_on,
        _INVOICE.c.pay_earliest,
        _INVOICE.c.pay_latest,
        _INVOICE.c.paid_on,
        _INVOICE.c.paid_amount_cents,
    )
    .select_from(
        _INVOICE.join(_MISSION, _INVOICE.c.mission_id == _MISSION.c.id).outerjoin(
            _CRA, _INVOICE.c.cra_id == _CRA.c.id
        )
    )
    .order_by(_INVOICE.c.id)
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


def load_payment_records(engine: Engine) -> list[PaymentRecord]:
    """Every Connect invoice and credit note, with the CRA's validation date.

    The Core query hands back dates and enum members already (the columns' types)."""
    with engine.connect() as connection:
        rows = connection.execute(RECORDS_QUERY).all()
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
        ) in rows
    ]  # fmt: skip


def build_dashboard(records: list[PaymentRecord], today: date) -> Dashboard:
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


def load_dashboard(engine: Engine, today: date) -> Dashboard:
    """The dashboard as of ``today`` (a read in one consistent snapshot)."""
    return build_dashboard(load_payment_records(engine), today)
