"""The Missions tab driven as a user would: keyboard, mouse, and the database behind it.

Every database call of the tab runs through ``run_job``; ``settle`` waits for the jobs and
delivers their results. What a test saved is read back from the database with the
services, never from the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from connect_desktop.domain.calendar import working_days_of_month
from connect_desktop.domain.money import format_date, format_money
from connect_desktop.domain.payment import PaymentOption, Regime
from connect_desktop.services.missions import (
    MissionDraft,
    MissionView,
    load_missions,
    save_mission,
)
from connect_desktop.store import cras as cra_store
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.missions import OptionLockedError
from connect_desktop.store.profile import save_profile
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.missions import tab as tab_module
from connect_desktop.ui.missions.option_card import OptionCard
from connect_desktop.ui.missions.option_chooser import PaymentOptionChooser
from connect_desktop.ui.missions.tab import MissionsTab
from connect_desktop.ui.operations import wait_for_jobs

TODAY = date(2026, 11, 28)
NOVEMBER_DAYS = len(working_days_of_month(2026, 11))  # 20
W = TypeVar("W", bound=QWidget)


# -- helpers ------------------------------------------------------------------------------
def settle() -> None:
    """Run the queued jobs and deliver their results (a save triggers a reload: loop)."""
    for _ in range(4):
        assert wait_for_jobs()
        QApplication.processEvents()


def child(tab: QWidget, kind: type[W], name: str) -> W:
    found = tab.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def card(tab: QWidget, option: PaymentOption) -> OptionCard:
    return child(tab, OptionCard, f"optionCard_{option.value}")


def cards(tab: MissionsTab) -> list[str]:
    return [option.value for option in tab.editor.chooser.cards]


def label_text(widget: QWidget, name: str) -> str:
    return child(widget, QLabel, name).text()


def error_shown(tab: QWidget, name: str) -> bool:
    label = child(tab, QLabel, f"{name}Error")
    return label.isVisibleTo(tab) and bool(label.text())


def saved(engine: Engine) -> list[MissionView]:
    return load_missions(engine, TODAY)


def add_mission(
    engine: Engine,
    title: str = "Consultant DevOps",
    *,
    rate: str = "500",
    option: PaymentOption = PaymentOption.EXPRESS,
    signed_on: date = date(2025, 6, 1),
    start_on: date = date(2025, 6, 2),
) -> MissionView:
    draft = MissionDraft(
        title=title,
        client_name="Transports Rhône-Alpes",
        start_on=start_on,
        daily_rate=Decimal(rate),
        signed_on=signed_on,
        payment_option=option,
        lbc_reference="LBC-2025-00042",
    )
    return save_mission(engine, draft, TODAY)


def validate_a_cra(engine: Engine, mission_id: int) -> None:
    with unit_of_work(engine) as session:
        cra = cra_store.create_cra(session, mission_id, 2026, 11)
        assert cra.id is not None
        cra_store.fill_working_days(session, cra.id)
        cra_store.submit_cra(session, cra.id, TODAY)
        cra_store.validate_cra(session, cra.id, TODAY)


def type_date(qtbot: QtBot, edit: QDateEdit, digits: str) -> None:
    """Type a date as ddmmyyyy into a date field, from its first section."""
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(edit, digits)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest's keyClicks only knows ASCII, so accents go alone."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def replace_text(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(qtbot, edit, text)


@pytest.fixture
def open_tab(qtbot: QtBot, context: AppContext) -> Callable[[], MissionsTab]:
    def opener() -> MissionsTab:
        widget = MissionsTab(context)
        qtbot.addWidget(widget)
        widget.resize(1280, 800)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitActive(widget)
        widget.reload()
        settle()
        return widget

    return opener


# -- loading and the empty state ---------------------------------------------------------
def test_an_empty_database_shows_the_invitation_instead_of_an_empty_table(
    open_tab: Callable[[], MissionsTab],
) -> None:
    tab = open_tab()
    assert tab.objectName() == "missionsTab"
    assert child(tab, QPushButton, "emptyNewMissionButton").isVisibleTo(tab)
    assert not child(tab, QTableView, "missionsTable").isVisibleTo(tab)
    assert not tab.editor.isVisibleTo(tab)


def test_the_first_mission_is_selected_at_start_and_kept_on_reload(
    open_tab: Callable[[], MissionsTab], engine: Engine
) -> None:
    add_mission(engine, "Mission ancienne", start_on=date(2025, 6, 2))
    newest = add_mission(engine, "Mission récente", start_on=date(2026, 2, 2))
    tab = open_tab()
    table = child(tab, QTableView, "missionsTable")
    assert table.isVisibleTo(tab)
    assert tab.selected_view() is not None
    assert tab.selected_view().id == newest.id  # newest start first
    assert child(tab, QLineEdit, "titleEdit").text() == "Mission récente"

    table.selectRow(1)
    assert child(tab, QLineEdit, "titleEdit").text() == "Mission ancienne"
    tab.reload()
    settle()
    assert child(tab, QLineEdit, "titleEdit").text() == "Mission ancienne"
    assert tab.selected_view().draft.title == "Mission ancienne"


# -- creating a mission ------------------------------------------------------------------
def test_a_mission_is_created_with_the_keyboard_and_the_mouse(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    tab = open_tab()
    qtbot.mouseClick(child(tab, QPushButton, "emptyNewMissionButton"), Qt.MouseButton.LeftButton)
    title = child(tab, QLineEdit, "titleEdit")
    assert title.hasFocus()

    type_text(qtbot, title, "Développeur Python")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    client = child(tab, QLineEdit, "clientEdit")
    assert client.hasFocus()
    qtbot.keyClicks(client, "Assurances du Littoral")
    qtbot.keyClicks(child(tab, QLineEdit, "referenceEdit"), "LBC-2026-04123")
    type_date(qtbot, child(tab, QDateEdit, "startDateEdit"), "01122026")
    qtbot.keyClicks(child(tab, QLineEdit, "dailyRateEdit"), "650,50")
    type_date(qtbot, child(tab, QDateEdit, "signedOnEdit"), "15112026")
    qtbot.mouseClick(child(tab, QCheckBox, "weekendWorkCheck"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card(tab, PaymentOption.FLASH), Qt.MouseButton.LeftButton)
    assert not saved(engine)

    with qtbot.waitSignal(tab.missionsChanged):
        qtbot.mouseClick(child(tab, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
        settle()
    settle()

    (mission,) = saved(engine)
    draft = mission.draft
    assert draft.title == "Développeur Python"
    assert draft.client_name == "Assurances du Littoral"
    assert draft.lbc_reference == "LBC-2026-04123"
    assert draft.start_on == date(2026, 12, 1)
    assert draft.end_on is None
    assert draft.daily_rate == Decimal("650.50")
    assert draft.signed_on == date(2026, 11, 15)
    assert draft.payment_option is PaymentOption.FLASH
    assert draft.weekend_work
    assert mission.regime is Regime.PREDICTABLE
    assert tab.selected_view() is not None
    assert tab.selected_view().id == mission.id
    assert not tab.editor.is_dirty()


def test_ctrl_s_saves_the_edited_mission(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    add_mission(engine)
    tab = open_tab()
    notes = child(tab, QWidget, "notesEdit")
    notes.setFocus()
    qtbot.keyClicks(notes, "Client sympa")
    assert tab.editor.is_dirty()
    qtbot.keyClick(notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert saved(engine)[0].draft.notes == "Client sympa"
    assert not tab.editor.is_dirty()


# -- live chooser ------------------------------------------------------------------------
def test_r1_the_regime_switches_when_the_signature_date_crosses_28_april_2025(
    open_tab: Callable[[], MissionsTab], qtbot: QtBot
) -> None:
    tab = open_tab()
    tab.new_mission()
    signed = child(tab, QDateEdit, "signedOnEdit")
    type_date(qtbot, signed, "27042025")
    assert cards(tab) == ["ON_CLIENT_PAYMENT", "IMMEDIATE"]
    assert child(tab, QComboBox, "clientTermCombo").isVisibleTo(tab)

    signed.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClick(signed, Qt.Key.Key_Up)  # 28/04/2025
    assert signed.date().toString("dd/MM/yyyy") == "28/04/2025"
    assert cards(tab) == ["BASIC", "EXPRESS", "FLASH"]
    assert tab.editor.chooser.option() is PaymentOption.BASIC
    assert not child(tab, QComboBox, "clientTermCombo").isVisibleTo(tab)

    qtbot.keyClick(signed, Qt.Key.Key_Down)  # back to 27/04/2025
    assert cards(tab) == ["ON_CLIENT_PAYMENT", "IMMEDIATE"]


def test_r4_the_express_fee_follows_the_rate_while_typing(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    add_mission(engine, rate="500", option=PaymentOption.EXPRESS)
    tab = open_tab()
    express = card(tab, PaymentOption.EXPRESS)
    rate = child(tab, QLineEdit, "dailyRateEdit")

    replace_text(qtbot, rate, "600")
    fee_600 = Decimal("0.025") * 600 * NOVEMBER_DAYS  # 300,00 €
    assert format_money(fee_600) in label_text(express, "optionFee")
    net_600 = 600 * NOVEMBER_DAYS * Decimal("1.2") - fee_600
    assert format_money(net_600) in label_text(express, "optionNet")
    assert format_date(date(2026, 12, 28)) in label_text(express, "optionDate")

    qtbot.keyClicks(rate, "0")  # 6000
    assert format_money(fee_600 * 10) in label_text(express, "optionFee")  # 3 000,00 €

    qtbot.keyClick(rate, Qt.Key.Key_Backspace)
    qtbot.keyClicks(rate, ",5")  # 600,5
    assert format_money(Decimal("300.25")) in label_text(express, "optionFee")
    assert saved(engine)[0].draft.daily_rate == Decimal("500")  # nothing saved while typing


def test_r3_manual_import_changes_what_starts_the_clock(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    add_mission(engine)
    tab = open_tab()
    express = card(tab, PaymentOption.EXPRESS)
    before = label_text(express, "optionDelay")
    combo = child(tab, QComboBox, "invoicingModeCombo")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert label_text(express, "optionDelay") != before
    assert "30" in label_text(express, "optionDelay")


def test_r1_a_freelancer_not_based_in_france_gets_legacy_options_and_the_reason(
    open_tab: Callable[[], MissionsTab],
    engine: Engine,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, full_name="Camille Martin", based_in_france=False)
    add_mission(engine, "Mission existante", option=PaymentOption.BASIC)
    monkeypatch.setattr(tab_module, "confirm_discard", pytest.fail)  # nothing to discard
    tab = open_tab()
    assert cards(tab) == ["BASIC", "EXPRESS", "FLASH"]  # signed in France, kept as signed
    tab.new_mission()
    type_date(qtbot, child(tab, QDateEdit, "signedOnEdit"), "05012026")
    assert cards(tab) == ["ON_CLIENT_PAYMENT", "IMMEDIATE"]
    reason = label_text(tab, "regimeReasonLabel")
    assert "France" in reason
    assert "28/04/2025" not in reason
    qtbot.keyClicks(child(tab, QLineEdit, "titleEdit"), "Mission depuis Bruxelles")
    qtbot.keyClicks(child(tab, QLineEdit, "clientEdit"), "Client")
    qtbot.keyClicks(child(tab, QLineEdit, "dailyRateEdit"), "700")
    qtbot.mouseClick(card(tab, PaymentOption.IMMEDIATE), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(child(tab, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    settle()
    created = next(view for view in saved(engine) if view.draft.title.endswith("Bruxelles"))
    assert not created.draft.based_in_france
    assert created.regime is Regime.LEGACY
    assert created.draft.payment_option is PaymentOption.IMMEDIATE


# -- the lock ----------------------------------------------------------------------------
def test_r2_the_option_is_locked_after_a_validated_cra(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    mission = add_mission(engine, option=PaymentOption.EXPRESS)
    validate_a_cra(engine, mission.id)
    tab = open_tab()
    chooser = child(tab, PaymentOptionChooser, "paymentOptionChooser")
    assert chooser.is_locked()
    lock = child(tab, QLabel, "optionLockLabel")
    assert lock.isVisibleTo(tab)
    assert "CRA" in lock.text()

    flash = card(tab, PaymentOption.FLASH)
    assert not flash.isEnabled()
    qtbot.mouseClick(flash, Qt.MouseButton.LeftButton)
    assert chooser.option() is PaymentOption.EXPRESS
    # The typical month is now the CRA's: the 20 working days of November at 500 €.
    assert format_money(Decimal(500 * NOVEMBER_DAYS)) in label_text(chooser, "chooserBasisLabel")

    # Other fields stay editable.
    replace_text(qtbot, child(tab, QLineEdit, "titleEdit"), "Consultant DevOps senior")
    qtbot.mouseClick(child(tab, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    settle()
    assert saved(engine)[0].draft.title == "Consultant DevOps senior"
    assert child(tab, QLabel, "optionLockLabel").isVisibleTo(tab)


def test_r2_a_regime_change_on_a_locked_mission_is_refused_in_french(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    mission = add_mission(engine, option=PaymentOption.EXPRESS)
    validate_a_cra(engine, mission.id)
    tab = open_tab()
    type_date(qtbot, child(tab, QDateEdit, "signedOnEdit"), "27042025")
    assert cards(tab) == ["ON_CLIENT_PAYMENT", "IMMEDIATE"]
    qtbot.mouseClick(child(tab, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    settle()
    error = child(tab, QLabel, "saveErrorLabel")
    assert error.isVisibleTo(tab)
    assert error.text() == "⚠ " + tab.error_text(OptionLockedError("locked"))
    (after,) = saved(engine)
    assert after.draft.signed_on == date(2025, 6, 1)
    assert after.draft.payment_option is PaymentOption.EXPRESS
    assert child(tab, QPushButton, "saveButton").isEnabled()


# -- validation --------------------------------------------------------------------------
def test_bad_input_is_explained_next_to_the_fields_and_nothing_is_saved(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    tab = open_tab()
    tab.new_mission()
    save = child(tab, QPushButton, "saveButton")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle()
    for name in ("title", "client", "dailyRate", "signedOn"):
        assert error_shown(tab, name), name
    assert not error_shown(tab, "endDate")
    assert child(tab, QLabel, "saveErrorLabel").isVisibleTo(tab)
    assert child(tab, QLineEdit, "titleEdit").hasFocus()  # the first field to fix
    assert not saved(engine)

    qtbot.keyClicks(child(tab, QLineEdit, "titleEdit"), "Mission")
    assert not error_shown(tab, "title")
    qtbot.keyClicks(child(tab, QLineEdit, "clientEdit"), "Client")
    type_date(qtbot, child(tab, QDateEdit, "signedOnEdit"), "01092025")
    assert not error_shown(tab, "signedOn")

    rate = child(tab, QLineEdit, "dailyRateEdit")
    for bad in ("0", "-5", "abc", "650,555"):
        replace_text(qtbot, rate, bad)
        assert error_shown(tab, "dailyRate"), bad
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        settle()
        assert not saved(engine)

    replace_text(qtbot, rate, "650")
    assert not error_shown(tab, "dailyRate")
    type_date(qtbot, child(tab, QDateEdit, "startDateEdit"), "01122026")
    qtbot.mouseClick(child(tab, QCheckBox, "openEndedCheck"), Qt.MouseButton.LeftButton)
    type_date(qtbot, child(tab, QDateEdit, "endDateEdit"), "30112026")
    assert error_shown(tab, "endDate")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle()
    assert not saved(engine)

    type_date(qtbot, child(tab, QDateEdit, "endDateEdit"), "15012027")
    assert not error_shown(tab, "endDate")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle()
    (mission,) = saved(engine)
    assert mission.draft.end_on == date(2027, 1, 15)
    assert not child(tab, QLabel, "saveErrorLabel").isVisibleTo(tab)


def test_errors_wait_until_a_field_is_touched(open_tab: Callable[[], MissionsTab]) -> None:
    tab = open_tab()
    tab.new_mission()
    for name in ("title", "client", "dailyRate", "endDate", "signedOn"):
        assert not error_shown(tab, name)


def test_undo_changes_brings_the_saved_mission_back(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    add_mission(engine, "Titre enregistré")
    tab = open_tab()
    title = child(tab, QLineEdit, "titleEdit")
    replace_text(qtbot, title, "Autre titre")
    undo = child(tab, QPushButton, "revertButton")
    assert undo.isEnabled()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert title.text() == "Titre enregistré"
    assert not tab.editor.is_dirty()


def test_undo_on_a_new_mission_goes_back_to_the_list(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    add_mission(engine, "Mission existante")
    tab = open_tab()
    qtbot.mouseClick(child(tab, QPushButton, "newMissionButton"), Qt.MouseButton.LeftButton)
    assert tab.editor.is_new()
    assert tab.selected_view() is None
    qtbot.keyClicks(child(tab, QLineEdit, "titleEdit"), "Brouillon")
    qtbot.mouseClick(child(tab, QPushButton, "revertButton"), Qt.MouseButton.LeftButton)
    assert child(tab, QLineEdit, "titleEdit").text() == "Mission existante"
    assert tab.selected_view() is not None
    assert len(saved(engine)) == 1


# -- switching missions with unsaved changes ---------------------------------------------
def test_unsaved_changes_are_kept_unless_the_user_discards_them(
    open_tab: Callable[[], MissionsTab],
    engine: Engine,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_mission(engine, "Première", start_on=date(2025, 6, 2))
    add_mission(engine, "Seconde", start_on=date(2026, 1, 5))
    tab = open_tab()
    title = child(tab, QLineEdit, "titleEdit")
    replace_text(qtbot, title, "Seconde modifiée")
    answers: list[bool] = [False, True]
    monkeypatch.setattr(tab_module, "confirm_discard", lambda _parent: answers.pop(0))

    table = child(tab, QTableView, "missionsTable")
    table.selectRow(1)
    assert title.text() == "Seconde modifiée"
    assert tab.selected_view().draft.title == "Seconde"
    table.selectRow(1)
    assert title.text() == "Première"
    assert not answers


# -- archive, filter ---------------------------------------------------------------------
def test_archive_hides_the_mission_and_restore_brings_it_back(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    kept = add_mission(engine, "Mission gardée", start_on=date(2025, 6, 2))
    archived = add_mission(engine, "Mission à archiver", start_on=date(2026, 1, 5))
    validate_a_cra(engine, archived.id)
    tab = open_tab()
    assert tab.selected_view().id == archived.id
    with qtbot.waitSignal(tab.missionsChanged):
        qtbot.mouseClick(child(tab, QPushButton, "archiveButton"), Qt.MouseButton.LeftButton)
        settle()
    settle()
    by_id = {view.id: view for view in saved(engine)}
    assert by_id[archived.id].archived  # archived, never deleted (it has a CRA)
    assert not by_id[kept.id].archived
    assert tab.proxy.rowCount() == 1
    assert child(tab, QLabel, "missionsInfoLabel").isVisibleTo(tab)

    tab.set_show_archived(True)
    assert tab.proxy.rowCount() == 2
    row = tab.model.row_of(archived.id)
    child(tab, QTableView, "missionsTable").selectRow(
        tab.proxy.mapFromSource(tab.model.index(row, 0)).row()
    )
    assert tab.editor.mission_id() == archived.id
    tab.toggle_archive_selected()
    settle()
    assert not {view.id: view for view in saved(engine)}[archived.id].archived


def test_the_filter_narrows_the_table_and_follows_the_selection(
    open_tab: Callable[[], MissionsTab], engine: Engine, qtbot: QtBot
) -> None:
    add_mission(engine, "Expert sécurité cloud", start_on=date(2025, 6, 2))
    add_mission(engine, "Product owner", start_on=date(2026, 1, 5))
    tab = open_tab()
    tab.focus_filter()
    edit = child(tab, QLineEdit, "missionFilterEdit")
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "securite")  # matches "sécurité"
    assert tab.proxy.rowCount() == 1
    assert child(tab, QLineEdit, "titleEdit").text() == "Expert sécurité cloud"
    edit.clear()
    qtbot.keyClicks(edit, "zzz")
    assert tab.proxy.rowCount() == 0
    assert child(tab, QLabel, "noMatchLabel").isVisibleTo(tab)


def test_demo_data_loads_with_the_first_mission_in_the_editor(
    open_tab: Callable[[], MissionsTab], engine: Engine
) -> None:
    from connect_desktop.store.demo import fill_demo

    fill_demo(engine, today=TODAY)
    tab = open_tab()
    assert tab.proxy.rowCount() == 5
    view = tab.selected_view()
    assert view is not None
    assert child(tab, QLineEdit, "titleEdit").text() == view.draft.title
    assert tab.editor.chooser.option() is view.draft.payment_option
    assert tab.editor.chooser.is_locked() == view.option_locked


def test_known_errors_are_worded_for_the_user(open_tab: Callable[[], MissionsTab]) -> None:
    tab = open_tab()
    from connect_desktop.domain.errors import DomainError

    assert tab.error_text(DomainError("A mission needs a title.")) == tab.save_errors.tr(
        "Enter a title for the mission."
    )
    unknown = tab.error_text(DomainError("Something new."))
    assert "Something new." in unknown
