"""The "Factures Connect" tab: the filterable invoice list above, the selected invoice below.

Every database and file operation goes through ``run_job``: loading the list and an
invoice's detail, the lifecycle actions, the import of a dropped PDF, saving a copy of a
file. Errors the user can cause become a French message under the table and change
nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.services.invoices import InvoiceAction, InvoiceDetail, load_invoice_detail
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.empty_state import empty_state_page
from connect_desktop.ui.invoices.actions import InvoiceActions
from connect_desktop.ui.invoices.attachment_files import AttachmentFiles
from connect_desktop.ui.invoices.detail_panel import InvoiceDetailPanel
from connect_desktop.ui.invoices.drop_import import InvoiceImporter, can_drop, dropped_paths
from connect_desktop.ui.invoices.errors import InvoiceErrors
from connect_desktop.ui.invoices.filter_bar import InvoiceFilterBar
from connect_desktop.ui.invoices.invoice_list import (
    AllInvoices,
    FirstInvoices,
    load_all_invoices,
    load_first_invoices,
    set_up_table,
)
from connect_desktop.ui.invoices.own_invoice_actions import OwnInvoiceActions
from connect_desktop.ui.invoices.table_model import INVOICE_ID_ROLE, InvoiceTableModel
from connect_desktop.ui.operations import run_job
from connect_desktop.ui.palette_colors import show_message


class InvoicesTab(QWidget):
    invoicesChanged = Signal()  # an invoice changed: payments to come may have too

    LIST_PAGE, EMPTY_PAGE = 0, 1

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesTab")
        self.setAcceptDrops(True)
        self.context = context
        self.errors = InvoiceErrors(self)
        self._loaded_once = False
        self._loading = False
        self._load_generation = 0  # bumps with each reload: older results are dropped
        self._wanted: int | None = None  # the invoice to select once the list is loaded
        self._detail_generation = 0
        self._detail_asked: int | None = None  # the invoice whose detail was last asked for
        self._keep_detail = False  # while the whole list replaces its first rows
        self._message = ("", False)
        self._saved_message = ("", False)  # shown again when a drag leaves the tab

        self.model = InvoiceTableModel(context.locale, context.today(), self)
        self.filter_bar = InvoiceFilterBar(self.model)
        self.filter_bar.changed.connect(self._after_filter)
        self.filter_bar.search_edit.setAcceptDrops(False)  # a dropped PDF imports

        self.table = QTableView()
        self.table.setObjectName("invoicesTable")
        self.table.setModel(self.model)
        set_up_table(self.table, self.model, self.fontMetrics().height() + 10)
        self.table.setAccessibleName(self.tr("Connect invoices"))
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.count_label = QLabel()
        self.count_label.setObjectName("invoiceCountLabel")
        self.message_label = QLabel()
        self.message_label.setObjectName("invoiceMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # it shows file names
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.message_label, 1)
        bottom_row.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filter_bar)
        list_layout.addWidget(self.table, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self._empty_page())
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.pages, 1)
        top_layout.addLayout(bottom_row)  # messages show on the empty page too

        self.panel = InvoiceDetailPanel(context.locale)
        self.actions = InvoiceActions(context, self.errors, self)
        self.importer = InvoiceImporter(context, self.errors, self.model.rows, self)
        self.panel.actionRequested.connect(self._action_requested)
        self.files = AttachmentFiles(context.data_dir, self)
        self.files.message.connect(self.show_message)
        self.panel.openRequested.connect(self.files.open)
        self.panel.saveRequested.connect(self.files.save_copy)
        self.panel.specimenRequested.connect(self.generate_specimen)
        self.panel.importRequested.connect(self.import_file)
        self.actions.done.connect(self._changed)
        self.actions.failed.connect(lambda text: self.show_message(text, error=True))
        self.actions.importRequested.connect(self.importer.choose_and_import)
        self.importer.done.connect(self._changed)
        self.own_invoices = OwnInvoiceActions(context, self.errors, self.panel, self)
        self.own_invoices.done.connect(self._changed)
        self.own_invoices.failed.connect(lambda text: self.show_message(text, error=True))
        self.importer.message.connect(self.show_message)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("invoicesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([430, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        shortcut = QShortcut(QKeySequence("Ctrl+I"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.import_file)
        self.show_message("")
        self._update_count()

    def _empty_page(self) -> QWidget:
        text = self.tr(
            "No invoice yet. An invoice appears here when the client validates a CRA; "
            "follow it from specimen to payment and attach its PDFs."
        )
        return empty_state_page("invoicesEmptyState", "invoicesEmptyLabel", text, 560)

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once and not self._loading:
            self.reload()

    @Slot()
    def refresh(self) -> None:
        """Something else changed invoices (a CRA validated, a mission renamed): read them
        again if the list was loaded; a tab never shown loads when it is first shown."""
        if self._loaded_once or self._loading:
            self.reload()

    @Slot()
    def reload(self, select_id: int | None = None) -> None:
        """Read the invoices again off the UI thread, keeping the selected one."""
        if select_id is not None:
            self._wanted = select_id
        elif self._wanted is None:
            self._wanted = self.selected_id()
        self._loading = True
        self._load_generation += 1
        generation = self._load_generation
        engine = self.context.engine
        if not self._loaded_once and not self.model.total_count():
            # The newest first, on screen within moments; the rest is read after them.
            self.count_label.setText(self.tr("Loading the invoices…"))
            texts = self.model.texts
            run_job(
                self,
                lambda: load_first_invoices(engine, texts),
                lambda first: self._first_rows_loaded(generation, first),
                self._load_failed,
            )
        else:
            self._load_all(generation)

    def _load_all(self, generation: int) -> None:
        engine = self.context.engine
        run_job(
            self,
            lambda: load_all_invoices(engine),
            lambda loaded: self._loaded(generation, loaded),
            self._load_failed,
        )

    def _first_rows_loaded(self, generation: int, first: FirstInvoices) -> None:
        if generation != self._load_generation:
            return  # a newer reload is on its way
        if first.table:
            self.model.set_today(self.context.today())
            self.model.set_table(first.table, texts=first.texts)
            # Nothing is selected yet: the selection and its detail come with the whole
            # list (read meanwhile, the detail would be painted at the same time as it).
            self.pages.setCurrentIndex(self.LIST_PAGE)
        # Once the rows are painted: the job would share the interpreter with the painting.
        QTimer.singleShot(0, self, lambda: self._load_all(generation))

    def _loaded(self, generation: int, loaded: AllInvoices) -> None:
        if generation != self._load_generation:
            return  # a newer reload is on its way
        completing = not self._loaded_once and self.model.total_count() > 0
        if self._wanted is None:
            self._wanted = self.selected_id()  # chosen among the first rows
        self._loading = False
        self._loaded_once = True
        today = self.context.today()
        self.model.set_today(today)
        self.panel.set_today(today)
        self.model.set_table(loaded.table, loaded.search)
        self.filter_bar.set_choices(loaded.missions, loaded.years)
        self.pages.setCurrentIndex(self.LIST_PAGE if loaded.table else self.EMPTY_PAGE)
        wanted, self._wanted = self._wanted, None
        # The rest of a list whose first rows are shown: an invoice the user selected
        # meanwhile stays selected, its detail already shown or on its way.
        self._keep_detail = completing
        try:
            if not (wanted is not None and self.select_invoice(wanted)) and self.model.rowCount():
                self._select_row(0)
        finally:
            self._keep_detail = False
        if self.model.rowCount() == 0:
            self.panel.show_detail(None)
        self._update_count()

    def _load_failed(self, error: Exception) -> None:
        self._loading = False
        self._failed(error)

    def rows_loaded(self) -> bool:
        return self._loaded_once and not self._loading

    # -- selection -----------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(INVOICE_ID_ROLE) if index.isValid() else None

    def detail(self) -> InvoiceDetail | None:
        return self.panel.detail()

    def select_invoice(self, invoice_id: int) -> bool:
        """Select an invoice if the table shows it (with the current filters)."""
        row = self.model.row_of(invoice_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def reveal_invoice(self, invoice_id: int) -> None:
        """Select an invoice, clearing the filters that hide it; a list not loaded yet
        selects it once loaded."""
        if not self.rows_loaded():
            self.reload(select_id=invoice_id)
        elif not self.select_invoice(invoice_id):
            self.filter_bar.clear()
            if not self.select_invoice(invoice_id):
                self.reload(select_id=invoice_id)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            invoice_id = current.data(INVOICE_ID_ROLE)
            if not (self._keep_detail and invoice_id == self._detail_asked):
                self.load_detail(invoice_id)
        else:
            self._detail_generation += 1
            self.panel.show_detail(None)

    def load_detail(self, invoice_id: int) -> None:
        self._detail_asked = invoice_id
        self._detail_generation += 1
        generation = self._detail_generation
        # Asked once the table has painted the new selection: a job running meanwhile
        # would share the interpreter with the painting and slow it down.
        QTimer.singleShot(0, self, lambda: self._read_detail(generation, invoice_id))

    def _read_detail(self, generation: int, invoice_id: int) -> None:
        if generation != self._detail_generation:
            return  # another invoice was selected meanwhile
        engine = self.context.engine
        run_job(
            self,
            lambda: load_invoice_detail(engine, invoice_id),
            lambda detail: self._detail_loaded(generation, detail),
            self._failed,
        )

    def _detail_loaded(self, generation: int, detail: InvoiceDetail) -> None:
        if generation == self._detail_generation and detail.id == self.selected_id():
            self.panel.show_detail(detail)

    # -- filters -------------------------------------------------------------------------
    def _after_filter(self) -> None:
        self._update_count()
        selected = self.selected_id()
        if selected is None and self.model.rowCount():
            self._select_row(0)
        elif selected is not None:
            self.table.scrollTo(self.table.currentIndex())

    def _update_count(self) -> None:
        if self._loading and not self._loaded_once:
            return
        total, shown = self.model.total_count(), self.model.rowCount()
        if self.model.is_filtered():
            text = self.tr("{shown} of {total} invoices")
        else:
            text = self.tr("{total} invoices")
        self.count_label.setText(
            text.format(
                shown=_number(shown, self.context.locale), total=_number(total, self.context.locale)
            )
        )

    # -- actions -------------------------------------------------------------------------
    def _action_requested(self, action: InvoiceAction) -> None:
        detail = self.panel.detail()
        if detail is not None and detail.id == self.selected_id():
            self.show_message("")
            self.actions.run(action, detail)

    @Slot()
    def import_file(self) -> None:
        """ "Import an invoice…": a PDF for the selected invoice, through the same check."""
        self.show_message("")
        self.importer.choose_and_import(self.selected_id())

    def import_paths(self, paths: list[Path]) -> None:
        self.show_message("")
        self.importer.import_paths(paths, self.selected_id())

    @Slot()
    def generate_specimen(self) -> None:
        detail = self.panel.detail()
        if detail is not None:
            self.actions.generate_specimen(detail)

    def _changed(self, invoice_id: int, text: str) -> None:
        self.show_message(text)
        self.reload(select_id=invoice_id)
        self.invoicesChanged.emit()

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, ValueError):
            raise error
        self.show_message(self.errors.text(error), error=True)

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if can_drop(event.mimeData()):
            event.acceptProposedAction()
            self._saved_message = self._message
            self.show_message(self.tr("Drop the PDF to check it and attach it to the invoice."))
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if can_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        text, error = self._saved_message
        self.show_message(text, error=error)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        viewport = self.table.viewport()
        position = viewport.mapFrom(self, event.position().toPoint())
        if self.pages.currentIndex() == self.LIST_PAGE and viewport.rect().contains(position):
            index = self.table.indexAt(position)
            if index.isValid() and index.row() != self.table.currentIndex().row():
                self._select_row(index.row())
        self.import_paths(paths)

    # -- the message line ----------------------------------------------------------------
    def message(self) -> str:
        return self.message_label.text()

    def show_message(self, text: str, error: bool = False) -> None:
        self._message = (text, error)
        show_message(self.message_label, text, error, self.palette())


def _number(value: int, locale: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale)
