"""The invoices table: the model that filters and sorts its own rows, shown by the view
as it is (no proxy model).

Built for 100 000 rows. The invoices stay in an ``InvoiceTable`` (one typed array per
column); the model keeps the positions of the rows in display order (``_order``, by the
sort) and of those the filters keep (``_visible``). Sorting is one Python sort of
positions over a column's keys; filtering, a few comprehensions over the arrays
(``row_filter``). A QSortFilterProxyModel would instead call Python once per row on every
change. ``data()`` formats only the rows the view asks for, and keeps the formatted texts
of a row in a bounded cache. "Days left" and "overdue" are derived from ``today``
(``set_today``), never stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.services.invoice_table import NO_AMOUNT, STATUSES, InvoiceTable
from connect_desktop.services.invoices import InvoiceRow
from connect_desktop.ui.invoices.labels import status_color, status_icon
from connect_desktop.ui.invoices.row_filter import InvoiceFilters, TextSearch, kept_rows, words_of
from connect_desktop.ui.invoices.row_texts import Column, InvoiceRowTexts
from connect_desktop.ui.invoices.sort_keys import column_keys, days_left, is_overdue
from connect_desktop.ui.palette_colors import error_color

ModelIndex = QModelIndex | QPersistentModelIndex

# Raw values for sorting: folded text, integer cents, date ordinals, integers.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The ``InvoiceRow`` of a row, and its id.
INVOICE_ROLE = Qt.ItemDataRole.UserRole + 2
INVOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 3

# Roles as plain integers: ``data()`` runs for every painted cell and every role.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SORT, _ROW, _ID = int(SORT_ROLE), int(INVOICE_ROLE), int(INVOICE_ID_ROLE)
_ANSWERED = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, _DECORATION, _TOOLTIP, _SORT, _ROW, _ID})

_CACHE_LIMIT = 4000  # formatted rows kept (a few screens of scrolling)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_COLUMNS = frozenset(
    {Column.DAYS, Column.AMOUNT_HT, Column.AMOUNT_TTC, Column.FEE, Column.NET, Column.DAYS_LEFT}
)
_CANCELLED = STATUSES.index(InvoiceStatus.CANCELLED)
# The tab's first sort, in which ``load_invoice_table`` reads the rows: no sort needed.
_NEWEST_FIRST = (Column.PERIOD, Qt.SortOrder.DescendingOrder)


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
        self._table = InvoiceTable()
        self._search: TextSearch | None = None  # built when the text is first filtered
        self._order: list[int] = []  # every row's position in the table, as sorted
        self._visible: list[int] = []  # the positions the filters keep, as sorted
        self._filters = InvoiceFilters()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._texts: dict[int, tuple[str, ...]] = {}  # position -> formatted columns
        self._keys: dict[int, Sequence[Any]] = {}  # column -> sort keys, for this table

    # -- contents ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[InvoiceRow]) -> None:
        self.set_table(InvoiceTable.from_rows(rows))

    def set_table(
        self,
        table: InvoiceTable,
        search: TextSearch | None = None,
        texts: dict[int, tuple[str, ...]] | None = None,
    ) -> None:
        """Show ``table`` (sorted and filtered as before). ``search`` is its text index and
        ``texts`` the formatted columns of some of its rows, by position, when they were
        prepared beforehand."""
        self.beginResetModel()
        previous, previous_texts = self._table, self._texts
        self._table, self._search = table, search
        self._texts = dict(texts or {})
        if not previous.complete and previous.newest_first and table.newest_first:
            # The whole list after its newest rows: the rows on screen keep their texts.
            for position, cells in previous_texts.items():
                if position < len(table) and previous.row(position) == table.row(position):
                    self._texts.setdefault(position, cells)
        self._keys.clear()
        self._order = list(range(len(table)))
        if self._sort is not None and not (table.newest_first and self._sort == _NEWEST_FIRST):
            self._order = self._sorted(*self._sort)
        self._visible = self._kept()
        self.endResetModel()

    def rows(self) -> InvoiceTable:
        """Every invoice, filtered or not, as a sequence of ``InvoiceRow``."""
        return self._table

    def total_count(self) -> int:
        return len(self._table)

    def row_at(self, row: int) -> InvoiceRow | None:
        return self._table.row(self._visible[row]) if 0 <= row < len(self._visible) else None

    def row_of(self, invoice_id: int) -> int:
        """The row that shows an invoice, or -1 (unknown, or hidden by the filters)."""
        return self._row_of_position(self._table.position_of(invoice_id))

    def _row_of_position(self, position: int) -> int:
        if position < 0:
            return -1
        try:
            return self._visible.index(position)
        except ValueError:
            return -1

    def today(self) -> date:
        return self._today

    def set_today(self, today: date) -> None:
        """A new day: days left, overdue marks and their colours are derived again."""
        if today == self._today:
            return
        self._today = today
        self._keys.pop(self.DAYS_LEFT, None)
        if self._visible:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visible) - 1, self.COLUMN_COUNT - 1)
            )

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

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
            return _RIGHT if section in _RIGHT_COLUMNS else _LEFT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks about seven roles per painted cell: the others leave at once.
        if role not in _ANSWERED:
            return None
        row, visible = index.row(), self._visible
        if not 0 <= row < len(visible):
            return None
        position, column = visible[row], index.column()
        if role == _DISPLAY:
            if column == Column.DAYS_LEFT:
                return self.texts.days_left(days_left(self._table, position, self._today))
            return self._texts_of(position)[column]
        if role == _ALIGNMENT:
            return _RIGHT if column in _RIGHT_COLUMNS else _LEFT
        if role == _FOREGROUND:
            return self._foreground(position, column)
        if role == _DECORATION:
            if column != Column.STATUS:
                return None
            status = STATUSES[self._table.statuses[position]]
            return status_icon(status, QGuiApplication.palette())
        if role == _ID:
            return self._table.ids[position]
        if role == _SORT:
            return self._keys_of(column)[position]
        if role == _ROW:
            return self._table.row(position)
        return self.texts.tooltip(self._table.row(position), column, self._today)

    # -- texts ---------------------------------------------------------------------------
    def _texts_of(self, position: int) -> tuple[str, ...]:
        texts = self._texts.get(position)
        if texts is None:
            if len(self._texts) >= _CACHE_LIMIT:
                self._texts.clear()
            texts = self._texts[position] = self.texts.cells(self._table.row(position))
        return texts

    def _foreground(self, position: int, column: int) -> Any:
        table = self._table
        palette = QGuiApplication.palette()
        if column == Column.DAYS_LEFT and is_overdue(table, position, self._today):
            return error_color(palette)
        status = table.statuses[position]
        if status == _CANCELLED:
            return palette.brush(QPalette.ColorRole.PlaceholderText)
        if column == Column.STATUS:
            return status_color(STATUSES[status], palette)
        if column == Column.PAID and table.paid_amounts[position] not in (
            NO_AMOUNT,
            table.nets[position],
        ):
            return error_color(palette)
        return None

    # -- sorting -------------------------------------------------------------------------
    def _keys_of(self, column: int) -> Sequence[Any]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = column_keys(
                self._table, column, self._today, self._text_search().titles
            )
        return keys

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        # Python's sort is stable, in both directions: ties keep their current order.
        key = self._keys_of(column).__getitem__
        return sorted(self._order, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self._sort = (column, order)
        if not self._table:
            return

        def sorted_and_kept() -> list[int]:
            self._order = self._sorted(column, order)
            return self._kept()

        self._relayout(sorted_and_kept)

    def sort_column(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    # -- filtering -----------------------------------------------------------------------
    def set_mission(self, mission_id: int | None) -> None:
        self._set_filters(mission=mission_id)

    def set_year(self, year: int | None) -> None:
        self._set_filters(year=year)

    def set_status(self, status: InvoiceStatus | None) -> None:
        self._set_filters(status=status)

    def set_overdue_only(self, overdue_only: bool) -> None:
        self._set_filters(overdue_only=overdue_only)

    def set_text(self, text: str) -> None:
        self._set_filters(words=words_of(text))

    def filters(self) -> dict[str, Any]:
        filters = self._filters
        return {
            "mission": filters.mission,
            "year": filters.year,
            "status": filters.status,
            "overdue_only": filters.overdue_only,
            "text": " ".join(filters.words),
        }

    def is_filtered(self) -> bool:
        return self._filters.active()

    def refresh(self) -> None:
        """Filter again (the day changed: "overdue" may have too)."""
        self._relayout(self._kept)

    def _set_filters(self, **changes: Any) -> None:
        current = self._filters
        wanted = replace(current, **changes)
        if wanted != current:
            self._filters = wanted
            self._relayout(self._kept)

    def _text_search(self) -> TextSearch:
        if self._search is None:
            self._search = TextSearch(self._table)
        return self._search

    def _kept(self) -> list[int]:
        if not self._filters.active():
            return self._order
        return kept_rows(self._table, self._order, self._filters, self._today, self._text_search())

    def _relayout(self, visible: Callable[[], list[int]]) -> None:
        """Show the rows ``visible()`` gives, keeping the selection and the current row on
        the same invoices (those filtered out leave it)."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = self._visible
        positions = [
            before[index.row()] if index.row() < len(before) else -1 for index in persistent
        ]
        self._visible = visible()
        if persistent:
            rows = self._rows_of_positions(positions)
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(rows.get(p, -1), index.column())
                    for p, index in zip(positions, persistent, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def _rows_of_positions(self, positions: list[int]) -> dict[int, int]:
        wanted = set(positions)
        if len(wanted) <= 8:
            return {position: self._row_of_position(position) for position in wanted}
        return {position: row for row, position in enumerate(self._visible) if position in wanted}
