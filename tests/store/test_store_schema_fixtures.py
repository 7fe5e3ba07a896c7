"""Every schema revision has a committed database (tests/fixtures/schema, written by
tools/make_schema_fixtures.py); the current app opens each one, copies it aside, migrates
it and finds every row still there with its values. A database written by a newer app is
refused and left unchanged.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.store.database import (
    BACKUP_FOLDER,
    SCHEMA_REVISION,
    NewerDatabaseError,
    current_revision,
    known_revisions,
    open_database,
    read_session,
)
from connect_desktop.store.invoices import invoice_history, list_invoices

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
REVISIONS = sorted(path.stem for path in FIXTURES.glob("*.sqlite3"))
COUNTS = {
    "profile": 1,
    "mission": 2,
    "cra": 4,
    "craday": 8,
    "craadjustment": 1,
    "invoice": 3,
    "invoiceevent": 9,
    "attachment": 1,
}


def _copy(revision: str, tmp_path: Path) -> Path:
    target = tmp_path / "data" / "connect-desktop.sqlite3"
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(FIXTURES / f"{revision}.sqlite3", target)
    return target


def _one(engine: Engine, sql: str) -> tuple[Any, ...]:
    with engine.connect() as connection:
        return tuple(connection.execute(text(sql)).one())


def test_there_is_a_fixture_for_every_revision() -> None:
    assert set(REVISIONS) == known_revisions()


@pytest.mark.parametrize("revision", REVISIONS)
def test_each_fixture_upgrades_keeping_every_row(revision: str, tmp_path: Path) -> None:
    path = _copy(revision, tmp_path)
    engine = open_database(path)
    try:
        assert current_revision(engine) == SCHEMA_REVISION
        counts = {**COUNTS, "owninvoice": 1 if revision >= "0003" else 0}
        for table, count in counts.items():
            assert _one(engine, f"SELECT COUNT(*) FROM {table}") == (count,), table
        assert _one(engine, "PRAGMA integrity_check") == ("ok",)
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []

        assert _one(engine, "SELECT full_name, invoice_prefix, holiday_zone FROM profile") == (
            "Camille Martin",
            "CM-",
            "B",
        )
        assert _one(
            engine, "SELECT payment_option, invoicing_mode, signed_on FROM mission WHERE id = 1"
        ) == ("ON_CLIENT_PAYMENT", "PLATFORM", "2024-08-20")
        assert _one(engine, "SELECT daily_rate_cents, end_on FROM mission WHERE id = 2") == (
            60000,
            "2026-06-30",
        )
        assert _one(engine, "SELECT SUM(halves) FROM craday") == (14,)
        assert _one(engine, "SELECT status FROM cra WHERE id = 4") == ("DRAFT",)
        assert _one(engine, "SELECT halves, corrects_cra_id FROM craadjustment") == (-1, 1)
        paid = 179500 if revision >= "0002" else None  # 0001 had no received amount
        assert _one(
            engine,
            "SELECT status, amount_ttc_cents, net_cents, client_paid_on, paid_on,"
            " paid_amount_cents FROM invoice WHERE id = 1",
        ) == ("PAID", 180000, 180000, "2026-03-16", "2026-03-24", paid)
        assert _one(
            engine,
            "SELECT status, number, amount_ht_cents, fee_cents, net_cents, refusal_reason"
            " FROM invoice WHERE id = 3",
        ) == ("FINAL", "CM-2026-0001", 90000, 2250, 105750, "Mention manquante")
        assert _one(engine, "SELECT sha256, size, role FROM attachment") == (
            "a1" * 32,
            41873,
            "imported",
        )
        if revision >= "0003":
            assert _one(
                engine, "SELECT number, sequence, status, amount_ttc_cents FROM owninvoice"
            ) == ("CM-2026-0001", 1, "ISSUED", 108000)

        # the app's own reading of the rows (enums by name, dates)
        with read_session(engine) as session:
            statuses = {invoice.id: invoice.status for invoice in list_invoices(session)}
            steps = [event.to_status for event in invoice_history(session, 3)]
        assert statuses == {
            1: InvoiceStatus.PAID,
            2: InvoiceStatus.SPECIMEN,
            3: InvoiceStatus.FINAL,
        }
        assert len(steps) == 5
        assert steps[-1] is InvoiceStatus.FINAL
    finally:
        engine.dispose()

    backups = list((path.parent / BACKUP_FOLDER).glob("*.sqlite3"))
    if revision == SCHEMA_REVISION:
        assert backups == []  # nothing to migrate, nothing copied
    else:
        assert len(backups) == 1
        assert f"before-migration-from-{revision}" in backups[0].name
        copy = sqlite3.connect(backups[0])
        try:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (revision,)
            ]
            assert copy.execute("SELECT COUNT(*) FROM invoiceevent").fetchone() == (9,)
        finally:
            copy.close()


def test_a_database_from_a_newer_app_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = _copy(SCHEMA_REVISION, tmp_path)
    connection = sqlite3.connect(path)
    try:
        # as the app writes it: in WAL mode (switching mode rewrites the file header)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    finally:
        connection.close()
    before = path.read_bytes()

    with pytest.raises(NewerDatabaseError, match=r"revision 9999.*newer version"):
        open_database(path)

    assert path.read_bytes() == before
    assert not (path.parent / BACKUP_FOLDER).exists()
    assert issubclass(NewerDatabaseError, ValueError)
