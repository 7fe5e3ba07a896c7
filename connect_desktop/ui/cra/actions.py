"""The CRA's status actions: submit, the client's validation or refusal, an adjustment.

Each action asks what it needs (through the dialogs' functions), runs one service call on
the job thread and reports the resulting month (``done``) or a French message
(``failed``). The tab checks that the status allows the action before calling it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from connect_desktop.services import cra as cra_service
from connect_desktop.services.cra import CraMonth
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.cra import dialogs
from connect_desktop.ui.cra.errors import CraErrors
from connect_desktop.ui.operations import run_job


class CraActions(QObject):
    done = Signal(object, str)  # the CRA's month after the action, what to tell the user
    adjusted = Signal(object)  # the later month that carries an adjustment
    failed = Signal(str)

    def __init__(self, context: AppContext, errors: CraErrors, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.errors = errors
        self.widget = parent  # the dialogs' parent

    def submit(self, month: CraMonth) -> None:
        if month.cra_id is None:  # nothing entered yet
            self.failed.emit(self.errors.empty_text())
            return
        cra_id, today = month.cra_id, self.context.today()
        engine, language = self.context.engine, self.context.language
        self._run(
            lambda: cra_service.submit(engine, cra_id, today, language),
            self.tr("CRA submitted: record the client's answer when it comes."),
        )

    def record_validation(self, month: CraMonth) -> None:
        today = self.context.today()
        on = dialogs.ask_validation_date(self.widget, today, month.submitted_on, today)
        if on is None or month.cra_id is None:
            return
        cra_id, engine, language = month.cra_id, self.context.engine, self.context.language
        data_dir = self.context.data_dir
        self._run(
            lambda: cra_service.record_validation(
                engine, cra_id, on, today, language, data_dir=data_dir
            ),
            self.tr("Validation recorded: the invoice was created."),
        )

    def record_refusal(self, month: CraMonth) -> None:
        today = self.context.today()
        answer = dialogs.ask_refusal(self.widget, today, month.submitted_on, today)
        if answer is None or month.cra_id is None:
            return
        on, reason = answer
        cra_id, engine, language = month.cra_id, self.context.engine, self.context.language
        self._run(
            lambda: cra_service.record_refusal(engine, cra_id, on, reason, today, language),
            self.tr("Refusal recorded: correct the CRA and submit it again."),
        )

    def adjust(self, month: CraMonth) -> None:
        """Ask for the later month (among those that can carry it), the days, the comment."""
        cra_id, engine = month.cra_id, self.context.engine
        if cra_id is None:
            return
        run_job(
            self,
            lambda: cra_service.adjustment_months(engine, cra_id),
            lambda months: self._ask_adjustment(cra_id, months),
            self._failed,
        )

    def _ask_adjustment(self, cra_id: int, months: list[tuple[int, int]]) -> None:
        answer = dialogs.ask_adjustment(self.widget, months, self.context.locale)
        if answer is None:
            return
        target, halves, comment = answer
        engine, today, language = self.context.engine, self.context.today(), self.context.language
        run_job(
            self,
            lambda: cra_service.add_correction(
                engine, cra_id, target, halves, comment, today, language
            ),
            self.adjusted.emit,
            self._failed,
        )

    def _run(self, work: Callable[[], CraMonth], text: str) -> None:
        run_job(self, work, lambda month: self.done.emit(month, text), self._failed)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, ValueError):
            raise error
        self.failed.emit(self.errors.text(error))
