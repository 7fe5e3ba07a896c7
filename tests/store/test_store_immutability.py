"""Final and paid invoices, their files, their history and issued own invoices are frozen
(R8, R10): the store functions refuse, and SQLite's triggers (revision 0004) refuse any
raw SQL that would change or delete them. The legitimate steps still go through.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.services.invoice_actions import (
    cancel_invoice,
    record_client_payment,
    record_payment,
)
from connect_desktop.services.own_invoice_issue import issue_credit_note, issue_own_invoice_for
from connect_desktop.store import invoices as invoice_store
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.profile import save_profile

TODAY = date(2026, 11, 28)
SHA = "d" * 64
PROFILE = {
    "full_name": "Camille Martin",
    "legal_form": "EI",
    "siret": "90765432100005",
    "vat_number": "FR24907654321",
    "address_line1": "12 rue des Lilas",
    "postcode": "75011",
    "city": "Paris",
    "invoice_prefix": "CM-",
}


@pytest.fixture
def demo(engine: Engine) -> Engine:
    fill_demo(engine, today=TODAY)
    return engine


def _scalar(engine: Engine, sql: str) -> Any:
    with engine.connect() as connection:
        return connection.execute(text(sql)).scalar()


def _row(engine: Engine, table: str, row_id: int) -> tuple[Any, ...]:
    with engine.connect() as connection:
        row = connection.execute(text(f"SELECT * FROM {table} WHERE id = {row_id}")).one()
        return tuple(row)


def _invoice_id(engine: Engine, status: str, extra: str = "") -> int:
    sql = f"SELECT MIN(id) FROM invoice WHERE status = '{status}' AND kind = 'INVOICE' {extra}"
    found = _scalar(engine, sql)
    assert found is not None, f"the demo data has no {status} invoice"
    return int(found)


def _refused(engine: Engine, sql: str, message: str) -> None:
    """``sql`` is aborted by a trigger whose message contains ``message``."""
    with pytest.raises(IntegrityError, match=message), engine.begin() as connection:
        connection.exec_driver_sql(sql)


@pytest.mark.parametrize("status", ["FINAL", "PAID"])
@pytest.mark.parametrize(
    "change",
    [
        "amount_ht_cents = amount_ht_cents + 100",
        "net_cents = 0",
        "number = 'ZZ-9999'",
        "vat_rate_bp = 0",
        "days_halves = days_halves + 1",
        "period_end = '2030-01-01'",
        "credit_note_of_id = id",
    ],
)
def test_raw_update_of_a_locked_invoice_is_refused(demo: Engine, status: str, change: str) -> None:
    invoice_id = _invoice_id(demo, status)
    before = _row(demo, "invoice", invoice_id)
    _refused(demo, f"UPDATE invoice SET {change} WHERE id = {invoice_id}", "cannot be changed")
    assert _row(demo, "invoice", invoice_id) == before


@pytest.mark.parametrize(
    "change", ["status = 'CANCELLED'", "paid_on = '2026-11-01'", "paid_amount_cents = 1"]
)
def test_a_paid_invoice_keeps_its_status_and_payment(demo: Engine, change: str) -> None:
    invoice_id = _invoice_id(demo, "PAID")
    before = _row(demo, "invoice", invoice_id)
    _refused(demo, f"UPDATE invoice SET {change} WHERE id = {invoice_id}", "paid invoice keeps")
    assert _row(demo, "invoice", invoice_id) == before


@pytest.mark.parametrize("status", ["FINAL", "PAID"])
def test_a_locked_invoice_cannot_be_deleted(demo: Engine, status: str) -> None:
    invoice_id = _invoice_id(demo, status)
    before = _row(demo, "invoice", invoice_id)
    _refused(demo, f"DELETE FROM invoice WHERE id = {invoice_id}", "cannot be deleted")
    assert _row(demo, "invoice", invoice_id) == before


def test_a_specimen_invoice_can_still_be_edited(demo: Engine) -> None:
    invoice_id = _invoice_id(demo, "SPECIMEN")
    with demo.begin() as connection:
        connection.exec_driver_sql(
            f"UPDATE invoice SET amount_ht_cents = 123400, number = 'X-1' WHERE id = {invoice_id}"
        )
    assert _scalar(demo, f"SELECT amount_ht_cents FROM invoice WHERE id = {invoice_id}") == 123400


def test_the_history_is_append_only(demo: Engine) -> None:
    event_id = int(_scalar(demo, "SELECT MIN(id) FROM invoiceevent"))
    count = _scalar(demo, "SELECT COUNT(*) FROM invoiceevent")
    before = _row(demo, "invoiceevent", event_id)
    _refused(demo, f"UPDATE invoiceevent SET note = 'x' WHERE id = {event_id}", "cannot be changed")
    _refused(demo, f"DELETE FROM invoiceevent WHERE id = {event_id}", "cannot be deleted")
    _refused(demo, "DELETE FROM invoiceevent", "cannot be deleted")
    assert _row(demo, "invoiceevent", event_id) == before
    assert _scalar(demo, "SELECT COUNT(*) FROM invoiceevent") == count


def _attach(engine: Engine, invoice_id: int) -> int:
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO attachment (invoice_id, sha256, original_name, size, role, added_at)"
            f" VALUES ({invoice_id}, '{SHA}', 'facture.pdf', 2048, 'final',"
            " '2026-11-28 10:00:00.000000')"
        )
    return int(_scalar(engine, "SELECT MAX(id) FROM attachment"))


def test_the_files_of_a_paid_invoice_cannot_be_removed_or_changed(demo: Engine) -> None:
    attachment_id = _attach(demo, _invoice_id(demo, "PAID"))
    before = _row(demo, "attachment", attachment_id)
    _refused(demo, f"DELETE FROM attachment WHERE id = {attachment_id}", "cannot be deleted")
    _refused(
        demo,
        f"UPDATE attachment SET sha256 = '{'e' * 64}' WHERE id = {attachment_id}",
        "cannot be changed",
    )
    _refused(demo, f"UPDATE attachment SET invoice_id = NULL WHERE id = {attachment_id}", "changed")
    assert _row(demo, "attachment", attachment_id) == before


def test_the_files_of_a_specimen_invoice_can_be_removed(demo: Engine) -> None:
    attachment_id = _attach(demo, _invoice_id(demo, "SPECIMEN"))
    with demo.begin() as connection:
        connection.exec_driver_sql(f"DELETE FROM attachment WHERE id = {attachment_id}")
    assert _scalar(demo, "SELECT COUNT(*) FROM attachment") == 0


def test_the_store_refuses_to_renumber_a_final_invoice(demo: Engine) -> None:
    invoice_id = _invoice_id(demo, "FINAL")
    before = _row(demo, "invoice", invoice_id)
    with pytest.raises(DomainError), unit_of_work(demo) as session:
        invoice_store.transition_invoice(
            session, invoice_id, InvoiceStatus.PAID, TODAY, number="ZZ-0001"
        )
    with pytest.raises(DomainError), unit_of_work(demo) as session:
        invoice_store.record_client_payment(session, _invoice_id(demo, "PAID"), TODAY)
    assert _row(demo, "invoice", invoice_id) == before


def test_final_to_paid_and_client_payment_still_work(demo: Engine) -> None:
    invoice_id = _invoice_id(demo, "FINAL", "AND payment_option <> 'ON_CLIENT_PAYMENT'")
    record_payment(demo, invoice_id, TODAY, Decimal("1234.56"), today=TODAY)
    with demo.connect() as connection:
        status, paid_on, paid = connection.exec_driver_sql(
            f"SELECT status, paid_on, paid_amount_cents FROM invoice WHERE id = {invoice_id}"
        ).one()
    assert (status, paid_on, paid) == ("PAID", "2026-11-28", 123456)

    legacy_id = _invoice_id(demo, "FINAL", "AND payment_option = 'ON_CLIENT_PAYMENT'")
    record_client_payment(demo, legacy_id, TODAY, today=TODAY)
    assert _scalar(demo, f"SELECT client_paid_on FROM invoice WHERE id = {legacy_id}") == (
        "2026-11-28"
    )


def test_final_to_cancelled_with_its_credit_note_still_works(demo: Engine) -> None:
    invoice_id = _invoice_id(demo, "FINAL")
    amount = _scalar(demo, f"SELECT amount_ht_cents FROM invoice WHERE id = {invoice_id}")
    cancel_invoice(demo, invoice_id, TODAY, "Erreur de taux", today=TODAY)
    assert _scalar(demo, f"SELECT status FROM invoice WHERE id = {invoice_id}") == "CANCELLED"
    credit = _scalar(
        demo, f"SELECT amount_ht_cents FROM invoice WHERE credit_note_of_id = {invoice_id}"
    )
    assert credit == -amount


def test_an_issued_own_invoice_is_frozen_but_can_be_credited(demo: Engine, data_dir: Path) -> None:
    with unit_of_work(demo) as session:
        save_profile(session, **PROFILE)
    invoice_id = _invoice_id(demo, "TO_IMPORT")
    issued = issue_own_invoice_for(demo, data_dir, invoice_id, TODAY, TODAY)
    own_id = issued.own_invoice_id
    before = _row(demo, "owninvoice", own_id)
    for change in (
        "number = 'CM-2026-0999'",
        "sequence = 999",
        "amount_ttc_cents = 1",
        "issued_on = '2026-01-01'",
        f"attachment_sha256 = '{SHA}'",
        "status = 'DRAFT'",
    ):
        _refused(demo, f"UPDATE owninvoice SET {change} WHERE id = {own_id}", "cannot be changed")
    _refused(demo, f"DELETE FROM owninvoice WHERE id = {own_id}", "cannot be deleted")
    assert _row(demo, "owninvoice", own_id) == before

    credit = issue_credit_note(demo, data_dir, own_id, TODAY, TODAY, "Erreur de période")
    assert _scalar(demo, f"SELECT status FROM owninvoice WHERE id = {own_id}") == "CANCELLED"
    assert _scalar(demo, f"SELECT number FROM owninvoice WHERE id = {own_id}") == issued.number
    sha = _scalar(
        demo, f"SELECT attachment_sha256 FROM owninvoice WHERE id = {credit.own_invoice_id}"
    )
    assert sha == credit.sha256
    _refused(demo, f"UPDATE owninvoice SET status = 'ISSUED' WHERE id = {own_id}", "changed")
