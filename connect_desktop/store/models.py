"""SQLModel tables (DESIGN.md section 3).

Money is stored as integer cents (``*_cents``), days as integer half days
(``*_halves``) and rates as basis points (``*_bp``, 2000 = 20 %), so that no float
ever touches an amount. Any change here needs an Alembic revision in ``migrations/``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.money import from_cents, halves_to_days
from connect_desktop.domain.payment import PaymentOption, Regime, regime_for


def utc_now() -> datetime:
    return datetime.now(UTC)


def bp_to_rate(basis_points: int) -> Decimal:
    return Decimal(basis_points) / 10000


def rate_to_bp(rate: Decimal) -> int:
    return int((rate * 10000).to_integral_value())


class Profile(SQLModel, table=True):
    """The freelancer (one row)."""

    id: int | None = Field(default=None, primary_key=True)
    full_name: str = ""
    legal_form: str = "EI"
    trade_name: str = ""
    siret: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "France"
    email: str = ""
    phone: str = ""
    based_in_france: bool = True
    vat_franchise: bool = False  # "TVA non applicable, art. 293 B du CGI"
    vat_number: str = ""
    iban: str = ""
    bic: str = ""
    invoice_prefix: str = "F"
    holiday_zone: str | None = None
    language: str | None = None  # None: follow the system locale
    updated_at: datetime = Field(default_factory=utc_now)


class Mission(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str
    client_name: str
    client_address: str = ""
    lbc_reference: str = ""
    start_on: date
    end_on: date | None = None
    daily_rate_cents: int
    signed_on: date
    # Where the freelancer was based when signing (R1), copied from the profile.
    based_in_france: bool = True
    payment_option: PaymentOption
    invoicing_mode: InvoicingMode = InvoicingMode.PLATFORM
    weekend_work: bool = False
    client_term_days: int = 30
    notes: str = ""
    archived: bool = False
    created_at: datetime = Field(default_factory=utc_now)

    @property
    def daily_rate(self) -> Decimal:
        return from_cents(self.daily_rate_cents)

    @property
    def regime(self) -> Regime:
        return regime_for(self.signed_on, self.based_in_france)


class Cra(SQLModel, table=True):
    """One activity report per mission and month."""

    __table_args__ = (UniqueConstraint("mission_id", "year", "month", name="uq_cra_month"),)

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", index=True)
    year: int
    month: int
    status: CraStatus = CraStatus.DRAFT
    submitted_on: date | None = None
    validated_on: date | None = None  # the client's validation: the default clock start
    rejected_on: date | None = None
    rejection_reason: str = ""
    comment: str = ""


class CraDay(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("cra_id", "day", name="uq_cra_day"),)

    id: int | None = Field(default=None, primary_key=True)
    cra_id: int = Field(foreign_key="cra.id", index=True)
    day: date
    halves: int  # 1 = half day, 2 = full day

    @property
    def days(self) -> Decimal:
        return halves_to_days(self.halves)


class CraAdjustment(SQLModel, table=True):
    """A correction of a validated CRA, carried by a later one (R7)."""

    id: int | None = Field(default=None, primary_key=True)
    cra_id: int = Field(foreign_key="cra.id", index=True)
    corrects_cra_id: int | None = Field(default=None, foreign_key="cra.id")
    halves: int  # may be negative
    comment: str


class Invoice(SQLModel, table=True):
    """A Connect invoice or credit note, with amounts snapshotted at creation (R8)."""

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", index=True)
    # A cancelled invoice is replaced by a new one for the same CRA, hence no uniqueness.
    cra_id: int | None = Field(default=None, foreign_key="cra.id", index=True)
    kind: InvoiceKind = InvoiceKind.INVOICE
    credit_note_of_id: int | None = Field(default=None, foreign_key="invoice.id")
    number: str = ""
    status: InvoiceStatus = Field(index=True)
    invoicing_mode: InvoicingMode
    payment_option: PaymentOption
    period_start: date
    period_end: date
    days_halves: int
    daily_rate_cents: int
    vat_rate_bp: int
    amount_ht_cents: int
    vat_cents: int
    amount_ttc_cents: int
    fee_cents: int
    net_cents: int
    client_term_days: int = 30
    zone: str | None = None
    clock_start: date | None = None  # None until the clock starts (manual import, R3)
    pay_earliest: date | None = Field(default=None, index=True)
    pay_latest: date | None = None
    client_paid_on: date | None = None
    paid_on: date | None = None
    # What was actually received (may differ from ``net``); set with ``paid_on``.
    paid_amount_cents: int | None = None
    refusal_reason: str = ""
    created_at: datetime = Field(default_factory=utc_now)

    @property
    def days(self) -> Decimal:
        return halves_to_days(self.days_halves)

    @property
    def amount_ht(self) -> Decimal:
        return from_cents(self.amount_ht_cents)

    @property
    def amount_ttc(self) -> Decimal:
        return from_cents(self.amount_ttc_cents)

    @property
    def fee(self) -> Decimal:
        return from_cents(self.fee_cents)

    @property
    def net(self) -> Decimal:
        return from_cents(self.net_cents)

    @property
    def paid_amount(self) -> Decimal | None:
        return None if self.paid_amount_cents is None else from_cents(self.paid_amount_cents)


class InvoiceEvent(SQLModel, table=True):
    """One step of an invoice's history, kept forever."""

    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    happened_on: date  # the business date the user gives (validation, payment...)
    recorded_at: datetime = Field(default_factory=utc_now)
    from_status: InvoiceStatus | None = None
    to_status: InvoiceStatus
    note: str = ""


