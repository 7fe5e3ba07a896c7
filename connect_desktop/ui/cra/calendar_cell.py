"""The days of the CRA calendar: what each one says and how the grid paints them.

Colours are blends of the widget's palette (``Base``, ``Text``, ``Highlight``) so that a
light or a dark system theme stays readable; sizes are logical pixels, so high-DPI
screens scale them. The calendar computes each cell's ``CellState`` and calls
``paint_cells``; nothing here keeps state of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)

from connect_desktop.services.cra import DayCell

PADDING = 4.0
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_BOTTOM = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
_WRAP = int(Qt.TextFlag.TextWordWrap)


# -- what a day says (tooltip, accessible description) ---------------------------------
# Literal translate calls in the calendar's context, so that pyside6-lupdate finds them.


def value_phrase(halves: int) -> str:
    if halves == 2:
        return QCoreApplication.translate("CraCalendar", "1 day")
    if halves == 1:
        return QCoreApplication.translate("CraCalendar", "half a day")
    return QCoreApplication.translate("CraCalendar", "empty")


def day_notes(cell: DayCell, read_only: bool) -> list[str]:
    """What a day is and allows, one sentence each."""
    notes = []
    if cell.holiday:
        notes.append(
            QCoreApplication.translate("CraCalendar", "Public holiday: {name}").format(
                name=cell.holiday
            )
        )
    elif cell.weekend:
        notes.append(QCoreApplication.translate("CraCalendar", "Weekend"))
    if cell.is_today:
        notes.append(QCoreApplication.translate("CraCalendar", "Today"))
    if not cell.in_mission:
        notes.append(
            QCoreApplication.translate(
                "CraCalendar", "Outside the mission's dates: no time can be entered."
            )
        )
    elif not cell.fillable:
        notes.append(
            QCoreApplication.translate(
                "CraCalendar", "The mission does not allow work on weekends and holidays."
            )
        )
    if read_only:
        notes.append(
            QCoreApplication.translate("CraCalendar", "Read-only: only a draft CRA can be changed.")
        )
    return notes


def usage_hint() -> str:
    return QCoreApplication.translate(
        "CraCalendar",
        "Space or click: 1 day, half a day, empty. Keys 1, 5 and 0 set a value; "
        "drag across days to fill them.",
    )


# -- painting ---------------------------------------------------------------------------
def blend(first: QColor, second: QColor, ratio: float) -> QColor:
    """``ratio`` of ``second`` over ``first``."""
    return QColor.fromRgbF(
        first.redF() * (1 - ratio) + second.redF() * ratio,
        first.greenF() * (1 - ratio) + second.greenF() * ratio,
        first.blueF() * (1 - ratio) + second.blueF() * ratio,
    )


@dataclass(frozen=True, slots=True)
class CellColors:
    """The calendar's colours, all derived from one palette."""

    window: QColor
    window_text: QColor
    window_muted: QColor  # week numbers, weekend day names
    base: QColor
    text: QColor
    muted: QColor  # days that cannot hold time, holiday names
    off_day: QColor  # weekend and holiday background
    hatch: QColor  # days outside the mission
    full: QColor  # a full day
    half: QColor  # a half day
    locked: QColor  # time on a read-only CRA
    drag: QColor  # the range being dragged
    hover: QColor
    grid: QColor
    accent: QColor  # today
    accent_text: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> CellColors:
        role = QPalette.ColorRole
        window = palette.color(role.Window)
        window_text = palette.color(role.WindowText)
        base = palette.color(role.Base)
        text = palette.color(role.Text)
        highlight = palette.color(role.Highlight)
        dark = base.lightness() < 128
        return cls(
            window=window,
            window_text=window_text,
            window_muted=blend(window, window_text, 0.62),
            base=base,
            text=text,
            muted=blend(base, text, 0.6),
            off_day=blend(base, text, 0.11 if dark else 0.075),
            hatch=blend(base, text, 0.2),
            full=blend(base, highlight, 0.5 if dark else 0.34),
            half=blend(base, highlight, 0.3 if dark else 0.2),
            locked=blend(base, text, 0.22),
            drag=blend(base, highlight, 0.22 if dark else 0.16),
            hover=blend(base, highlight, 0.12 if dark else 0.07),
            grid=blend(base, text, 0.22),
            accent=highlight,
            accent_text=palette.color(role.HighlightedText),
        )


