"""Connect invoices as the invoices tab reads them: plain, frozen snapshots (no Qt, no session).

``InvoiceRow`` is one line of the table; the tab itself keeps its rows as columns
(``invoice_table.load_invoice_table``) and builds an ``InvoiceRow`` when one is needed.
``list_invoice_rows`` builds every row at once: the app no longer calls it; the tests
use it as the reference listing and ``benchmarks/invoice_rows.py`` as the baseline.
``load_invoice_detail`` gives one invoice with its history, its files and the actions its
status allows (R8).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, make_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlmodel import Session, col
from sqlmodel import select as orm_select

from connect_desktop.domain.invoice import (
    SETTLED_STATUSES,
    InvoiceKind,
    InvoiceStatus,
    InvoicingMode,
    allowed_invoice_transitions,
    is_overdue,
)
from connect_desktop.domain.money import from_cents, halves_to_days
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.attachments import attachment_path
from connect_desktop.store.database import read_session
from connect_desktop.store.invoices import get_invoice, invoice_history
from connect_desktop.store.models import Attachment, Invoice, Mission, bp_to_rate

_S = InvoiceStatus


class InvoiceAction(StrEnum):
    """What the user can record on an invoice (the detail panel's buttons)."""

    FINAL_RECEIVED = "FINAL_RECEIVED"  # "Facture définitive reçue…": SPECIMEN -> FINAL
    IMPORT_OWN = "IMPORT_OWN"  # "Importer ma facture…": TO_IMPORT -> IN_REVIEW
    FINANCE_VALIDATED = "FINANCE_VALIDATED"  # "Validée par LBC Finance…": IN_REVIEW -> FINAL
    FINANCE_REFUSED = "FINANCE_REFUSED"  # "Refusée par LBC Finance…": IN_REVIEW -> TO_IMPORT
    PAYMENT_RECEIVED = "PAYMENT_RECEIVED"  # "Paiement reçu…": FINAL -> PAID
    CLIENT_PAID = "CLIENT_PAID"  # legacy, on client payment: the client's payment date
    CANCEL = "CANCEL"  # "Annuler (avoir)…": any but PAID -> CANCELLED, plus a credit note


# The transition each action makes (CLIENT_PAID makes none).
ACTION_TRANSITIONS: dict[InvoiceAction, tuple[InvoiceStatus, InvoiceStatus]] = {
    InvoiceAction.FINAL_RECEIVED: (_S.SPECIMEN, _S.FINAL),
    InvoiceAction.IMPORT_OWN: (_S.TO_IMPORT, _S.IN_REVIEW),
    InvoiceAction.FINANCE_VALIDATED: (_S.IN_REVIEW, _S.FINAL),
    InvoiceAction.FINANCE_REFUSED: (_S.IN_REVIEW, _S.TO_IMPORT),
    InvoiceAction.PAYMENT_RECEIVED: (_S.FINAL, _S.PAID),
}


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """One line of the invoices table: an invoice or a credit note (negative amounts)."""

    id: int
    number: str
    mission_id: int
    mission_title: str
    kind: InvoiceKind
    status: InvoiceStatus
    invoicing_mode: InvoicingMode
    payment_option: PaymentOption
    period_start: date
    period_end: date
    days: Decimal
    amount_ht: Decimal
    amount_ttc: Decimal
    fee: Decimal
    net: Decimal
    clock_start: date | None
    pay_earliest: date | None
    pay_latest: date | None
    paid_on: date | None
    paid_amount: Decimal | None

    def is_overdue(self, today: date) -> bool:
        """Derived, never stored: not paid nor cancelled, and past the latest payment date."""
        return is_overdue(self.status, self.pay_latest, today)

    def days_left(self, today: date) -> int | None:
        """Days until the latest payment date (negative when overdue); ``None`` when paid,
        cancelled, or while the date is not known."""
        if self.status in SETTLED_STATUSES or self.pay_latest is None:
            return None
        return (self.pay_latest - today).days


@dataclass(frozen=True, slots=True)
class EventView:
    """One step of the history. ``recorded_at`` is in UTC. A step that changes no status
    (``from_status == to_status``) records a fact, such as the client's payment date."""

    happened_on: date
    recorded_at: datetime
    from_status: InvoiceStatus | None
    to_status: InvoiceStatus
    note: str

    @property
    def is_transition(self) -> bool:
        return self.from_status is not self.to_status


@dataclass(frozen=True, slots=True)
class AttachmentView:
    """A file attached to the invoice; ``original_name`` is shown, never used on disk."""

    id: int
    sha256: str
    original_name: str
    size: int
    role: str  # "specimen", "final", "imported", "credit_note"
    added_at: datetime  # UTC

    def path(self, data_dir: Path) -> Path:
        """Where the file is stored in the data folder (by its hash)."""
        return attachment_path(data_dir, self.sha256)


@dataclass(frozen=True, slots=True)
class InvoiceDetail:
    """One invoice with everything the detail panel shows."""

    row: InvoiceRow
    vat: Decimal
    vat_rate: Decimal
    daily_rate: Decimal
    client_name: str
    lbc_reference: str
    refusal_reason: str  # Finance's latest refusal (every one stays in ``events``)
    client_paid_on: date | None
    client_term_days: int
    events: tuple[EventView, ...]  # oldest first
    attachments: tuple[AttachmentView, ...]  # oldest first
    actions: tuple[InvoiceAction, ...]
    credit_note_of: int | None  # for a credit note: the cancelled invoice
    credited_by: int | None = None  # for a cancelled invoice: its credit note

    @property
    def id(self) -> int:
        return self.row.id


def allowed_actions(item: InvoiceRow | InvoiceDetail) -> tuple[InvoiceAction, ...]:
    """The actions R8 allows for the item's status and invoicing mode, in menu order.

    A credit note has none. Recording the client's payment date is for legacy invoices
    paid on client payment, once the invoice has reached the client (the clock started).
    """
    row = item.row if isinstance(item, InvoiceDetail) else item
    if row.kind is InvoiceKind.CREDIT_NOTE:
        return ()
    targets = allowed_invoice_transitions(row.invoicing_mode, row.status)
    actions = {
        action
        for action, (source, target) in ACTION_TRANSITIONS.items()
        if source is row.status and target in targets
    }
    if _S.CANCELLED in targets:
        actions.add(InvoiceAction.CANCEL)
    if (
        row.payment_option is PaymentOption.ON_CLIENT_PAYMENT
        and row.status not in SETTLED_STATUSES
        and row.clock_start is not None
    ):
        actions.add(InvoiceAction.CLIENT_PAID)
    return tuple(action for action in InvoiceAction if action in actions)


class _Memo(dict[Any, Any]):
    """Converted values by their stored form: few distinct dates, amounts and day counts
    repeat over many rows, so each is converted (and allocated) once per listing."""

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, key: Any) -> Any:
        value = self[key] = None if key is None else self.convert(key)
        return value


