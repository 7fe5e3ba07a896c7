"""What the user records on a Connect invoice (R3, R5, R8, R9): each action is one unit
of work and returns the invoice's fresh ``InvoiceDetail``.

A refused action raises ``ActionRefused`` (a ``DomainError``, so a ``ValueError``) with an
English message for the logs and a ``code`` for the UI, and changes nothing: every check
runs before anything is written. A file is read and checked before the transaction, and
copied into the attachment store after every check, just before its row is written: if
the commit then fails, the store holds at worst a file nothing refers to, never a
half-recorded invoice.

Dated actions refuse a date after ``today`` (the real date unless given) or before the
invoice's latest step.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, check_invoice_transition
from connect_desktop.domain.money import round_money, to_cents, to_decimal
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.attachments import read_pdf, sha256_of, store_file
from connect_desktop.services.invoice_rows import (
    ACTION_TRANSITIONS,
    InvoiceAction,
    InvoiceDetail,
    allowed_actions,
    load_invoice_detail,
    row_of,
)
from connect_desktop.store import invoices as invoice_store
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.models import Attachment, Invoice, InvoiceEvent

_S = InvoiceStatus

ROLE_SPECIMEN = "specimen"
ROLE_FINAL = "final"
ROLE_IMPORTED = "imported"
ROLE_CREDIT_NOTE = "credit_note"
ROLE_DOCUMENT = "document"  # any other file the user keeps with the invoice
ATTACHMENT_ROLES = (ROLE_SPECIMEN, ROLE_FINAL, ROLE_IMPORTED, ROLE_CREDIT_NOTE, ROLE_DOCUMENT)

# The note of the history step that records the client's payment date (no status change).
CLIENT_PAID_NOTE = "Client payment recorded"


class ActionRefused(DomainError):
    """An action the rules refuse; ``code`` names the reason for the UI."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _today(today: date | None) -> date:
    return date.today() if today is None else today


def _actionable(session: Session, invoice_id: int, action: InvoiceAction) -> Invoice:
    """The invoice, if ``action`` is allowed on it now (the same rule as ``allowed_actions``)."""
    invoice = invoice_store.get_invoice(session, invoice_id)
    if invoice.kind is InvoiceKind.CREDIT_NOTE:
        raise ActionRefused("credit_note", "A credit note is final: nothing is recorded on it.")
    if action in allowed_actions(row_of(invoice, "")):
        return invoice
    if action is InvoiceAction.CLIENT_PAID:
        if invoice.payment_option is not PaymentOption.ON_CLIENT_PAYMENT:
            raise ActionRefused(
                "not_on_client_payment", "Only invoices paid on client payment wait for the client."
            )
        if invoice.clock_start is None:
            raise ActionRefused("not_issued", "The invoice has not reached the client yet.")
    target = _S.CANCELLED if action is InvoiceAction.CANCEL else None
    if action in ACTION_TRANSITIONS:
        target = ACTION_TRANSITIONS[action][1]
    if target is not None:  # raises TransitionError when R8 refuses the step itself
        check_invoice_transition(invoice.invoicing_mode, invoice.status, target)
    raise ActionRefused(
        "not_allowed",
        f"{action.value} is not possible on an invoice in status {invoice.status.value} "
        f"({invoice.invoicing_mode.value}, {invoice.payment_option.value}).",
    )


def check_step_date(session: Session, invoice: Invoice, on: date, today: date) -> None:
    if on > today:
        raise ActionRefused("future_date", f"The date {on.isoformat()} cannot be in the future.")
    latest = session.exec(
        select(func.max(InvoiceEvent.happened_on)).where(InvoiceEvent.invoice_id == invoice.id)
    ).one()
    if latest is not None and on < latest:
        raise ActionRefused(
            "before_last_step",
            f"The date {on.isoformat()} cannot be before the invoice's latest step "
            f"({latest.isoformat()}).",
        )


def _reason(reason: str, message: str) -> str:
    if not reason.strip():
        raise ActionRefused("reason_missing", message)
    return reason.strip()


def _check_number(session: Session, invoice: Invoice, number: str) -> str:
    number = number.strip()
    if not number:
        raise ActionRefused("number_missing", "Give the invoice number.")
    taken = session.exec(
        select(Invoice.id).where(
            Invoice.number == number, Invoice.id != invoice.id, Invoice.kind == InvoiceKind.INVOICE
        )
    ).first()
    if taken is not None:
        raise ActionRefused("number_taken", f"The invoice number {number} is already used.")
    return number


def _has_role(session: Session, invoice: Invoice, role: str) -> bool:
    query = select(Attachment.id).where(Attachment.invoice_id == invoice.id)
    return session.exec(query.where(Attachment.role == role)).first() is not None


