"""The invoices table: one row per ``InvoiceRow``, and the proxy that filters it.

Built for 100 000 rows. ``data()`` formats only the rows the view asks for, and keeps the
formatted texts of a row in a bounded cache. Sorting is done by the source model in one
Python sort over pre-computed keys (the proxy forwards ``sort()``), because Qt's proxy
sort would call ``data()`` about two million times. Filtering computes one flag per row in
a single pass; ``filterAcceptsRow`` only reads it. "Days left" and "overdue" are derived
from ``today`` (``set_today``), never stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.services.invoices import InvoiceRow
from connect_desktop.ui.invoices.labels import status_color, status_icon
from connect_desktop.ui.invoices.row_texts import Column, InvoiceRowTexts
from connect_desktop.ui.invoices.sort_keys import days_left, fast_key, raw_key
from connect_desktop.ui.missions.mission_form import error_color
from connect_desktop.ui.missions.table_model import fold

ModelIndex = QModelIndex | QPersistentModelIndex

# Raw values for sorting: folded text, integer cents, date ordinals, integers.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The ``InvoiceRow`` of a row, and its id.
INVOICE_ROLE = Qt.ItemDataRole.UserRole + 2
INVOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 3

_CACHE_LIMIT = 4000  # formatted rows kept (a few screens of scrolling)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class InvoiceTableModel(QAbstractTableModel):
    NUMBER = Column.NUMBER
    MISSION = Column.MISSION
    PERIOD = Column.PERIOD
    DAYS = Column.DAYS
    AMOUNT_HT = Column.AMOUNT_HT
    AMOUNT_TTC = Column.AMOUNT_TTC
    FEE = Column.FEE
    NET = Column.NET
    STATUS = Column.STATUS
    CLOCK_START = Column.CLOCK_START
    PAYMENT = Column.PAYMENT
    DAYS_LEFT = Column.DAYS_LEFT
    PAID = Column.PAID
    COLUMN_COUNT = 13
    MONEY_COLUMNS = frozenset({AMOUNT_HT, AMOUNT_TTC, FEE, NET})

    def __init__(
        self, locale: str = "fr_FR", today: date | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.locale = locale
        self.texts = InvoiceRowTexts(locale, self)
        self._today = today or date.today()
        self._rows: list[InvoiceRow] = []
        self._row_of: dict[int, int] | None = None  # invoice id -> row, built when asked
        self._texts: dict[int, tuple[str, ...]] = {}  # invoice id -> formatted columns
        self._folded: dict[int, str] = {}  # mission id -> folded title
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Bumped whenever rows are replaced or reordered: the proxy's flags follow it.
        self.generation = 0

    # -- contents ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[InvoiceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self._folded.clear()
        self._row_of = None
        if self._sort is not None:
            self._rows = self._sorted(self._rows, *self._sort)
        self.generation += 1
        self.endResetModel()

    def rows(self) -> list[InvoiceRow]:
        return self._rows

    def row_at(self, row: int) -> InvoiceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, invoice_id: int) -> int:
        """The row of an invoice, or -1."""
        if self._row_of is None:
            self._row_of = {invoice.id: row for row, invoice in enumerate(self._rows)}
        return self._row_of.get(invoice_id, -1)

    def today(self) -> date:
        return self._today

    def set_today(self, today: date) -> None:
        """A new day: days left, overdue marks and their colours are derived again."""
        if today == self._today:
            return
        self._today = today
        self.generation += 1
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            )

    def folded_mission(self, row: InvoiceRow) -> str:
        """The mission's title, case- and accent-folded (once per mission)."""
        folded = self._folded.get(row.mission_id)
        if folded is None:
            folded = self._folded[row.mission_id] = fold(row.mission_title)
        return folded

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.texts.header_tips().get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._right_aligned(section) else _LEFT
        return None

    def _right_aligned(self, column: int) -> bool:
        return column in self.MONEY_COLUMNS or column in (self.DAYS, self.DAYS_LEFT)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        invoice = self._rows[row]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DAYS_LEFT:
                return self.texts.days_left(days_left(invoice, self._today))
            return self._texts_of(invoice)[column]
        if role == SORT_ROLE:
            return self._key_function(column)(invoice)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._right_aligned(column) else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(invoice, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return status_icon(invoice.status, QGuiApplication.palette())
        if role == INVOICE_ROLE:
            return invoice
        if role == INVOICE_ID_ROLE:
            return invoice.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.texts.tooltip(invoice, column, self._today)
        return None

    # -- texts ---------------------------------------------------------------------------
    def _texts_of(self, invoice: InvoiceRow) -> tuple[str, ...]:
        texts = self._texts.get(invoice.id)
        if texts is None:
            if len(self._texts) >= _CACHE_LIMIT:
                self._texts.clear()
            texts = self._texts[invoice.id] = self.texts.cells(invoice)
        return texts

    def _foreground(self, invoice: InvoiceRow, column: int) -> Any:
        palette = QGuiApplication.palette()
        if column == self.DAYS_LEFT and invoice.is_overdue(self._today):
            return error_color(palette)
        if invoice.status is InvoiceStatus.CANCELLED:
            return palette.brush(QPalette.ColorRole.PlaceholderText)
        if column == self.STATUS:
            return status_color(invoice.status, palette)
        if column == self.PAID and invoice.paid_amount not in (None, invoice.net):
            return error_color(palette)
        return None

    # -- sorting -------------------------------------------------------------------------
    def _key_function(self, column: int) -> Callable[[InvoiceRow], Any]:
        """The raw sort value of a column (also ``SORT_ROLE``): str or int, never None."""
        return raw_key(column, self._today, self.folded_mission)

    def _sorted(self, rows: list[InvoiceRow], column: int, order: Qt.SortOrder) -> list[InvoiceRow]:
        # Python's sort is stable, in both directions: ties keep their current order.
        key = fast_key(column, self._today, self.folded_mission)
        return sorted(rows, key=key, reverse=order is Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._sorted(before, column, order)
        self._row_of = None
        self.generation += 1
        persistent = self.persistentIndexList()
        if persistent:
            old_ids = [before[index.row()].id for index in persistent]
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(self.row_of(invoice_id), index.column())
                    for invoice_id, index in zip(old_ids, persistent, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort


class InvoiceFilterProxy(QSortFilterProxyModel):
    """Filters by mission, year, status, overdue and free text (number or mission,
    case- and accent-insensitive); sorting is the source model's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mission: int | None = None
        self._year: int | None = None
        self._status: InvoiceStatus | None = None
        self._overdue_only = False
        self._words: tuple[str, ...] = ()
        self._model: InvoiceTableModel | None = None
        self._flags: list[bool] | None = None
        self._flags_generation = -1  # the model generation the flags were computed for
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    # -- filters -------------------------------------------------------------------------
    def set_mission(self, mission_id: int | None) -> None:
        if mission_id != self._mission:
            self._mission = mission_id
            self._refilter()

    def set_year(self, year: int | None) -> None:
        if year != self._year:
            self._year = year
            self._refilter()

    def set_status(self, status: InvoiceStatus | None) -> None:
        if status != self._status:
            self._status = status
            self._refilter()

    def set_overdue_only(self, overdue_only: bool) -> None:
        if overdue_only != self._overdue_only:
            self._overdue_only = overdue_only
            self._refilter()

    def set_text(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words != self._words:
            self._words = words
            self._refilter()

    def filters(self) -> dict[str, Any]:
        return {
            "mission": self._mission,
            "year": self._year,
            "status": self._status,
            "overdue_only": self._overdue_only,
            "text": " ".join(self._words),
        }

    def is_filtered(self) -> bool:
        return any(
            (
                self._mission is not None,
                self._year is not None,
                self._status is not None,
                self._overdue_only,
                self._words,
            )
        )

    def refresh(self) -> None:
        """Filter again (the day changed: "overdue" may have too)."""
        self._refilter()

    def _refilter(self) -> None:
        # One pass over the rows, then a full re-map: for large changes on 100 000 rows this
        # is several times faster than begin/endFilterChange's incremental row removals.
        self._flags_generation = -1
        self.invalidate()

    # -- QSortFilterProxyModel -----------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, InvoiceTableModel):
            model.sort(column, order)

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # type: ignore[override]
        self._model = model if isinstance(model, InvoiceTableModel) else None
        self._flags_generation = -1
        super().setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        # Called once per row on every change: kept to a few attribute reads.
        model = self._model
        if model is None:
            return True
        if self._flags_generation != model.generation:
            self._flags = self._compute_flags(model)
            self._flags_generation = model.generation
        flags = self._flags
        return True if flags is None else flags[source_row]

    def _compute_flags(self, model: InvoiceTableModel) -> list[bool] | None:
        """One flag per source row, or None when nothing is filtered.

        Each active filter narrows the list of candidate rows in one comprehension, the
        cheapest first; the text is matched once per mission title, and against the
        invoice number only for the words the title lacks.
        """
        if not self.is_filtered():
            return None
        rows = model.rows()
        kept = range(len(rows))
        if self._mission is not None:
            mission = self._mission
            kept = [i for i in kept if rows[i].mission_id == mission]
        if self._status is not None:
            status = self._status
            kept = [i for i in kept if rows[i].status is status]
        if self._year is not None:
            year = self._year
            kept = [i for i in kept if rows[i].period_start.year == year]
        if self._overdue_only:
            today = model.today()
            kept = [i for i in kept if rows[i].is_overdue(today)]
        if self._words:
            kept = self._text_matches(model, rows, kept)
        flags = [False] * len(rows)
        for i in kept:
            flags[i] = True
        return flags

    def _text_matches(
        self, model: InvoiceTableModel, rows: list[InvoiceRow], kept: Sequence[int]
    ) -> list[int]:
        words = self._words
        # For each mission, the words its title lacks: the number must hold those.
        lacking: dict[int, tuple[str, ...]] = {}
        for i in kept:
            row = rows[i]
            if row.mission_id not in lacking:
                title = model.folded_mission(row)
                lacking[row.mission_id] = tuple(word for word in words if word not in title)
        if len(words) == 1:
            word = words[0]
            return [
                i
                for i in kept
                if not lacking[rows[i].mission_id] or word in rows[i].number.casefold()
            ]
        result = []
        for i in kept:
            row = rows[i]
            missing = lacking[row.mission_id]
            if not missing:
                result.append(i)
            else:
                number = row.number.casefold()
                if all(word in number for word in missing):
                    result.append(i)
        return result