# A frozen dataclass sets each field through ``object.__setattr__``, about ten times
# slower than a plain one. Rows of the listing are built by this plain twin (same slots)
# and then given their real class: the result is an ordinary, frozen ``InvoiceRow``.
_RowBuilder = make_dataclass(
    "_RowBuilder", [(item.name, item.type) for item in fields(InvoiceRow)], slots=True
)
assert _RowBuilder.__slots__ == InvoiceRow.__slots__  # type: ignore[attr-defined]

_INVOICE = Invoice.__table__  # type: ignore[attr-defined]
_MISSION = Mission.__table__  # type: ignore[attr-defined]
_ROW_COLUMNS = (
    _INVOICE.c.id,
    _INVOICE.c.number,
    _INVOICE.c.mission_id,
    _MISSION.c.title,
    _INVOICE.c.kind,
    _INVOICE.c.status,
    _INVOICE.c.invoicing_mode,
    _INVOICE.c.payment_option,
    _INVOICE.c.period_start,
    _INVOICE.c.period_end,
    _INVOICE.c.days_halves,
    _INVOICE.c.amount_ht_cents,
    _INVOICE.c.amount_ttc_cents,
    _INVOICE.c.fee_cents,
    _INVOICE.c.net_cents,
    _INVOICE.c.clock_start,
    _INVOICE.c.pay_earliest,
    _INVOICE.c.pay_latest,
    _INVOICE.c.paid_on,
    _INVOICE.c.paid_amount_cents,
)
ROWS_QUERY = (
    select(*_ROW_COLUMNS)
    .select_from(_INVOICE.join(_MISSION, _INVOICE.c.mission_id == _MISSION.c.id))
    .order_by(_INVOICE.c.period_start.desc(), _INVOICE.c.id.desc())
)


