"""The dashboard's tables: payments to come, overdue invoices, and the small per-option
tables. Each is a read-only ``QAbstractTableModel`` over plain rows.

The payment tables can hold hundreds of invoices: their texts are made when a row is
first shown (babel's formatting costs a fraction of a millisecond per amount or date).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from connect_desktop.domain.forecast import OverduePayment, PaymentRecord
from connect_desktop.domain.money import format_date, format_money
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.ui.missions.labels import option_label
from connect_desktop.ui.palette_colors import error_color

ModelIndex = QModelIndex | QPersistentModelIndex
INVOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def payment_date_text(record: PaymentRecord, locale: str) -> str:
    """``30/11/2026``, or ``09/09/2026 – 14/09/2026`` for a window (legacy regime)."""
    assert record.pay_earliest is not None
    assert record.pay_latest is not None
    first = format_date(record.pay_earliest, locale)
    if record.pay_earliest == record.pay_latest:
        return first
    return f"{first} – {format_date(record.pay_latest, locale)}"


class TextTableModel(QAbstractTableModel):
    """Rows of ready-made texts; the columns listed in ``right`` are amounts or counts."""

    def __init__(
        self, headers: Sequence[str], right: Sequence[int] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.right = frozenset(right)
        self.rows: list[list[str] | None] = []  # None: not made yet (see ``set_lazy_rows``)
        self.tooltips: list[str] = []
        self.ids: list[int | None] = []
        self.alert_column: int | None = None
        self._make_row: Callable[[int], tuple[list[str], str]] | None = None

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        tooltips: Sequence[str] | None = None,
        ids: Sequence[int | None] | None = None,
    ) -> None:
        self.beginResetModel()
        self._make_row = None
        self.rows = [list(row) for row in rows]
        self.tooltips = list(tooltips) if tooltips is not None else [""] * len(self.rows)
        self.ids = list(ids) if ids is not None else [None] * len(self.rows)
        self.endResetModel()

    def set_lazy_rows(
        self, ids: Sequence[int | None], make_row: Callable[[int], tuple[list[str], str]]
    ) -> None:
        """One row per id, whose texts and tooltip ``make_row(row)`` makes when the row is
        first read."""
        self.beginResetModel()
        self._make_row = make_row
        self.ids = list(ids)
        self.rows = [None] * len(self.ids)
        self.tooltips = [""] * len(self.ids)
        self.endResetModel()

    def width_samples(self, column: int, rows: int) -> list[str]:
        """Texts of ``column`` that are at least as wide as its widest: here, those of
        the first ``rows`` rows; models that know their widest texts say so."""
        return [self.row_texts(row)[column] for row in range(min(rows, len(self.rows)))]

    def row_texts(self, row: int) -> list[str]:
        texts = self.rows[row]
        if texts is None:
            assert self._make_row is not None
            texts, self.tooltips[row] = self._make_row(row)
            self.rows[row] = texts
        return texts

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if section in self.right else _LEFT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.row_texts(row)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.right else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            self.row_texts(row)
            return self.tooltips[row] or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.alert_column:
            return error_color(QGuiApplication.palette())
        if role == INVOICE_ID_ROLE:
            return self.ids[row]
        return None


class _PaymentTexts:
    """Amounts and dates as texts, each distinct one formatted once."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self._money: dict[Decimal, str] = {}
        self._dates: dict[tuple[date | None, date | None], str] = {}

    def money(self, amount: Decimal) -> str:
        text = self._money.get(amount)
        if text is None:
            text = self._money[amount] = format_money(amount, self.locale)
        return text

    def payment_date(self, record: PaymentRecord) -> str:
        key = (record.pay_earliest, record.pay_latest)
        text = self._dates.get(key)
        if text is None:
            text = self._dates[key] = payment_date_text(record, self.locale)
        return text


def _without_number() -> str:
    return QCoreApplication.translate("DashboardTables", "Invoice without a number yet")


class UpcomingPaymentsModel(TextTableModel):
    DATE, MISSION, NET, OPTION = range(4)

    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("DashboardTables", "Date"),
                QCoreApplication.translate("DashboardTables", "Mission"),
                QCoreApplication.translate("DashboardTables", "Net"),
                QCoreApplication.translate("DashboardTables", "Option"),
            ],
            right=(self.NET,),
            parent=parent,
        )
        self.locale = locale
        self._records: list[PaymentRecord] = []
        self._texts = _PaymentTexts(locale)

    def days_until_text(self, record: PaymentRecord, today: date) -> str:
        assert record.pay_earliest is not None
        days = (record.pay_earliest - today).days
        if days <= 0:
            return self.tr("Due now")
        return self.tr("In %n day(s)", "", days)

    def set_payments(self, records: Sequence[PaymentRecord], today: date) -> None:
        records = list(records)
        texts = _PaymentTexts(self.locale)

        def make_row(row: int) -> tuple[list[str], str]:
            record = records[row]
            tooltip = QCoreApplication.translate("DashboardTables", "{number} · {when}").format(
                number=record.number or _without_number(),
                when=self.days_until_text(record, today),
            )
            return [
                texts.payment_date(record),
                record.mission_title,
                texts.money(record.net),
                option_label(record.option),
            ], tooltip

        self._records = records
        self._texts = texts
        self.set_lazy_rows([record.id for record in records], make_row)

    def width_samples(self, column: int, rows: int) -> list[str]:
        samples = super().width_samples(column, rows)
        if column == self.NET and self._records:
            # The most digits make the widest amount.
            samples.append(self._texts.money(max(record.net for record in self._records)))
        if column == self.OPTION:
            samples.extend(option_label(option) for option in PaymentOption)
        return samples


class OverduePaymentsModel(TextTableModel):
    DUE, MISSION, NET, DELAY = range(4)

    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("DashboardTables", "Due"),
                QCoreApplication.translate("DashboardTables", "Mission"),
                QCoreApplication.translate("DashboardTables", "Net"),
                QCoreApplication.translate("DashboardTables", "Delay"),
            ],
            right=(self.NET, self.DELAY),
            parent=parent,
        )
        self.locale = locale
        self._items: list[OverduePayment] = []
        self._texts = _PaymentTexts(locale)
        self.alert_column = self.DELAY

    def set_overdue(self, items: Sequence[OverduePayment]) -> None:
        items = list(items)
        texts = _PaymentTexts(self.locale)

        def make_row(row: int) -> tuple[list[str], str]:
            record, days_late = items[row].record, items[row].days_late
            tooltip = QCoreApplication.translate("DashboardTables", "{number} · {option}").format(
                number=record.number or _without_number(),
                option=option_label(record.option),
            )
            return [
                texts.payment_date(record),
                record.mission_title,
                texts.money(record.net),
                self.tr("%n day(s) late", "", days_late),
            ], tooltip

        self._items = items
        self._texts = texts
        self.set_lazy_rows([item.record.id for item in items], make_row)

    def width_samples(self, column: int, rows: int) -> list[str]:
        samples = super().width_samples(column, rows)
        if column == self.NET and self._items:
            samples.append(self._texts.money(max(item.record.net for item in self._items)))
        if column == self.DELAY and self._items:
            longest = max(item.days_late for item in self._items)
            samples.append(self.tr("%n day(s) late", "", longest))
        return samples
