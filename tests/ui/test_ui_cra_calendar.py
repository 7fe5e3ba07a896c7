"""The CRA month grid driven with the mouse and the keyboard, on months loaded from a real
database through the CRA service.

The grid never saves: it emits ``changesRequested``; the tests record the payloads and,
where the round trip matters, save them with the service and give the grid the result.
May 2026: Friday 1 (Fête du Travail) and Friday 8 (Fête de la Victoire) are holidays, the
month starts in ISO week 18.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from connect_desktop.services.cra import CraMonth, load_cra_month, set_days, submit
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.missions import create_mission
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.cra import calendar_grid
from connect_desktop.ui.cra.calendar_cell import CellColors
from connect_desktop.ui.cra.calendar_grid import CraCalendar

TODAY = date(2026, 11, 28)
MAY = (2026, 5)


def may(day: int) -> date:
    return date(2026, 5, day)


class Grid:
    """A calendar on one mission's May 2026, with the payloads it emitted."""

    def __init__(self, qtbot: QtBot, engine: Engine, mission_id: int) -> None:
        self.engine = engine
        self.mission_id = mission_id
        self.calendar = CraCalendar("fr_FR")
        qtbot.addWidget(self.calendar)
        self.calendar.resize(700, 460)
        self.calendar.show()
        qtbot.waitExposed(self.calendar)
        self.emitted: list[dict[date, int]] = []
        self.calendar.changesRequested.connect(self.emitted.append)
        self.calendar.set_month(self.load())

    def load(self, year: int = 2026, month: int = 5) -> CraMonth:
        return load_cra_month(self.engine, self.mission_id, year, month, today=TODAY)

    def save(self, changes: dict[date, int]) -> None:
        """What the tab does with a payload: save it, then show the saved month."""
        self.calendar.set_month(set_days(self.engine, self.mission_id, *MAY, changes, TODAY))

    def point(self, day: date) -> QPoint:
        return self.calendar.day_rect(day).center().toPoint()

    def click(self, day: date) -> None:
        QTest.mouseClick(
            self.calendar,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            self.point(day),
        )

    def key(self, day: date, key: Qt.Key) -> None:
        self.calendar.focus_day(day)
        QTest.keyClick(self.calendar, key)


@pytest.fixture
def make_grid(qtbot: QtBot, engine: Engine, context: AppContext) -> Callable[..., Grid]:
    assert context.engine is engine  # the UI's database is the test's

    def make(start: date = date(2026, 1, 5), weekend_work: bool = False) -> Grid:
        with unit_of_work(engine) as session:
            mission = create_mission(
                session,
                title="Refonte du portail",
                client_name="Banque Exemple",
                start_on=start,
                daily_rate=Decimal("650"),
                signed_on=date(2025, 12, 1),
                based_in_france=True,
                weekend_work=weekend_work,
            )
            mission_id = mission.id
        assert mission_id is not None
        return Grid(qtbot, engine, mission_id)

    return make


class Confirmations:
    """Stands in for the holiday question: records what was asked, gives ``answer``."""

    def __init__(self) -> None:
        self.answer = True
        self.asked: list[list[str]] = []

    def __call__(self, parent: object, names: list[str]) -> bool:
        self.asked.append(list(names))
        return self.answer


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> Confirmations:
    fake = Confirmations()
    monkeypatch.setattr(calendar_grid, "confirm_holiday_entry", fake)
    return fake


# -- clicks and keys ----------------------------------------------------------------------
def test_click_cycles_full_half_empty_through_the_round_trip(make_grid) -> None:
    grid = make_grid()
    for expected in (2, 1, 0, 2):
        grid.click(may(5))
        assert grid.emitted[-1] == {may(5): expected}
        grid.save(grid.emitted[-1])
        assert grid.calendar.month().halves_by_day()[may(5)] == expected
    assert len(grid.emitted) == 4
    assert grid.calendar.focused_day() == may(5)


def test_quick_clicks_build_on_the_pending_value_until_the_month_comes_back(make_grid) -> None:
    grid = make_grid()
    grid.click(may(6))
    grid.click(may(6))
    assert grid.emitted == [{may(6): 2}, {may(6): 1}]
    assert grid.calendar.cell_texts(may(6)) == ("6", "0,5")
    grid.calendar.clear_pending()  # the save failed: the month's own value shows again
    assert grid.calendar.cell_texts(may(6)) == ("6",)