def list_invoice_rows(engine: Engine) -> list[InvoiceRow]:
    """Every invoice and credit note with its mission's title, newest period first.

    One query, built with SQLAlchemy Core and compiled for the engine's dialect. Its
    rows are read from the driver as plain tuples, the values as SQLite stores them
    (text dates and enum names, integer cents), and converted here once per distinct
    value rather than once per cell. A single SELECT reads one consistent snapshot.
    """
    sql = str(ROWS_QUERY.compile(engine))
    with engine.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            records = cursor.execute(sql).fetchall()
        finally:
            cursor.close()
    dates = _Memo(date.fromisoformat)
    money = _Memo(from_cents)
    days = _Memo(halves_to_days)
    # SQLAlchemy stores an enum member by its name.
    kinds = {item.name: item for item in InvoiceKind}
    statuses = {item.name: item for item in InvoiceStatus}
    modes = {item.name: item for item in InvoicingMode}
    options = {item.name: item for item in PaymentOption}
    build, real_class = _RowBuilder, InvoiceRow
    rows: list[InvoiceRow] = []
    append = rows.append
    for (
        id_, number, mission_id, title, kind, status, mode, option, period_start, period_end,
        halves, ht, ttc, fee, net, clock_start, pay_earliest, pay_latest, paid_on, paid,
    ) in records:  # fmt: skip
        row = build(
            id_, number, mission_id, title, kinds[kind], statuses[status], modes[mode],
            options[option], dates[period_start], dates[period_end], days[halves], money[ht],
            money[ttc], money[fee], money[net], dates[clock_start], dates[pay_earliest],
            dates[pay_latest], dates[paid_on], money[paid],
        )  # fmt: skip
        row.__class__ = real_class
        append(row)
    return rows


def row_of(invoice: Invoice, mission_title: str) -> InvoiceRow:
    """The table row of an invoice already loaded in a session."""
    assert invoice.id is not None
    return InvoiceRow(
        id=invoice.id,
        number=invoice.number,
        mission_id=invoice.mission_id,
        mission_title=mission_title,
        kind=invoice.kind,
        status=invoice.status,
        invoicing_mode=invoice.invoicing_mode,
        payment_option=invoice.payment_option,
        period_start=invoice.period_start,
        period_end=invoice.period_end,
        days=halves_to_days(invoice.days_halves),
        amount_ht=from_cents(invoice.amount_ht_cents),
        amount_ttc=from_cents(invoice.amount_ttc_cents),
        fee=from_cents(invoice.fee_cents),
        net=from_cents(invoice.net_cents),
        clock_start=invoice.clock_start,
        pay_earliest=invoice.pay_earliest,
        pay_latest=invoice.pay_latest,
        paid_on=invoice.paid_on,
        paid_amount=None
        if invoice.paid_amount_cents is None
        else from_cents(invoice.paid_amount_cents),
    )


def invoice_detail(session: Session, invoice_id: int) -> InvoiceDetail:
    """The detail of one invoice, read in ``session`` (``DomainError`` if it does not exist)."""
    invoice = get_invoice(session, invoice_id)
    mission = session.get(Mission, invoice.mission_id)
    assert mission is not None
    row = row_of(invoice, mission.title)
    events = tuple(
        EventView(
            happened_on=event.happened_on,
            recorded_at=event.recorded_at,
            from_status=event.from_status,
            to_status=event.to_status,
            note=event.note,
        )
        for event in invoice_history(session, invoice_id)
    )
    attachments = tuple(
        AttachmentView(
            id=attachment.id,  # type: ignore[arg-type]
            sha256=attachment.sha256,
            original_name=attachment.original_name,
            size=attachment.size,
            role=attachment.role,
            added_at=attachment.added_at,
        )
        for attachment in session.exec(
            orm_select(Attachment)
            .where(Attachment.invoice_id == invoice_id)
            .order_by(col(Attachment.id))
        )
    )
    credited_by = session.exec(
        orm_select(Invoice.id)
        .where(Invoice.credit_note_of_id == invoice_id)
        .order_by(col(Invoice.id).desc())
    ).first()
    return InvoiceDetail(
        row=row,
        vat=from_cents(invoice.vat_cents),
        vat_rate=bp_to_rate(invoice.vat_rate_bp),
        daily_rate=from_cents(invoice.daily_rate_cents),
        client_name=mission.client_name,
        lbc_reference=mission.lbc_reference,
        refusal_reason=invoice.refusal_reason,
        client_paid_on=invoice.client_paid_on,
        client_term_days=invoice.client_term_days,
        events=events,
        attachments=attachments,
        actions=allowed_actions(row),
        credit_note_of=invoice.credit_note_of_id,
        credited_by=credited_by,
    )


def load_invoice_detail(engine: Engine, invoice_id: int) -> InvoiceDetail:
    with read_session(engine) as session:
        return invoice_detail(session, invoice_id)
