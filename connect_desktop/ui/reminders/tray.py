"""The system tray icon that carries the reminders' notifications.

Made only where the desktop has a tray, on the first notification. Clicking the icon or
the message brings the window to the front; its menu shows the window or quits.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from connect_desktop.resources import resource_path

MESSAGE_MSECS = 15_000


def raise_window(window: QWidget) -> None:
    """Bring ``window`` to the front, restoring it if it was minimised."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class ReminderTray(QObject):
    """Owns the tray icon and its menu; ``show_message`` pops a notification."""

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        icon_file = resource_path("icons", "app.png")
        icon = QIcon(str(icon_file)) if icon_file.exists() else window.windowIcon()
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Connect Desktop"))

        # The menu is a top-level widget: kept here, deleted with the tray.
        self.menu = QMenu()
        show_action = self.menu.addAction(self.tr("Show Connect Desktop"))
        show_action.triggered.connect(self.show_window)
        quit_action = self.menu.addAction(self.tr("Quit"))
        quit_action.triggered.connect(self._quit)
        self.icon.setContextMenu(self.menu)
        self.destroyed.connect(self.menu.deleteLater)

        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.show_window)
        self.icon.show()

    def show_message(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, self.icon.icon(), MESSAGE_MSECS)

    @Slot()
    def show_window(self) -> None:
        raise_window(self.window.window())

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    @Slot()
    def _quit(self) -> None:
        # Closing the window goes through its own close handling (pending jobs, state).
        self.window.window().close()
