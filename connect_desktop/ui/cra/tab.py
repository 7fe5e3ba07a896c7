"""The CRA tab: a mission's month on a calendar, its figures and the client's answer.

Every change of the grid (a gesture, "Fill working days", "Clear all") is saved at once
by ``GridSaver`` and the saved month is drawn again; each saved change can be undone.
The panel's actions (submit, the client's validation or refusal, an adjustment, the PDF)
run on the job thread too. Errors the user can cause become a French message under the
grid and change nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.domain.cra import CraStatus
from connect_desktop.services import cra as cra_service
from connect_desktop.services.cra import CraMission, CraMonth
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.cra import pdf_export
from connect_desktop.ui.cra.actions import CraActions
from connect_desktop.ui.cra.calendar_grid import CraCalendar
from connect_desktop.ui.cra.errors import CraErrors
from connect_desktop.ui.cra.grid_saver import GridSaver, MonthKey, month_key
from connect_desktop.ui.cra.labels import month_title
from connect_desktop.ui.cra.navigator import CraNavigator
from connect_desktop.ui.cra.summary_panel import CraSummaryPanel
from connect_desktop.ui.empty_state import empty_state_page
from connect_desktop.ui.operations import run_job
from connect_desktop.ui.palette_colors import show_message


class CraTab(QWidget):
    craChanged = Signal()  # invoices or option locks may have changed

    CRA_PAGE, EMPTY_PAGE = 0, 1

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("craTab")
        self.context = context
        self.errors = CraErrors(context.locale, self)
        self._month: CraMonth | None = None
        self._generation = 0  # bumps when the view changes: late loads are dropped
        self._missions_loaded = False
        self._loading_missions = False
        self._wanted_mission: int | None = None
        self._exported: Path | None = None

        self.navigator = CraNavigator(context.locale, context.today)
        self.navigator.changed.connect(self._view_changed)
        self.calendar = CraCalendar(context.locale)
        self.saver = GridSaver(context, self.errors, self._view_key, self)
        self.saver.saved.connect(self._days_saved)
        self.saver.failed.connect(self._save_failed)
        self.undo_stack = self.saver.undo_stack
        self.calendar.changesRequested.connect(
            lambda changes: self._save(changes, self.tr("Change days"))
        )
        self.actions = CraActions(context, self.errors, self)
        self.actions.done.connect(self._action_done)
        self.actions.adjusted.connect(self._adjusted)
        self.actions.failed.connect(lambda message: self._show_message(message, error=True))
        self.exporter = pdf_export.CraPdfExport(context, self)
        self.exporter.started.connect(self._pdf_started)
        self.exporter.written.connect(self._pdf_written)
        self.exporter.failed.connect(self._pdf_failed)

        self.fill_button = QPushButton(self.tr("Fill &working days"))
        self.fill_button.setObjectName("fillWorkingDaysButton")
        self.fill_button.setToolTip(self.tr("A full day on every working day of the mission"))
        self.fill_button.clicked.connect(self.fill_working_days)
        self.clear_button = QPushButton(self.tr("C&lear all"))
        self.clear_button.setObjectName("clearDaysButton")
        self.clear_button.setToolTip(self.tr("Remove every day entered this month"))
        self.clear_button.clicked.connect(self.clear_days)
        self.undo_button = self._tool_button("undoButton", self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change to the grid (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.saver.undo)
        self.redo_button = self._tool_button("redoButton", self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo the change undone (Ctrl+Shift+Z)"))
        self.redo_button.clicked.connect(self.saver.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        grid_buttons = QHBoxLayout()
        grid_buttons.addWidget(self.fill_button)
        grid_buttons.addWidget(self.clear_button)
        grid_buttons.addStretch(1)
        grid_buttons.addWidget(self.undo_button)
        grid_buttons.addWidget(self.redo_button)

        self.message_label = QLabel()
        self.message_label.setObjectName("craMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openPdfButton")
        self.open_button.setToolTip(self.tr("Open the PDF"))
        self.open_button.clicked.connect(self.open_exported)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.open_button)
        self._show_message("")

        self.panel = CraSummaryPanel(context.locale)
        self.panel.submitRequested.connect(self.submit)
        self.panel.validateRequested.connect(self.record_validation)
        self.panel.refuseRequested.connect(self.record_refusal)
        self.panel.adjustRequested.connect(self.adjust)
        self.panel.exportRequested.connect(self.export_pdf)

        grid_side = QVBoxLayout()
        grid_side.addWidget(self.calendar, 1)
        grid_side.addLayout(grid_buttons)
        grid_side.addLayout(message_row)
        body = QHBoxLayout()
        body.addLayout(grid_side, 3)
        body.addSpacing(12)
        body.addWidget(self.panel, 2)
        cra_page = QWidget()
        cra_layout = QVBoxLayout(cra_page)
        cra_layout.setContentsMargins(0, 0, 0, 0)
        cra_layout.addWidget(self.navigator)
        cra_layout.addLayout(body, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(cra_page)
        self.pages.addWidget(self._empty_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._shortcuts()
        self._update_grid_buttons()

    def _tool_button(self, name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setEnabled(False)
        return button

    def _empty_page(self) -> QWidget:
        text = self.tr(
            "No mission yet. Create a mission in the Missions tab, then fill its "
            "activity report here month by month."
        )
        return empty_state_page("craEmptyState", "craEmptyLabel", text, 520)

    def _shortcuts(self) -> None:
        keys = (
            (("Ctrl+PgUp", "Alt+Left"), lambda: self.navigator.step(-1)),
            (("Ctrl+PgDown", "Alt+Right"), lambda: self.navigator.step(1)),
            (("Ctrl+Z",), self.saver.undo),
            (("Ctrl+Shift+Z", "Ctrl+Y"), self.saver.redo),
            (("Ctrl+Return", "Ctrl+Enter"), self.submit),
            (("Ctrl+P",), self.export_pdf),
        )
        for sequences, slot in keys:
            for sequence in sequences:
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    # -- missions and months -------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._missions_loaded and not self._loading_missions:
            self.reload_missions()

    @Slot()
    def reload_missions(self) -> None:
        """Read the missions again (they changed), keeping the selected one if it is left."""
        engine, today = self.context.engine, self.context.today()
        self._loading_missions = True
        run_job(
            self, lambda: cra_service.list_cra_missions(engine, today), self._missions, self._failed
        )

    def _missions(self, missions: list[CraMission]) -> None:
        self._loading_missions = False
        self._missions_loaded = True
        before = self.navigator.mission_id()
        wanted, self._wanted_mission = self._wanted_mission, None
        self.navigator.set_missions(missions, wanted)
        self.pages.setCurrentIndex(self.CRA_PAGE if missions else self.EMPTY_PAGE)
        # The same mission may have new dates or a new rate: draw its month again.
        self._load_month(keep_undo=self.navigator.mission_id() == before)

    def select_mission(self, mission_id: int) -> None:
        """Show ``mission_id``'s CRAs (once the missions are loaded, if they are not yet)."""
        if not self._missions_loaded or self._loading_missions:
            self._wanted_mission = mission_id
        elif self.navigator.mission_id() != mission_id:
            self.navigator.select_mission(mission_id)

    def current_month(self) -> CraMonth | None:
        return self._month

    def _view_key(self) -> MonthKey | None:
        mission_id = self.navigator.mission_id()
        return None if mission_id is None else (mission_id, *self.navigator.year_month())

    def _is_current(self, month: CraMonth | None) -> bool:
        return month is not None and month_key(month) == self._view_key()

    def _view_changed(self) -> None:
        self._show_message("")
        self._load_month(keep_undo=False)

    def _load_month(self, *, keep_undo: bool) -> None:
        self._generation += 1
        if not keep_undo:
            self.undo_stack.clear()
        key = self._view_key()
        if key is None:
            self._month = None
            self.saver.show(None)
            self.panel.show_month(None)
            self._update_grid_buttons()
            return
        generation = self._generation
        engine, today, language = self.context.engine, self.context.today(), self.context.language
        run_job(
            self,
            lambda: cra_service.load_cra_month(engine, *key, today, language),
            lambda month: self._month_loaded(generation, month),
            self._failed,
        )

    def _month_loaded(self, generation: int, month: CraMonth) -> None:
        if generation == self._generation and self._is_current(month):
            self._show_month(month)

    def _show_month(self, month: CraMonth) -> None:
        self._month = month
        self.saver.show(month)
        self.calendar.set_month(month)
        self.panel.show_month(month)
        self._update_grid_buttons()

    def _update_grid_buttons(self) -> None:
        self.fill_button.setEnabled(bool(self.saver.fill_changes()))
        self.clear_button.setEnabled(bool(self.saver.clear_changes()))

    # -- the grid ------------------------------------------------------------------------
    def _save(self, changes: dict[date, int], text: str) -> None:
        if not self.saver.save(changes, text):
            self.calendar.clear_pending()

    @Slot()
    def fill_working_days(self) -> None:
        self._save(self.saver.fill_changes(), self.tr("Fill working days"))

    @Slot()
    def clear_days(self) -> None:
        self._save(self.saver.clear_changes(), self.tr("Clear all"))

    def _days_saved(self, month: CraMonth) -> None:
        self._show_month(month)
        self._show_message("")

    def _save_failed(self, message: str, month: CraMonth | None) -> None:
        self._show_message(message, error=True)
        if month is not None:
            self._show_month(month)  # drops the values the grid showed as pending
        else:
            self.calendar.clear_pending()

    # -- actions -------------------------------------------------------------------------
    def _action_month(self, status: CraStatus) -> CraMonth | None:
        month = self._month
        if month is None or month.status is not status or not self._is_current(month):
            return None
        return month

    @Slot()
    def submit(self) -> None:
        month = self._action_month(CraStatus.DRAFT)
        if month is not None:
            self.actions.submit(month)

    @Slot()
    def record_validation(self) -> None:
        month = self._action_month(CraStatus.SUBMITTED)
        if month is not None:
            self.actions.record_validation(month)

    @Slot()
    def record_refusal(self) -> None:
        month = self._action_month(CraStatus.SUBMITTED)
        if month is not None:
            self.actions.record_refusal(month)

    @Slot()
    def adjust(self) -> None:
        month = self._action_month(CraStatus.VALIDATED)
        if month is not None:
            self.actions.adjust(month)

    def _adjusted(self, month: CraMonth) -> None:
        """Show the later month, which now carries the adjustment."""
        self.navigator.set_year_month(month.year, month.month, emit=False)
        self._generation += 1
        self.undo_stack.clear()
        self._show_month(month)
        self._show_message(
            self.tr("Adjustment added to {month}.").format(
                month=month_title(month.year, month.month, self.context.locale)
            )
        )
        self.craChanged.emit()

    def _action_done(self, month: CraMonth, text: str) -> None:
        if self._is_current(month):
            self._show_month(month)
        self._show_message(text)
        self.craChanged.emit()

    def _failed(self, error: Exception) -> None:
        self._loading_missions = False
        if not isinstance(error, ValueError):
            raise error
        self._show_message(self.errors.text(error), error=True)

    # -- PDF -----------------------------------------------------------------------------
    @Slot()
    def export_pdf(self) -> None:
        if self._is_current(self._month) and not self.exporter.busy():
            assert self._month is not None
            self.exporter.export(self, self._month)

    def _pdf_started(self) -> None:
        self.panel.set_exporting(True)
        self._show_message(self.tr("Writing the PDF…"))

    def _pdf_written(self, path: Path) -> None:
        self.panel.set_exporting(False)
        self._show_message(self.tr("CRA exported to {path}").format(path=path), opens=path)

    def _pdf_failed(self, message: str) -> None:
        self.panel.set_exporting(False)
        self._show_message(message, error=True)

    @Slot()
    def open_exported(self) -> None:
        if self._exported is not None:
            pdf_export.open_path(self._exported)

    # -- the message line ----------------------------------------------------------------
    def message(self) -> str:
        return self.message_label.text()

    def _show_message(self, text: str, *, error: bool = False, opens: Path | None = None) -> None:
        show_message(self.message_label, text, error, self.palette())
        self.message_label.setVisible(bool(text))
        self._exported = opens
        self.open_button.setVisible(opens is not None)