def check_files_can_change(session: Session, invoice: Invoice, role: str) -> None:
    """R8: a final or paid invoice's files never change, except that a final invoice can
    still receive its final PDF (once); a credit note receives only its own PDF (once)."""
    if role not in ATTACHMENT_ROLES:
        raise ActionRefused("role_unknown", f"{role!r} is not an attachment role.")
    if invoice.kind is InvoiceKind.CREDIT_NOTE:
        if role != ROLE_CREDIT_NOTE or _has_role(session, invoice, role):
            raise ActionRefused("files_locked", "A credit note only takes its own PDF, once.")
        return
    if invoice.status is _S.PAID or (
        invoice.status is _S.FINAL and (role != ROLE_FINAL or _has_role(session, invoice, role))
    ):
        raise ActionRefused(
            "files_locked",
            f"The files of a {invoice.status.value} invoice never change "
            "(a final invoice can only still receive its final PDF).",
        )
    if role == ROLE_CREDIT_NOTE and invoice.status is not _S.CANCELLED:
        raise ActionRefused("files_locked", "A credit note PDF goes with a cancelled invoice.")


def attach_bytes(
    session: Session, data_dir: Path, invoice: Invoice, data: bytes, name: str, role: str
) -> Attachment:
    """Store ``data`` (once, by hash) and record it on ``invoice`` under its original name.

    Refuses the same file twice on one invoice. Call it after every other check of the
    action: the file is written to the store here, before the row.
    """
    digest = sha256_of(data)
    query = select(Attachment.id).where(Attachment.invoice_id == invoice.id)
    if session.exec(query.where(Attachment.sha256 == digest)).first() is not None:
        raise ActionRefused("already_attached", f"{name} is already attached to this invoice.")
    store_file(data_dir, data)
    attachment = Attachment(
        invoice_id=invoice.id, sha256=digest, original_name=name, size=len(data), role=role
    )
    session.add(attachment)
    try:
        session.flush()
    except IntegrityError:  # the same file attached meanwhile by another window
        raise ActionRefused(
            "already_attached", f"{name} is already attached to this invoice."
        ) from None
    return attachment


def record_final(
    engine: Engine,
    data_dir: Path,
    invoice_id: int,
    on: date,
    number: str,
    pdf: Path | None = None,
    *,
    today: date | None = None,
) -> InvoiceDetail:
    """ "Facture définitive reçue…": a platform invoice is final (SPECIMEN -> FINAL) on
    ``on`` under the platform's ``number``, with its PDF when given (role "final")."""
    data = read_pdf(pdf) if pdf is not None else None
    with unit_of_work(engine) as session:
        invoice = _actionable(session, invoice_id, InvoiceAction.FINAL_RECEIVED)
        check_step_date(session, invoice, on, _today(today))
        number = _check_number(session, invoice, number)
        invoice_store.transition_invoice(session, invoice_id, _S.FINAL, on, number=number)
        if data is not None and pdf is not None:
            check_files_can_change(session, invoice, ROLE_FINAL)
            attach_bytes(session, data_dir, invoice, data, Path(pdf).name, ROLE_FINAL)
    return load_invoice_detail(engine, invoice_id)


def import_own_invoice(
    engine: Engine,
    data_dir: Path,
    invoice_id: int,
    pdf: Path,
    on: date,
    *,
    today: date | None = None,
) -> InvoiceDetail:
    """ "Importer ma facture…": the freelancer's own invoice PDF is attached (role
    "imported") and goes to LBC Finance (TO_IMPORT -> IN_REVIEW)."""
    data = read_pdf(pdf)
    name = Path(pdf).name
    with unit_of_work(engine) as session:
        invoice = _actionable(session, invoice_id, InvoiceAction.IMPORT_OWN)
        check_step_date(session, invoice, on, _today(today))
        check_files_can_change(session, invoice, ROLE_IMPORTED)
        invoice_store.transition_invoice(session, invoice_id, _S.IN_REVIEW, on, note=name)
        attach_bytes(session, data_dir, invoice, data, name, ROLE_IMPORTED)
    return load_invoice_detail(engine, invoice_id)


def record_finance_validation(
    engine: Engine,
    invoice_id: int,
    on: date,
    *,
    today: date | None = None,
    number: str | None = None,
) -> InvoiceDetail:
    """ "Validée par LBC Finance…": IN_REVIEW -> FINAL on ``on``, which starts the payment
    clock of a manual-import invoice (R3) and sets its payment dates (R5). ``number``, when
    given, is the imported invoice's own number."""
    with unit_of_work(engine) as session:
        invoice = _actionable(session, invoice_id, InvoiceAction.FINANCE_VALIDATED)
        check_step_date(session, invoice, on, _today(today))
        if number is not None and number.strip():
            number = _check_number(session, invoice, number)
        invoice_store.transition_invoice(session, invoice_id, _S.FINAL, on, number=number or None)
    return load_invoice_detail(engine, invoice_id)


