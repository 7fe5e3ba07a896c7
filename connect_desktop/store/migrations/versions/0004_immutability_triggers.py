"""immutability triggers (R8, R10)

The store functions already refuse to change a final or paid invoice; these triggers
make SQLite itself refuse it too, whatever writes to the file:

* the amounts, number and terms of a FINAL or PAID invoice never change, and such an
  invoice is never deleted; a PAID invoice keeps its status and payment for good;
* the history of events is append-only;
* the files of a FINAL or PAID invoice are never changed nor removed (a final invoice can
  still receive a new file: inserting is not restricted here);
* a numbered own invoice (ISSUED, or CANCELLED by a credit note) keeps its number, dates,
  amounts and PDF; its PDF hash is set once, in the issuing transaction; its status only
  goes from ISSUED to CANCELLED; it is never deleted.

A later migration that rebuilds one of these tables (``batch_alter_table`` on SQLite
copies the table and drops the old one) drops its triggers with it: it must create them
again (the statements are in ``TRIGGERS`` below).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCKED = "('FINAL', 'PAID')"

INVOICE_FROZEN_COLUMNS = (
    "number",
    "kind",
    "mission_id",
    "cra_id",
    "period_start",
    "period_end",
    "days_halves",
    "daily_rate_cents",
    "vat_rate_bp",
    "amount_ht_cents",
    "vat_cents",
    "amount_ttc_cents",
    "fee_cents",
    "net_cents",
    "payment_option",
    "invoicing_mode",
    "credit_note_of_id",
)
PAID_FROZEN_COLUMNS = ("status", "paid_on", "paid_amount_cents")
OWN_FROZEN_COLUMNS = (
    "number",
    "sequence",
    "issued_on",
    "kind",
    "mission_id",
    "invoice_id",
    "credits_own_invoice_id",
    "amount_ht_cents",
    "vat_cents",
    "amount_ttc_cents",
    "vat_rate_bp",
    "days_halves",
    "daily_rate_cents",
    "period_start",
    "period_end",
    "due_on",
)


def _changed(columns: Sequence[str]) -> str:
    # IS NOT compares NULLs as values: NULL -> 'x' counts as a change.
    return " OR ".join(f"NEW.{name} IS NOT OLD.{name}" for name in columns)


def _attachment_locked(row: str) -> str:
    return f"(SELECT status FROM invoice WHERE id = {row}.invoice_id) IN {LOCKED}"


# name -> (when the trigger fires, the message of the refusal)
TRIGGERS: dict[str, tuple[str, str]] = {
    "trg_invoice_locked_update": (
        f"BEFORE UPDATE ON invoice WHEN OLD.status IN {LOCKED}"
        f" AND ({_changed(INVOICE_FROZEN_COLUMNS)})",
        "The number and amounts of a final or paid invoice cannot be changed.",
    ),
    "trg_invoice_paid_update": (
        f"BEFORE UPDATE ON invoice WHEN OLD.status = 'PAID' AND ({_changed(PAID_FROZEN_COLUMNS)})",
        "A paid invoice keeps its status and payment.",
    ),
    "trg_invoice_locked_delete": (
        f"BEFORE DELETE ON invoice WHEN OLD.status IN {LOCKED}",
        "A final or paid invoice cannot be deleted.",
    ),
    "trg_invoiceevent_update": (
        "BEFORE UPDATE ON invoiceevent",
        "The history of an invoice cannot be changed.",
    ),
    "trg_invoiceevent_delete": (
        "BEFORE DELETE ON invoiceevent",
        "The history of an invoice cannot be deleted.",
    ),
    "trg_attachment_locked_update": (
        f"BEFORE UPDATE ON attachment"
        f" WHEN {_attachment_locked('OLD')} OR {_attachment_locked('NEW')}",
        "The files of a final or paid invoice cannot be changed.",
    ),
    "trg_attachment_locked_delete": (
        f"BEFORE DELETE ON attachment WHEN {_attachment_locked('OLD')}",
        "The files of a final or paid invoice cannot be deleted.",
    ),
    "trg_owninvoice_issued_update": (
        "BEFORE UPDATE ON owninvoice WHEN OLD.number IS NOT NULL AND ("
        f"{_changed(OWN_FROZEN_COLUMNS)}"
        # the PDF hash is written once, after the number, in the issuing transaction
        " OR (OLD.attachment_sha256 <> ''"
        " AND NEW.attachment_sha256 IS NOT OLD.attachment_sha256)"
        " OR (NEW.status IS NOT OLD.status"
        " AND NOT (OLD.status = 'ISSUED' AND NEW.status = 'CANCELLED')))",
        "An issued own invoice cannot be changed (only cancelled by a credit note).",
    ),
    "trg_owninvoice_issued_delete": (
        "BEFORE DELETE ON owninvoice WHEN OLD.number IS NOT NULL",
        "An issued own invoice cannot be deleted.",
    ),
}


def upgrade() -> None:
    for name, (when, message) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{message}'); END")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
