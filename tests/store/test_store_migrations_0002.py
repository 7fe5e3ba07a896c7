"""Revision 0002 (paid amount, one file once per invoice) on a database that holds data.

A database written at revision 0001 is opened by the current app: it is copied aside
first, then migrated, and every row it held is still there, unchanged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from migration_helpers import migrate
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

import connect_desktop.store.models  # noqa: F401  (registers the tables in the metadata)
from connect_desktop.store.database import (
    BACKUP_FOLDER,
    SCHEMA_REVISION,
    create_db_engine,
    current_revision,
    open_database,
)

SHA_A = "a" * 64
SHA_B = "b" * 64
TABLES = ("profile", "mission", "cra", "craday", "invoice", "invoiceevent", "attachment")


INSERTS = [
    "INSERT INTO profile (id, full_name, legal_form, trade_name, siret, address_line1,"
    " address_line2, postcode, city, country, email, phone, based_in_france, vat_franchise,"
    " vat_number, iban, bic, invoice_prefix, holiday_zone, language, updated_at) VALUES"
    " (1, 'Camille Martin', 'EI', '', '90765432100005', '18 rue des Lilas', '', '44000',"
    " 'Nantes', 'France', '', '', 1, 0, '', '', '', 'CM-', NULL, 'fr',"
    " '2026-01-02 09:00:00.000000')",
    "INSERT INTO mission (id, title, client_name, client_address, lbc_reference, start_on,"
    " end_on, daily_rate_cents, signed_on, based_in_france, payment_option, invoicing_mode,"
    " weekend_work, client_term_days, notes, archived, created_at) VALUES"
    " (1, 'Lead développeur Python', 'Assurances du Littoral', '', 'LBC-2026-04101',"
    " '2026-01-05', NULL, 60000, '2025-12-15', 1, 'EXPRESS', 'PLATFORM', 0, 30, '', 0,"
    " '2026-01-02 09:00:00.000000')",
    "INSERT INTO cra (id, mission_id, year, month, status, submitted_on, validated_on,"
    " rejected_on, rejection_reason, comment) VALUES"
    " (1, 1, 2026, 1, 'VALIDATED', '2026-02-02', '2026-02-04', NULL, '', ''),"
    " (2, 1, 2026, 2, 'VALIDATED', '2026-03-02', '2026-03-03', NULL, '', '')",
    "INSERT INTO craday (id, cra_id, day, halves) VALUES"
    " (1, 1, '2026-01-05', 2), (2, 1, '2026-01-06', 1), (3, 2, '2026-02-02', 2)",
    "INSERT INTO invoice (id, mission_id, cra_id, kind, credit_note_of_id, number, status,"
    " invoicing_mode, payment_option, period_start, period_end, days_halves,"
    " daily_rate_cents, vat_rate_bp, amount_ht_cents, vat_cents, amount_ttc_cents,"
    " fee_cents, net_cents, client_term_days, zone, clock_start, pay_earliest, pay_latest,"
    " client_paid_on, paid_on, refusal_reason, created_at) VALUES"
    " (1, 1, 1, 'INVOICE', NULL, 'LBC-2026-000001', 'PAID', 'PLATFORM', 'EXPRESS',"
    " '2026-01-05', '2026-01-31', 3, 60000, 2000, 90000, 18000, 108000, 2250, 105750, 30,"
    " NULL, '2026-02-04', '2026-03-06', '2026-03-06', NULL, '2026-03-06', '',"
    " '2026-02-04 10:00:00.000000'),"
    " (2, 1, 2, 'INVOICE', NULL, '', 'SPECIMEN', 'PLATFORM', 'EXPRESS', '2026-02-01',"
    " '2026-02-28', 2, 60000, 2000, 60000, 12000, 72000, 1500, 70500, 30, NULL,"
    " '2026-03-03', '2026-04-02', '2026-04-02', NULL, NULL, '', '2026-03-03 10:00:00.000000')",
    "INSERT INTO invoiceevent (id, invoice_id, happened_on, recorded_at, from_status,"
    " to_status, note) VALUES"
    " (1, 1, '2026-02-04', '2026-02-04 10:00:00.000000', NULL, 'SPECIMEN', 'CRA validated'),"
    " (2, 1, '2026-02-06', '2026-02-06 10:00:00.000000', 'SPECIMEN', 'FINAL', ''),"
    " (3, 1, '2026-03-06', '2026-03-06 10:00:00.000000', 'FINAL', 'PAID', ''),"
    " (4, 2, '2026-03-03', '2026-03-03 10:00:00.000000', NULL, 'SPECIMEN', 'CRA validated')",
    # The same file on two invoices is allowed; the same file twice on invoice 1 is the
    # one duplicate 0002 cannot keep (the oldest row stays).
    "INSERT INTO attachment (id, invoice_id, sha256, original_name, size, role, added_at)"
    f" VALUES (1, 1, '{SHA_A}', 'facture.pdf', 2048, 'final', '2026-02-06 10:00:00.000000'),"
    f" (2, 2, '{SHA_A}', 'facture.pdf', 2048, 'specimen', '2026-03-03 10:00:00.000000'),"
    f" (3, 1, '{SHA_B}', 'avis.pdf', 1024, 'document', '2026-03-06 10:00:00.000000'),"
    f" (4, 1, '{SHA_A}', 'copie.pdf', 2048, 'document', '2026-03-07 10:00:00.000000'),"
    f" (5, NULL, '{SHA_B}', 'orphelin.pdf', 1024, 'document', '2026-03-07 10:00:00.000000'),"
    f" (6, NULL, '{SHA_B}', 'orphelin.pdf', 1024, 'document', '2026-03-07 10:00:00.000000')",
]


def _rows(path: Path, table: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        kept = ", ".join(name for name in columns if name != "paid_amount_cents")
        return connection.execute(f"SELECT {kept} FROM {table} ORDER BY id").fetchall()
    finally:
        connection.close()


@pytest.fixture
def database_0001(tmp_path: Path) -> Path:
    """A database at revision 0001 holding a profile, a mission, CRAs, invoices, their
    history and attachments, written as that revision's schema allows."""
    path = tmp_path / "data" / "connect-desktop.sqlite3"
    path.parent.mkdir(exist_ok=True)
    engine = create_db_engine(path)
    try:
        migrate(engine, "upgrade", "0001")
        with engine.begin() as connection:
            for statement in INSERTS:
                connection.execute(text(statement))
        assert current_revision(engine) == "0001"
    finally:
        engine.dispose()
    return path