def test_space_cycles_and_digit_keys_set_values(make_grid) -> None:
    grid = make_grid()
    grid.key(may(12), Qt.Key.Key_Space)
    assert grid.emitted[-1] == {may(12): 2}
    grid.save(grid.emitted[-1])
    grid.key(may(12), Qt.Key.Key_5)
    assert grid.emitted[-1] == {may(12): 1}
    grid.save(grid.emitted[-1])
    grid.key(may(12), Qt.Key.Key_0)
    assert grid.emitted[-1] == {may(12): 0}
    grid.save(grid.emitted[-1])
    grid.key(may(13), Qt.Key.Key_1)
    assert grid.emitted[-1] == {may(13): 2}
    grid.save(grid.emitted[-1])
    grid.key(may(13), Qt.Key.Key_Delete)
    assert grid.emitted[-1] == {may(13): 0}
    grid.save({may(13): 2})
    grid.key(may(13), Qt.Key.Key_Backspace)
    assert grid.emitted[-1] == {may(13): 0}


def test_a_key_that_changes_nothing_emits_nothing(make_grid) -> None:
    grid = make_grid()
    grid.key(may(12), Qt.Key.Key_0)  # already empty
    grid.save({may(13): 2})
    grid.key(may(13), Qt.Key.Key_1)  # already a full day
    assert grid.emitted == []


def test_azerty_top_row_keys_set_values_too(make_grid) -> None:
    grid = make_grid()
    grid.key(may(18), Qt.Key.Key_Ampersand)  # "&", the unshifted 1 on a French keyboard
    grid.key(may(19), Qt.Key.Key_ParenLeft)  # "(", the unshifted 5
    assert grid.emitted == [{may(18): 2}, {may(19): 1}]


# -- moving -------------------------------------------------------------------------------
def test_arrows_move_by_day_and_week_and_stay_inside_the_month(make_grid) -> None:
    grid = make_grid()
    calendar = grid.calendar
    assert calendar.focused_day() == may(4)  # the first day that can hold time
    steps = [
        (Qt.Key.Key_Right, may(5)),
        (Qt.Key.Key_Down, may(12)),
        (Qt.Key.Key_Left, may(11)),
        (Qt.Key.Key_Up, may(4)),
        (Qt.Key.Key_Left, may(3)),  # Sunday of the week before: days move in reading order
        (Qt.Key.Key_Up, may(3)),  # 26 April is outside the month: no move
        (Qt.Key.Key_Home, may(1)),
        (Qt.Key.Key_Left, may(1)),  # 30 April: no move
        (Qt.Key.Key_End, may(31)),
        (Qt.Key.Key_Right, may(31)),  # 1 June: no move
        (Qt.Key.Key_Up, may(24)),
        (Qt.Key.Key_Down, may(31)),
    ]
    for key, expected in steps:
        QTest.keyClick(calendar, key)
        assert calendar.focused_day() == expected, key
    assert grid.emitted == []


def test_the_current_day_keeps_its_number_across_months(make_grid) -> None:
    grid = make_grid()
    calendar = grid.calendar
    calendar.focus_day(may(15))
    calendar.set_month(grid.load(2026, 6))
    assert calendar.focused_day() == date(2026, 6, 15)
    calendar.set_month(grid.load(2026, 5))
    calendar.focus_day(may(31))
    calendar.set_month(grid.load(2026, 6))  # no 31 June: the first day that can hold time
    assert calendar.focused_day() == date(2026, 6, 1)


def test_the_accessible_name_reads_the_current_day(make_grid) -> None:
    grid = make_grid()
    calendar = grid.calendar
    assert calendar.objectName() == "craCalendar"
    assert calendar.focusPolicy() == Qt.FocusPolicy.StrongFocus
    calendar.focus_day(may(5))
    assert calendar.accessibleName() == "mardi 5 mai 2026: empty, week 19"
    grid.save({may(5): 2})
    assert calendar.accessibleName() == "mardi 5 mai 2026: 1 day, week 19"
    calendar.focus_day(may(8))
    assert "Public holiday: Fête de la Victoire" in calendar.accessibleDescription()


