"""Reminders in the window (issue 7): the banner, the daily tray notification, the settings.

The ``context`` is French and pinned to Saturday 28 November 2026. The French
translation of these strings is added later, so the tests check figures, French number
and date formats and the structure, not the exact words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from connect_desktop.domain.money import format_date, format_money
from connect_desktop.domain.reminders import ALL_REMINDERS, ReminderKind
from connect_desktop.store.demo import fill_demo
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.operations import wait_for_jobs
from connect_desktop.ui.profile.dialog import ProfileDialog
from connect_desktop.ui.reminders import center as center_module
from connect_desktop.ui.reminders.banner import ReminderBanner
from connect_desktop.ui.reminders.center import DATE_CHECK_MSECS, ReminderCenter
from connect_desktop.ui.reminders.settings import (
    enabled_reminders,
    save_enabled_reminders,
    setting_key,
)
from connect_desktop.ui.reminders.tray import ReminderTray

K = ReminderKind
TODAY = date(2026, 11, 28)


@pytest.fixture
def notifications(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The tray messages the center asked for (offscreen has no tray)."""
    shown: list[tuple[str, str]] = []

    def record(center: ReminderCenter, title: str, message: str) -> bool:
        shown.append((title, message))
        return True

    monkeypatch.setattr(center_module, "show_notification", record)
    return shown


@pytest.fixture
def demo(engine: Engine) -> Engine:
    fill_demo(engine, today=TODAY)
    return engine


@pytest.fixture
def make_center(qtbot: QtBot, context: AppContext) -> Iterator[Callable[[], ReminderCenter]]:
    """A bare main window with the banner above an empty page, shown."""

    def make() -> ReminderCenter:
        window = QMainWindow()
        qtbot.addWidget(window)
        center = ReminderCenter(context, window)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(center.banner)
        layout.addWidget(QWidget(), 1)
        window.setCentralWidget(page)
        window.show()
        return center

    yield make
    wait_for_jobs()


def check(qtbot: QtBot, center: ReminderCenter, action: Callable[[], None]) -> None:
    """Run ``action`` and wait until the check it starts has reached the banner."""
    with qtbot.waitSignal(center.checked, timeout=10_000):
        action()


def started(qtbot: QtBot, make_center: Callable[[], ReminderCenter]) -> ReminderCenter:
    center = make_center()
    check(qtbot, center, center.start)
    return center


# -- the banner -----------------------------------------------------------------------------


@pytest.mark.usefixtures("engine")
def test_the_banner_is_hidden_when_there_is_nothing_to_say(
    qtbot: QtBot,
    make_center: Callable[[], ReminderCenter],
    notifications: list[tuple[str, str]],
) -> None:
    center = started(qtbot, make_center)
    assert center.reminders == ()
    assert center.banner.isHidden()
    assert center.banner.objectName() == "reminderBanner"
    assert notifications == []


@pytest.mark.usefixtures("demo")
def test_the_banner_says_each_reminder_with_french_figures(
    qtbot: QtBot, make_center: Callable[[], ReminderCenter], notifications: list[tuple[str, str]]
) -> None:
    center = started(qtbot, make_center)
    banner = center.banner
    assert banner.isVisible()
    assert list(banner.labels) == [K.CRA_NOT_SUBMITTED, K.INVOICES_TO_IMPORT, K.PAYMENTS_OVERDUE]

    cra = banner.labels[K.CRA_NOT_SUBMITTED].text()
    assert "Product owner applications mobiles" in cra
    assert "octobre 2026" in cra  # babel's French month, lower case inside a sentence
    assert "1" in cra

    to_import = banner.labels[K.INVOICES_TO_IMPORT].text()
    assert format_money(Decimal("14700.00"), "fr_FR") in to_import  # 14 700,00 €
    assert "Lead développeur Python" in to_import

    overdue = banner.labels[K.PAYMENTS_OVERDUE].text()
    assert overdue.startswith("5 ")
    assert format_money(Decimal("73775.50"), "fr_FR") in overdue
    assert format_date(date(2026, 8, 13), "fr_FR") == "13/08/2026"
    assert "13/08/2026" in overdue
    assert "107" in overdue  # days late


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize(
    ("kind", "tab"),
    [
        (K.CRA_NOT_SUBMITTED, "cra"),
        (K.INVOICES_TO_IMPORT, "invoices"),
        (K.PAYMENTS_OVERDUE, "invoices"),
    ],
)
def test_show_leads_to_the_tab_of_the_reminder(
    qtbot: QtBot,
    make_center: Callable[[], ReminderCenter],
    notifications: list[tuple[str, str]],
    kind: ReminderKind,
    tab: str,
) -> None:
    center = started(qtbot, make_center)
    button = center.banner.show_buttons[kind]
    assert button.accessibleName()
    with qtbot.waitSignal(center.navigateRequested) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [tab]