@dataclass(frozen=True, slots=True)
class GridGeometry:
    """The week-number column, the day-name row and the cells that share the rest."""

    left: float  # width of the week-number column
    top: float  # height of the day-name row
    width: float  # one cell
    height: float
    rows: int

    @classmethod
    def of(cls, size: QSize, metrics: QFontMetrics, widest_week: str, rows: int) -> GridGeometry:
        left = float(metrics.horizontalAdvance(widest_week) + 16)
        top = float(metrics.height() + 12)
        return cls(
            left=left,
            top=top,
            width=max(1.0, (size.width() - left) / 7),
            height=max(1.0, (size.height() - top) / rows),
            rows=rows,
        )

    def rect(self, row: int, column: int) -> QRectF:
        return QRectF(
            self.left + column * self.width, self.top + row * self.height, self.width, self.height
        )

    def place(self, point: QPointF) -> tuple[int, int] | None:
        """(row, column) of the cell under ``point``, or ``None`` outside the cells."""
        x, y = point.x() - self.left, point.y() - self.top
        if x < 0 or y < 0:
            return None
        row, column = int(y // self.height), int(x // self.width)
        return (row, column) if row < self.rows and column < 7 else None


def paint_header(
    painter: QPainter,
    geometry: GridGeometry,
    day_names: list[str],
    weeks: list[str],
    colors: CellColors,
) -> None:
    """Day names on top (weekend ones muted), ISO week numbers on the left."""
    painter.setPen(colors.window_text)
    for index, name in enumerate(day_names):
        if index == 5:
            painter.setPen(colors.window_muted)
        rect = QRectF(geometry.left + index * geometry.width, 0, geometry.width, geometry.top)
        painter.drawText(rect, _CENTER, name)
    for row, label in enumerate(weeks):
        rect = geometry.rect(row, 0)
        painter.drawText(QRectF(0, rect.top(), geometry.left - 6, rect.height()), _CENTER, label)


@dataclass(frozen=True, slots=True)
class CellFonts:
    number: QFont
    today_number: QFont
    value: QFont
    pending_value: QFont
    caption: QFont


def scaled_font(font: QFont, factor: float) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    else:
        scaled.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return scaled


def cell_fonts(base: QFont, cell_width: float, cell_height: float) -> CellFonts:
    """Fonts for cells of this size: the value grows with the cell, within limits."""
    today = QFont(base)
    today.setBold(True)
    line = QFontMetricsF(base).height()
    value = QFont(base)
    value.setBold(True)
    size = min(cell_height * 0.3, cell_width * 0.3, line * 1.9)
    value.setPixelSize(max(round(line * 0.9), round(size)))
    pending = QFont(value)
    pending.setItalic(True)
    return CellFonts(
        number=base,
        today_number=today,
        value=value,
        pending_value=pending,
        caption=scaled_font(base, 0.84),
    )


@dataclass(frozen=True, slots=True)
class CellState:
    """What one cell shows now."""

    rect: QRectF
    cell: DayCell
    halves: int  # the value shown: saved, pending or previewed by a drag
    value_text: str  # "1", "0,5" or ""
    current: bool  # the keyboard's current day, while the calendar has the focus
    hovered: bool
    dragged: bool  # inside the range being dragged, and fillable
    pending: bool  # sent to be saved, not yet back

    @property
    def usable(self) -> bool:
        """Drawn in full colour: the day can hold time, or holds some."""
        return self.cell.fillable or self.halves > 0


def _inner(rect: QRectF) -> QRectF:
    return rect.adjusted(PADDING + 4, PADDING + 2, -PADDING - 4, -PADDING - 1)


def _caption(rect: QRectF, text: str, font: QFont) -> tuple[QRectF, int, str]:
    """Where and how the holiday's name goes: one line at the bottom of the cell, two
    lines if it needs them and they fit, else one elided line."""
    metrics = QFontMetricsF(font)
    width = rect.width()
    line = metrics.lineSpacing()
    one = QRectF(rect.left(), rect.bottom() - line, width, line)
    if metrics.horizontalAdvance(text) <= width:
        return one, _BOTTOM, text
    needed = metrics.boundingRect(QRectF(0, 0, width, 10 * line), _WRAP, text)
    if needed.width() <= width + 0.5 and needed.height() <= 2 * line + 0.5:
        return QRectF(rect.left(), rect.bottom() - 2 * line, width, 2 * line), _BOTTOM | _WRAP, text
    return one, _BOTTOM, metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _fill(painter: QPainter, brush: QBrush | QColor, rects: list[QRectF]) -> None:
    if rects:
        painter.setBrush(brush)
        painter.drawRects(rects)


def _frame(painter: QPainter, pen: QPen, rects: list[QRectF], inset: float) -> None:
    if rects:
        painter.setPen(pen)
        painter.drawRects([rect.adjusted(inset, inset, -inset, -inset) for rect in rects])


def paint_cells(
    painter: QPainter,
    states: list[CellState],
    colors: CellColors,
    fonts: CellFonts,
    read_only: bool,
) -> None:
    """Paint the days layer by layer, with one pen or brush change per layer.

    Layers rather than cell after cell: every call of a Qt method that returns nothing
    costs a little in Python (and, with PySide6 6.12 on Python 3.11, drops a reference to
    ``None``), so a repaint makes a few dozen such calls instead of several hundred.
    """
    painter.setPen(Qt.PenStyle.NoPen)
    # Backgrounds: greyed weekends and holidays, hatched days outside the mission, then
    # the drag range or the hovered day.
    off = [state.cell.weekend or state.cell.holiday is not None for state in states]
    _fill(painter, colors.base, [s.rect for s, o in zip(states, off, strict=True) if not o])
    _fill(painter, colors.off_day, [s.rect for s, o in zip(states, off, strict=True) if o])
    hatch = QBrush(colors.hatch, Qt.BrushStyle.BDiagPattern)
    _fill(painter, hatch, [s.rect for s in states if not s.cell.in_mission])
    _fill(painter, colors.drag, [s.rect for s in states if s.dragged])
    _fill(painter, colors.hover, [s.rect for s in states if s.hovered and not s.dragged])
    # Time: a full day fills the cell, a half day its lower-right triangle.
    _fill(
        painter,
        colors.locked if read_only else colors.full,
        [s.rect for s in states if s.halves == 2],
    )
    halves = [s.rect for s in states if s.halves == 1]
    if halves:
        painter.setBrush(colors.locked if read_only else colors.half)
        for rect in halves:
            painter.drawPolygon(QPolygonF([rect.bottomLeft(), rect.topRight(), rect.bottomRight()]))

    # Frames, today, the drag range and the keyboard's current day.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _frame(painter, QPen(colors.grid, 1.0), [s.rect for s in states], 0.5)
    _frame(painter, QPen(colors.accent, 2.0), [s.rect for s in states if s.cell.is_today], 1.5)
    _frame(painter, QPen(colors.accent, 1.5), [s.rect for s in states if s.dragged], 2.75)
    focus = QPen(colors.text, 1.5, Qt.PenStyle.DashLine)
    _frame(painter, focus, [s.rect for s in states if s.current], 3.25)

    _paint_numbers(painter, states, colors, fonts)
    _paint_texts(painter, states, colors, fonts)


def _number_rect(state: CellState, font: QFont) -> QRectF:
    metrics = QFontMetricsF(font)
    inner = _inner(state.rect)
    text = str(state.cell.day.day)
    return QRectF(inner.left(), inner.top(), metrics.horizontalAdvance(text) + 1, metrics.height())


def _paint_numbers(
    painter: QPainter, states: list[CellState], colors: CellColors, fonts: CellFonts
) -> None:
    """Day numbers at the top left; today's in a filled badge."""
    painter.setFont(fonts.number)
    for color, usable in ((colors.text, True), (colors.muted, False)):
        group = [s for s in states if s.usable is usable and not s.cell.is_today]
        if group:
            painter.setPen(color)
            for state in group:
                rect = _number_rect(state, fonts.number)
                painter.drawText(rect, _CENTER, str(state.cell.day.day))
    for state in states:
        if state.cell.is_today:
            rect = _number_rect(state, fonts.today_number)
            badge = rect.adjusted(-4, -1, 4, 1)
            radius = badge.height() / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.accent)
            painter.drawRoundedRect(badge, radius, radius)
            painter.setFont(fonts.today_number)
            painter.setPen(colors.accent_text)
            painter.drawText(rect, _CENTER, str(state.cell.day.day))