class Attachment(SQLModel, table=True):
    """A file kept under ``attachments/`` by its sha256, never by its original name.

    The same file (same sha256) is attached at most once to an invoice.
    """

    __table_args__ = (
        UniqueConstraint("invoice_id", "sha256", name="uq_attachment_invoice_sha256"),
    )

    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    sha256: str = Field(index=True)
    original_name: str
    size: int
    role: str = "document"
    added_at: datetime = Field(default_factory=utc_now)


class OwnInvoiceStatus(StrEnum):
    DRAFT = "DRAFT"
    ISSUED = "ISSUED"
    CANCELLED = "CANCELLED"  # corrected by a credit note; keeps its number forever


class OwnInvoice(SQLModel, table=True):
    """The freelancer's own invoice or credit note for a manual-import mission (R10).

    ``number`` and ``sequence`` stay NULL while the document is a draft (SQLite lets
    any number of NULLs through a UNIQUE constraint) and are set once, when it is issued
    (see ``store.own_invoices``). Amounts are snapshotted; a credit note's are negative.
    """

    __table_args__ = (
        UniqueConstraint("number", name="uq_owninvoice_number"),
        UniqueConstraint("sequence", name="uq_owninvoice_sequence"),
    )

    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    mission_id: int = Field(foreign_key="mission.id", index=True)
    kind: InvoiceKind = InvoiceKind.INVOICE
    number: str | None = None
    sequence: int | None = None
    issued_on: date | None = None
    credits_own_invoice_id: int | None = Field(default=None, foreign_key="owninvoice.id")
    amount_ht_cents: int
    vat_cents: int
    amount_ttc_cents: int
    vat_rate_bp: int
    days_halves: int
    daily_rate_cents: int
    period_start: date
    period_end: date
    due_on: date | None = None
    attachment_sha256: str = ""  # the stored PDF, once generated
    status: OwnInvoiceStatus = Field(default=OwnInvoiceStatus.DRAFT, index=True)
    created_at: datetime = Field(default_factory=utc_now)

    @property
    def amount_ht(self) -> Decimal:
        return from_cents(self.amount_ht_cents)

    @property
    def amount_ttc(self) -> Decimal:
        return from_cents(self.amount_ttc_cents)
