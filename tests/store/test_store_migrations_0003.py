"""Revision 0003 (the freelancer's own invoices, R10) on a database that holds data.

A database written at revision 0002 is opened by the current app: it is copied aside
first, then migrated; every row it held is still there and ``owninvoice`` starts empty.
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

TABLES = ("profile", "mission", "cra", "craday", "invoice", "invoiceevent", "attachment")
SHA = "c" * 64

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
    " '2026-01-05', NULL, 60000, '2025-12-15', 1, 'EXPRESS', 'MANUAL_IMPORT', 0, 30, '', 0,"
    " '2026-01-02 09:00:00.000000')",
    "INSERT INTO cra (id, mission_id, year, month, status, submitted_on, validated_on,"
    " rejected_on, rejection_reason, comment) VALUES"
    " (1, 1, 2026, 1, 'VALIDATED', '2026-02-02', '2026-02-04', NULL, '', '')",
    "INSERT INTO craday (id, cra_id, day, halves) VALUES (1, 1, '2026-01-05', 2),"
    " (2, 1, '2026-01-06', 1)",
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
    " (1, 1, '2026-02-04', '2026-02-04 10:00:00.000000', NULL, 'SPECIMEN', 'CRA validated'),"
    " (2, 1, '2026-03-06', '2026-03-06 10:00:00.000000', 'SPECIMEN', 'PAID', '')",
    "INSERT INTO attachment (id, invoice_id, sha256, original_name, size, role, added_at)"
    f" VALUES (1, 1, '{SHA}', 'facture.pdf', 2048, 'final', '2026-02-06 10:00:00.000000')",
]

OWN_COLUMNS = (
    "mission_id, invoice_id, kind, number, sequence, issued_on, amount_ht_cents, vat_cents,"
    " amount_ttc_cents, vat_rate_bp, days_halves, daily_rate_cents, period_start, period_end,"
    " due_on, attachment_sha256, status, created_at"
)


def _own_row(number: str | None, sequence: int | None, status: str) -> str:
    quoted = "NULL" if number is None else f"'{number}'"
    issued = "NULL" if sequence is None else "'2026-02-05'"
    return (
        f"INSERT INTO owninvoice ({OWN_COLUMNS}) VALUES (1, 1, 'INVOICE', {quoted},"
        f" {'NULL' if sequence is None else sequence}, {issued}, 90000, 18000, 108000, 2000,"
        " 3, 60000, '2026-01-05', '2026-01-31', '2026-03-06', '', "
        f"'{status}', '2026-02-05 10:00:00.000000')"
    )


def _rows(path: Path, table: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        connection.close()


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        found = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in found}
    finally:
        connection.close()


@pytest.fixture
def database_0002(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "connect-desktop.sqlite3"
    path.parent.mkdir(exist_ok=True)
    engine = create_db_engine(path)
    try:
        migrate(engine, "upgrade", "0002")
        with engine.begin() as connection:
            for statement in INSERTS:
                connection.execute(text(statement))
        assert current_revision(engine) == "0002"
    finally:
        engine.dispose()
    return path


def test_database_at_0002_with_data_is_copied_then_migrated_keeping_its_rows(
    database_0002: Path,
) -> None:
    before = {table: _rows(database_0002, table) for table in TABLES}
    assert "owninvoice" not in _tables(database_0002)

    engine = open_database(database_0002)
    try:
        assert current_revision(engine) == SCHEMA_REVISION  # 0003, then any later revision
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            assert connection.execute(text("SELECT COUNT(*) FROM owninvoice")).scalar() == 0
    finally:
        engine.dispose()

    assert {table: _rows(database_0002, table) for table in TABLES} == before
    backups = list((database_0002.parent / BACKUP_FOLDER).iterdir())
    assert len(backups) == 1
    assert "before-migration-from-0002" in backups[0].name
    assert "owninvoice" not in _tables(backups[0])
    assert {table: _rows(backups[0], table) for table in TABLES} == before


def test_0003_allows_many_drafts_but_each_number_and_sequence_once(
    database_0002: Path,
) -> None:
    engine = open_database(database_0002)
    try:
        with engine.begin() as connection:
            connection.execute(text(_own_row(None, None, "DRAFT")))
            connection.execute(text(_own_row(None, None, "DRAFT")))  # NULLs are distinct
            connection.execute(text(_own_row("CM-2026-0001", 1, "ISSUED")))
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text(_own_row("CM-2026-0009", 1, "ISSUED")))
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text(_own_row("CM-2026-0001", 2, "ISSUED")))
        with engine.connect() as connection:
            count = connection.execute(text("SELECT COUNT(*) FROM owninvoice")).scalar()
        assert count == 3
    finally:
        engine.dispose()


def test_0003_downgrades_to_0002_keeping_the_rows(database_0002: Path) -> None:
    open_database(database_0002).dispose()
    migrated = {table: _rows(database_0002, table) for table in TABLES}
    engine = create_db_engine(database_0002)
    try:
        migrate(engine, "downgrade", "0002")
        assert current_revision(engine) == "0002"
        with engine.connect() as connection:
            assert "owninvoice" not in inspect(connection).get_table_names()
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        engine.dispose()
    assert {table: _rows(database_0002, table) for table in TABLES} == migrated
