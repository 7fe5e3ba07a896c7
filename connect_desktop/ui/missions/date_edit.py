"""A date field that can be empty, for dates the user must still give (the signature date).

``QDateEdit`` always holds a date; this one shows a placeholder while its value is the
minimum date, jumps to today as soon as the user types a digit, presses an arrow or opens
the calendar, and reads back ``None`` while empty.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

DATE_FORMAT = "dd/MM/yyyy"
_UNSET = QDate(1900, 1, 1)


def make_date_edit(object_name: str, parent: QWidget | None = None) -> QDateEdit:
    """A date field with the French display and a calendar popup."""
    edit = QDateEdit(parent)
    edit.setObjectName(object_name)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setMaximumDate(QDate(2199, 12, 31))
    return edit


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class OptionalDateEdit(QDateEdit):
    def __init__(
        self,
        object_name: str,
        placeholder: str,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(_UNSET)
        self.setMaximumDate(QDate(2199, 12, 31))
        self.setSpecialValueText(placeholder)
        self._today = today
        self.setDate(_UNSET)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        return None if self.date() == _UNSET else to_date(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(_UNSET if value is None else to_qdate(value))

    def _start_from_today(self) -> None:
        self.set_value(self._today())
        self.setSelectedSection(QDateEdit.Section.DaySection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.value() is None and event.text().isdigit():
            self._start_from_today()
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.value() is None:
            self._start_from_today()
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The popup opens on the field's date: show today's month rather than 1900's.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = self._today()
            self.calendarWidget().setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)
