"""A slim bar at the top of the window that lists the reminders of the day.

One line per reminder with a "Show" button that leads to the tab where the user acts,
and a "Dismiss" button (or Escape) that hides the bar until the reminders change or the
day does. The colours come from the palette, so the bar stays readable in a dark theme.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.domain.reminders import Reminder, ReminderKind
from connect_desktop.ui import icons
from connect_desktop.ui.reminders.wording import TARGET_TABS, reminder_text, show_button_name

BELL_ICON = icons.IconName.BELL
ICON_SIZE = 20
# (background, text) for a light and a dark palette: a soft amber that reads as "note".
_LIGHT = ("#fff4e0", "#4e3200")
_DARK = ("#3d2f14", "#ffe0a8")


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ReminderBanner(QFrame):
    """Shows ``set_reminders(...)``; hidden when there is nothing to say or once dismissed."""

    navigateRequested = Signal(str)
    dismissed = Signal()

    def __init__(self, locale: str = "fr_FR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.locale = locale
        self.reminders: tuple[Reminder, ...] = ()
        self.labels: dict[ReminderKind, QLabel] = {}
        self.show_buttons: dict[ReminderKind, QPushButton] = {}
        self._shown_for: tuple[date | None, tuple[Reminder, ...]] = (None, ())
        self._dismissed_for: tuple[date | None, tuple[Reminder, ...]] | None = None

        self.icon_label = QLabel()
        self.icon_label.setObjectName("reminderIcon")
        self.icon_label.setFixedSize(QSize(ICON_SIZE, ICON_SIZE))

        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(2)

        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("reminderDismissButton")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminders"))
        self.dismiss_button.setToolTip(self.tr("Hide the reminders until tomorrow (Escape)"))
        self.dismiss_button.setFlat(True)
        self.dismiss_button.clicked.connect(self.dismiss)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self.rows, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

        self._apply_colors()
        self.hide()

    # -- colours -------------------------------------------------------------------------
    def _apply_colors(self) -> None:
        base = QApplication.palette()
        background, text = _DARK if _is_dark(base) else _LIGHT
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        self.setPalette(palette)
        self.icon_label.setPixmap(
            icons.pixmap(BELL_ICON, text, ICON_SIZE, self.devicePixelRatioF())
        )

    def changeEvent(self, event: QEvent) -> None:
        # The user switched between a light and a dark theme while the app runs.
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply_colors()
        super().changeEvent(event)

    # -- content -------------------------------------------------------------------------
    def set_reminders(self, reminders: tuple[Reminder, ...], today: date | None = None) -> None:
        """Show these reminders, unless the user dismissed the very same ones today."""
        key = (today, tuple(reminders))
        if key != self._shown_for:
            self._shown_for = key
            self.reminders = tuple(reminders)
            self._rebuild()
        self.setVisible(bool(self.reminders) and key != self._dismissed_for)

    def _rebuild(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.labels.clear()
        self.show_buttons.clear()
        for reminder in self.reminders:
            self.rows.addWidget(self._row(reminder))

    def _row(self, reminder: Reminder) -> QWidget:
        kind = ReminderKind(reminder.kind)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(reminder_text(reminder, self.locale))
        label.setObjectName(f"reminderText_{kind.value.lower()}")
        label.setWordWrap(True)
        button = QPushButton(self.tr("Show"))
        button.setObjectName(f"reminderShow_{kind.value.lower()}")
        button.setAccessibleName(show_button_name(kind))
        button.setToolTip(show_button_name(kind))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.navigateRequested.emit(TARGET_TABS[kind]))
        layout.addWidget(label, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.labels[kind] = label
        self.show_buttons[kind] = button
        return row

    def text(self) -> str:
        """Every line of the banner (for the tray message and for tests)."""
        return "\n".join(label.text() for label in self.labels.values())

    # -- dismissing ----------------------------------------------------------------------
    @Slot()
    def dismiss(self) -> None:
        """Hide until the reminders change or the day does."""
        self._dismissed_for = self._shown_for
        self.hide()
        self.dismissed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape reaches the bar from its buttons, which ignore it.
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)
