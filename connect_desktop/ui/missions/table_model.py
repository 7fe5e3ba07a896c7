"""The missions table: one row per ``MissionView``, and the proxy that filters and sorts it."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
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
from connect_desktop.domain.payment import Regime
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

    # -- contents ------------------------------------------------------------------------
    def set_missions(self, missions: Sequence[MissionView]) -> None:
        self.beginResetModel()
        self._missions = list(missions)
        self.endResetModel()

    def missions(self) -> list[MissionView]:
        return list(self._missions)

    def mission_at(self, row: int) -> MissionView | None:
        return self._missions[row] if 0 <= row < len(self._missions) else None

    def row_of(self, mission_id: int) -> int:
        """The row of a mission, or -1."""
        return next(
            (row for row, view in enumerate(self._missions) if view.id == mission_id),
            -1,
        )

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
        view = self.mission_at(index.row()) if index.isValid() else None
        if view is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == SORT_ROLE:
            return self._sort_key(view, column)
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
            return format_money(draft.daily_rate, self.locale)
        if column == self.START:
            return format_date(draft.start_on, self.locale)
        if column == self.END:
            return format_date(draft.end_on, self.locale) if draft.end_on else "—"
        if column == self.REGIME:
            return regime_badge(view.regime)
        if column == self.OPTION:
            return option_label(draft.payment_option)
        if column == self.STATUS:
            return status_label(view.status)
        return ""

    def _sort_key(self, view: MissionView, column: int) -> str | int:
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
        return fold(self._display(view, column))

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
        draft = view.draft
        haystack = fold(" ".join((draft.title, draft.client_name, draft.lbc_reference)))
        return all(word in haystack for word in self._needle.split())
