"""The dashboard's payment tables with many rows: texts made when a row is first read,
columns fitted to the first rows rather than to every row."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from connect_desktop.domain.forecast import OverduePayment, PaymentRecord
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.money import format_money
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.ui.dashboard.panels import TablePanel
from connect_desktop.ui.dashboard.table_models import INVOICE_ID_ROLE, OverduePaymentsModel

TODAY = date(2026, 11, 28)


def overdue(count: int) -> list[OverduePayment]:
    items = []
    for index in range(count):
        due = TODAY - timedelta(days=10 + index)
        net = Decimal(1000 + 37 * index)
        record = PaymentRecord(
            id=index + 1,
            number=f"LBC-{index + 1}",
            mission_title=f"Mission {index}",
            kind=InvoiceKind.INVOICE,
            status=InvoiceStatus.FINAL,
            option=PaymentOption.BASIC,
            period_start=date(2026, 1, 1),
            days=Decimal("10"),
            daily_rate=Decimal("100"),
            amount_ht=net,
            fee=Decimal("0.00"),
            net=net,
            cra_validated_on=due - timedelta(days=60),
            pay_earliest=due,
            pay_latest=due,
            paid_on=None,
            paid_amount=None,
        )
        items.append(OverduePayment(record, (TODAY - due).days))
    return items


def test_rows_are_made_when_first_read(qtbot: QtBot) -> None:
    model = OverduePaymentsModel("fr_FR")
    model.set_overdue(overdue(300))
    assert model.rowCount() == 300
    assert model.rows[299] is None  # nothing formatted yet
    index = model.index(299, OverduePaymentsModel.NET)
    assert index.data() == format_money(Decimal(1000 + 37 * 299), "fr_FR")
    assert index.data(INVOICE_ID_ROLE) == 300
    assert model.index(299, 0).data(Qt.ItemDataRole.ToolTipRole) == "LBC-300 · Basic"
    assert model.rows[298] is None


def test_a_long_table_fits_its_columns_to_its_first_rows(qtbot: QtBot) -> None:
    model = OverduePaymentsModel("fr_FR")
    panel = TablePanel(
        "overduePanel",
        "Overdue invoices",
        model,
        "None",
        stretch_column=OverduePaymentsModel.MISSION,
        sample_rows=20,
    )
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    model.set_overdue(overdue(500))
    qtbot.wait(20)
    assert not panel.is_empty()
    assert sum(texts is not None for texts in model.rows) <= 40  # the sample, the rows shown
    metrics = panel.table.fontMetrics()
    header = panel.table.horizontalHeader()
    widest = max(metrics.horizontalAdvance(model.row_texts(row)[2]) for row in range(20))
    assert header.sectionSize(OverduePaymentsModel.NET) > widest
