"""paid amount and unique attachment per invoice

``Invoice.paid_amount_cents``: the amount actually received (it may differ from the net
expected). ``Attachment``: the same file (sha256) at most once per invoice.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite adds a nullable column in place: the invoice table (which other tables
    # reference) is not copied.
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.add_column(sa.Column("paid_amount_cents", sa.Integer(), nullable=True))

    # The same file attached twice to one invoice: only the oldest row is kept (the file
    # itself is shared by both rows; the database was copied aside before migrating).
    op.execute(
        "DELETE FROM attachment WHERE invoice_id IS NOT NULL AND id NOT IN"
        " (SELECT MIN(id) FROM attachment WHERE invoice_id IS NOT NULL"
        " GROUP BY invoice_id, sha256)"
    )
    # A constraint cannot be added in place: batch mode copies the attachment table,
    # which no other table references.
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_attachment_invoice_sha256", ["invoice_id", "sha256"])


def downgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_constraint("uq_attachment_invoice_sha256", type_="unique")

    # Native ALTER TABLE ... DROP COLUMN (SQLite >= 3.35) rather than a batch copy, which
    # would have to drop a table that others reference while foreign keys are enforced.
    op.drop_column("invoice", "paid_amount_cents")