# -- dragging -----------------------------------------------------------------------------
def test_drag_fills_the_fillable_days_of_the_range_once(make_grid) -> None:
    grid = make_grid()
    calendar = grid.calendar
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(calendar, left, none, grid.point(may(5)))
    QTest.mouseMove(calendar, grid.point(may(7)))
    QTest.mouseMove(calendar, grid.point(may(8)))
    # Feedback while dragging: the fillable days of the range, with their future value.
    assert calendar.drag_preview() == {may(5): 2, may(6): 2, may(7): 2}
    assert grid.emitted == []
    QTest.mouseRelease(calendar, left, none, grid.point(may(8)))
    assert grid.emitted == [{may(5): 2, may(6): 2, may(7): 2}]  # 8 May is a holiday
    assert calendar.drag_preview() == {}


def test_drag_backwards_takes_the_value_of_the_pressed_day(make_grid) -> None:
    grid = make_grid()
    grid.save({may(20): 2, may(19): 2})
    calendar = grid.calendar
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(calendar, left, none, grid.point(may(20)))  # full day -> half day
    QTest.mouseMove(calendar, grid.point(may(11)))
    QTest.mouseRelease(calendar, left, none, grid.point(may(11)))
    expected = {may(day): 1 for day in (11, 12, 13, 15, 18, 19, 20)}  # not 14 (Ascension)
    assert grid.emitted == [expected]


# -- days that cannot hold time -----------------------------------------------------------
def test_weekends_and_holidays_ignore_clicks_and_keys_without_weekend_work(
    make_grid, confirmations
) -> None:
    grid = make_grid()
    for day in (may(2), may(8), may(14)):
        grid.click(day)
        grid.key(day, Qt.Key.Key_1)
    assert grid.emitted == []
    assert confirmations.asked == []


def test_with_weekend_work_a_holiday_asks_first(make_grid, confirmations) -> None:
    grid = make_grid(weekend_work=True)
    confirmations.answer = False
    grid.click(may(8))
    assert confirmations.asked == [["Fête de la Victoire"]]
    assert grid.emitted == []
    confirmations.answer = True
    grid.click(may(8))
    assert grid.emitted == [{may(8): 2}]
    grid.save(grid.emitted[-1])
    grid.click(may(9))  # a Saturday: no question
    assert grid.emitted[-1] == {may(9): 2}
    grid.save(grid.emitted[-1])
    grid.click(may(8))  # full -> half: still time on a holiday, asked again
    assert grid.emitted[-1] == {may(8): 1}
    assert len(confirmations.asked) == 3
    grid.save(grid.emitted[-1])
    grid.click(may(8))  # half -> empty: removing time needs no question
    assert grid.emitted[-1] == {may(8): 0}
    assert len(confirmations.asked) == 3


def test_a_refused_holiday_cancels_the_whole_drag(make_grid, confirmations) -> None:
    grid = make_grid(weekend_work=True)
    confirmations.answer = False
    calendar = grid.calendar
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(calendar, left, none, grid.point(may(13)))
    QTest.mouseMove(calendar, grid.point(may(15)))
    QTest.mouseRelease(calendar, left, none, grid.point(may(15)))
    assert confirmations.asked == [["Ascension"]]
    assert grid.emitted == []
    confirmations.answer = True
    QTest.mousePress(calendar, left, none, grid.point(may(13)))
    QTest.mouseMove(calendar, grid.point(may(15)))
    QTest.mouseRelease(calendar, left, none, grid.point(may(15)))
    assert grid.emitted == [{may(13): 2, may(14): 2, may(15): 2}]


