"""Revision 0004 (immutability triggers) on a database that holds data.

A database written at revision 0003 is migrated keeping every row; from then on SQLite
refuses to change its paid invoice, its history and its issued own invoice. Downgrading to
0003 removes the triggers and keeps the rows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from migration_helpers import migrate
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from connect_desktop.store.database import (
    create_db_engine,
    current_revision,
    open_database,
)

TABLES = ("mission", "cra", "invoice", "invoiceevent", "attachment", "owninvoice")
TRIGGER_COUNT = 9

INSERTS = [
    "INSERT INTO mission (id, title, client_name, client_address, lbc_reference, start_on,"
    " end_on, daily_rate_cents, signed_on, based_in_france, payment_option, invoicing_mode,"
    " weekend_work, client_term_days, notes, archived, created_at) VALUES"
    " (1, 'Audit', 'Client SA', '', '', '2026-01-05', NULL, 60000, '2025-12-15', 1, 'EXPRESS',"
    " 'MANUAL_IMPORT', 0, 30, '', 0, '2026-01-02 09:00:00.000000')",
    "INSERT INTO cra (id, mission_id, year, month, status, submitted_on, validated_on,"
    " rejected_on, rejection_reason, comment) VALUES"
    " (1, 1, 2026, 1, 'VALIDATED', '2026-02-02', '2026-02-04', NULL, '', '')",
    "INSERT INTO invoice (id, mission_id, cra_id, kind, credit_note_of_id, number, status,"
    " invoicing_mode, payment_option, period_start, period_end, days_halves,"
    " daily_rate_cents, vat_rate_bp, amount_ht_cents, vat_cents, amount_ttc_cents,"
    " fee_cents, net_cents, client_term_days, zone, clock_start, pay_earliest, pay_latest,"
    " client_paid_on, paid_on, paid_amount_cents, refusal_reason, created_at) VALUES"
    " (1, 1, 1, 'INVOICE', NULL, 'CM-2026-0001', 'PAID', 'MANUAL_IMPORT', 'EXPRESS',"
    " '2026-01-05', '2026-01-31', 3, 60000, 2000, 90000, 18000, 108000, 2250, 105750, 30,"
    " NULL, '2026-02-04', '2026-03-06', '2026-03-06', NULL, '2026-03-06', 105750, '',"
    " '2026-02-04 10:00:00.000000')",
    "INSERT INTO invoiceevent (id, invoice_id, happened_on, recorded_at, from_status,"
    " to_status, note) VALUES"
    " (1, 1, '2026-02-04', '2026-02-04 10:00:00.000000', NULL, 'TO_IMPORT', ''),"
    " (2, 1, '2026-03-06', '2026-03-06 10:00:00.000000', 'FINAL', 'PAID', '')",
    "INSERT INTO attachment (id, invoice_id, sha256, original_name, size, role, added_at)"
    f" VALUES (1, 1, '{'c' * 64}', 'facture.pdf', 2048, 'imported',"
    " '2026-02-05 10:00:00.000000')",
    "INSERT INTO owninvoice (id, mission_id, invoice_id, kind, number, sequence, issued_on,"
    " amount_ht_cents, vat_cents, amount_ttc_cents, vat_rate_bp, days_halves,"
    " daily_rate_cents, period_start, period_end, due_on, attachment_sha256, status,"
    " created_at) VALUES (1, 1, 1, 'INVOICE', 'CM-2026-0001', 1, '2026-02-05', 90000, 18000,"
    f" 108000, 2000, 3, 60000, '2026-01-05', '2026-01-31', '2026-03-06', '{'c' * 64}',"
    " 'ISSUED', '2026-02-05 10:00:00.000000')",
]

FROZEN = [
    "UPDATE invoice SET amount_ht_cents = 1 WHERE id = 1",
    "UPDATE invoice SET paid_amount_cents = 1 WHERE id = 1",
    "DELETE FROM invoiceevent WHERE id = 2",
    "DELETE FROM attachment WHERE id = 1",
    "UPDATE owninvoice SET number = 'CM-2026-0042' WHERE id = 1",
]


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in TABLES
        }
    finally:
        connection.close()


def _trigger_count(engine: Engine) -> int:
    with engine.connect() as connection:
        sql = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"
        return int(connection.execute(text(sql)).scalar() or 0)


@pytest.fixture
def database_0003(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "connect-desktop.sqlite3"
    path.parent.mkdir(exist_ok=True)
    engine = create_db_engine(path)
    try:
        migrate(engine, "upgrade", "0003")
        with engine.begin() as connection:
            for statement in INSERTS:
                connection.execute(text(statement))
    finally:
        engine.dispose()
    return path


def test_0004_keeps_the_rows_and_freezes_them(database_0003: Path) -> None:
    before = _rows(database_0003)
    engine = open_database(database_0003)
    try:
        assert current_revision(engine) == "0004"
        assert _trigger_count(engine) == TRIGGER_COUNT
        for statement in FROZEN:
            with pytest.raises(IntegrityError), engine.begin() as connection:
                connection.execute(text(statement))
        with engine.begin() as connection:  # what is not frozen still changes
            connection.execute(text("UPDATE owninvoice SET status = 'CANCELLED' WHERE id = 1"))
    finally:
        engine.dispose()
    after = _rows(database_0003)
    assert {table: after[table] for table in TABLES if table != "owninvoice"} == {
        table: before[table] for table in TABLES if table != "owninvoice"
    }


def test_0004_downgrades_to_0003_without_the_triggers(database_0003: Path) -> None:
    open_database(database_0003).dispose()
    migrated = _rows(database_0003)
    engine = create_db_engine(database_0003)
    try:
        migrate(engine, "downgrade", "0003")
        assert current_revision(engine) == "0003"
        assert _trigger_count(engine) == 0
        assert _rows(database_0003) == migrated
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM invoiceevent WHERE id = 2"))
    finally:
        engine.dispose()
