"""Widths of the missions table's short columns (rate, dates, regime, option, status), and
the fitting to sample texts the dashboard's long tables use too (``fit_column``).

Qt's "resize to contents" reads every row each time the table is laid out again (after a
load, a filter, a sort), which with hundreds of missions holds the UI thread for
seconds. These columns show a handful of distinct texts, so their widths are measured on
those once per load (``MissionTableModel.width_samples``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from connect_desktop.ui.missions.table_model import MissionTableModel

FITTED_COLUMNS = (
    MissionTableModel.RATE,
    MissionTableModel.START,
    MissionTableModel.END,
    MissionTableModel.REGIME,
    MissionTableModel.OPTION,
    MissionTableModel.STATUS,
)
# The regime's badge is wider than its text (see ``BadgeDelegate.sizeHint``).
BADGE_EXTRA = 20


def prepare_header(table: QTableView) -> None:
    """Fixed widths for the fitted columns (``fit_columns`` sets them)."""
    header = table.horizontalHeader()
    for column in FITTED_COLUMNS:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)


def fit_columns(table: QTableView, model: MissionTableModel) -> None:
    for column in FITTED_COLUMNS:
        extra = BADGE_EXTRA if column == MissionTableModel.REGIME else 0
        fit_column(table, column, model.width_samples(column), extra)


def fit_column(table: QTableView, column: int, texts: Iterable[str], extra: int = 0) -> None:
    """``column`` as wide as its header and the widest of ``texts`` as a cell draws it
    (plus ``extra``): widths measured on samples, never on every row."""
    header = table.horizontalHeader()
    table.ensurePolished()  # the style may set the font the cells are drawn with
    metrics = table.fontMetrics()
    # As QStyledItemDelegate pads a text (its margins and a pixel), plus the grid line.
    padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    width = max(header.sectionSizeHint(column), widest + padding + extra)
    header.resizeSection(column, max(width, header.minimumSectionSize()))


__all__ = ["fit_column", "fit_columns", "prepare_header"]
