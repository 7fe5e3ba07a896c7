"""The Missions tab: the filterable table on the left, the editor of the selection on the right.

All database work goes through ``run_job``; the tab turns the results into rows and
editor contents, and the errors the user can cause into French messages in the editor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.services.missions import (
    MissionDraft,
    MissionView,
    ProfileBasics,
    load_missions,
    load_profile_basics,
    save_mission,
    set_archived,
)
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.missions.badge_delegate import BadgeDelegate
from connect_desktop.ui.missions.column_fit import fit_columns, prepare_header
from connect_desktop.ui.missions.editor import MissionEditor
from connect_desktop.ui.missions.save_errors import SaveErrors
from connect_desktop.ui.missions.table_model import (
    MISSION_ROLE,
    MissionFilterProxy,
    MissionTableModel,
)
from connect_desktop.ui.operations import run_job


def confirm_discard(parent: QWidget) -> bool:
    """Ask before unsaved changes are dropped (a small function that tests replace)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MissionsTab", "Unsaved changes"),
        QCoreApplication.translate(
            "MissionsTab", "The mission has changes that are not saved. Discard them?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class MissionsTab(QWidget):
    missionsChanged = Signal()

    LIST_PAGE, EMPTY_PAGE = 0, 1
    EDITOR_PAGE, PLACEHOLDER_PAGE = 0, 1

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionsTab")
        self.context = context
        self._profile = ProfileBasics()
        self._loaded_once = False
        self._new_started = False  # "New mission" asked for, perhaps before the first load
        self._selecting = False
        self._pending_select: int | None = None

        self.save_errors = SaveErrors(self)
        self.model = MissionTableModel(context.locale, self)
        self.proxy = MissionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("missionFilterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, client or reference…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the missions"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.new_button = QPushButton(self.tr("New mission"))
        self.new_button.setObjectName("newMissionButton")
        self.new_button.setToolTip(self.tr("Create a mission (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_mission)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setObjectName("missionsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MissionTableModel.START, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Missions"))
        self.badges = BadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(MissionTableModel.REGIME, self.badges)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setStretchLastSection(False)
        for column, width in ((MissionTableModel.TITLE, 170), (MissionTableModel.CLIENT, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        prepare_header(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.no_match_label = QLabel(self.tr("No mission matches the filter."))
        self.no_match_label.setObjectName("noMatchLabel")
        self.no_match_label.setVisible(False)
        self.info_label = QLabel()
        self.info_label.setObjectName("missionsInfoLabel")
        self.info_label.setWordWrap(True)
        self.info_label.setVisible(False)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.no_match_label)
        list_layout.addWidget(self.info_label)

        self.left = QStackedWidget()
        self.left.addWidget(list_page)
        self.left.addWidget(self._empty_page())

        self.editor = MissionEditor(context.locale, context.today())
        self.editor.saveRequested.connect(self._save)
        self.editor.archiveRequested.connect(self._archive)
        self.editor.newCancelled.connect(self._new_cancelled)
        placeholder = QLabel(self.tr("Select a mission in the list, or create a new one."))
        placeholder.setObjectName("editorPlaceholder")
        placeholder.setWordWrap(True)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.editor)
        self.right.addWidget(placeholder)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("missionsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([620, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._show_empty(True)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("missionsEmptyState")
        title = QLabel(self.tr("No missions yet"))
        title.setObjectName("emptyStateTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Add your Connect missions with their daily rate and contract date to see, "
                "for each payment option, what you will be paid and when."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(520)
        button = QPushButton(self.tr("New mission"))
        button.setObjectName("emptyNewMissionButton")
        button.setMinimumWidth(180)
        button.clicked.connect(self.new_mission)
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # -- loading -------------------------------------------------------------------------
    @Slot()
    def reload(self, select_id: int | None = None) -> None:
        """Load the missions off the UI thread; keep the selection (the first at start)."""
        if select_id is not None:
            self._pending_select = select_id
        engine, today = self.context.engine, self.context.today()
        run_job(
            self,
            lambda: (load_missions(engine, today), load_profile_basics(engine)),
            self._loaded,
            self._failed,
        )

    def _loaded(self, result: tuple[list[MissionView], ProfileBasics]) -> None:
        missions, profile = result
        self._profile = profile
        self.editor.set_today(self.context.today())
        self.editor.set_profile(profile)
        wanted = self._pending_select or self.editor.mission_id()
        self._pending_select = None
        editing_new = self.editor.is_new() and self.right.currentIndex() == self.EDITOR_PAGE
        self._selecting = True
        try:
            self.model.set_missions(missions)
        finally:
            self._selecting = False
        fit_columns(self.table, self.model)
        self._show_empty(not missions)
        if wanted is not None and self._select_id(wanted):
            self._loaded_once = True
            return
        keep_new = editing_new and (self._loaded_once or self._new_started)
        self._loaded_once = True
        if keep_new:
            return
        if self.proxy.rowCount():
            self._select_row(0)
        else:  # every mission is archived or filtered out
            self.right.setCurrentIndex(self.PLACEHOLDER_PAGE)

    def _failed(self, error: Exception) -> None:
        self.editor.set_busy(False)
        if not isinstance(error, ValueError):
            raise error
        self.editor.show_save_error(self.error_text(error))

    def _show_empty(self, empty: bool) -> None:
        self.left.setCurrentIndex(self.EMPTY_PAGE if empty else self.LIST_PAGE)
        if empty and not self.editor.is_dirty():
            # Nothing to edit yet: the invitation takes the whole tab.
            self.right.setVisible(False)
        elif not empty:
            self._show_editor_side()

    def _show_editor_side(self) -> None:
        """Show the editor; if it was hidden from the start, give it its share of the width."""
        self.right.setVisible(True)
        left, right = self.splitter.sizes()
        if right == 0:
            total = max(left, self.splitter.width())
            self.splitter.setSizes([total * 45 // 100, total * 55 // 100])

    # -- selection -----------------------------------------------------------------------
    def selected_view(self) -> MissionView | None:
        index = self.table.currentIndex()
        return index.data(MISSION_ROLE) if index.isValid() else None

    def _select_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _select_id(self, mission_id: int, *, refresh: bool = True) -> bool:
        """Select a mission if the table shows it; ``refresh`` re-reads it into the editor."""
        row = self.model.row_of(mission_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        if self.table.currentIndex().row() == index.row():
            # The same mission again (after a save or a reload): refresh what the editor shows.
            if refresh:
                self._show_view(index.data(MISSION_ROLE))
        else:
            self._select_row(index.row())
        return True

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        view: MissionView = current.data(MISSION_ROLE)
        changing = view.id != self.editor.mission_id() and self.editor.is_dirty()
        if changing and not confirm_discard(self):
            self._selecting = True
            try:
                back = previous if previous.isValid() else QModelIndex()
                self.table.selectionModel().setCurrentIndex(
                    back,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self._selecting = False
            return
        self._show_view(view)

    def _show_view(self, view: MissionView) -> None:
        self.right.setCurrentIndex(self.EDITOR_PAGE)
        if view.id == self.editor.mission_id() and self.editor.is_dirty():
            return  # keep the user's edits; the next save reloads
        self.editor.show_mission(view)

    # -- actions used by the main window -------------------------------------------------
    @Slot()
    def new_mission(self) -> None:
        if self.editor.is_dirty() and not confirm_discard(self):
            return
        self._selecting = True
        try:
            self.table.selectionModel().clear()
        finally:
            self._selecting = False
        self.info_label.setVisible(False)
        self._new_started = True
        self._show_editor_side()
        self.right.setCurrentIndex(self.EDITOR_PAGE)
        self.editor.start_new()
        self.editor.title_edit.setFocus()

    @Slot()
    def focus_filter(self) -> None:
        if self.left.currentIndex() == self.LIST_PAGE:
            self.filter_edit.setFocus()
            self.filter_edit.selectAll()

    @Slot()
    def toggle_archive_selected(self) -> None:
        view = self.editor.view()
        if view is not None:
            self._archive(view.id, not view.archived)

    @Slot(bool)
    def set_show_archived(self, show: bool) -> None:
        self.proxy.set_show_archived(show)
        self._after_filter()

    # -- filter --------------------------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        visible = self.proxy.rowCount()
        self.no_match_label.setVisible(visible == 0 and self.model.rowCount() > 0)
        current = self.editor.mission_id()
        if current is not None and self._select_id(current, refresh=False):
            return
        if visible and not self.editor.is_dirty():
            self._select_row(0)

    # -- saving and archiving ------------------------------------------------------------
    def _save(self, draft: MissionDraft) -> None:
        engine, today = self.context.engine, self.context.today()
        run_job(self, lambda: save_mission(engine, draft, today), self._saved, self._failed)

    def _saved(self, view: MissionView) -> None:
        self.editor.set_busy(False)
        self.editor.show_mission(view)
        self.editor.show_saved(self.tr("Saved."))
        self.info_label.setVisible(False)
        self.reload(select_id=view.id)
        self.missionsChanged.emit()

    def _archive(self, mission_id: int, archived: bool) -> None:
        if self.editor.is_dirty() and not confirm_discard(self):
            return
        engine, today = self.context.engine, self.context.today()
        self.editor.set_busy(True)
        run_job(
            self,
            lambda: set_archived(engine, mission_id, archived, today),
            self._archived,
            self._failed,
        )

    def _archived(self, view: MissionView) -> None:
        self.editor.set_busy(False)
        self.editor.show_mission(view)
        if view.archived and not self.proxy.show_archived():
            self.info_label.setText(
                self.tr(
                    "“{title}” is archived. Show archived missions from the View menu to "
                    "restore it."
                ).format(title=view.draft.title)
            )
            self.info_label.setVisible(True)
        else:
            self.info_label.setVisible(False)
        self.reload(select_id=view.id)
        self.missionsChanged.emit()

    def _new_cancelled(self) -> None:
        if self.model.rowCount() == 0:
            self.right.setVisible(False)
        elif self.proxy.rowCount():
            self._select_row(0)
        else:
            self.right.setCurrentIndex(self.PLACEHOLDER_PAGE)

    # -- errors --------------------------------------------------------------------------
    def error_text(self, error: ValueError) -> str:
        """The French (translated) message for an error the rules raised in English."""
        return self.save_errors.text(error)
