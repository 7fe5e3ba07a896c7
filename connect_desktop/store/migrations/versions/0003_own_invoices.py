"""own invoices and credit notes (R10)

``OwnInvoice``: the freelancer's own invoices and credit notes for manual-import missions.
``number`` and ``sequence`` are NULL while a document is a draft and unique once issued
(SQLite lets any number of NULLs through a UNIQUE constraint); the UNIQUE constraint on
``sequence`` is the backstop of the numbering in ``store.own_invoices``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A new table: nothing existing is copied or altered.
    op.create_table(
        "owninvoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("INVOICE", "CREDIT_NOTE", name="invoicekind"), nullable=False),
        sa.Column("number", sa.String(), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("credits_own_invoice_id", sa.Integer(), nullable=True),
        sa.Column("amount_ht_cents", sa.Integer(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.Column("amount_ttc_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("days_halves", sa.Integer(), nullable=False),
        sa.Column("daily_rate_cents", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("attachment_sha256", sa.String(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("DRAFT", "ISSUED", "CANCELLED", name="owninvoicestatus"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["credits_own_invoice_id"], ["owninvoice.id"]),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"]),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number", name="uq_owninvoice_number"),
        sa.UniqueConstraint("sequence", name="uq_owninvoice_sequence"),
    )
    with op.batch_alter_table("owninvoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_owninvoice_invoice_id"), ["invoice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_owninvoice_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_owninvoice_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("owninvoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_owninvoice_status"))
        batch_op.drop_index(batch_op.f("ix_owninvoice_mission_id"))
        batch_op.drop_index(batch_op.f("ix_owninvoice_invoice_id"))
    op.drop_table("owninvoice")