def _paint_texts(
    painter: QPainter, states: list[CellState], colors: CellColors, fonts: CellFonts
) -> None:
    """Holiday names at the bottom, values centred in the space left."""
    caption_height: dict[int, float] = {}
    captions = [(index, s) for index, s in enumerate(states) if s.cell.holiday]
    if captions:
        painter.setFont(fonts.caption)
        for color, filled in ((colors.muted, False), (colors.text, True)):
            group = [(index, s) for index, s in captions if (s.halves > 0) is filled]
            if group:
                painter.setPen(color)
            for index, state in group:
                rect, flags, text = _caption(
                    _inner(state.rect), state.cell.holiday or "", fonts.caption
                )
                painter.drawText(rect, flags, text)
                caption_height[index] = rect.height()
    number_height = QFontMetricsF(fonts.number).height()
    painter.setPen(colors.text)
    for font, pending in ((fonts.value, False), (fonts.pending_value, True)):
        group = [(i, s) for i, s in enumerate(states) if s.value_text and s.pending is pending]
        if not group:
            continue
        painter.setFont(font)
        value_height = QFontMetricsF(font).height()
        for index, state in group:
            inner = _inner(state.rect)
            area = inner.adjusted(0, number_height, 0, -caption_height.get(index, 0.0))
            if area.height() < value_height:
                area = inner
            painter.drawText(area, _CENTER, state.value_text)
