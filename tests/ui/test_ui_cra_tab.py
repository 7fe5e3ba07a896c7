"""The CRA tab on a real database: fill a month, see the money, submit, record the
client's answer, undo and redo, adjust a validated month, export the PDF (R6, R7, R8)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.store import cras as cra_store
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.invoices import list_invoices
from connect_desktop.store.missions import create_mission
from connect_desktop.store.models import CraAdjustment
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.cra import dialogs, pdf_export
from connect_desktop.ui.cra.calendar_grid import CraCalendar
from connect_desktop.ui.cra.dialogs import AdjustmentDialog, DateDialog
from connect_desktop.ui.cra.tab import CraTab
from connect_desktop.ui.operations import wait_for_jobs

TODAY = date(2026, 11, 28)  # the context's day: a Saturday
NNBSP, NBSP = "\u202f", "\xa0"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


# -- helpers -------------------------------------------------------------------------------
def new_mission(engine: Engine, **overrides: Any) -> int:
    fields: dict[str, Any] = {
        "title": "Refonte du SI",
        "client_name": "Banque Exemple",
        "start_on": date(2026, 1, 5),
        "daily_rate": Decimal("600"),
        "signed_on": date(2025, 12, 15),
        "payment_option": PaymentOption.EXPRESS,
    }
    fields.update(overrides)
    with unit_of_work(engine) as session:
        mission = create_mission(session, **fields)
        assert mission.id is not None
        return mission.id


def settle(qtbot: QtBot) -> None:
    """Let queued database jobs run and deliver their results."""
    for _ in range(3):
        assert wait_for_jobs()
        qtbot.wait(15)


def open_tab(qtbot: QtBot, context: AppContext) -> CraTab:
    tab = CraTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    settle(qtbot)
    return tab


def saved_days(engine: Engine, mission_id: int, year: int = 2026, month: int = 11) -> dict:
    with read_session(engine) as session:
        cra = cra_store.find_cra(session, mission_id, year, month)
        if cra is None or cra.id is None:
            return {}
        return cra_store.day_halves(session, cra.id)


def cra_status(engine: Engine, mission_id: int, year: int = 2026, month: int = 11) -> CraStatus:
    with read_session(engine) as session:
        cra = cra_store.find_cra(session, mission_id, year, month)
        assert cra is not None
        return cra.status


def centre(calendar: CraCalendar, day: date) -> QPoint:
    return calendar.day_rect(day).toAlignedRect().center()


def click_day(qtbot: QtBot, calendar: CraCalendar, day: date) -> None:
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=centre(calendar, day))
    settle(qtbot)


def drag_days(qtbot: QtBot, calendar: CraCalendar, first: date, last: date) -> None:
    qtbot.mousePress(calendar, Qt.MouseButton.LeftButton, pos=centre(calendar, first))
    qtbot.mouseMove(calendar, centre(calendar, last))
    qtbot.mouseRelease(calendar, Qt.MouseButton.LeftButton, pos=centre(calendar, last))
    settle(qtbot)


def key(qtbot: QtBot, widget: QWidget, name: Qt.Key, modifier: Any = None) -> None:
    if modifier is None:
        qtbot.keyClick(widget, name)
    else:
        qtbot.keyClick(widget, name, modifier)
    settle(qtbot)


def text(tab: CraTab, name: str) -> str:
    label = tab.findChild(QWidget, name)
    assert label is not None, name
    return label.text()  # type: ignore[attr-defined]


def fill_days(tab: CraTab, qtbot: QtBot, changes: dict[date, int]) -> None:
    """Enter days as the grid would ask (for set-ups; the gestures are tested apart)."""
    tab.calendar.changesRequested.emit(changes)
    settle(qtbot)


def submit(tab: CraTab, qtbot: QtBot) -> None:
    qtbot.mouseClick(tab.panel.submit_button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def week(first: date, count: int = 5) -> dict[date, int]:
    return {date(first.year, first.month, first.day + offset): 2 for offset in range(count)}


# -- filling the month ---------------------------------------------------------------------
def test_r7_fill_a_month_with_a_drag_keys_and_clicks_shows_days_and_money(
    qtbot: QtBot, context: AppContext
) -> None:
    mission_id = new_mission(context.engine)
    tab = open_tab(qtbot, context)
    calendar = tab.calendar
    assert tab.navigator.year_month() == (2026, 11)
    assert tab.current_month() is not None
    assert text(tab, "workingDaysLabel") == "20"  # November 2026: 21 weekdays, 11 Nov off

    # A drag from Monday 2 to Friday 6 fills the week; across 11 November it skips the holiday.
    drag_days(qtbot, calendar, date(2026, 11, 2), date(2026, 11, 6))
    assert sum(saved_days(context.engine, mission_id).values()) == 10
    drag_days(qtbot, calendar, date(2026, 11, 9), date(2026, 11, 13))
    saved = saved_days(context.engine, mission_id)
    assert date(2026, 11, 11) not in saved
    assert sum(saved.values()) == 18

    # Keys: 1 puts a full day on the current day, arrows move.
    calendar.setFocus()
    calendar.focus_day(date(2026, 11, 16))
    for _ in range(5):
        key(qtbot, calendar, Qt.Key.Key_1)
        key(qtbot, calendar, Qt.Key.Key_Right)
    assert sum(saved_days(context.engine, mission_id).values()) == 28

    # Clicks: 0 -> 1 -> 0.5.
    for number in (23, 24, 25, 26):
        click_day(qtbot, calendar, date(2026, 11, number))
    click_day(qtbot, calendar, date(2026, 11, 27))
    click_day(qtbot, calendar, date(2026, 11, 27))
    saved = saved_days(context.engine, mission_id)
    assert saved[date(2026, 11, 27)] == 1
    assert sum(saved.values()) == 37  # 18.5 days

    assert text(tab, "enteredDaysLabel") == "18,5"
    assert text(tab, "amountHtLabel") == f"11{NNBSP}100,00{NBSP}€"
    assert text(tab, "vatLabel") == f"2{NNBSP}220,00{NBSP}€"
    assert text(tab, "amountTtcLabel") == f"13{NNBSP}320,00{NBSP}€"
    assert text(tab, "feeLabel") == f"277,50{NBSP}€"
    assert text(tab, "netLabel") == f"13{NNBSP}042,50{NBSP}€"
    assert text(tab, "paymentLabel") == "28/12/2026"  # Express: 30 days after today
    assert tab.panel.payment_title.text() == "Expected payment if validated today"
    assert tab.panel.fee_title.text() == "Fee (Express)"
    assert text(tab, "craStatusLabel") == "Draft"
    assert tab.calendar.value_of(date(2026, 11, 27)) == 1


def test_fill_working_days_and_clear_all_go_through_the_same_save(
    qtbot: QtBot, context: AppContext
) -> None:
    mission_id = new_mission(context.engine, end_on=date(2026, 11, 20))
    tab = open_tab(qtbot, context)
    assert tab.fill_button.isEnabled()
    assert not tab.clear_button.isEnabled()

    qtbot.mouseClick(tab.fill_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    saved = saved_days(context.engine, mission_id)
    # Working days inside the mission (it ends on Friday 20): 14, never 11 November.
    assert len(saved) == 14
    assert set(saved.values()) == {2}
    assert date(2026, 11, 11) not in saved
    assert not tab.fill_button.isEnabled()  # nothing left to fill
    assert text(tab, "enteredDaysLabel") == "14"

    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert saved_days(context.engine, mission_id) == {}
    assert text(tab, "enteredDaysLabel") == "0"
    assert text(tab, "amountHtLabel") == "—"


def test_undo_and_redo_restore_the_saved_values(qtbot: QtBot, context: AppContext) -> None:
    mission_id = new_mission(context.engine)
    tab = open_tab(qtbot, context)
    calendar = tab.calendar
    click_day(qtbot, calendar, date(2026, 11, 2))  # full day
    click_day(qtbot, calendar, date(2026, 11, 2))  # half day
    qtbot.mouseClick(tab.fill_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert len(saved_days(context.engine, mission_id)) == 20
    assert tab.undo_stack.count() == 3
    assert tab.undo_button.isEnabled()

    calendar.setFocus()
    key(qtbot, calendar, Qt.Key.Key_Z, CTRL)  # undo the fill
    assert saved_days(context.engine, mission_id) == {date(2026, 11, 2): 1}
    assert calendar.value_of(date(2026, 11, 2)) == 1
    key(qtbot, calendar, Qt.Key.Key_Z, CTRL)  # undo the half day
    assert saved_days(context.engine, mission_id) == {date(2026, 11, 2): 2}
    key(qtbot, calendar, Qt.Key.Key_Z, CTRL)  # undo the first click
    assert saved_days(context.engine, mission_id) == {}
    assert text(tab, "enteredDaysLabel") == "0"
    assert not tab.undo_button.isEnabled()

    key(qtbot, calendar, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    assert saved_days(context.engine, mission_id) == {date(2026, 11, 2): 2}
    key(qtbot, calendar, Qt.Key.Key_Y, CTRL)  # redo, the other way
    assert saved_days(context.engine, mission_id) == {date(2026, 11, 2): 1}
    qtbot.mouseClick(tab.redo_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert len(saved_days(context.engine, mission_id)) == 20

    # Another month starts a new history.
    tab.navigator.step(1)
    settle(qtbot)
    assert tab.undo_stack.count() == 0


def test_a_day_outside_the_mission_is_refused_with_a_message_and_nothing_changes(
    qtbot: QtBot, context: AppContext
) -> None:
    mission_id = new_mission(context.engine, end_on=date(2026, 11, 20))
    tab = open_tab(qtbot, context)
    click_day(qtbot, tab.calendar, date(2026, 11, 23))  # after the end: the grid ignores it
    assert saved_days(context.engine, mission_id) == {}

    # All or none: the day inside the mission is not saved either.
    fill_days(tab, qtbot, {date(2026, 11, 20): 2, date(2026, 11, 23): 2})
    assert saved_days(context.engine, mission_id) == {}
    assert tab.message() == "⚠ 23/11/2026 is outside the mission's dates: nothing was changed."
    assert tab.message_label.isVisible()
    assert tab.calendar.value_of(date(2026, 11, 20)) == 0
    assert tab.undo_stack.count() == 0

    click_day(qtbot, tab.calendar, date(2026, 11, 20))  # a good change clears the message
    assert saved_days(context.engine, mission_id) == {date(2026, 11, 20): 2}
    assert not tab.message_label.isVisible()


# -- submitting and the client's answer ----------------------------------------------------
def test_an_empty_cra_cannot_be_submitted(qtbot: QtBot, context: AppContext) -> None:
    mission_id = new_mission(context.engine)
    tab = open_tab(qtbot, context)
    assert tab.panel.submit_button.isEnabled()
    submit(tab, qtbot)
    assert tab.message() == "⚠ An empty CRA cannot be submitted: fill at least half a day."

    # A CRA whose days were all cleared is refused by the service the same way.
    fill_days(tab, qtbot, {date(2026, 11, 2): 2})
    fill_days(tab, qtbot, {date(2026, 11, 2): 0})
    submit(tab, qtbot)
    assert tab.message() == "⚠ An empty CRA cannot be submitted: fill at least half a day."
    assert cra_status(context.engine, mission_id) is CraStatus.DRAFT


def test_submit_then_validate_creates_the_invoice(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    mission_id = new_mission(context.engine)
    tab = open_tab(qtbot, context)
    fill_days(tab, qtbot, week(date(2026, 11, 2)))
    fill_days(tab, qtbot, {date(2026, 11, 27): 2})  # undoable until submitted
    assert tab.undo_stack.count() == 2

    with qtbot.waitSignal(tab.craChanged, timeout=5000):
        submit(tab, qtbot)
    assert cra_status(context.engine, mission_id) is CraStatus.SUBMITTED
    assert tab.undo_stack.count() == 0
    assert text(tab, "craStatusLabel") == "Submitted"
    assert text(tab, "craReadOnlyLabel") == "CRA submitted: it can no longer be edited."
    assert "Submitted on 28/11/2026" in text(tab, "craHistoryLabel")
    assert not tab.panel.submit_button.isEnabled()
    assert tab.panel.validate_button.isEnabled()
    assert tab.panel.refuse_button.isEnabled()
    assert not tab.panel.adjust_button.isEnabled()
    assert not tab.fill_button.isEnabled()
    assert not tab.clear_button.isEnabled()

    asked: list[tuple[date, date | None, date]] = []

    def validation_date(parent: QWidget, default: date, earliest: date | None, latest: date):
        asked.append((default, earliest, latest))
        return date(2026, 11, 28)

    monkeypatch.setattr(dialogs, "ask_validation_date", validation_date)
    with qtbot.waitSignal(tab.craChanged, timeout=5000):
        qtbot.mouseClick(tab.panel.validate_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert asked == [(TODAY, TODAY, TODAY)]
    assert cra_status(context.engine, mission_id) is CraStatus.VALIDATED
    with read_session(context.engine) as session:
        invoices = list_invoices(session, mission_id)
        assert len(invoices) == 1
        invoice = invoices[0]
        assert invoice.status is InvoiceStatus.SPECIMEN
        assert invoice.days_halves == 12
        assert invoice.amount_ht_cents == 360_000
        assert invoice.net_cents == 432_000 - 9_000
    assert tab.message() == "Validation recorded: the invoice was created."
    assert text(tab, "craStatusLabel") == "Validated"
    assert "Invoice: Specimen" in text(tab, "craHistoryLabel")
    assert "Validated by the client on 28/11/2026" in text(tab, "craHistoryLabel")
    assert tab.panel.payment_title.text() == "Expected payment"
    assert text(tab, "paymentLabel") == "28/12/2026"
    assert text(tab, "craReadOnlyLabel") == (
        "CRA validated: a correction is made by an adjustment on a later month."
    )
    assert tab.panel.adjust_button.isEnabled()
    assert not tab.panel.validate_button.isEnabled()


def test_a_validation_date_in_the_future_is_refused_and_nothing_changes(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    mission_id = new_mission(context.engine)
    tab = open_tab(qtbot, context)
    fill_days(tab, qtbot, week(date(2026, 11, 2)))
    submit(tab, qtbot)
    monkeypatch.setattr(dialogs, "ask_validation_date", lambda *args: date(2026, 11, 29))
    qtbot.mouseClick(tab.panel.validate_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tab.message() == "⚠ The validation date cannot be in the future."
    assert cra_status(context.engine, mission_id) is CraStatus.SUBMITTED
    with read_session(context.engine) as session:
        assert list_invoices(session, mission_id) == []
    assert text(tab, "craStatusLabel") == "Submitted"

    # Cancelling the dialog does nothing either.
    monkeypatch.setattr(dialogs, "ask_validation_date", lambda *args: None)
    qtbot.mouseClick(tab.panel.validate_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert cra_status(context.engine, mission_id) is CraStatus.SUBMITTED


def test_a_submitted_cra_refuses_edits(qtbot: QtBot, context: AppContext) -> None:
    mission_id = new_mission(context.engine)
    tab = open_tab(qtbot, context)
    fill_days(tab, qtbot, week(date(2026, 11, 2)))
    submit(tab, qtbot)
    before = saved_days(context.engine, mission_id)

    click_day(qtbot, tab.calendar, date(2026, 11, 9))  # the grid is read-only
    tab.calendar.setFocus()
    tab.calendar.focus_day(date(2026, 11, 2))
    key(qtbot, tab.calendar, Qt.Key.Key_0)
    assert saved_days(context.engine, mission_id) == before

    fill_days(tab, qtbot, {date(2026, 11, 9): 2})  # even if asked: the service refuses
    assert tab.message() == "⚠ CRA submitted: it can no longer be edited."
    assert saved_days(context.engine, mission_id) == before
    tab.fill_working_days()
    tab.clear_days()
    settle(qtbot)
    assert saved_days(context.engine, mission_id) == before


def test_refuse_then_edit_and_submit_again(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    mission_id = new_mission(context.engine)
    tab = open_tab(qtbot, context)
    fill_days(tab, qtbot, week(date(2026, 11, 2)))
    submit(tab, qtbot)

    monkeypatch.setattr(
        dialogs, "ask_refusal", lambda *args: (date(2026, 11, 28), "Il manque le 9 novembre")
    )
    with qtbot.waitSignal(tab.craChanged, timeout=5000):
        qtbot.mouseClick(tab.panel.refuse_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert cra_status(context.engine, mission_id) is CraStatus.DRAFT
    assert tab.message() == "Refusal recorded: correct the CRA and submit it again."
    assert "Refused by the client on 28/11/2026: Il manque le 9 novembre" in text(
        tab, "craHistoryLabel"
    )
    assert text(tab, "craStatusLabel") == "Draft"
    assert not tab.findChild(QWidget, "craReadOnlyLabel").isVisible()  # type: ignore[union-attr]

    click_day(qtbot, tab.calendar, date(2026, 11, 9))
    assert saved_days(context.engine, mission_id)[date(2026, 11, 9)] == 2
    submit(tab, qtbot)
    assert cra_status(context.engine, mission_id) is CraStatus.SUBMITTED


def test_an_adjustment_goes_on_a_later_month_and_the_view_follows(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    mission_id = new_mission(context.engine)
    tab = open_tab(qtbot, context)
    fill_days(tab, qtbot, week(date(2026, 11, 2)))
    submit(tab, qtbot)
    monkeypatch.setattr(dialogs, "ask_validation_date", lambda *args: date(2026, 11, 28))
    tab.record_validation()
    settle(qtbot)
    assert cra_status(context.engine, mission_id) is CraStatus.VALIDATED

    offered: list[list[tuple[int, int]]] = []

    def adjustment(parent: QWidget, months: list[tuple[int, int]], locale: str):
        offered.append(months)
        return (2026, 12), -1, "Demi-journée du 6 novembre comptée en trop"

    monkeypatch.setattr(dialogs, "ask_adjustment", adjustment)
    with qtbot.waitSignal(tab.craChanged, timeout=5000):
        qtbot.mouseClick(tab.panel.adjust_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert offered[0][0] == (2026, 12)
    assert tab.navigator.year_month() == (2026, 12)
    month = tab.current_month()
    assert month is not None
    assert (month.year, month.month) == (2026, 12)
    assert month.adjustments[0].halves == -1
    assert tab.message() == "Adjustment added to Décembre 2026."
    assert tab.panel.billed_label.isVisible()  # days billed differ from days entered
    assert tab.panel.billed_label.text().endswith("0,5")
    assert tab.panel.status_label.text() == "Draft"
    shown = text(tab, "adjustmentsLabel")
    assert shown == "−0,5 d (corrects Novembre 2026): Demi-journée du 6 novembre comptée en trop"
    with read_session(context.engine) as session:
        december = cra_store.find_cra(session, mission_id, 2026, 12)
        assert december is not None
        rows = list(session.exec(select(CraAdjustment)).all())
        assert [(row.cra_id, row.halves) for row in rows] == [(december.id, -1)]
    # The invoice of November never changes.
    with read_session(context.engine) as session:
        assert list_invoices(session, mission_id)[0].days_halves == 10


# -- navigation ----------------------------------------------------------------------------
def test_mission_selector_and_month_navigation(qtbot: QtBot, context: AppContext) -> None:
    finished = new_mission(
        context.engine,
        title="Audit",
        client_name="Assureur",
        start_on=date(2026, 1, 5),
        end_on=date(2026, 6, 30),
    )
    active = new_mission(context.engine, title="Zeta", client_name="Client")
    tab = open_tab(qtbot, context)
    combo = tab.navigator.mission_combo
    assert combo.objectName() == "craMissionCombo"
    assert combo.itemData(0) == active  # active missions first
    assert combo.itemText(0) == "Zeta — Client"
    assert combo.itemText(1) == "Audit — Assureur (finished)"
    assert tab.current_month() is not None

    tab.select_mission(finished)
    settle(qtbot)
    assert tab.current_month().mission_id == finished  # type: ignore[union-attr]
    assert "outside the mission's dates" in text(tab, "craReadOnlyLabel")

    tab.calendar.setFocus()
    key(qtbot, tab.calendar, Qt.Key.Key_PageUp, CTRL)
    assert tab.navigator.year_month() == (2026, 10)
    key(qtbot, tab.calendar, Qt.Key.Key_Left, ALT)
    assert tab.navigator.year_month() == (2026, 9)
    key(qtbot, tab.calendar, Qt.Key.Key_Right, ALT)
    key(qtbot, tab.calendar, Qt.Key.Key_PageDown, CTRL)
    assert tab.navigator.year_month() == (2026, 11)
    qtbot.mouseClick(tab.navigator.previous_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tab.current_month().month == 10  # type: ignore[union-attr]

    tab.navigator.month_combo.setCurrentIndex(2)  # March
    tab.navigator.year_spin.setValue(2026)
    settle(qtbot)
    month = tab.current_month()
    assert month is not None
    assert (month.year, month.month) == (2026, 3)
    assert month.working_days == 22
    qtbot.mouseClick(tab.navigator.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.navigator.today_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tab.navigator.year_month() == (2026, 11)
    assert tab.current_month().month == 11  # type: ignore[union-attr]


def test_no_mission_shows_an_invitation(qtbot: QtBot, context: AppContext) -> None:
    tab = open_tab(qtbot, context)
    assert tab.pages.currentIndex() == CraTab.EMPTY_PAGE
    assert tab.current_month() is None
    mission_id = new_mission(context.engine)
    tab.reload_missions()
    settle(qtbot)
    assert tab.pages.currentIndex() == CraTab.CRA_PAGE
    assert tab.current_month().mission_id == mission_id  # type: ignore[union-attr]


# -- PDF -----------------------------------------------------------------------------------
def test_pdf_export_writes_the_file_off_the_ui_thread_and_offers_to_open_it(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    new_mission(context.engine)
    tab = open_tab(qtbot, context)
    fill_days(tab, qtbot, week(date(2026, 11, 2)))
    suggested: list[Path] = []
    target = tmp_path / "export" / "cra.pdf"
    target.parent.mkdir()

    def choose(parent: QWidget, path: Path) -> Path:
        suggested.append(path)
        return target

    opened: list[Path] = []
    monkeypatch.setattr(pdf_export, "choose_pdf_path", choose)
    monkeypatch.setattr(pdf_export, "open_path", opened.append)
    qtbot.mouseClick(tab.panel.export_button, Qt.MouseButton.LeftButton)
    assert not tab.panel.export_button.isEnabled()  # busy until the job answers
    qtbot.waitUntil(lambda: tab.panel.export_button.isEnabled(), timeout=20_000)
    settle(qtbot)
    assert suggested[0].name == "CRA-2026-11-Refonte-du-SI.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert tab.message() == f"CRA exported to {target}"
    assert tab.open_button.isVisible()
    assert not tab.panel.progress.isVisible()
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert opened == [target]


def test_pdf_export_to_an_unwritable_place_gives_a_message(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    new_mission(context.engine)
    tab = open_tab(qtbot, context)
    missing = tmp_path / "no such folder" / "cra.pdf"
    monkeypatch.setattr(pdf_export, "choose_pdf_path", lambda parent, path: missing)
    tab.export_pdf()
    qtbot.waitUntil(lambda: tab.panel.export_button.isEnabled(), timeout=20_000)
    assert tab.message().startswith("⚠ The PDF could not be written:")
    assert not tab.open_button.isVisible()


# -- the dialogs validate inline ------------------------------------------------------------
def test_validation_dialog_refuses_a_future_date_and_one_before_submission(
    qtbot: QtBot,
) -> None:
    dialog = DateDialog("t", "i", TODAY, date(2026, 11, 20), TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.error_label.isVisibleTo(dialog)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(1))
    assert dialog.error_label.text() == "⚠ The date cannot be in the future (today is 28/11/2026)."
    dialog.accept()
    assert dialog.result() == 0
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-10))
    assert dialog.error_label.text() == (
        "⚠ The date cannot be before the CRA was submitted (20/11/2026)."
    )
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(5))
    assert not dialog.error_label.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.value() == date(2026, 11, 24)


def test_refusal_dialog_requires_a_reason(qtbot: QtBot) -> None:
    dialog = DateDialog("t", "i", TODAY, None, TODAY, ask_reason=True)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_label.text() == "⚠ Enter the reason the client gave."
    assert dialog.reason_edit is not None
    dialog.reason_edit.setText("  Mauvais mois  ")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.reason() == "Mauvais mois"


def test_adjustment_dialog_requires_half_days_other_than_zero_and_a_comment(
    qtbot: QtBot,
) -> None:
    dialog = AdjustmentDialog([(2026, 12), (2027, 1)], "fr_FR")
    qtbot.addWidget(dialog)
    assert dialog.month_combo.itemText(0) == "Décembre 2026"
    dialog.days_spin.setValue(0)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_label.text() == "⚠ Enter a number of days other than zero."
    dialog.days_spin.setValue(-1.5)
    assert dialog.error_label.text() == "⚠ Explain the adjustment in a comment."
    dialog.comment_edit.setText("Deux demi-journées en moins")
    dialog.month_combo.setCurrentIndex(1)
    dialog.accept()
    assert dialog.result() == 1
    assert (dialog.target(), dialog.halves(), dialog.comment()) == (
        (2027, 1),
        -3,
        "Deux demi-journées en moins",
    )
