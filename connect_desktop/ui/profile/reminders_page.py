"""The "Reminders" page of the profile dialog: one check box per kind of reminder.

The choices live in the window settings (``window.ini``), not in the profile: the
dialog loads them when it opens and saves them when it is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from connect_desktop.domain.reminders import ReminderKind
from connect_desktop.ui.reminders.settings import enabled_reminders, save_enabled_reminders


class RemindersPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersPage")
        texts = {
            ReminderKind.CRA_NOT_SUBMITTED: self.tr(
                "&Activity reports not submitted by the last working day of the month"
            ),
            ReminderKind.INVOICES_TO_IMPORT: self.tr("Invoices to i&mport"),
            ReminderKind.PAYMENTS_DUE_TODAY: self.tr("Payments due toda&y"),
            ReminderKind.PAYMENTS_OVERDUE: self.tr("&Overdue payments"),
        }
        self.checks: dict[ReminderKind, QCheckBox] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Connect Desktop reminds you at start and once a day, with a bar at the top "
                "of the window and a system notification where the desktop has one."
            )
        )
        intro.setObjectName("remindersIntro")
        intro.setWordWrap(True)
        palette = intro.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        intro.setPalette(palette)
        layout.addWidget(intro)
        for kind, text in texts.items():
            check = QCheckBox(text)
            check.setObjectName(f"reminderCheck_{kind.value.lower()}")
            check.setChecked(True)
            self.checks[kind] = check
            layout.addWidget(check)
        layout.addStretch(1)

    def enabled(self) -> frozenset[ReminderKind]:
        return frozenset(kind for kind, check in self.checks.items() if check.isChecked())

    def load(self, settings: QSettings) -> None:
        enabled = enabled_reminders(settings)
        for kind, check in self.checks.items():
            check.setChecked(kind in enabled)

    def save(self, settings: QSettings) -> None:
        save_enabled_reminders(settings, self.enabled())

    def tab_chain(self) -> list[QWidget]:
        """The check boxes in the order the Tab key visits them."""
        return list(self.checks.values())