def test_database_at_0001_with_data_is_copied_then_migrated_keeping_its_rows(
    database_0001: Path,
) -> None:
    before = {table: _rows(database_0001, table) for table in TABLES}

    engine = open_database(database_0001)
    try:
        assert current_revision(engine) == SCHEMA_REVISION  # 0002, then any later revision
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            paid = connection.execute(text("SELECT paid_amount_cents FROM invoice")).all()
        assert paid == [(None,), (None,)]  # unknown for invoices paid before 0002
    finally:
        engine.dispose()

    after = {table: _rows(database_0001, table) for table in TABLES}
    for table in TABLES:
        if table != "attachment":
            assert after[table] == before[table], table
    # Only the second copy of file A on invoice 1 is dropped; rows without an invoice
    # are never duplicates (NULLs are distinct), and the same file may serve two invoices.
    assert [row[0] for row in after["attachment"]] == [1, 2, 3, 5, 6]
    assert after["attachment"] == [row for row in before["attachment"] if row[0] != 4]

    # The copy taken before the migration is the database as it was, at 0001.
    backups = list((database_0001.parent / BACKUP_FOLDER).iterdir())
    assert len(backups) == 1
    assert "before-migration-from-0001" in backups[0].name
    for table in TABLES:
        assert _rows(backups[0], table) == before[table]
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        columns = [row[1] for row in copy.execute("PRAGMA table_info(invoice)")]
        assert "paid_amount_cents" not in columns
    finally:
        copy.close()


def test_0002_refuses_the_same_file_twice_on_one_invoice(database_0001: Path) -> None:
    engine = open_database(database_0001)
    try:
        duplicate = text(
            "INSERT INTO attachment (invoice_id, sha256, original_name, size, role, added_at)"
            f" VALUES (2, '{SHA_A}', 'encore.pdf', 2048, 'final', '2026-04-01 10:00:00')"
        )
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(duplicate)
        with engine.begin() as connection:  # another invoice may hold the same file
            connection.execute(
                text(
                    "INSERT INTO attachment (invoice_id, sha256, original_name, size, role,"
                    f" added_at) VALUES (2, '{SHA_B}', 'avis.pdf', 1024, 'document',"
                    " '2026-04-01 10:00:00')"
                )
            )
            # the new column is writable (on invoice 2: a paid invoice is frozen since 0004)
            connection.execute(text("UPDATE invoice SET paid_amount_cents = 105000 WHERE id = 2"))
    finally:
        engine.dispose()


def test_0002_downgrades_to_0001_keeping_the_rows(database_0001: Path) -> None:
    open_database(database_0001).dispose()
    migrated = {table: _rows(database_0001, table) for table in TABLES}
    engine = create_db_engine(database_0001)
    try:
        migrate(engine, "downgrade", "0001")
        assert current_revision(engine) == "0001"
        with engine.connect() as connection:
            columns = {column["name"] for column in inspect(connection).get_columns("invoice")}
            constraints = inspect(connection).get_unique_constraints("attachment")
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert "paid_amount_cents" not in columns
        assert constraints == []
    finally:
        engine.dispose()
    assert {table: _rows(database_0001, table) for table in TABLES} == migrated
