"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("client_name", sa.String(), nullable=False),
        sa.Column("client_address", sa.String(), nullable=False),
        sa.Column("lbc_reference", sa.String(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("daily_rate_cents", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("based_in_france", sa.Boolean(), nullable=False),
        sa.Column(
            "payment_option",
            sa.Enum(
                "BASIC", "EXPRESS", "FLASH", "ON_CLIENT_PAYMENT", "IMMEDIATE", name="paymentoption"
            ),
            nullable=False,
        ),
        sa.Column(
            "invoicing_mode",
            sa.Enum("PLATFORM", "MANUAL_IMPORT", name="invoicingmode"),
            nullable=False,
        ),
        sa.Column("weekend_work", sa.Boolean(), nullable=False),
        sa.Column("client_term_days", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("legal_form", sa.String(), nullable=False),
        sa.Column("trade_name", sa.String(), nullable=False),
        sa.Column("siret", sa.String(), nullable=False),
        sa.Column("address_line1", sa.String(), nullable=False),
        sa.Column("address_line2", sa.String(), nullable=False),
        sa.Column("postcode", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("based_in_france", sa.Boolean(), nullable=False),
        sa.Column("vat_franchise", sa.Boolean(), nullable=False),
        sa.Column("vat_number", sa.String(), nullable=False),
        sa.Column("iban", sa.String(), nullable=False),
        sa.Column("bic", sa.String(), nullable=False),
        sa.Column("invoice_prefix", sa.String(), nullable=False),
        sa.Column("holiday_zone", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "cra",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("DRAFT", "SUBMITTED", "VALIDATED", "REJECTED", name="crastatus"),
            nullable=False,
        ),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("validated_on", sa.Date(), nullable=True),
        sa.Column("rejected_on", sa.Date(), nullable=True),
        sa.Column("rejection_reason", sa.String(), nullable=False),
        sa.Column("comment", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["mission.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "year", "month", name="uq_cra_month"),
    )
    with op.batch_alter_table("cra", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cra_mission_id"), ["mission_id"], unique=False)

    op.create_table(
        "craadjustment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cra_id", sa.Integer(), nullable=False),
        sa.Column("corrects_cra_id", sa.Integer(), nullable=True),
        sa.Column("halves", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["corrects_cra_id"],
            ["cra.id"],
        ),
        sa.ForeignKeyConstraint(
            ["cra_id"],
            ["cra.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("craadjustment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_craadjustment_cra_id"), ["cra_id"], unique=False)

    op.create_table(
        "craday",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cra_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("halves", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cra_id"],
            ["cra.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("cra_id", "day", name="uq_cra_day"),
    )
    with op.batch_alter_table("craday", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_craday_cra_id"), ["cra_id"], unique=False)

    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("cra_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.Enum("INVOICE", "CREDIT_NOTE", name="invoicekind"), nullable=False),
        sa.Column("credit_note_of_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "SPECIMEN",
                "TO_IMPORT",
                "IN_REVIEW",
                "FINAL",
                "PAID",
                "CANCELLED",
                name="invoicestatus",
            ),
            nullable=False,
        ),
        sa.Column(
            "invoicing_mode",
            sa.Enum("PLATFORM", "MANUAL_IMPORT", name="invoicingmode"),
            nullable=False,
        ),
        sa.Column(
            "payment_option",
            sa.Enum(
                "BASIC", "EXPRESS", "FLASH", "ON_CLIENT_PAYMENT", "IMMEDIATE", name="paymentoption"
            ),
            nullable=False,
        ),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("days_halves", sa.Integer(), nullable=False),
        sa.Column("daily_rate_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("amount_ht_cents", sa.Integer(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.Column("amount_ttc_cents", sa.Integer(), nullable=False),
        sa.Column("fee_cents", sa.Integer(), nullable=False),
        sa.Column("net_cents", sa.Integer(), nullable=False),
        sa.Column("client_term_days", sa.Integer(), nullable=False),
        sa.Column("zone", sa.String(), nullable=True),
        sa.Column("clock_start", sa.Date(), nullable=True),
        sa.Column("pay_earliest", sa.Date(), nullable=True),
        sa.Column("pay_latest", sa.Date(), nullable=True),
        sa.Column("client_paid_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("refusal_reason", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cra_id"],
            ["cra.id"],
        ),
        sa.ForeignKeyConstraint(
            ["credit_note_of_id"],
            ["invoice.id"],
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["mission.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_cra_id"), ["cra_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_pay_earliest"), ["pay_earliest"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_status"), ["status"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("original_name", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_invoice_id"), ["invoice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "invoiceevent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "SPECIMEN",
                "TO_IMPORT",
                "IN_REVIEW",
                "FINAL",
                "PAID",
                "CANCELLED",
                name="invoicestatus",
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "SPECIMEN",
                "TO_IMPORT",
                "IN_REVIEW",
                "FINAL",
                "PAID",
                "CANCELLED",
                name="invoicestatus",
            ),
            nullable=False,
        ),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("invoiceevent", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invoiceevent_invoice_id"), ["invoice_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("invoiceevent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoiceevent_invoice_id"))

    op.drop_table("invoiceevent")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_invoice_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_status"))
        batch_op.drop_index(batch_op.f("ix_invoice_pay_earliest"))
        batch_op.drop_index(batch_op.f("ix_invoice_mission_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_cra_id"))

    op.drop_table("invoice")
    with op.batch_alter_table("craday", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_craday_cra_id"))

    op.drop_table("craday")
    with op.batch_alter_table("craadjustment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_craadjustment_cra_id"))

    op.drop_table("craadjustment")
    with op.batch_alter_table("cra", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cra_mission_id"))

    op.drop_table("cra")
    op.drop_table("profile")
    op.drop_table("mission")
