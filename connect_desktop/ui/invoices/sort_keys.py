"""The sort values of the invoices table's columns.

``raw_key`` gives what ``SORT_ROLE`` returns: folded text, integer cents, date ordinals or
integers, never None (a missing date or day count sorts after every real one).
``fast_key`` gives keys in the same order that are cheaper for sorting 100 000 rows at once
(Decimals compare directly).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.domain.money import to_cents
from connect_desktop.services.invoices import InvoiceRow
from connect_desktop.ui.invoices.row_texts import Column

Key = Callable[[InvoiceRow], Any]

LAST = 10**9
_STATUS_ORDER = {status: position for position, status in enumerate(InvoiceStatus)}


def _ordinal(day: date | None) -> int:
    return LAST if day is None else day.toordinal()


def days_left(row: InvoiceRow, today: date) -> int | None:
    """Days until the latest payment date; None when paid, cancelled or not known yet."""
    if row.status in (InvoiceStatus.PAID, InvoiceStatus.CANCELLED):
        return None
    return row.days_left(today)


def raw_key(column: int, today: date, folded_mission: Callable[[InvoiceRow], str]) -> Key:
    def left(row: InvoiceRow) -> int:
        value = days_left(row, today)
        return LAST if value is None else value

    keys: dict[int, Key] = {
        Column.NUMBER: lambda r: r.number.casefold(),
        Column.MISSION: folded_mission,
        Column.PERIOD: lambda r: r.period_start.toordinal(),
        Column.DAYS: lambda r: int(r.days * 2),
        Column.AMOUNT_HT: lambda r: to_cents(r.amount_ht),
        Column.AMOUNT_TTC: lambda r: to_cents(r.amount_ttc),
        Column.FEE: lambda r: to_cents(r.fee),
        Column.NET: lambda r: to_cents(r.net),
        Column.STATUS: lambda r: _STATUS_ORDER[r.status],
        Column.CLOCK_START: lambda r: _ordinal(r.clock_start),
        Column.PAYMENT: lambda r: _ordinal(r.pay_earliest),
        Column.DAYS_LEFT: left,
        Column.PAID: lambda r: _ordinal(r.paid_on),
    }
    return keys[column]


def fast_key(column: int, today: date, folded_mission: Callable[[InvoiceRow], str]) -> Key:
    fast: dict[int, Key] = {
        Column.DAYS: lambda r: r.days,
        Column.AMOUNT_HT: lambda r: r.amount_ht,
        Column.AMOUNT_TTC: lambda r: r.amount_ttc,
        Column.FEE: lambda r: r.fee,
        Column.NET: lambda r: r.net,
    }
    return fast.get(column) or raw_key(column, today, folded_mission)
