"""The sort values of the invoices table's columns, one per row of an ``InvoiceTable``.

A column's keys are folded text, integer cents, date ordinals or integers, never None (a
missing date or day count sorts after every real one). Most columns are the table's own
arrays; the rest are built in one pass. No Qt here: the values are also what
``SORT_ROLE`` returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.services.invoice_table import NO_DATE, STATUSES, InvoiceTable
from connect_desktop.ui.invoices.row_texts import Column

LAST = 10**9
# Paid and cancelled invoices have no days left, and are never overdue.
CLOSED = frozenset(
    STATUSES.index(status) for status in (InvoiceStatus.PAID, InvoiceStatus.CANCELLED)
)


def days_left(table: InvoiceTable, i: int, today: date) -> int | None:
    """Days until the latest payment date (negative when overdue); None when paid,
    cancelled, or while the date is not known."""
    latest = table.pay_latest[i]
    if latest == NO_DATE or table.statuses[i] in CLOSED:
        return None
    return latest - today.toordinal()


def is_overdue(table: InvoiceTable, i: int, today: date) -> bool:
    """Not paid nor cancelled, and past the latest payment date (R8)."""
    latest = table.pay_latest[i]
    return latest != NO_DATE and latest < today.toordinal() and table.statuses[i] not in CLOSED


def _dates_last(values: Sequence[int]) -> list[int]:
    return [LAST if value == NO_DATE else value for value in values]


def column_keys(
    table: InvoiceTable, column: int, today: date, folded_titles: dict[int, str]
) -> Sequence[Any]:
    """The sort value of every row of ``table`` for ``column``, by position."""
    if column == Column.NUMBER:
        return [number.casefold() for number in table.numbers]
    if column == Column.MISSION:
        return [folded_titles.get(mission_id, "") for mission_id in table.mission_ids]
    if column == Column.DAYS_LEFT:
        today_ordinal = today.toordinal()
        return [
            LAST if latest == NO_DATE or status in CLOSED else latest - today_ordinal
            for latest, status in zip(table.pay_latest, table.statuses, strict=True)
        ]
    if column == Column.CLOCK_START:
        return _dates_last(table.clock_starts)
    if column == Column.PAYMENT:
        return _dates_last(table.pay_earliest)
    if column == Column.PAID:
        return _dates_last(table.paid_on)
    arrays: dict[int, Sequence[int]] = {
        Column.PERIOD: table.period_starts,
        Column.DAYS: table.days_halves,
        Column.AMOUNT_HT: table.amounts_ht,
        Column.AMOUNT_TTC: table.amounts_ttc,
        Column.FEE: table.fees,
        Column.NET: table.nets,
        Column.STATUS: table.statuses,  # the statuses' order of declaration
    }
    return arrays[column]
