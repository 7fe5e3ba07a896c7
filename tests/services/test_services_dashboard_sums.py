"""``load_dashboard`` reads only the invoices that can matter and lets SQLite add up the
rest: on a generated history it must give exactly what the rules give from every
invoice (``build_dashboard`` over ``load_payment_records``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services import invoices as invoice_service
from connect_desktop.services.dashboard import (
    build_dashboard,
    load_dashboard,
    load_payment_records,
)
from connect_desktop.services.invoice_actions import record_payment
from connect_desktop.store.database import database_path, open_database
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.models import Invoice

FILLED_ON = date(2026, 11, 28)


def _final_invoices(engine: Engine) -> list[tuple[int, int]]:
    """(id, net cents) of the final invoices, oldest first."""
    table = Invoice.__table__  # type: ignore[attr-defined]
    with engine.connect() as connection:
        rows = connection.execute(
            select(table.c.id, table.c.net_cents)
            .where(table.c.status == InvoiceStatus.FINAL)
            .order_by(table.c.id)
        ).all()
    return [(id_, net) for id_, net in rows]


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Eight missions over 30 months, every status, plus what the demo lacks: payments
    below and above the net, and a cancelled invoice with its credit note. Only read by
    the tests, so it is filled once for the module."""
    folder: Path = tmp_path_factory.mktemp("history")
    engine = open_database(database_path(folder))
    fill_demo(engine, missions=8, months=30, today=FILLED_ON)
    finals = _final_invoices(engine)
    assert len(finals) >= 3
    (short_id, short_net), (over_id, over_net), (cancelled_id, _net) = finals[:3]
    record_payment(engine, short_id, FILLED_ON, Decimal(short_net - 12_345) / 100, today=FILLED_ON)
    record_payment(engine, over_id, FILLED_ON - timedelta(days=40), Decimal(over_net + 500) / 100,
                   today=FILLED_ON)  # fmt: skip
    invoice_service.cancel_invoice(engine, cancelled_id, FILLED_ON, "Erreur", today=FILLED_ON)
    yield engine
    engine.dispose()


@pytest.mark.parametrize(
    "today",
    [
        FILLED_ON,
        date(2026, 1, 1),  # the year just began: its totals are almost empty
        date(2026, 12, 31),  # the chart reaches into next year
        date(2025, 3, 15),
        date(2024, 6, 1),  # before most of the history
        date(2027, 5, 20),  # after all of it: everything unpaid is late
    ],
)
def test_load_dashboard_equals_the_rules_over_every_invoice(history: Engine, today: date) -> None:
    fast = load_dashboard(history, today)
    reference = build_dashboard(load_payment_records(history), today)
    assert fast == reference


def test_the_generated_history_exercises_every_figure(history: Engine) -> None:
    """The comparison above is only worth something if each figure has content."""
    dashboard = load_dashboard(history, FILLED_ON)
    assert dashboard.upcoming
    assert dashboard.overdue
    assert dashboard.undated
    assert any(month.received for month in dashboard.months)
    assert any(month.overdue for month in dashboard.months)
    totals = dashboard.totals
    assert totals.shortfall == Decimal("123.45")
    assert totals.average_delay_days is not None
    assert {option.option for option in totals.per_option} >= {
        PaymentOption.BASIC,
        PaymentOption.ON_CLIENT_PAYMENT,
    }
    assert len(dashboard.costs) == 2  # both regimes
