"""The CRA month grid (``craCalendar``): one focusable widget that paints the whole month.

It never changes its own values: it emits ``changesRequested`` with new half-day counts,
the tab saves them and calls ``set_month`` with the saved month. Meanwhile the requested
values show as pending (italics) and further clicks build on them; ``set_month`` or
``clear_pending`` (after a failed save) drops them. One widget rather than 42 children
keeps ``set_month`` far under a millisecond; assistive technologies follow the current
day through the widget's accessible name and description.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QMessageBox, QSizePolicy, QToolTip, QWidget

from connect_desktop.domain.cra import next_day_halves
from connect_desktop.domain.money import format_days
from connect_desktop.services.cra import CraMonth, DayCell
from connect_desktop.ui.cra.calendar_cell import (
    CellColors,
    CellFonts,
    CellState,
    GridGeometry,
    cell_fonts,
    day_notes,
    paint_cells,
    paint_header,
    usage_hint,
    value_phrase,
)

MIN_CELL = 44  # logical pixels: a comfortable target for a finger or a pointer
_HINT_CELL = QSize(96, 64)

Key = Qt.Key
# Keys that set a value; the AZERTY top row gives "&", "(" and "à" without Shift.
_VALUE_KEYS = {Key.Key_1: 2, Key.Key_Ampersand: 2, Key.Key_5: 1, Key.Key_ParenLeft: 1}
_VALUE_KEYS |= dict.fromkeys((Key.Key_0, Key.Key_Agrave, Key.Key_Delete, Key.Key_Backspace), 0)
_STEPS = {Key.Key_Left: -1, Key.Key_Right: 1, Key.Key_Up: -7, Key.Key_Down: 7}


def confirm_holiday_entry(parent: QWidget, holiday_names: list[str]) -> bool:
    """Ask before putting time on public holidays; the only dialog of the grid."""
    title = QCoreApplication.translate("CraCalendar", "Public holiday")
    question = QCoreApplication.translate(
        "CraCalendar", "Enter time on a public holiday ({names})?"
    ).format(names=", ".join(holiday_names))
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, question, buttons.Yes | buttons.No, buttons.No)
    return answer == buttons.Yes


def _key(month: CraMonth) -> tuple[int, int, int]:
    return (month.mission_id, month.year, month.month)


@dataclass(slots=True)
class _Drag:
    start: date
    end: date
    value: int  # what the first day takes: every fillable day of the range gets it


class CraCalendar(QWidget):
    changesRequested = Signal(object)  # dict[date, int]: new half-day counts
    focusedDayChanged = Signal(object)  # date

    def __init__(self, locale: str = "fr_FR", parent: QWidget | None = None) -> None:
        if isinstance(locale, QWidget):  # CraCalendar(parent) reads as well
            locale, parent = "fr_FR", locale
        super().__init__(parent)
        from babel.dates import get_day_names

        self.setObjectName("craCalendar")
        self.locale = locale
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        names = get_day_names("abbreviated", context="stand-alone", locale=locale)
        self._day_names = [str(names[index]) for index in range(7)]
        half, full = (format_days(Decimal(days), locale) for days in ("0.5", "1"))
        self._value_texts = {0: "", 1: half, 2: full}
        self._month: CraMonth | None = None
        self._cells: dict[date, DayCell] = {}
        self._places: dict[date, tuple[int, int]] = {}  # day -> (row, column)
        self._weeks: list[str] = []
        self._current: date | None = None
        self._hover: date | None = None
        self._drag: _Drag | None = None
        self._pending: dict[date, int] = {}
        self._cursor = Qt.CursorShape.ArrowCursor
        self._fonts_cache: tuple[tuple[str, int, int], CellFonts] | None = None
        self.setAccessibleName(self.tr("CRA calendar"))

    # -- public API ----------------------------------------------------------------------
    def set_month(self, month: CraMonth) -> None:
        """Draw ``month``; the current day keeps its number when it exists in ``month``."""
        same = self._month is not None and _key(self._month) == _key(month)
        self._month = month
        self._cells = {cell.day: cell for cell in month.cells()}
        self._places = {
            cell.day: (row_index, column)
            for row_index, row in enumerate(month.rows)
            for column, cell in enumerate(row.cells)
            if cell is not None
        }
        self._weeks = [self.tr("W{n}").format(n=row.iso_week) for row in month.rows]
        self._pending.clear()
        if not (same and month.editable):
            self._drag = None
        if self._hover not in self._cells:
            self._hover = None
        self._current = self._first_current(self._current)
        self._announce()
        self.update()

    def month(self) -> CraMonth | None:
        return self._month

    def focused_day(self) -> date | None:
        return self._current

    def focus_day(self, day: date) -> None:
        """Make ``day`` the current day (it does not take the keyboard focus)."""
        if day in self._cells and day != self._current:
            self._move_to(day)

    def clear_pending(self) -> None:
        """Show the month's own values again (a save failed and no new month came)."""
        if self._pending:
            self._pending.clear()
            self._announce()
            self.update()

    def value_of(self, day: date) -> int:
        """Half days shown on ``day``: a pending value, else the month's."""
        if day in self._pending:
            return self._pending[day]
        cell = self._cells.get(day)
        return cell.halves if cell is not None else 0

    def cell_texts(self, day: date) -> tuple[str, ...]:
        """The texts painted in ``day``'s cell: number, value, holiday name."""
        cell = self._cells[day]
        texts = [str(day.day), self._value_texts[self.value_of(day)], cell.holiday or ""]
        return tuple(text for text in texts if text)

    def header_texts(self) -> tuple[list[str], list[str]]:
        """The painted day names and week numbers."""
        return list(self._day_names), list(self._weeks)

    def cell_tooltip(self, day: date) -> str:
        cell = self._cells[day]
        lines = [self._long_date(day), *day_notes(cell, read_only=not self._editable())]
        halves = self.value_of(day)
        if halves:
            lines.append(self.tr("Entered: {value}").format(value=value_phrase(halves)))
        return "\n".join(lines)

    def day_rect(self, day: date) -> QRectF:
        """Where ``day`` is drawn, in widget coordinates."""
        return self._geometry().rect(*self._places[day])

    # -- texts ---------------------------------------------------------------------------
    def _long_date(self, day: date) -> str:
        from babel.dates import format_date

        return format_date(day, format="full", locale=self.locale)

    def _announce(self) -> None:
        """Keep the accessible name and description on the current day."""
        day = self._current
        if day is None or self._month is None:
            self.setAccessibleName(self.tr("CRA calendar"))
            self.setAccessibleDescription("")
            return
        cell = self._cells[day]
        row, _column = self._places[day]
        name = self.tr("{date}: {value}, week {week}").format(
            date=self._long_date(day),
            value=value_phrase(self.value_of(day)),
            week=self._month.rows[row].iso_week,
        )
        notes = day_notes(cell, read_only=not self._editable())
        if cell.fillable and self._month.editable:
            notes.append(usage_hint())
        self.setAccessibleName(name)
        self.setAccessibleDescription(" ".join(notes))

    # -- current day and changes ---------------------------------------------------------
    def _first_current(self, previous: date | None) -> date | None:
        if not self._cells:
            return None
        same_number = {day.day: day for day in self._cells}.get(previous.day if previous else 0)
        if same_number is not None:
            return same_number
        fillable = [day for day, cell in self._cells.items() if cell.fillable]
        return min(fillable) if fillable else min(self._cells)

    def _move_to(self, day: date) -> None:
        old = self._current
        self._current = day
        if old in self._places:
            self.update(self.day_rect(old).toAlignedRect())
        self.update(self.day_rect(day).toAlignedRect())
        self._announce()
        self.focusedDayChanged.emit(day)

    def _editable(self) -> bool:
        return self._month is not None and self._month.editable

    def _request(self, changes: dict[date, int]) -> None:
        """Emit the changes that the rules allow, after the holiday question if any."""
        month = self._month
        if month is None or not month.editable:
            return
        wanted = {
            day: halves
            for day, halves in sorted(changes.items())
            if self._cells[day].fillable and self.value_of(day) != halves
        }
        if not wanted:
            return
        holidays = list(
            dict.fromkeys(
                self._cells[day].holiday or ""
                for day, halves in wanted.items()
                if halves > 0 and self._cells[day].needs_confirmation
            )
        )
        if holidays and not (
            confirm_holiday_entry(self, holidays)
            and self._month is not None
            and _key(self._month) == _key(month)
            and self._month.editable
        ):
            return  # refused, or the month changed while the question was open
        self._pending.update(wanted)
        self._announce()
        self.update()
        self.changesRequested.emit(wanted)

    # -- geometry ------------------------------------------------------------------------
    def _geometry(self) -> GridGeometry:
        rows = len(self._month.rows) if self._month is not None else 6
        widest = self.tr("W{n}").format(n=53)
        return GridGeometry.of(self.size(), self.fontMetrics(), widest, rows)

    def _day_at(self, point: QPointF) -> date | None:
        place = self._geometry().place(point)
        if self._month is None or place is None:
            return None
        cell = self._month.rows[place[0]].cells[place[1]]
        return cell.day if cell is not None else None

    def _size_for(self, cell: QSize) -> QSize:
        geometry = self._geometry()
        left, top = round(geometry.left), round(geometry.top)
        return QSize(left + 7 * cell.width(), top + 6 * cell.height())

    def sizeHint(self) -> QSize:
        return self._size_for(_HINT_CELL)

    def minimumSizeHint(self) -> QSize:
        return self._size_for(QSize(MIN_CELL, MIN_CELL))

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = CellColors.from_palette(self.palette())
        painter.fillRect(event.rect(), colors.window)
        geometry = self._geometry()
        paint_header(painter, geometry, self._day_names, self._weeks, colors)
        if self._month is not None:
            paint_cells(
                painter,
                self._states(geometry, QRectF(event.rect())),
                colors,
                self._fonts(geometry),
                read_only=not self._month.editable,
            )
        painter.end()

    def _states(self, geometry: GridGeometry, dirty: QRectF) -> list[CellState]:
        assert self._month is not None
        read_only = not self._month.editable
        current = self._current if self.hasFocus() else None
        dragged = self.drag_preview()
        states = []
        for day, cell in self._cells.items():
            rect = geometry.rect(*self._places[day])
            if not rect.intersects(dirty):
                continue
            in_drag = day in dragged
            halves = dragged[day] if in_drag else self.value_of(day)
            states.append(
                CellState(
                    rect=rect,
                    cell=cell,
                    halves=halves,
                    value_text=self._value_texts[halves],
                    current=day == current,
                    hovered=day == self._hover and cell.fillable and not read_only,
                    dragged=in_drag,
                    pending=day in self._pending and not in_drag,
                )
            )
        return states

    def _fonts(self, geometry: GridGeometry) -> CellFonts:
        key = (self.font().key(), round(geometry.width), round(geometry.height))
        if self._fonts_cache is None or self._fonts_cache[0] != key:
            self._fonts_cache = (key, cell_fonts(self.font(), geometry.width, geometry.height))
        return self._fonts_cache[1]

    def drag_preview(self) -> dict[date, int]:
        """The fillable days of the range being dragged, with the value they would take."""
        if self._drag is None:
            return {}
        first, last = sorted((self._drag.start, self._drag.end))
        return {
            day: self._drag.value
            for day, cell in self._cells.items()
            if first <= day <= last and cell.fillable
        }

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    # -- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        day = self._day_at(event.position())
        if day is None:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if day != self._current:
            self._move_to(day)
        if self._editable():
            self._drag = _Drag(start=day, end=day, value=next_day_halves(self.value_of(day)))
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position())
        if day != self._hover:
            for old in (self._hover, day):
                if old is not None:
                    self.update(self.day_rect(old).toAlignedRect())
            self._hover = day
        drag = self._drag
        if drag is not None and day is not None and day != drag.end:
            drag.end = day
            self.update()
        editable = day is not None and self._editable() and self._cells[day].fillable
        cursor = Qt.CursorShape.PointingHandCursor if editable else Qt.CursorShape.ArrowCursor
        if cursor != self._cursor:
            self._cursor = cursor
            self.setCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._drag is None:
            super().mouseReleaseEvent(event)
            return
        changes = self.drag_preview()
        self._drag = None
        self.update()
        self._request(changes)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self.update(self.day_rect(self._hover).toAlignedRect())
            self._hover = None
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self._day_at(QPointF(event.pos()))
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                rect = self.day_rect(day).toAlignedRect()
                QToolTip.showText(event.globalPos(), self.cell_tooltip(day), self, rect)
            return True
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and self._current:
            self.update(self.day_rect(self._current).toAlignedRect())  # the focus frame
        return super().event(event)

    # -- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        day = self._current
        if day is None or not plain:
            super().keyPressEvent(event)
            return
        if key == Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
        elif key in _STEPS:
            target = day + timedelta(days=_STEPS[Key(key)])
            if target in self._cells:
                self._move_to(target)
        elif key in (Key.Key_Home, Key.Key_End):
            self._move_to(min(self._cells) if key == Key.Key_Home else max(self._cells))
        elif key in (Key.Key_Space, Key.Key_Select):
            self._request({day: next_day_halves(self.value_of(day))})
        elif key in _VALUE_KEYS:
            self._request({day: _VALUE_KEYS[Key(key)]})
        else:
            super().keyPressEvent(event)


__all__ = ["CraCalendar", "confirm_holiday_entry"]
