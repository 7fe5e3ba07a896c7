"""What the invoices tab reads and how its table is set up.

The list is read in two steps the first time: the newest ``FIRST_ROWS`` invoices (on
screen within moments), then every invoice with what the tab derives from them
(``load_all_invoices``, on the job thread). The table view is set for 100 000 rows: fixed
row heights and column widths computed from samples, never from the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from sqlalchemy import Engine

from connect_desktop.services.invoice_table import InvoiceTable, load_invoice_table
from connect_desktop.ui.invoices.row_filter import TextSearch, fold
from connect_desktop.ui.invoices.row_texts import InvoiceRowTexts, column_widths
from connect_desktop.ui.invoices.table_model import InvoiceTableModel

# The newest invoices, read and shown first while the others load: a few screens' worth.
FIRST_ROWS = 200
# Of those, the rows formatted on the job thread: more than a tall window shows.
FORMATTED_AHEAD = 60


@dataclass(frozen=True, slots=True)
class FirstInvoices:
    table: InvoiceTable  # the newest invoices
    texts: dict[int, tuple[str, ...]]  # the formatted columns of the first ones, by position


def load_first_invoices(engine: Engine, texts: InvoiceRowTexts) -> FirstInvoices:
    """The newest invoices, the first ones already formatted: the UI thread only paints
    them. (``InvoiceRowTexts`` reads translations and babel data, both safe from here.)"""
    table = load_invoice_table(engine, FIRST_ROWS)
    count = min(len(table), FORMATTED_AHEAD)
    return FirstInvoices(table, {i: texts.cells(table.row(i)) for i in range(count)})


@dataclass(frozen=True, slots=True)
class AllInvoices:
    """Every invoice, and what the tab derives from them, prepared on the job thread."""

    table: InvoiceTable
    search: TextSearch  # the text index of their numbers and titles
    missions: list[tuple[int, str]]  # (id, title) of the missions they belong to, by title
    years: list[int]  # the years of their periods, newest first


def load_all_invoices(engine: Engine) -> AllInvoices:
    table = load_invoice_table(engine)
    titles = table.titles
    missions = sorted(
        ((mission, titles[mission]) for mission in set(table.mission_ids)), key=by_title
    )
    years = sorted({date.fromordinal(day).year for day in set(table.period_starts)}, reverse=True)
    return AllInvoices(table, TextSearch(table), missions, years)


def by_title(item: tuple[int, str]) -> tuple[str, int]:
    return fold(item[1]), item[0]


def set_up_table(table: QTableView, model: InvoiceTableModel, row_height: int) -> None:
    """Sorted newest period first, one row selected at a time, read-only, fixed heights."""
    table.setSortingEnabled(True)
    table.sortByColumn(InvoiceTableModel.PERIOD, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(48)
    widths = column_widths(model.texts, table.fontMetrics(), header.fontMetrics())
    for column, width in widths.items():
        header.resizeSection(column, width)