def test_nothing_is_sent_if_the_month_changed_during_the_question(
    make_grid, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = make_grid(weekend_work=True)

    def switch_then_accept(parent: object, names: list[str]) -> bool:
        grid.calendar.set_month(grid.load(2026, 6))  # the user's month changed meanwhile
        return True

    monkeypatch.setattr(calendar_grid, "confirm_holiday_entry", switch_then_accept)
    grid.click(may(8))
    assert grid.emitted == []


def test_escape_cancels_a_drag(make_grid) -> None:
    grid = make_grid()
    calendar = grid.calendar
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(calendar, left, none, grid.point(may(4)))
    QTest.mouseMove(calendar, grid.point(may(6)))
    QTest.keyClick(calendar, Qt.Key.Key_Escape)
    assert calendar.drag_preview() == {}
    QTest.mouseRelease(calendar, left, none, grid.point(may(6)))
    assert grid.emitted == []


def test_days_outside_the_mission_emit_nothing(make_grid) -> None:
    grid = make_grid(start=date(2026, 5, 11))
    calendar = grid.calendar
    assert calendar.focused_day() == may(11)
    grid.click(may(5))
    grid.key(may(6), Qt.Key.Key_1)
    assert grid.emitted == []
    assert "Outside the mission's dates" in calendar.cell_tooltip(may(5))
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(calendar, left, none, grid.point(may(7)))
    QTest.mouseMove(calendar, grid.point(may(12)))
    QTest.mouseRelease(calendar, left, none, grid.point(may(12)))
    assert grid.emitted == [{may(11): 2, may(12): 2}]


def test_a_submitted_month_is_read_only(make_grid, engine: Engine) -> None:
    grid = make_grid()
    grid.save({may(4): 2, may(5): 1})
    cra_id = grid.calendar.month().cra_id
    grid.calendar.set_month(submit(engine, cra_id, on=date(2026, 6, 1)))
    calendar = grid.calendar
    assert not calendar.month().editable
    grid.click(may(5))
    grid.click(may(6))
    grid.key(may(4), Qt.Key.Key_0)
    grid.key(may(7), Qt.Key.Key_Space)
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(calendar, left, none, grid.point(may(11)))
    QTest.mouseMove(calendar, grid.point(may(13)))
    assert calendar.drag_preview() == {}
    QTest.mouseRelease(calendar, left, none, grid.point(may(13)))
    assert grid.emitted == []
    assert calendar.focused_day() == may(11)  # the keyboard can still read the month
    assert "Read-only" in calendar.accessibleDescription()
    assert "Read-only" in calendar.cell_tooltip(may(4))
    assert calendar.cell_texts(may(5)) == ("5", "0,5")


# -- what the grid shows ------------------------------------------------------------------
# The offscreen platform cannot raise the tooltip window; harmless.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_holiday_names_are_painted_and_in_the_tooltip(make_grid, qtbot: QtBot) -> None:
    grid = make_grid()
    calendar = grid.calendar
    assert calendar.cell_texts(may(8)) == ("8", "Fête de la Victoire")
    assert calendar.cell_texts(may(25)) == ("25", "Lundi de Pentecôte")
    tooltip = calendar.cell_tooltip(may(8))
    assert tooltip.splitlines()[:2] == [
        "vendredi 8 mai 2026",
        "Public holiday: Fête de la Victoire",
    ]
    # The real tooltip event shows the cell's text.
    point = grid.point(may(8))
    event = QHelpEvent(QEvent.Type.ToolTip, point, calendar.mapToGlobal(point))
    QApplication.sendEvent(calendar, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == tooltip
    QToolTip.hideText()


def test_week_numbers_and_day_names_head_the_grid(make_grid) -> None:
    grid = make_grid()
    days, weeks = grid.calendar.header_texts()
    assert days == ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    assert weeks == ["W18", "W19", "W20", "W21", "W22"]  # "S18"... once translated


def test_today_is_announced(make_grid) -> None:
    grid = make_grid()
    grid.calendar.set_month(grid.load(2026, 11))
    assert "Today" in grid.calendar.cell_tooltip(TODAY)
    grid.calendar.focus_day(TODAY)
    assert "samedi 28 novembre 2026" in grid.calendar.accessibleName()


def test_the_grid_paints_at_its_minimum_size(make_grid) -> None:
    grid = make_grid()
    calendar = grid.calendar
    minimum = calendar.minimumSizeHint()
    assert minimum.width() >= 7 * 44
    assert minimum.height() >= 6 * 44
    calendar.resize(minimum)
    image = calendar.grab().toImage()
    assert not image.isNull()
    rect = calendar.day_rect(may(31))
    assert rect.right() <= calendar.width() + 0.5
    assert rect.bottom() <= calendar.height() + 0.5


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def _contrast(first: QColor, second: QColor) -> float:
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for name, value in {
        role.Window: "#2d2d30",
        role.WindowText: "#e6e6e6",
        role.Base: "#1e1e1e",
        role.Text: "#e6e6e6",
        role.Highlight: "#2a82da",
        role.HighlightedText: "#ffffff",
    }.items():
        palette.setColor(name, QColor(value))
    return palette


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_colours_stay_readable(qapp: QApplication, dark: bool) -> None:
    colors = CellColors.from_palette(_dark_palette() if dark else qapp.palette())
    for background in (colors.base, colors.off_day, colors.full, colors.half, colors.locked):
        assert _contrast(colors.text, background) >= 4.5
    for background in (colors.base, colors.off_day):
        assert _contrast(colors.muted, background) >= 3.0
    assert _contrast(colors.window_muted, colors.window) >= 3.0
    assert _contrast(colors.accent_text, colors.accent) >= 3.0
