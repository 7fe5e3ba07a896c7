"""Saving the grid's changes at once, with undo and redo.

``GridSaver`` saves new half-day values of the shown month through
``services.cra.set_days`` on the job thread, all or none. Each saved change (a gesture, a
fill, a clear) becomes one ``DaysCommand`` on ``undo_stack`` with the previous and new
values of the days it touched; undo and redo save those values again the same way. The
stack is cleared when the tab shows another mission or month, or a CRA that is not a
draft.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from connect_desktop.services import cra as cra_service
from connect_desktop.services.cra import CraMonth
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.cra.errors import CraErrors
from connect_desktop.ui.operations import run_job

MonthKey = tuple[int, int, int]  # mission id, year, month


def month_key(month: CraMonth) -> MonthKey:
    return month.mission_id, month.year, month.month


class DaysCommand(QUndoCommand):
    """One saved change. It is pushed once saved, so the first ``redo`` (which
    ``QUndoStack.push`` calls) does nothing."""

    def __init__(
        self,
        saver: GridSaver,
        key: MonthKey,
        before: dict[date, int],
        after: dict[date, int],
        text: str,
    ) -> None:
        super().__init__(text)
        self.saver = saver
        self.key = key
        self.before = dict(before)
        self.after = dict(after)
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self.saver.replay(self.key, self.after)

    def undo(self) -> None:
        self.saver.replay(self.key, self.before)


class GridSaver(QObject):
    saved = Signal(object)  # the saved CraMonth, once no other save is on its way
    failed = Signal(str, object)  # the message; the month to draw again, or None

    def __init__(
        self,
        context: AppContext,
        errors: CraErrors,
        view_key: Callable[[], MonthKey | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.errors = errors
        self.view_key = view_key
        self.undo_stack = QUndoStack(self)
        self._month: CraMonth | None = None
        self._expected: dict[date, int] = {}  # saved values plus the changes on their way
        self._saving = 0  # saves not yet answered

    # -- what is shown -------------------------------------------------------------------
    def show(self, month: CraMonth | None) -> None:
        """The month the tab shows, as saved."""
        self._month = month
        self._expected = month.halves_by_day() if month is not None else {}
        if month is None or not month.editable:
            self.undo_stack.clear()

    def busy(self) -> bool:
        return self._saving > 0

    def fill_changes(self) -> dict[date, int]:
        """A full day on every fillable working day of the month that has less."""
        if self._month is None or not self._month.editable:
            return {}
        return {
            cell.day: 2
            for cell in self._month.cells()
            if cell.fillable
            and not (cell.weekend or cell.holiday)
            and self._expected.get(cell.day, 0) != 2
        }

    def clear_changes(self) -> dict[date, int]:
        if self._month is None or not self._month.editable:
            return {}
        return {day: 0 for day, halves in self._expected.items() if halves}

    # -- saving --------------------------------------------------------------------------
    def save(self, changes: dict[date, int], text: str | None) -> bool:
        """Save new values of the shown month; ``text`` names the undo command (None when
        undo or redo replays one). False if there was nothing to save."""
        month = self._month
        if month is None or month_key(month) != self.view_key():
            return False
        after = {
            day: value for day, value in changes.items() if self._expected.get(day, 0) != value
        }
        if not after:
            return False
        before = {day: self._expected.get(day, 0) for day in after}
        self._expected.update(after)
        self._saving += 1
        key = month_key(month)
        engine, today, language = self.context.engine, self.context.today(), self.context.language
        run_job(
            self,
            lambda: cra_service.set_days(engine, *key, after, today, language),
            lambda result: self._saved(key, before, after, text, result),
            lambda error: self._failed(key, error, replaying=text is None),
        )
        return True

    def _saved(
        self,
        key: MonthKey,
        before: dict[date, int],
        after: dict[date, int],
        text: str | None,
        result: CraMonth,
    ) -> None:
        self._saving -= 1
        if key != self.view_key():
            return  # saved, but the user went to another month meanwhile
        self._month = result
        if text is not None:
            self.undo_stack.push(DaysCommand(self, key, before, after, text))
        if self._saving == 0:
            self.saved.emit(result)

    def _failed(self, key: MonthKey, error: Exception, *, replaying: bool) -> None:
        self._saving -= 1
        if not isinstance(error, ValueError):
            raise error
        if replaying:
            self.undo_stack.clear()  # the stack no longer matches what is saved
        current = key == self.view_key() and self._saving == 0
        self.failed.emit(self.errors.text(error), self._month if current else None)

    # -- undo and redo -------------------------------------------------------------------
    def replay(self, key: MonthKey, values: dict[date, int]) -> None:
        if self._month is not None and month_key(self._month) == key:
            self.save(values, None)

    def undo(self) -> None:
        if not self._saving and self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self._saving and self.undo_stack.canRedo():
            self.undo_stack.redo()
