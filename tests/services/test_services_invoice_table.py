"""The invoices tab's compact listing: the same invoices as ``list_invoice_rows``, value for
value, in the same order; the newest alone with ``limit``; a sequence of ``InvoiceRow``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.invoice_rows import InvoiceRow, list_invoice_rows
from connect_desktop.services.invoice_table import (
    NO_AMOUNT,
    NO_DATE,
    InvoiceTable,
    load_invoice_table,
)
from connect_desktop.store.demo import fill_demo

TODAY = date(2026, 11, 28)


def test_an_empty_database_gives_an_empty_table(engine: Engine) -> None:
    table = load_invoice_table(engine)
    assert len(table) == 0
    assert list(table) == []
    assert table.complete
    assert table.position_of(1) == -1


def test_the_table_holds_the_rows_of_the_listing_in_its_order(engine: Engine) -> None:
    fill_demo(engine, today=TODAY)
    rows = list_invoice_rows(engine)
    table = load_invoice_table(engine)
    assert len(table) == len(rows) > 50
    assert list(table) == rows  # every field: dates, Decimals, enums, missing values
    assert table.newest_first
    # Missing dates and amounts have their sentinels in the columns.
    waiting = [i for i, row in enumerate(rows) if row.clock_start is None]
    unpaid = [i for i, row in enumerate(rows) if row.paid_amount is None]
    assert waiting
    assert all(table.clock_starts[i] == NO_DATE for i in waiting)
    assert unpaid
    assert all(table.paid_amounts[i] == NO_AMOUNT for i in unpaid)
    assert table[-1] == rows[-1]
    assert table[1:3] == rows[1:3]
    assert table.position_of(rows[7].id) == 7


def test_limit_reads_the_newest_invoices_only(engine: Engine) -> None:
    fill_demo(engine, today=TODAY)
    newest = load_invoice_table(engine, limit=5)
    assert not newest.complete
    assert list(newest) == list_invoice_rows(engine)[:5]


def test_a_table_built_from_rows_gives_them_back() -> None:
    row = sample_row()
    credit_note = replace(
        row,
        id=2,
        amount_ht=Decimal("-12000.00"),
        amount_ttc=Decimal("-14400.00"),
        net=Decimal("-14100.00"),
        fee=Decimal("-300.00"),
        days=Decimal("20.5"),
        paid_on=date(2026, 12, 1),
        paid_amount=Decimal("-14000.00"),
    )
    table = InvoiceTable.from_rows([row, credit_note])
    assert list(table) == [row, credit_note]
    assert not table.newest_first
    with pytest.raises(IndexError):
        table.row(2)


def sample_row() -> InvoiceRow:
    return InvoiceRow(
        id=1,
        number="LBC-2026-000101",
        mission_id=3,
        mission_title="Refonte du SI",
        kind=InvoiceKind.CREDIT_NOTE,
        status=InvoiceStatus.FINAL,
        invoicing_mode=InvoicingMode.MANUAL_IMPORT,
        payment_option=PaymentOption.FLASH,
        period_start=date(2026, 10, 1),
        period_end=date(2026, 10, 31),
        days=Decimal("20.0"),
        amount_ht=Decimal("12000.00"),
        amount_ttc=Decimal("14400.00"),
        fee=Decimal("300.00"),
        net=Decimal("14100.00"),
        clock_start=None,
        pay_earliest=None,
        pay_latest=None,
        paid_on=None,
        paid_amount=None,
    )


def test_import_candidates_are_the_invoices_neither_credit_notes_nor_cancelled(
    engine: Engine,
) -> None:
    fill_demo(engine, today=TODAY)
    rows = list_invoice_rows(engine)
    rows[3] = replace(rows[3], kind=InvoiceKind.CREDIT_NOTE)
    rows[5] = replace(rows[5], status=InvoiceStatus.CANCELLED)
    expected = [
        (row.id, row.amount_ttc, row.period_start, row.period_end)
        for row in rows
        if row.kind is InvoiceKind.INVOICE and row.status is not InvoiceStatus.CANCELLED
    ]
    assert 0 < len(expected) <= len(rows) - 2
    assert InvoiceTable.from_rows(rows).match_candidates() == expected
