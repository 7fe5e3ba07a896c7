"""The dashboard tab with the demo data, with an empty database, and as data changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from connect_desktop.domain.money import format_money
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services import cra as cra_service
from connect_desktop.services.dashboard import load_dashboard
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.missions import create_mission
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.dashboard.chart import nice_ticks
from connect_desktop.ui.dashboard.tab import DashboardTab
from connect_desktop.ui.dashboard.table_models import INVOICE_ID_ROLE
from connect_desktop.ui.main_window import MainWindow
from connect_desktop.ui.operations import wait_for_jobs

TODAY = date(2026, 11, 28)


def settle(qtbot: QtBot) -> None:
    """Let queued jobs run and Qt finish with their messengers (deleted later)."""
    for _ in range(3):
        assert wait_for_jobs()
        qtbot.wait(20)


def open_tab(qtbot: QtBot, context: AppContext) -> DashboardTab:
    tab = DashboardTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitUntil(lambda: tab.loads == 1, timeout=10_000)
    settle(qtbot)
    return tab


def open_demo_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    fill_demo(context.engine, today=TODAY)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def column(model: QAbstractItemModel, column_index: int) -> list[str]:
    return [model.index(row, column_index).data() for row in range(model.rowCount())]


def test_empty_database_shows_a_page_that_explains_itself(
    qtbot: QtBot, context: AppContext
) -> None:
    tab = open_tab(qtbot, context)
    assert not tab.is_showing_content()
    label = tab.findChild(QLabel, "dashboardEmptyLabel")
    assert label is not None
    assert label.isVisible()
    assert "CRA" in label.text()


def test_demo_data_fills_every_part_of_the_dashboard(qtbot: QtBot, context: AppContext) -> None:
    fill_demo(context.engine, today=TODAY)
    expected = load_dashboard(context.engine, TODAY)
    tab = open_tab(qtbot, context)
    assert tab.is_showing_content()

    # Payments to come and overdue invoices, in the order of the service.
    upcoming = tab.upcoming_model
    assert [upcoming.index(row, 0).data(INVOICE_ID_ROLE) for row in range(upcoming.rowCount())] == [
        record.id for record in expected.upcoming
    ]
    assert column(upcoming, upcoming.NET) == [
        format_money(record.net, "fr_FR") for record in expected.upcoming
    ]
    overdue = tab.overdue_model
    assert overdue.rowCount() == len(expected.overdue) > 0
    first_late = expected.overdue[0].days_late
    assert str(first_late) in overdue.index(0, overdue.DELAY).data()
    assert overdue.index(0, overdue.DELAY).data(Qt.ItemDataRole.ForegroundRole) is not None

    # Headline figures, formatted the French way.
    assert tab.upcoming_card.value.text() == format_money(expected.upcoming_total, "fr_FR")
    assert tab.overdue_card.value.text() == format_money(expected.overdue_total, "fr_FR")
    assert tab.billed_card.value.text() == format_money(expected.totals.billed_ht, "fr_FR")
    assert tab.fees_card.value.text() == format_money(expected.totals.fees_paid, "fr_FR")
    assert "\u202f" in tab.billed_card.value.text()  # 557 595,00 €: a narrow space

    # The chart: fifteen months with French names, French amounts, tooltips.
    labels = tab.chart.labels()
    assert len(labels) == 15
    assert labels[0] == "déc.<br>2025"
    assert labels[-1] == "févr.<br>2027"
    assert all(label.endswith("€") for label in tab.chart.amount_labels())
    november = expected.months[11]
    tooltip = tab.chart.tooltip(11)
    assert tooltip.startswith("Novembre 2026")
    assert format_money(november.expected, "fr_FR") in tooltip
    assert format_money(november.received, "fr_FR") in tooltip
    assert tab.chart.expected_set.count() == 15
    assert Decimal(str(tab.chart.received_set.at(11))) == november.received

    # The year per option and what the options cost.
    options = column(tab.option_year_panel.model, tab.option_year_panel.OPTION)
    assert len(options) == len(expected.totals.per_option) > 0
    costs = tab.costs_panel.model
    assert costs.rowCount() == sum(len(regime.options) for regime in expected.costs)
    assert "2026" in tab.costs_panel.summary.text()


def test_activating_a_payment_asks_for_its_invoice(qtbot: QtBot, context: AppContext) -> None:
    fill_demo(context.engine, today=TODAY)
    tab = open_tab(qtbot, context)
    table = tab.upcoming_panel.table
    wanted = tab.upcoming_model.index(0, 0).data(INVOICE_ID_ROLE)
    table.setFocus()
    table.setCurrentIndex(tab.upcoming_model.index(0, 0))
    asked: list[int] = []
    tab.invoiceRequested.connect(asked.append)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert asked == [wanted]


def test_the_window_opens_on_the_dashboard_and_goes_to_a_chosen_invoice(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_demo_window(qtbot, context)
    settle(qtbot)
    assert window.tabs.currentIndex() == 0
    assert window.dashboard_tab.objectName() == "dashboardTab"
    assert window.current_tab() is window.dashboard_tab
    qtbot.waitUntil(window.dashboard_tab.is_showing_content, timeout=10_000)
    wanted = window.dashboard_tab.overdue_model.index(0, 0).data(INVOICE_ID_ROLE)
    window.dashboard_tab.invoiceRequested.emit(wanted)
    settle(qtbot)
    qtbot.waitUntil(window.invoices_tab.rows_loaded, timeout=10_000)
    settle(qtbot)
    assert window.current_tab() is window.invoices_tab
    assert window.invoices_tab.selected_id() == wanted


def test_a_validated_cra_updates_the_dashboard(qtbot: QtBot, context: AppContext) -> None:
    with unit_of_work(context.engine) as session:
        mission = create_mission(
            session,
            title="Refonte",
            client_name="Banque",
            start_on=date(2026, 1, 5),
            daily_rate=Decimal("600"),
            signed_on=date(2025, 12, 15),
            payment_option=PaymentOption.FLASH,
        )
        mission_id = mission.id
    assert mission_id is not None
    tab = open_tab(qtbot, context)
    assert not tab.is_showing_content()

    month = cra_service.set_days(
        context.engine, mission_id, 2026, 11, {date(2026, 11, 2): 2}, TODAY
    )
    assert month.cra_id is not None
    cra_service.submit(context.engine, month.cra_id, date(2026, 11, 27))
    cra_service.record_validation(
        context.engine, month.cra_id, TODAY, today=TODAY, data_dir=context.data_dir
    )
    tab.refresh()
    qtbot.waitUntil(lambda: tab.loads == 2, timeout=10_000)
    settle(qtbot)
    assert tab.is_showing_content()
    # One day at 600 €: 720 € TTC less the Flash fee of 30 € = 690 €, due 01/12/2026.
    assert column(tab.upcoming_model, 0) == ["01/12/2026"]
    assert tab.upcoming_card.value.text() == format_money(Decimal("690"), "fr_FR")


def test_a_hidden_dashboard_waits_to_be_shown_before_computing(
    qtbot: QtBot, context: AppContext
) -> None:
    fill_demo(context.engine, today=TODAY)
    tab = open_tab(qtbot, context)
    tab.hide()
    tab.refresh()
    settle(qtbot)
    assert tab._stale
    tab.show()
    qtbot.waitUntil(lambda: tab.loads == 2, timeout=10_000)
    settle(qtbot)
    assert not tab._stale


def test_amount_axis_ticks_are_round() -> None:
    assert nice_ticks(Decimal("86543")) == [0, 20000, 40000, 60000, 80000, 100000]
    assert nice_ticks(Decimal("0")) == [0, 1]
    assert nice_ticks(Decimal("690")) == [0, 200, 400, 600, 800]


def test_going_to_an_invoice_clears_the_filters_that_hide_it(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_demo_window(qtbot, context)
    window.show_tab(3)
    qtbot.waitUntil(window.invoices_tab.rows_loaded, timeout=10_000)
    settle(qtbot)
    bar = window.invoices_tab.filter_bar
    bar.search_edit.setText("aucune facture ne porte ce texte")
    bar.apply_text()
    assert window.invoices_tab.model.rowCount() == 0
    wanted = load_dashboard(context.engine, TODAY).overdue[0].record.id
    window.show_tab(0)
    window.show_invoice(wanted)
    settle(qtbot)
    assert window.current_tab() is window.invoices_tab
    assert bar.search_edit.text() == ""
    assert window.invoices_tab.selected_id() == wanted
