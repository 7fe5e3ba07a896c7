"""The Connect invoice lifecycle (rule R8)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from connect_desktop.domain.errors import DomainError, TransitionError


class InvoicingMode(StrEnum):
    PLATFORM = "PLATFORM"  # the platform generates the invoice after CRA validation
    MANUAL_IMPORT = "MANUAL_IMPORT"  # the freelancer imports their own invoice


class InvoiceStatus(StrEnum):
    SPECIMEN = "SPECIMEN"
    TO_IMPORT = "TO_IMPORT"
    IN_REVIEW = "IN_REVIEW"
    FINAL = "FINAL"
    PAID = "PAID"
    CANCELLED = "CANCELLED"


class InvoiceKind(StrEnum):
    INVOICE = "INVOICE"
    CREDIT_NOTE = "CREDIT_NOTE"


_S = InvoiceStatus
INVOICE_TRANSITIONS: dict[InvoicingMode, dict[InvoiceStatus, frozenset[InvoiceStatus]]] = {
    InvoicingMode.PLATFORM: {
        _S.SPECIMEN: frozenset({_S.FINAL, _S.CANCELLED}),
        _S.FINAL: frozenset({_S.PAID, _S.CANCELLED}),
        _S.PAID: frozenset(),
        _S.CANCELLED: frozenset(),
    },
    InvoicingMode.MANUAL_IMPORT: {
        _S.TO_IMPORT: frozenset({_S.IN_REVIEW, _S.CANCELLED}),
        # Finance refuses the file (back to TO_IMPORT) or validates it (FINAL).
        _S.IN_REVIEW: frozenset({_S.FINAL, _S.TO_IMPORT, _S.CANCELLED}),
        _S.FINAL: frozenset({_S.PAID, _S.CANCELLED}),
        _S.PAID: frozenset(),
        _S.CANCELLED: frozenset(),
    },
}


# Statuses that end an invoice's wait for money; every other status is still open.
SETTLED_STATUSES: frozenset[InvoiceStatus] = frozenset({_S.PAID, _S.CANCELLED})
# Listed rather than "not settled" so that SQL can find them through the status index.
OPEN_STATUSES: tuple[InvoiceStatus, ...] = tuple(
    status for status in InvoiceStatus if status not in SETTLED_STATUSES
)


def initial_invoice_status(mode: InvoicingMode) -> InvoiceStatus:
    """The status of the invoice that validating a CRA creates."""
    return _S.SPECIMEN if mode is InvoicingMode.PLATFORM else _S.TO_IMPORT


def allowed_invoice_transitions(
    mode: InvoicingMode, current: InvoiceStatus
) -> frozenset[InvoiceStatus]:
    return INVOICE_TRANSITIONS[mode].get(current, frozenset())


def check_invoice_transition(
    mode: InvoicingMode, current: InvoiceStatus, target: InvoiceStatus
) -> None:
    """Raise ``TransitionError`` unless R8 allows ``current`` -> ``target`` in ``mode``."""
    if current not in INVOICE_TRANSITIONS[mode]:
        raise DomainError(f"{current.value} is not a status of {mode.value} invoices.")
    allowed = allowed_invoice_transitions(mode, current)
    if target not in allowed:
        raise TransitionError("Connect invoice", current, target, sorted(allowed))


def starts_the_clock(mode: InvoicingMode, target: InvoiceStatus) -> bool:
    """R3: manual-import invoices start the payment delay when Finance validates them."""
    return mode is InvoicingMode.MANUAL_IMPORT and target is _S.FINAL


def amounts_are_locked(status: InvoiceStatus) -> bool:
    """A final or paid invoice's amounts and files never change."""
    return status in (_S.FINAL, _S.PAID)


def is_overdue(status: InvoiceStatus, pay_latest: date | None, today: date) -> bool:
    """Derived, never stored: not paid (nor cancelled) and past the latest payment date."""
    if status in SETTLED_STATUSES or pay_latest is None:
        return False
    return today > pay_latest
