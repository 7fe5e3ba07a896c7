"""The main window: first run, menus and shortcuts, status bar, remembered state."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from connect_desktop.store.database import unit_of_work
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.profile import save_profile
from connect_desktop.ui import main_window as main_window_module
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.main_window import MainWindow
from connect_desktop.ui.operations import wait_for_jobs


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    return window


def settle(qtbot: QtBot) -> None:
    """Let queued database jobs run and deliver their results."""
    for _ in range(3):
        assert wait_for_jobs()
        qtbot.wait(20)


def shortcuts(window: MainWindow) -> dict[str, str]:
    return {
        action.shortcut().toString(QKeySequence.SequenceFormat.PortableText): action.text()
        for menu in window.menuBar().findChildren(QWidget)
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    }


def test_first_run_shows_the_welcome_page_and_loads_the_sample(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_window(qtbot, context)
    assert window.pages.currentWidget() is window.welcome
    assert window.status_label.text() == "No payment expected"

    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.tabs, timeout=20_000)
    settle(qtbot)

    assert window.missions_tab.objectName() == "missionsTab"  # built now, then it loads
    settle(qtbot)
    assert window.missions_tab.model.rowCount() == 5
    # Demo data: the next unpaid invoice is an Express one paid on 4 December 2026.
    assert "04/12/2026" in window.status_label.text()
    assert "13 630,00" in window.status_label.text().replace("\u202f", " ")


def test_complete_profile_button_opens_the_profile_and_leaves_the_welcome_page(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_edit_profile(parent: QWidget, ctx: AppContext, **_options: object) -> bool:
        with unit_of_work(ctx.engine) as session:
            save_profile(session, full_name="Camille Martin")
        return True

    monkeypatch.setattr(main_window_module, "edit_profile", fake_edit_profile)
    window = open_window(qtbot, context)
    qtbot.mouseClick(window.welcome.profile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.tabs, timeout=10_000)


def test_menus_carry_the_main_shortcuts(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    keys = shortcuts(window)
    assert keys["Ctrl+N"] == "&New mission"
    assert keys["Ctrl+,"] == "&Profile and settings…"
    assert keys["Ctrl+Q"] == "&Quit"
    assert keys["F1"] == "&About Connect Desktop"


def test_ctrl_n_opens_a_new_mission_in_the_editor(qtbot: QtBot, context: AppContext) -> None:
    fill_demo(context.engine, today=date(2026, 11, 28))
    window = open_window(qtbot, context)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    editor = window.findChild(QWidget, "titleEdit")
    assert editor is not None
    assert editor.text() == ""  # type: ignore[attr-defined]


def test_f1_shows_the_about_box_with_the_version(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        main_window_module, "show_about", lambda parent, title, text: shown.append((title, text))
    )
    window = open_window(qtbot, context)
    window.about_action.trigger()
    assert shown
    title, text = shown[0]
    assert title == "About Connect Desktop"
    assert "0.1.0" in text
    assert str(context.data_dir) in text


def test_geometry_and_last_tab_are_remembered(qtbot: QtBot, context: AppContext) -> None:
    fill_demo(context.engine, today=date(2026, 11, 28))
    window = open_window(qtbot, context)
    assert window.current_tab() is window.dashboard_tab  # the first tab at first
    window.resize(760, 620)
    window.show_tab(2)
    settle(qtbot)
    window.close()

    again = open_window(qtbot, context)
    assert (again.width(), again.height()) == (760, 620)
    assert again.current_tab() is again.cra_tab
    assert (context.data_dir / "window.ini").exists()


def test_cra_tab_comes_third_with_its_shortcut(qtbot: QtBot, context: AppContext) -> None:
    fill_demo(context.engine, today=date(2026, 11, 28))
    window = open_window(qtbot, context)
    assert window.tabs.tabText(2) == "&CRA"
    window.show_tab(2)
    assert window.current_tab().objectName() == "craTab"
    window.show_tab(0)
    assert shortcuts(window)["Ctrl+3"] == "CRA"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert window.current_tab() is window.cra_tab
    month = window.cra_tab.current_month()
    assert month is not None
    assert (month.year, month.month) == (2026, 11)


def test_the_cra_tab_follows_the_mission_selected_in_missions(
    qtbot: QtBot, context: AppContext
) -> None:
    fill_demo(context.engine, today=date(2026, 11, 28))
    window = open_window(qtbot, context)
    missions = window.missions_tab  # built on first use; it loads its missions
    settle(qtbot)
    missions._select_row(2)
    wanted = missions.selected_view()
    assert wanted is not None
    window.show_tab(2)
    settle(qtbot)
    assert window.cra_tab.navigator.mission_id() == wanted.id
    assert window.cra_tab.current_month().mission_id == wanted.id  # type: ignore[union-attr]


def test_a_validation_in_the_cra_tab_refreshes_the_status_bar_and_the_missions(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    from connect_desktop.domain.payment import PaymentOption
    from connect_desktop.services import cra as cra_service
    from connect_desktop.store.missions import create_mission
    from connect_desktop.ui.cra import dialogs

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
    month = cra_service.set_days(
        context.engine, mission_id, 2026, 11, {date(2026, 11, 2): 2}, date(2026, 11, 28)
    )
    assert month.cra_id is not None
    cra_service.submit(context.engine, month.cra_id, date(2026, 11, 27))
    window = open_window(qtbot, context)
    assert window.status_label.text() == "No payment expected"
    window.show_tab(2)
    settle(qtbot)
    monkeypatch.setattr(dialogs, "ask_validation_date", lambda *args: date(2026, 11, 28))
    with qtbot.waitSignal(window.missions_tab.model.modelReset, timeout=5000):
        window.cra_tab.record_validation()
        settle(qtbot)
    settle(qtbot)
    # Flash: 3 days after the validation, 600 € + 20 % VAT - 30 € fee.
    assert "01/12/2026" in window.status_label.text()
    assert "690,00" in window.status_label.text()
    assert window.missions_tab.selected_view().option_locked  # type: ignore[union-attr]


def test_invoices_tab_comes_fourth_with_its_shortcut(qtbot: QtBot, context: AppContext) -> None:
    fill_demo(context.engine, today=date(2026, 11, 28))
    window = open_window(qtbot, context)
    assert window.tabs.tabText(3) == "Connect &invoices"
    window.show_tab(3)
    assert window.current_tab().objectName() == "invoicesTab"
    window.show_tab(0)
    assert shortcuts(window)["Ctrl+4"] == "Connect invoices"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert window.current_tab() is window.invoices_tab
    qtbot.waitUntil(window.invoices_tab.rows_loaded, timeout=10_000)
    settle(qtbot)
    assert window.invoices_tab.model.rowCount() > 50
    assert window.invoices_tab.detail() is not None


def test_a_cra_validation_reloads_the_invoices_and_an_invoice_change_the_status_bar(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    from connect_desktop.domain.payment import PaymentOption
    from connect_desktop.services import cra as cra_service
    from connect_desktop.store.missions import create_mission
    from connect_desktop.ui.cra import dialogs as cra_dialogs
    from connect_desktop.ui.invoices import dialogs as invoice_dialogs

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
    month = cra_service.set_days(
        context.engine, mission_id, 2026, 11, {date(2026, 11, 2): 2}, date(2026, 11, 28)
    )
    assert month.cra_id is not None
    cra_service.submit(context.engine, month.cra_id, date(2026, 11, 27))
    window = open_window(qtbot, context)
    window.show_tab(3)
    qtbot.waitUntil(window.invoices_tab.rows_loaded, timeout=10_000)
    assert window.invoices_tab.model.rowCount() == 0

    window.show_tab(2)
    settle(qtbot)
    monkeypatch.setattr(cra_dialogs, "ask_validation_date", lambda *args: date(2026, 11, 28))
    window.cra_tab.record_validation()
    settle(qtbot)
    qtbot.waitUntil(lambda: window.invoices_tab.model.rowCount() == 1, timeout=10_000)
    assert "01/12/2026" in window.status_label.text()

    # Paid: nothing is expected any more, the status bar says so.
    window.show_tab(3)
    settle(qtbot)
    monkeypatch.setattr(
        invoice_dialogs,
        "ask_final_received",
        lambda *args: invoice_dialogs.FinalAnswer(date(2026, 11, 28), "LBC-1", None),
    )
    monkeypatch.setattr(
        invoice_dialogs, "ask_payment", lambda *args: (date(2026, 11, 28), Decimal("690"))
    )
    tab = window.invoices_tab
    for name in ("finalReceivedButton", "paymentReceivedButton"):
        button = tab.findChild(QWidget, name)
        qtbot.waitUntil(lambda button=button: button.isVisible(), timeout=10_000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
        settle(qtbot)
    qtbot.waitUntil(lambda: window.status_label.text() == "No payment expected", timeout=10_000)


def test_reminders_show_above_the_tabs_and_lead_to_the_right_tab(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from connect_desktop.ui.reminders import center as center_module

    notified: list[str] = []
    monkeypatch.setattr(
        center_module, "show_notification", lambda _center, _title, text: notified.append(text)
    )
    fill_demo(context.engine, today=date(2026, 11, 28))
    window = open_window(qtbot, context)
    qtbot.waitUntil(lambda: window.reminders.banner.isVisible(), timeout=10_000)
    assert len(notified) == 1  # once at start
    window.reminders.navigateRequested.emit("cra")
    assert window.current_tab() is window.cra_tab
    window.reminders.navigateRequested.emit("invoices")
    assert window.current_tab() is window.invoices_tab
    settle(qtbot)
    window.invoices_tab.invoicesChanged.emit()  # data changed: the banner is checked again
    settle(qtbot)
    assert len(notified) == 1


def test_a_new_day_recomputes_the_dashboard_and_the_status_bar(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from connect_desktop.ui.reminders import center as center_module

    monkeypatch.setattr(center_module, "show_notification", lambda *args: True)
    fill_demo(context.engine, today=date(2026, 11, 28))
    window = open_window(qtbot, context)
    dashboard = window.dashboard_tab
    qtbot.waitUntil(lambda: dashboard.loads >= 1, timeout=10_000)
    settle(qtbot)
    assert "28/11/2026" in dashboard.heading.text()
    loads = dashboard.loads

    context.today_override = date(2026, 12, 5)  # the app ran past midnight a few times
    window.reminders.check_date()
    qtbot.waitUntil(lambda: dashboard.loads > loads, timeout=10_000)
    settle(qtbot)
    assert "05/12/2026" in dashboard.heading.text()
    assert "04/12/2026" not in window.status_label.text()  # that payment is now past


def test_restoring_a_backup_closes_the_window_and_asks_for_it(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    backup = tmp_path / "connect-desktop-2026-11-20T0900.zip"

    def choose_restore(parent: QWidget, ctx: AppContext, on_restore: object = None) -> bool:
        assert callable(on_restore)
        on_restore(backup)
        return False

    monkeypatch.setattr(main_window_module, "edit_profile", choose_restore)
    window = open_window(qtbot, context)
    window.open_profile()
    assert window.restore_requested == backup
    assert not window.isVisible()


def test_tabs_are_built_when_first_shown_and_the_pdf_reader_starts_with_the_invoices(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[bool] = []
    monkeypatch.setattr(main_window_module, "prepare_pdf_work", lambda: started.append(True))
    fill_demo(context.engine, today=date(2026, 11, 28))
    window = open_window(qtbot, context)
    assert window.findChild(QWidget, "dashboardTab") is not None
    for name in ("missionsTab", "craTab", "invoicesTab"):
        assert window.findChild(QWidget, name) is None  # not built before it is needed
    assert not started

    window.show_tab(3)
    settle(qtbot)
    assert window.findChild(QWidget, "invoicesTab") is not None
    assert started == [True]  # once the window was idle again
    assert window.findChild(QWidget, "missionsTab") is None