@pytest.mark.usefixtures("demo")
def test_dismiss_hides_the_banner_until_the_reminders_change(
    qtbot: QtBot,
    make_center: Callable[[], ReminderCenter],
    notifications: list[tuple[str, str]],
    context: AppContext,
) -> None:
    center = started(qtbot, make_center)
    banner = center.banner
    assert banner.dismiss_button.accessibleName()
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()

    check(qtbot, center, center.refresh)  # the same reminders: it stays hidden
    assert banner.isHidden()

    save_enabled_reminders(context.settings(), ALL_REMINDERS - {K.PAYMENTS_OVERDUE})
    check(qtbot, center, center.refresh)  # something else to say: it comes back
    assert banner.isVisible()
    assert K.PAYMENTS_OVERDUE not in banner.labels


@pytest.mark.usefixtures("demo")
def test_escape_on_the_banner_dismisses_it_until_the_next_day(
    qtbot: QtBot,
    make_center: Callable[[], ReminderCenter],
    notifications: list[tuple[str, str]],
    context: AppContext,
) -> None:
    center = started(qtbot, make_center)
    button = center.banner.show_buttons[K.INVOICES_TO_IMPORT]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Escape)
    assert center.banner.isHidden()

    context.today_override = date(2026, 11, 29)
    check(qtbot, center, center.check_date)
    assert center.banner.isVisible()


def test_the_banner_stands_alone_and_hides_without_reminders(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    banner = ReminderBanner("fr_FR", parent)
    banner.set_reminders((), TODAY)
    assert banner.isHidden()
    assert banner.text() == ""


def test_the_banner_is_readable_in_a_dark_theme(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        dark.setColor(role, QColor("#202020"))
    app.setPalette(dark)
    try:
        banner = ReminderBanner()
        qtbot.addWidget(banner)
        background = banner.palette().color(QPalette.ColorRole.Window)
        text = banner.palette().color(QPalette.ColorRole.WindowText)
        assert background.lightness() < 128 < text.lightness()
    finally:
        app.setPalette(light)
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    background = banner.palette().color(QPalette.ColorRole.Window)
    text = banner.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightness() < 128 < background.lightness()


# -- the daily notification -----------------------------------------------------------------


@pytest.mark.usefixtures("demo")
def test_the_tray_notification_at_start_then_once_on_each_new_day(
    qtbot: QtBot,
    make_center: Callable[[], ReminderCenter],
    notifications: list[tuple[str, str]],
    context: AppContext,
) -> None:
    center = started(qtbot, make_center)
    assert center.timer.isActive()
    assert center.timer.interval() == DATE_CHECK_MSECS
    assert len(notifications) == 1
    title, message = notifications[0]
    assert title
    assert message == center.banner.text()

    check(qtbot, center, center.refresh)  # data changed: the banner only
    assert len(notifications) == 1

    center.check_date()  # same day: nothing to do
    wait_for_jobs()
    qtbot.wait(10)
    assert len(notifications) == 1

    # Monday 30 November, the last working day: November's CRAs are due too.
    context.today_override = date(2026, 11, 30)
    check(qtbot, center, center.timer.timeout.emit)
    assert len(notifications) == 2
    cras = center.reminders[0]
    assert cras.kind is K.CRA_NOT_SUBMITTED
    assert cras.count == 6
    assert "novembre 2026" in center.banner.labels[K.CRA_NOT_SUBMITTED].text()

    check(qtbot, center, center.refresh)
    assert len(notifications) == 2


def test_without_a_system_tray_nothing_is_shown(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    window = QMainWindow()
    qtbot.addWidget(window)
    center = ReminderCenter(context, window)
    assert center_module.show_notification(center, "Connect Desktop", "1 facture") is False
    assert center._tray is None


# -- settings -------------------------------------------------------------------------------


def test_every_reminder_is_on_by_default(context: AppContext) -> None:
    assert enabled_reminders(context.settings()) == ALL_REMINDERS
    assert setting_key(K.CRA_NOT_SUBMITTED) == "reminders/cra_not_submitted"


@pytest.mark.usefixtures("demo")
def test_turned_off_reminders_are_not_shown(
    qtbot: QtBot,
    make_center: Callable[[], ReminderCenter],
    notifications: list[tuple[str, str]],
    context: AppContext,
) -> None:
    save_enabled_reminders(context.settings(), {K.INVOICES_TO_IMPORT})
    center = started(qtbot, make_center)
    assert list(center.banner.labels) == [K.INVOICES_TO_IMPORT]

    save_enabled_reminders(context.settings(), set())
    check(qtbot, center, center.refresh)
    assert center.banner.isHidden()


@pytest.fixture
def open_dialog(qtbot: QtBot, context: AppContext) -> Iterator[Callable[[], ProfileDialog]]:
    def open_() -> ProfileDialog:
        dialog = ProfileDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.is_loaded)
        return dialog

    yield open_
    wait_for_jobs()


def test_the_dialog_shows_and_saves_the_reminder_settings(
    qtbot: QtBot, open_dialog: Callable[[], ProfileDialog], context: AppContext
) -> None:
    save_enabled_reminders(context.settings(), ALL_REMINDERS - {K.PAYMENTS_DUE_TODAY})
    dialog = open_dialog()
    page = dialog.remindersPage
    assert dialog.tabs.indexOf(page) == 3
    assert page.enabled() == ALL_REMINDERS - {K.PAYMENTS_DUE_TODAY}

    dialog.tabs.setCurrentWidget(page)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    page.checks[K.CRA_NOT_SUBMITTED].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), "o", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not page.checks[K.PAYMENTS_OVERDUE].isChecked())
    page.checks[K.PAYMENTS_DUE_TODAY].setChecked(True)
    assert enabled_reminders(context.settings()) == ALL_REMINDERS - {K.PAYMENTS_DUE_TODAY}

    dialog.fullNameEdit.setText("Camille Martin")
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert enabled_reminders(context.settings()) == ALL_REMINDERS - {K.PAYMENTS_OVERDUE}


