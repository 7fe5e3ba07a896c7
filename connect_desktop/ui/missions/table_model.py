"""The missions table: one row per ``MissionView``, and the proxy that filters and sorts it.

Qt asks for each cell's data many times (painting, sizing the columns, sorting,
filtering): the texts, sort keys and filter haystacks are made once per row and kept
until the missions change.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from connect_desktop.domain.mission import MissionStatus
from connect_desktop.domain.money import format_date, format_money, to_cents
from connect_desktop.domain.payment import PaymentOption, Regime
from connect_desktop.services.missions import MissionView
from connect_desktop.ui.missions.labels import (
    option_label,
    regime_badge,
    regime_title,
    status_label,
)

ModelIndex = QModelIndex | QPersistentModelIndex

# Raw values for sorting: text, integer cents, ISO dates (never a float for money).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The ``MissionView`` of a row.
MISSION_ROLE = Qt.ItemDataRole.UserRole + 2
# The row's regime, for the badge delegate.
REGIME_ROLE = Qt.ItemDataRole.UserRole + 3

# Open-ended missions sort after every dated one.
_NO_END = date.max.isoformat()
NO_END_TEXT = "—"


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` ("Énergie" and "energie" match)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class MissionTableModel(QAbstractTableModel):
    TITLE, CLIENT, RATE, START, END, REGIME, OPTION, STATUS = range(8)
    COLUMN_COUNT = 8

    def __init__(self, locale: str = "fr_FR", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self._missions: list[MissionView] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._sort_keys: dict[tuple[int, int], str | int] = {}  # (mission id, column)
        self._haystacks: list[str | None] = []
        self._rows_by_id: dict[int, int] = {}
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        # Missions share rates and dates: each distinct one is formatted once (babel).
        self._money_texts: dict[Decimal, str] = {}
        self._date_texts: dict[date, str] = {}

    # -- contents ------------------------------------------------------------------------
    def set_missions(self, missions: Sequence[MissionView]) -> None:
        self.beginResetModel()
        self._missions = list(missions)
        self._texts = [None] * len(self._missions)
        self._sort_keys = {}
        self._haystacks = [None] * len(self._missions)
        self._apply_order()
        self.endResetModel()

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows themselves, by ``SORT_ROLE``, keeping the order of equal rows.

        The proxy hands its sorting here: one Python sort with each row's key made once,
        where the proxy would call ``data`` twice per comparison."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._missions[index.row()].id, index.column()) for index in persistent]
        self._apply_order()
        self.changePersistentIndexList(
            persistent, [self.index(self._rows_by_id[id_], column) for id_, column in kept]
        )
        self.layoutChanged.emit()

    def _apply_order(self) -> None:
        column, order = self._order
        rows = range(len(self._missions))
        if 0 <= column < self.COLUMN_COUNT:
            rows = sorted(
                rows,
                key=lambda row: self._sort_value(row, column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
            self._missions = [self._missions[row] for row in rows]
            self._texts = [self._texts[row] for row in rows]
            self._haystacks = [self._haystacks[row] for row in rows]
        self._rows_by_id = {view.id: row for row, view in enumerate(self._missions)}

    def _sort_value(self, row: int, column: int) -> str | int:
        key = (self._missions[row].id, column)
        value = self._sort_keys.get(key)
        if value is None:
            value = self._sort_keys[key] = self._sort_key(row, column)
        return value

    def missions(self) -> list[MissionView]:
        return list(self._missions)

    def mission_at(self, row: int) -> MissionView | None:
        return self._missions[row] if 0 <= row < len(self._missions) else None

    def row_of(self, mission_id: int) -> int:
        """The row of a mission, or -1."""
        return self._rows_by_id.get(mission_id, -1)

    def texts(self, row: int) -> tuple[str, ...]:
        """The row's displayed texts, one per column."""
        texts = self._texts[row]
        if texts is None:
            view = self._missions[row]
            texts = tuple(self._display(view, column) for column in range(self.COLUMN_COUNT))
            self._texts[row] = texts
        return texts

    def haystack(self, row: int) -> str:
        """Title, client and LBC reference, folded, for the filter."""
        haystack = self._haystacks[row]
        if haystack is None:
            draft = self._missions[row].draft
            haystack = fold(" ".join((draft.title, draft.client_name, draft.lbc_reference)))
            self._haystacks[row] = haystack
        return haystack

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._missions)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section] if 0 <= section < self.COLUMN_COUNT else None
        if role == Qt.ItemDataRole.ToolTipRole and section == self.RATE:
            return self.tr("Daily rate, excluding VAT")
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Title"),
            self.tr("Client"),
            self.tr("Daily rate"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Regime"),
            self.tr("Option"),
            self.tr("Status"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not (index.isValid() and 0 <= row < len(self._missions)):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        view = self._missions[row]
        if role == MISSION_ROLE:
            return view
        if role == REGIME_ROLE:
            return view.regime.value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.RATE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view, column)
        if role == Qt.ItemDataRole.ForegroundRole and view.status in (
            MissionStatus.ARCHIVED,
            MissionStatus.FINISHED,
        ):
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _display(self, view: MissionView, column: int) -> str:
        draft = view.draft
        if column == self.TITLE:
            return draft.title
        if column == self.CLIENT:
            return draft.client_name
        if column == self.RATE:
            return self._money_text(draft.daily_rate)
        if column == self.START:
            return self._date_text(draft.start_on)
        if column == self.END:
            return self._date_text(draft.end_on) if draft.end_on else NO_END_TEXT
        if column == self.REGIME:
            return regime_badge(view.regime)
        if column == self.OPTION:
            return option_label(draft.payment_option)
        if column == self.STATUS:
            return status_label(view.status)
        return ""

    def _money_text(self, amount: Decimal) -> str:
        text = self._money_texts.get(amount)
        if text is None:
            text = self._money_texts[amount] = format_money(amount, self.locale)
        return text

    def _date_text(self, day: date) -> str:
        text = self._date_texts.get(day)
        if text is None:
            text = self._date_texts[day] = format_date(day, self.locale)
        return text

    def width_samples(self, column: int) -> set[str]:
        """Texts as wide as the widest the column can show, without formatting every row:
        every label of the enum columns, each distinct rate, a date."""
        if column == self.RATE:
            return {self._money_text(view.draft.daily_rate) for view in self._missions}
        if column in (self.START, self.END):
            return {format_date(date(2000, 12, 28), self.locale), NO_END_TEXT}
        if column == self.REGIME:
            return {regime_badge(regime) for regime in Regime}
        if column == self.OPTION:
            return {option_label(option) for option in PaymentOption}
        if column == self.STATUS:
            return {status_label(status) for status in MissionStatus}
        return {
            text
            for row in range(len(self._missions))
            for text in self.texts(row)[column : column + 1]
        }

    def _sort_key(self, row: int, column: int) -> str | int:
        view = self._missions[row]
        draft = view.draft
        if column == self.RATE:
            return to_cents(draft.daily_rate)
        if column == self.START:
            return draft.start_on.isoformat()
        if column == self.END:
            return draft.end_on.isoformat() if draft.end_on else _NO_END
        if column == self.REGIME:
            return 0 if view.regime is Regime.PREDICTABLE else 1
        if column == self.STATUS:
            return list(MissionStatus).index(view.status)
        return fold(self.texts(row)[column])

    def _tooltip(self, view: MissionView, column: int) -> str | None:
        if column == self.TITLE and view.draft.lbc_reference:
            return self.tr("{title} (LBC reference {reference})").format(
                title=view.draft.title, reference=view.draft.lbc_reference
            )
        if column == self.REGIME:
            return regime_title(view.regime)
        if column == self.OPTION and view.option_locked:
            return self.tr("Locked: this mission already has a validated CRA")
        return None


class MissionFilterProxy(QSortFilterProxyModel):
    """Filters by title, client or LBC reference; hides archived missions unless asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._show_archived = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts its own rows (see ``MissionTableModel.sort``); the
        proxy keeps them in that order and only filters."""
        model = self.sourceModel()
        if isinstance(model, MissionTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_filter_text(self, text: str) -> None:
        needle = fold(text.strip())
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_text(self) -> str:
        return self._needle

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self.beginFilterChange()
            self._show_archived = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def show_archived(self) -> bool:
        return self._show_archived

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, MissionTableModel):
            return True
        view = model.mission_at(source_row)
        if view is None:
            return False
        if view.archived and not self._show_archived:
            return False
        if not self._needle:
            return True
        haystack = model.haystack(source_row)
        return all(word in haystack for word in self._needle.split())
