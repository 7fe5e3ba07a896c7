"""When to check the reminders, and where to say them.

``start()`` checks at once and arms a timer that looks every few minutes whether the
date has changed; on a new day it checks again. The tray notification is shown at start
and once on each new day; ``refresh()`` (after the data changed) only updates the banner.
The database is read on the job thread (``run_job``).
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from connect_desktop.domain.reminders import Reminder, ReminderKind
from connect_desktop.services.reminders import load_reminders
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.operations import run_job
from connect_desktop.ui.reminders.banner import ReminderBanner
from connect_desktop.ui.reminders.settings import enabled_reminders
from connect_desktop.ui.reminders.tray import ReminderTray
from connect_desktop.ui.reminders.wording import notification_text, notification_title

log = logging.getLogger(__name__)

# Often enough to notice midnight soon, rarely enough to cost nothing.
DATE_CHECK_MSECS = 5 * 60 * 1000


def show_notification(center: ReminderCenter, title: str, message: str) -> bool:
    """Pop a system tray message; False where the desktop has no tray (tests replace this)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    center.tray().show_message(title, message)
    return True


class ReminderCenter(QObject):
    """Owns the banner (``.banner``) and the tray icon; checks the reminders of the day."""

    navigateRequested = Signal(str)
    checked = Signal(object)  # the reminders (a tuple) after each check
    newDay = Signal()  # the date changed while the app runs: what depends on it is stale

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.banner = ReminderBanner(context.locale, parent)
        self.banner.navigateRequested.connect(self.navigateRequested)
        self.reminders: tuple[Reminder, ...] = ()
        # The day of the last check that could notify: the timer compares it with today.
        self.day: date | None = None
        self.notified_on: date | None = None
        self._tray: ReminderTray | None = None

        self.timer = QTimer(self)
        self.timer.setObjectName("reminderDateTimer")
        self.timer.setInterval(DATE_CHECK_MSECS)
        self.timer.timeout.connect(self.check_date)

    def tray(self) -> ReminderTray:
        """The tray icon, made on first use."""
        if self._tray is None:
            self._tray = ReminderTray(self.window, self)
        return self._tray

    def enabled(self) -> frozenset[ReminderKind]:
        return enabled_reminders(self.context.settings())

    @Slot()
    def start(self) -> None:
        """Check now (with a notification) and watch for the next day."""
        self.timer.start()
        self._check(notify=True)

    @Slot()
    def refresh(self) -> None:
        """Check again after a change of the data or the settings, without a notification."""
        self._check(notify=False)

    @Slot()
    def check_date(self) -> None:
        """The timer's slot: a new day means a new check and a new notification."""
        if self.context.today() != self.day:
            self._check(notify=True)
            self.newDay.emit()

    def _check(self, notify: bool) -> None:
        today = self.context.today()
        enabled = self.enabled()
        engine = self.context.engine
        if notify:
            self.day = today
        run_job(
            self,
            lambda: load_reminders(engine, today, enabled),
            lambda reminders: self._loaded(today, reminders, notify),
            self._failed,
        )

    def _loaded(self, today: date, reminders: tuple[Reminder, ...], notify: bool) -> None:
        self.reminders = reminders
        self.banner.set_reminders(reminders, today)
        if notify and self.notified_on != today:
            self.notified_on = today
            if reminders:
                shown = show_notification(
                    self, notification_title(), notification_text(reminders, self.context.locale)
                )
                log.debug("Reminders notified through the tray: %s", shown)
        self.checked.emit(reminders)

    def _failed(self, error: Exception) -> None:
        raise error  # the global hook reports it