def test_a_cancelled_dialog_keeps_the_reminder_settings(
    qtbot: QtBot, open_dialog: Callable[[], ProfileDialog], context: AppContext
) -> None:
    dialog = open_dialog()
    dialog.remindersPage.checks[K.INVOICES_TO_IMPORT].setChecked(False)
    dialog.reject()
    assert enabled_reminders(context.settings()) == ALL_REMINDERS


def test_the_tab_key_reaches_every_reminder_check_box(
    open_dialog: Callable[[], ProfileDialog],
) -> None:
    dialog = open_dialog()
    checks = list(dialog.remindersPage.checks.values())
    assert dialog.backupActions.restoreButton.nextInFocusChain() is checks[0]
    for first, second in pairwise(checks):
        assert first.nextInFocusChain() is second
    ok = dialog.buttonBox.buttons()[0]
    assert checks[-1].nextInFocusChain() is ok


# The offscreen platform has no tray and cannot raise windows; it says so, harmlessly.
@pytest.mark.qt_log_ignore(r"systemTrayWindowChanged", r"This plugin does not support raise")
def test_the_tray_icon_raises_the_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    tray = ReminderTray(window)
    assert not tray.icon.icon().isNull()
    assert [action.text() for action in tray.menu.actions()]
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible()
    tray.menu.actions()[-1].trigger()  # Quit closes the window
    assert not window.isVisible()
    tray.deleteLater()


def test_a_reminder_names_a_few_missions_then_counts_the_others(qtbot: QtBot) -> None:
    from connect_desktop.domain.reminders import Reminder
    from connect_desktop.ui.reminders.wording import NAMED_MISSIONS, reminder_text

    titles = tuple(f"Mission {number:03d}" for number in range(240))
    reminder = Reminder(
        kind=K.INVOICES_TO_IMPORT, count=240, amount=Decimal("1000.00"), missions=titles
    )
    text = reminder_text(reminder, "fr_FR")
    assert all(title in text for title in titles[:NAMED_MISSIONS])
    assert titles[NAMED_MISSIONS] not in text
    assert str(240 - NAMED_MISSIONS) in text  # "and 237 more"
    assert len(text) < 200  # one short line, whatever the number of missions

    few = Reminder(kind=K.INVOICES_TO_IMPORT, count=2, amount=Decimal(1), missions=titles[:2])
    few_text = reminder_text(few, "fr_FR")
    assert titles[0] in few_text
    assert titles[1] in few_text
    assert str(240 - NAMED_MISSIONS) not in few_text
