"""The dashboard's tables: payments to come, overdue invoices, and the small per-option
tables. Each is a read-only ``QAbstractTableModel`` over plain rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
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
from connect_desktop.ui.missions.labels import option_label
from connect_desktop.ui.missions.mission_form import error_color

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
        self.rows: list[list[str]] = []
        self.tooltips: list[str] = []
        self.ids: list[int | None] = []
        self.alert_column: int | None = None

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        tooltips: Sequence[str] | None = None,
        ids: Sequence[int | None] | None = None,
    ) -> None:
        self.beginResetModel()
        self.rows = [list(row) for row in rows]
        self.tooltips = list(tooltips) if tooltips is not None else [""] * len(self.rows)
        self.ids = list(ids) if ids is not None else [None] * len(self.rows)
        self.endResetModel()

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
            return self.rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.right else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltips[row] or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.alert_column:
            return error_color(QGuiApplication.palette())
        if role == INVOICE_ID_ROLE:
            return self.ids[row]
        return None


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

    def days_until_text(self, record: PaymentRecord, today: date) -> str:
        assert record.pay_earliest is not None
        days = (record.pay_earliest - today).days
        if days <= 0:
            return self.tr("Due now")
        return self.tr("In %n day(s)", "", days)

    def set_payments(self, records: Sequence[PaymentRecord], today: date) -> None:
        self.set_rows(
            [
                [
                    payment_date_text(record, self.locale),
                    record.mission_title,
                    format_money(record.net, self.locale),
                    option_label(record.option),
                ]
                for record in records
            ],
            [
                QCoreApplication.translate("DashboardTables", "{number} · {when}").format(
                    number=record.number
                    or QCoreApplication.translate(
                        "DashboardTables", "Invoice without a number yet"
                    ),
                    when=self.days_until_text(record, today),
                )
                for record in records
            ],
            [record.id for record in records],
        )


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
        self.alert_column = self.DELAY

    def set_overdue(self, items: Sequence[OverduePayment]) -> None:
        self.set_rows(
            [
                [
                    payment_date_text(item.record, self.locale),
                    item.record.mission_title,
                    format_money(item.record.net, self.locale),
                    self.tr("%n day(s) late", "", item.days_late),
                ]
                for item in items
            ],
            [
                QCoreApplication.translate("DashboardTables", "{number} · {option}").format(
                    number=item.record.number
                    or QCoreApplication.translate(
                        "DashboardTables", "Invoice without a number yet"
                    ),
                    option=option_label(item.record.option),
                )
                for item in items
            ],
            [item.record.id for item in items],
        )
