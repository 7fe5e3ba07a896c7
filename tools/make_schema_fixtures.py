"""Write one small database per schema revision to tests/fixtures/schema/<rev>.sqlite3.

    python3 tools/make_schema_fixtures.py

Each database is migrated exactly to its revision, then filled with the same hand-chosen
rows through raw SQL valid for that revision's schema (a revision that adds a column or a
table gets its values too). tests/store/test_store_schema_fixtures.py opens every file
with the current app and checks that each row survived the upgrade. Run it again only
to add the file of a new revision: the committed files of older revisions stand for
databases that users already have.

The files use the rollback journal (not WAL), their indexes are listed in name order and
they are vacuumed, so one run writes the same bytes as the next with the same SQLite.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import Connection, create_engine

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from connect_desktop.store.database import run_migrations  # noqa: E402

OUTPUT = ROOT / "tests" / "fixtures" / "schema"
REVISIONS = ("0001", "0002", "0003", "0004")
SHA_IMPORTED = "a1" * 32
STAMP = "2026-01-02 09:00:00.000000"

# --- rows every revision holds ----------------------------------------------------------

PROFILE = (
    "INSERT INTO profile (id, full_name, legal_form, trade_name, siret, address_line1,"
    " address_line2, postcode, city, country, email, phone, based_in_france, vat_franchise,"
    " vat_number, iban, bic, invoice_prefix, holiday_zone, language, updated_at) VALUES"
    " (1, 'Camille Martin', 'EI', '', '90765432100005', '18 rue des Lilas', '', '44000',"
    " 'Nantes', 'France', 'camille@example.org', '', 1, 0, 'FR24907654321', '', '', 'CM-',"
    f" 'B', 'fr', '{STAMP}')"
)
MISSION_COLUMNS = (
    "id, title, client_name, client_address, lbc_reference, start_on, end_on,"
    " daily_rate_cents, signed_on, based_in_france, payment_option, invoicing_mode,"
    " weekend_work, client_term_days, notes, archived, created_at"
)
MISSIONS = (
    # signed before the 2025-04-28 cut-off: the legacy regime, paid on client payment
    f"INSERT INTO mission ({MISSION_COLUMNS}) VALUES (1, 'Maintenance applicative',"
    " 'Mutuelle du Ponant', '2 quai de la Fosse, Nantes', 'LBC-2024-00917', '2024-09-02',"
    " NULL, 50000, '2024-08-20', 1, 'ON_CLIENT_PAYMENT', 'PLATFORM', 0, 45, '', 0,"
    f" '{STAMP}')",
    # signed after the cut-off, invoiced by the freelancer (manual import)
    f"INSERT INTO mission ({MISSION_COLUMNS}) VALUES (2, 'Lead développeur Python',"
    " 'Assurances du Littoral', '', 'LBC-2026-04101', '2026-01-05', '2026-06-30', 60000,"
    f" '2025-12-15', 1, 'EXPRESS', 'MANUAL_IMPORT', 0, 30, 'Télétravail 2 j', 0, '{STAMP}')",
)
CRAS = (
    "INSERT INTO cra (id, mission_id, year, month, status, submitted_on, validated_on,"
    " rejected_on, rejection_reason, comment) VALUES"
    " (1, 1, 2026, 1, 'VALIDATED', '2026-01-30', '2026-02-02', NULL, '', ''),"
    " (2, 1, 2026, 2, 'VALIDATED', '2026-02-27', '2026-03-02', NULL, '', 'Astreinte'),"
    " (3, 2, 2026, 1, 'VALIDATED', '2026-01-30', '2026-02-03', NULL, '', ''),"
    " (4, 2, 2026, 2, 'DRAFT', NULL, NULL, NULL, '', '')",
    "INSERT INTO craday (id, cra_id, day, halves) VALUES"
    " (1, 1, '2026-01-05', 2), (2, 1, '2026-01-06', 2), (3, 1, '2026-01-07', 2),"
    " (4, 2, '2026-02-02', 2), (5, 2, '2026-02-03', 2),"
    " (6, 3, '2026-01-05', 2), (7, 3, '2026-01-06', 1),"
    " (8, 4, '2026-02-02', 1)",
    "INSERT INTO craadjustment (id, cra_id, corrects_cra_id, halves, comment) VALUES"
    " (1, 2, 1, -1, 'Demi-journée comptée en trop')",
)
INVOICE_COLUMNS = (
    "id, mission_id, cra_id, kind, credit_note_of_id, number, status, invoicing_mode,"
    " payment_option, period_start, period_end, days_halves, daily_rate_cents, vat_rate_bp,"
    " amount_ht_cents, vat_cents, amount_ttc_cents, fee_cents, net_cents, client_term_days,"
    " zone, clock_start, pay_earliest, pay_latest, client_paid_on, paid_on, refusal_reason,"
    " created_at"
)
INVOICE_VALUES = (
    # PAID legacy invoice
    "1, 1, 1, 'INVOICE', NULL, 'LBC-2026-000101', 'PAID', 'PLATFORM', 'ON_CLIENT_PAYMENT',"
    " '2026-01-01', '2026-01-31', 6, 50000, 2000, 150000, 30000, 180000, 0, 180000, 45, 'B',"
    " '2026-02-02', '2026-03-20', '2026-03-25', '2026-03-16', '2026-03-24', '',"
    " '2026-02-02 10:00:00.000000'",
    # SPECIMEN legacy invoice (the February CRA)
    "2, 1, 2, 'INVOICE', NULL, '', 'SPECIMEN', 'PLATFORM', 'ON_CLIENT_PAYMENT',"
    " '2026-02-01', '2026-02-28', 3, 50000, 2000, 75000, 15000, 90000, 0, 90000, 45, 'B',"
    " '2026-03-02', NULL, NULL, NULL, NULL, '', '2026-03-02 10:00:00.000000'",
    # FINAL manual-import invoice, validated by Finance after one refusal
    "3, 2, 3, 'INVOICE', NULL, 'CM-2026-0001', 'FINAL', 'MANUAL_IMPORT', 'EXPRESS',"
    " '2026-01-05', '2026-01-31', 3, 60000, 2000, 90000, 18000, 108000, 2250, 105750, 30,"
    " 'B', '2026-02-10', '2026-03-12', '2026-03-12', NULL, NULL, 'Mention manquante',"
    " '2026-02-03 10:00:00.000000'",
)
PAID_AMOUNTS = {1: 179500}  # received (0002 on): a bank fee was taken
EVENTS = (
    "INSERT INTO invoiceevent (id, invoice_id, happened_on, recorded_at, from_status,"
    " to_status, note) VALUES"
    " (1, 1, '2026-02-02', '2026-02-02 10:00:00.000000', NULL, 'SPECIMEN',"
    " 'CRA validated by the client'),"
    " (2, 1, '2026-02-04', '2026-02-04 10:00:00.000000', 'SPECIMEN', 'FINAL', ''),"
    " (3, 1, '2026-03-24', '2026-03-24 10:00:00.000000', 'FINAL', 'PAID', 'Virement reçu'),"
    " (4, 2, '2026-03-02', '2026-03-02 10:00:00.000000', NULL, 'SPECIMEN',"
    " 'CRA validated by the client'),"
    " (5, 3, '2026-02-03', '2026-02-03 10:00:00.000000', NULL, 'TO_IMPORT',"
    " 'CRA validated by the client'),"
    " (6, 3, '2026-02-04', '2026-02-04 10:00:00.000000', 'TO_IMPORT', 'IN_REVIEW',"
    " 'Facture-CM-2026-0001.pdf'),"
    " (7, 3, '2026-02-06', '2026-02-06 10:00:00.000000', 'IN_REVIEW', 'TO_IMPORT',"
    " 'Mention manquante'),"
    " (8, 3, '2026-02-09', '2026-02-09 10:00:00.000000', 'TO_IMPORT', 'IN_REVIEW', ''),"
    " (9, 3, '2026-02-10', '2026-02-10 10:00:00.000000', 'IN_REVIEW', 'FINAL', '')",
)
ATTACHMENTS = (
    "INSERT INTO attachment (id, invoice_id, sha256, original_name, size, role, added_at)"
    f" VALUES (1, 3, '{SHA_IMPORTED}', 'Facture-CM-2026-0001.pdf', 41873, 'imported',"
    " '2026-02-04 10:00:00.000000')",
)
# 0003 on: the freelancer's own invoice behind invoice 3
OWN_INVOICE = (
    "INSERT INTO owninvoice (id, invoice_id, mission_id, kind, number, sequence, issued_on,"
    " credits_own_invoice_id, amount_ht_cents, vat_cents, amount_ttc_cents, vat_rate_bp,"
    " days_halves, daily_rate_cents, period_start, period_end, due_on, attachment_sha256,"
    " status, created_at) VALUES (1, 3, 2, 'INVOICE', 'CM-2026-0001', 1, '2026-02-04',"
    " NULL, 90000, 18000, 108000, 2000, 3, 60000, '2026-01-05', '2026-01-31', '2026-03-06',"
    f" '{SHA_IMPORTED}', 'ISSUED', '2026-02-04 10:00:00.000000')"
)


def statements(revision: str) -> list[str]:
    """The INSERTs of the data set, written for the schema of ``revision``."""
    with_paid_amount = revision >= "0002"
    invoices = []
    for values in INVOICE_VALUES:
        invoice_id = int(values.split(",", 1)[0])
        columns = INVOICE_COLUMNS
        if with_paid_amount:
            columns += ", paid_amount_cents"
            paid = PAID_AMOUNTS.get(invoice_id)
            values += f", {'NULL' if paid is None else paid}"
        invoices.append(f"INSERT INTO invoice ({columns}) VALUES ({values})")
    found = [PROFILE, *MISSIONS, *CRAS, *invoices, *EVENTS, *ATTACHMENTS]
    if revision >= "0003":
        found.append(OWN_INVOICE)
    return found


def _sort_indexes(connection: Connection) -> None:
    """Create the indexes again in name order (same indexes, same schema).

    Alembic's batch mode recreates a table's indexes in an order that changes from run
    to run, and SQLite keeps its schema in creation order.
    """
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    ).all()
    for name, _sql in found:
        connection.exec_driver_sql(f"DROP INDEX {name}")
    for _name, sql in found:
        connection.exec_driver_sql(sql)


def write_fixture(path: Path, revision: str) -> None:
    """Create ``path`` (replaced if it exists) at ``revision`` holding the data set."""
    path.unlink(missing_ok=True)
    # A plain engine: rollback journal, so the file alone is the whole database.
    engine = create_engine(f"sqlite:///{path}")
    try:
        run_migrations(engine, revision)
        with engine.begin() as connection:
            _sort_indexes(connection)
            for statement in statements(revision):
                connection.exec_driver_sql(statement)
        with engine.connect() as connection:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:
                raise RuntimeError(f"{path.name}: rows point at nothing: {broken}")
            # one page per table and index: small pages keep the committed files small
            connection.exec_driver_sql("PRAGMA page_size=1024")
            connection.exec_driver_sql("VACUUM")
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="*", default=list(REVISIONS))
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    for revision in args.revisions:
        target = args.output / f"{revision}.sqlite3"
        write_fixture(target, revision)
        print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