def record_finance_refusal(
    engine: Engine, invoice_id: int, on: date, reason: str, *, today: date | None = None
) -> InvoiceDetail:
    """ "Refusée par LBC Finance…": IN_REVIEW -> TO_IMPORT with the reason, kept in the
    history; the refused file stays attached."""
    reason = _reason(reason, "Say why Finance refused the file.")
    with unit_of_work(engine) as session:
        invoice = _actionable(session, invoice_id, InvoiceAction.FINANCE_REFUSED)
        check_step_date(session, invoice, on, _today(today))
        invoice_store.transition_invoice(session, invoice_id, _S.TO_IMPORT, on, note=reason)
    return load_invoice_detail(engine, invoice_id)


def record_payment(
    engine: Engine,
    invoice_id: int,
    on: date,
    amount: Decimal,
    *,
    today: date | None = None,
) -> InvoiceDetail:
    """ "Paiement reçu…": FINAL -> PAID on ``on`` with the amount actually received, which
    may differ from the net expected (both are kept and shown)."""
    try:
        received = round_money(to_decimal(amount))
    except (TypeError, ValueError):
        raise ActionRefused("amount_invalid", f"{amount!r} is not an amount.") from None
    if received <= 0:
        raise ActionRefused("amount_invalid", "The amount received must be above zero.")
    with unit_of_work(engine) as session:
        invoice = _actionable(session, invoice_id, InvoiceAction.PAYMENT_RECEIVED)
        check_step_date(session, invoice, on, _today(today))
        invoice.paid_amount_cents = to_cents(received)
        invoice_store.transition_invoice(session, invoice_id, _S.PAID, on)
    return load_invoice_detail(engine, invoice_id)


def record_client_payment(
    engine: Engine, invoice_id: int, on: date, *, today: date | None = None
) -> InvoiceDetail:
    """Legacy "on client payment": the client paid LBC on ``on``, which fixes LBC's payout
    window (R5). Kept in the history as a step that changes no status."""
    with unit_of_work(engine) as session:
        invoice = _actionable(session, invoice_id, InvoiceAction.CLIENT_PAID)
        if on > _today(today):
            raise ActionRefused(
                "future_date", f"The date {on.isoformat()} cannot be in the future."
            )
        invoice = invoice_store.record_client_payment(session, invoice_id, on)
        invoice_store.record_event(session, invoice, invoice.status, on, CLIENT_PAID_NOTE)
    return load_invoice_detail(engine, invoice_id)


def credit_note_for(invoice: Invoice) -> Invoice:
    """The (unsaved) credit note of a cancelled invoice: same mission, period and terms,
    every amount negated, final at once, with no payment dates. It is not linked to the
    CRA, which stays billed by whatever replaces the cancelled invoice."""
    return Invoice(
        mission_id=invoice.mission_id,
        cra_id=None,
        kind=InvoiceKind.CREDIT_NOTE,
        credit_note_of_id=invoice.id,
        status=_S.FINAL,
        invoicing_mode=invoice.invoicing_mode,
        payment_option=invoice.payment_option,
        period_start=invoice.period_start,
        period_end=invoice.period_end,
        days_halves=-invoice.days_halves,
        daily_rate_cents=invoice.daily_rate_cents,
        vat_rate_bp=invoice.vat_rate_bp,
        amount_ht_cents=-invoice.amount_ht_cents,
        vat_cents=-invoice.vat_cents,
        amount_ttc_cents=-invoice.amount_ttc_cents,
        fee_cents=-invoice.fee_cents,
        net_cents=-invoice.net_cents,
        client_term_days=invoice.client_term_days,
        zone=invoice.zone,
    )


def cancel_invoice(
    engine: Engine, invoice_id: int, on: date, reason: str, *, today: date | None = None
) -> InvoiceDetail:
    """ "Annuler (avoir)…": any status but PAID -> CANCELLED on ``on``, with the reason, and
    the credit note that cancels it (``InvoiceDetail.credited_by``), in one transaction."""
    reason = _reason(reason, "Say why the invoice is cancelled.")
    with unit_of_work(engine) as session:
        invoice = _actionable(session, invoice_id, InvoiceAction.CANCEL)
        check_step_date(session, invoice, on, _today(today))
        invoice_store.transition_invoice(session, invoice_id, _S.CANCELLED, on, note=reason)
        credit = credit_note_for(invoice)
        session.add(credit)
        session.flush()
        invoice_store.record_event(session, credit, None, on, reason)
    return load_invoice_detail(engine, invoice_id)


def attach_pdf(
    engine: Engine, data_dir: Path, invoice_id: int, pdf: Path, role: str
) -> InvoiceDetail:
    """Attach a PDF to an invoice without changing its status (see
    ``check_files_can_change`` for what a final, paid or credit-note invoice accepts)."""
    data = read_pdf(pdf)
    with unit_of_work(engine) as session:
        invoice = invoice_store.get_invoice(session, invoice_id)
        check_files_can_change(session, invoice, role)
        attach_bytes(session, data_dir, invoice, data, Path(pdf).name, role)
    return load_invoice_detail(engine, invoice_id)
