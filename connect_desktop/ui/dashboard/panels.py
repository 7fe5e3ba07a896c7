"""Building blocks of the dashboard: a headline figure, and a titled table that says so in
a sentence when it has no rows.

Their labels never wrap: a word-wrapped label inside the dashboard's scroll area makes it
size the page by its preferred height, and scroll where nothing needs to.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.ui.dashboard.table_models import INVOICE_ID_ROLE, TextTableModel
from connect_desktop.ui.missions.column_fit import fit_column


class FigureCard(QFrame):
    """A caption, a large figure and a line of detail."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.value = QLabel()
        self.value.setObjectName(f"{name}Value")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set_figure(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.caption.text()} {value}")
        self.setAccessibleDescription(detail)


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class TablePanel(QWidget):
    """A titled, read-only table; activating a row (double click, Enter) emits the
    invoice's id when the row has one."""

    invoiceActivated = Signal(int)
    TABLE_PAGE, EMPTY_PAGE = 0, 1

    def __init__(
        self,
        name: str,
        title: str,
        model: TextTableModel,
        empty_text: str,
        parent: QWidget | None = None,
        *,
        stretch_column: int | None = None,
        min_rows: int = 3,
        fixed: bool = False,
        sample_rows: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        self.title = _title(title)
        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(title)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        self._sample_rows = sample_rows
        if sample_rows is None:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            # Qt's "resize to contents" reads every row when the table is first laid out;
            # a long table's texts are made only when shown, so its columns are fitted
            # to its first rows instead (``_fit_columns``).
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:
            # Long names give way (elided) so that dates and amounts stay whole.
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        # Tall enough for ``min_rows`` rows without scrolling; the layout may give more,
        # unless the table is ``fixed`` (it never has more rows than that).
        frame = 2 * self.table.frameWidth()
        height = header.sizeHint().height() + min_rows * rows.defaultSectionSize() + frame
        self.table.setMinimumHeight(height)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName(f"{name}Empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 0 if fixed else 1)
        if fixed:
            self.pages.setFixedHeight(height)
        model.modelReset.connect(self._update_page)
        self._update_page()

    def _fit_columns(self) -> None:
        """Each column but the stretched one as wide as its header and its widest texts
        (``TextTableModel.width_samples``)."""
        assert self._sample_rows is not None
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if header.sectionResizeMode(column) is not QHeaderView.ResizeMode.Stretch:
                fit_column(self.table, column, self.model.width_samples(column, self._sample_rows))

    def _update_page(self) -> None:
        if self._sample_rows is not None:
            self._fit_columns()
        empty = self.model.rowCount() == 0
        self.pages.setCurrentIndex(self.EMPTY_PAGE if empty else self.TABLE_PAGE)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus if empty else Qt.FocusPolicy.StrongFocus)

    def is_empty(self) -> bool:
        return self.pages.currentIndex() == self.EMPTY_PAGE

    def _activated(self, index: QModelIndex) -> None:
        invoice_id = index.data(INVOICE_ID_ROLE)
        if invoice_id is not None:
            self.invoiceActivated.emit(int(invoice_id))
