"""Numbering of the freelancer's own invoices and credit notes (R10, issue 6 point 1).

French law asks for "a unique number in one continuous chronological sequence without
gaps". The app keeps ONE sequence per freelancer (one database), shared by invoices and
credit notes:

* a draft has no number (``number`` and ``sequence`` are NULL); the number is assigned
  only when the document is issued, as ``max(sequence) + 1`` over every document that
  ever received one, starting at 1;
* the number reads ``f"{prefix}{year}-{sequence:04d}"`` (``2026-0042``, ``CM-2026-0042``),
  ``prefix`` being the profile's invoice prefix and ``year`` the issue date's year. The
  year is only a label: **the sequence never restarts on 1 January**. A yearly restart
  would also be lawful, but one counter that only ever grows is the simplest way to keep
  the sequence continuous and chronological (and it cannot collide when the prefix
  changes, since the sequence alone is unique);
* numbers are never reused: a cancelled invoice keeps its number, and the credit note
  that cancels it takes the next one;
* the issue date may not be earlier than the last issued document's, so that the order of
  the numbers is the order of the dates.

Everything happens inside the caller's ``unit_of_work``: its ``BEGIN IMMEDIATE`` takes
the database's write lock before the maximum is read, so two writers (two quick clicks,
two windows) are serialised and the second one sees the first one's number. The UNIQUE
constraints on ``sequence`` and ``number`` are the backstop. A crash before the commit
rolls the whole transaction back, number included: no number is consumed, no gap is left.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, func, select

from connect_desktop.domain.errors import DomainError
from connect_desktop.store.models import OwnInvoice, OwnInvoiceStatus
from connect_desktop.store.profile import get_profile


class OwnInvoiceNumberingError(DomainError):
    """Issuing refused: already issued, or dated before the last issued document."""


def format_number(prefix: str, year: int, sequence: int) -> str:
    return f"{prefix}{year}-{sequence:04d}"


def last_sequence(session: Session) -> int:
    """The highest sequence ever assigned (0 when nothing was issued yet)."""
    highest = session.exec(select(func.max(OwnInvoice.sequence))).one()
    return int(highest or 0)


def last_issued_on(session: Session) -> date | None:
    """The latest issue date of any numbered document, cancelled ones included."""
    return session.exec(
        select(func.max(OwnInvoice.issued_on)).where(col(OwnInvoice.sequence).is_not(None))
    ).one()


def next_number(session: Session, prefix: str, year: int) -> tuple[int, str]:
    """The sequence and number the next issued document would get (nothing is written).

    Call it inside a ``unit_of_work`` (which holds the write lock) for the answer to
    stay true until the commit.
    """
    sequence = last_sequence(session) + 1
    return sequence, format_number(prefix, year, sequence)


def issue_own_invoice(session: Session, own_invoice_id: int, on: date) -> OwnInvoice:
    """Number the draft ``own_invoice_id`` and mark it issued on ``on``.

    Raises ``OwnInvoiceNumberingError`` when it is not a draft (never numbered twice)
    or when ``on`` is earlier than the last issued document's date. The row is flushed
    in the caller's transaction; committing it is the caller's ``unit_of_work``'s job.
    """
    own_invoice = session.get(OwnInvoice, own_invoice_id)
    if own_invoice is None:
        raise DomainError(f"There is no own invoice {own_invoice_id}.")
    if own_invoice.status != OwnInvoiceStatus.DRAFT or own_invoice.sequence is not None:
        raise OwnInvoiceNumberingError(
            f"This document was already issued as {own_invoice.number} "
            f"({own_invoice.status.value}): it keeps its number."
        )
    latest = last_issued_on(session)
    if latest is not None and on < latest:
        raise OwnInvoiceNumberingError(
            f"The issue date {on.isoformat()} is earlier than the last issued document's "
            f"({latest.isoformat()}): numbers must follow the dates."
        )
    prefix = get_profile(session).invoice_prefix
    sequence, number = next_number(session, prefix, on.year)
    own_invoice.sequence = sequence
    own_invoice.number = number
    own_invoice.issued_on = on
    own_invoice.status = OwnInvoiceStatus.ISSUED
    session.add(own_invoice)
    session.flush()  # the UNIQUE constraints check it now, inside the transaction
    return own_invoice
