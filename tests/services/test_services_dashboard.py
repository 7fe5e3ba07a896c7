"""The dashboard read from a real database: the figures of invoices made through the
services, and the demo data set seen both by the dashboard and by the invoices tab."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine

from connect_desktop.domain.calendar import working_days_of_month
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.payment import PaymentOption, Regime
from connect_desktop.services import invoices as invoice_service
from connect_desktop.services.dashboard import load_dashboard, load_payment_records
from connect_desktop.services.invoice_rows import list_invoice_rows
from connect_desktop.store.cras import create_cra, set_day, submit_cra, validate_cra
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.missions import create_mission

TODAY = date(2026, 11, 28)
D = Decimal


def mission(engine: Engine, **overrides: Any) -> int:
    fields: dict[str, Any] = {
        "title": "Refonte du SI de facturation",
        "client_name": "Banque Exemple SA",
        "start_on": date(2026, 1, 5),
        "daily_rate": D("600"),
        "signed_on": date(2025, 12, 15),
        "payment_option": PaymentOption.EXPRESS,
    }
    fields.update(overrides)
    with unit_of_work(engine) as session:
        created = create_mission(session, **fields)
        assert created.id is not None
        return created.id


def validated_invoice(engine: Engine, mission_id: int, month: int, validated_on: date) -> int:
    """20 full days of ``month`` 2026, submitted and validated by the client."""
    with unit_of_work(engine) as session:
        cra = create_cra(session, mission_id, 2026, month)
        assert cra.id is not None
        for day in working_days_of_month(2026, month)[:20]:
            set_day(session, cra.id, day, 2)
        submit_cra(session, cra.id, validated_on - timedelta(days=1))
        invoice = validate_cra(session, cra.id, validated_on)
        assert invoice.id is not None
        return invoice.id


def test_empty_database_gives_an_empty_dashboard(engine: Engine) -> None:
    dashboard = load_dashboard(engine, TODAY)
    assert dashboard.is_empty
    assert dashboard.upcoming == dashboard.overdue == dashboard.costs == ()
    assert len(dashboard.months) == 15
    assert all(month.expected == month.received == 0 for month in dashboard.months)


def test_figures_of_invoices_made_through_the_services(engine: Engine, data_dir: Any) -> None:
    express = mission(engine)
    legacy = mission(
        engine,
        title="Architecte data",
        signed_on=date(2025, 2, 10),
        payment_option=PaymentOption.ON_CLIENT_PAYMENT,
        daily_rate=D("500"),
        client_term_days=45,
    )
    # Express, June: 20 x 600 = 12 000 HT, 14 400 TTC, fee 300, net 14 100, due 01/08.
    june = validated_invoice(engine, express, 6, date(2026, 7, 2))
    invoice_service.record_final(engine, data_dir, june, date(2026, 7, 3), "LBC-1", today=TODAY)
    invoice_service.record_payment(engine, june, date(2026, 8, 3), D("14000"), today=TODAY)
    # Express, October: validated 27/11, due 27/12: upcoming.
    october = validated_invoice(engine, express, 10, date(2026, 11, 27))
    # Legacy, August: 20 x 500 = 12 000 TTC, validated 02/09, the client pays 45 days
    # later (17/10), LBC within 5 to 8 working days: 23/10 to 28/10. Overdue by 31 days.
    august = validated_invoice(engine, legacy, 8, date(2026, 9, 2))

    dashboard = load_dashboard(engine, TODAY)

    assert [record.id for record in dashboard.upcoming] == [october]
    assert dashboard.upcoming[0].pay_latest == date(2026, 12, 27)
    assert [(item.record.id, item.days_late) for item in dashboard.overdue] == [(august, 31)]
    assert dashboard.overdue_total == D("12000.00")
    totals = dashboard.totals
    assert totals.billed_ht == D("34000.00")  # 12 000 + 12 000 + 10 000
    assert totals.received == D("14000.00")
    assert totals.fees_paid == D("300.00")
    assert totals.shortfall == D("100.00")
    assert totals.average_delay_days == D("32.0")  # 02/07 to 03/08
    months = {(item.year, item.month): item for item in dashboard.months}
    assert months[(2026, 8)].expected == D("14100.00")
    assert months[(2026, 8)].received == D("14000.00")
    assert months[(2026, 10)].overdue == D("12000.00")
    assert months[(2026, 12)].expected == D("14100.00")  # 14 400 - 300 (2,5 % x 600 x 20)
    (predictable,) = [cost for cost in dashboard.costs if cost.regime is Regime.PREDICTABLE]
    assert [(item.option, item.fees) for item in predictable.options] == [
        (PaymentOption.BASIC, D("0.00")),
        (PaymentOption.EXPRESS, D("300.00")),
        (PaymentOption.FLASH, D("600.00")),
    ]


def test_cancelled_invoice_and_its_credit_note_expect_nothing(
    engine: Engine, data_dir: Any
) -> None:
    invoice = validated_invoice(engine, mission(engine), 10, date(2026, 11, 2))
    invoice_service.cancel_invoice(engine, invoice, TODAY, "Erreur de jours", today=TODAY)
    records = load_payment_records(engine)
    assert {record.kind for record in records} == {InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE}
    dashboard = load_dashboard(engine, TODAY)
    assert dashboard.upcoming == ()
    assert dashboard.totals.billed_ht == D("0.00")
    assert all(month.expected == 0 for month in dashboard.months)


def test_demo_data_agrees_with_the_invoices_tab(engine: Engine) -> None:
    fill_demo(engine, today=TODAY)
    rows = {row.id: row for row in list_invoice_rows(engine)}
    records = load_payment_records(engine)
    assert {record.id for record in records} == set(rows)
    for record in records:
        row = rows[record.id]
        assert (record.status, record.net, record.pay_latest, record.paid_on) == (
            row.status,
            row.net,
            row.pay_latest,
            row.paid_on,
        )
    dashboard = load_dashboard(engine, TODAY)
    overdue_rows = {row.id for row in rows.values() if row.is_overdue(TODAY)}
    assert {item.record.id for item in dashboard.overdue} == overdue_rows
    assert dashboard.upcoming
    assert dashboard.overdue
    assert dashboard.costs
    assert all(record.status is not InvoiceStatus.PAID for record in dashboard.upcoming)
