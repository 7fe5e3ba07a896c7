"""Issuing the freelancer's own invoice and its credit note (DESIGN.md R9, R10; issue 6
points 2, 4 and 5). No Qt here.

For a Connect invoice of a manual-import mission whose CRA the client validated:

* ``prepare_own_invoice`` builds the document for review, from the invoice's snapshot, with
  the provisional number ``BROUILLON`` (the real one is assigned only at issue), and writes
  a preview PDF to a temporary file;
* ``issue_own_invoice_for`` issues it in ONE unit of work: draft row, number, PDF bytes
  (rendered inside the transaction, so a rendering failure rolls the number back: none is
  consumed), PDF stored by its SHA-256 and, when the Connect invoice is ``TO_IMPORT``, the
  PDF attached to it (role "imported") and the invoice moved to ``IN_REVIEW`` in the same
  transaction, through the same store/service functions as "Importer ma facture…";
* ``issue_credit_note`` cancels an issued invoice by a credit note with the next number and
  negative amounts; the original becomes ``CANCELLED`` (never deleted) and a corrected
  invoice can then be issued for the same Connect invoice.

Issuing is refused (``ProfileIncomplete``, nothing written) while the profile lacks a
mention R10 requires.

Due date (choice): the issue date plus the mission's option delay (Basic 60, Express 30,
Flash 3 days: the delay LBC pays in); for a legacy option, which has no fixed delay, the
client's payment term snapshotted on the invoice. A credit note asks for no payment: its
due date is its issue date.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select
from stdnum.fr import siret as stdnum_siret

from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.money import from_cents, halves_to_days
from connect_desktop.domain.payment import OPTION_TERMS
from connect_desktop.services.attachments import attachment_path, store_file
from connect_desktop.services.invoice_actions import (
    ROLE_IMPORTED,
    attach_bytes,
    check_files_can_change,
    check_step_date,
)
from connect_desktop.services.own_invoice_cii import OwnInvoiceData
from connect_desktop.services.own_invoice_pdf import own_invoice_pdf_bytes
from connect_desktop.services.profile import FIELD_NAMES, FRANCE_NAMES, ProfileData
from connect_desktop.store import invoices as invoice_store
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.models import (
    Invoice,
    Mission,
    OwnInvoice,
    OwnInvoiceStatus,
    bp_to_rate,
)
from connect_desktop.store.own_invoices import issue_own_invoice
from connect_desktop.store.profile import get_profile

DRAFT_NUMBER = "BROUILLON"  # printed on the preview PDF
NUMBER_PENDING = "(attribué à l'émission)"  # shown by the UI instead of a number
# Connect invoice statuses from which an own invoice may be issued: TO_IMPORT (also after
# Finance refused a file) and IN_REVIEW (a corrected invoice after a credit note).
ISSUABLE = (InvoiceStatus.TO_IMPORT, InvoiceStatus.IN_REVIEW)


class ProfileIncomplete(DomainError):
    """Issuing refused: the profile lacks mentions R10 requires; ``codes`` lists them."""

    def __init__(self, codes: list[str]) -> None:
        self.codes = list(codes)
        super().__init__(f"The profile lacks what an invoice must show: {', '.join(codes)}.")


class OwnInvoiceRefused(DomainError):
    """Issuing or crediting refused; ``code`` names the reason for the UI."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class OwnInvoicePreview:
    """What the UI shows for review before issuing."""

    data: OwnInvoiceData  # number DRAFT_NUMBER
    number_label: str  # NUMBER_PENDING
    pdf_path: Path  # a temporary preview PDF (the caller may delete it)


@dataclass(frozen=True, slots=True)
class IssuedOwnInvoice:
    own_invoice_id: int
    number: str
    sha256: str
    pdf_path: Path


# --- profile completeness ----------------------------------------------------------------


def _country_code(country: str) -> str | None:
    name = country.strip()
    if name.lower() in FRANCE_NAMES:
        return "FR"
    if len(name) == 2 and name.isalpha():
        return name.upper()
    return None


def missing_profile_mentions(profile: ProfileData) -> list[str]:
    """The codes of the R10 mentions the profile lacks: "name", "siret", "address" (line 1,
    postcode and city), "vat_number" (unless under the VAT franchise), "country" (when it
    is not France nor a two-letter code). An empty invoice prefix is allowed."""
    missing: list[str] = []
    if not profile.full_name.strip():
        missing.append("name")
    if not stdnum_siret.is_valid(profile.siret or ""):
        missing.append("siret")
    if not all(v.strip() for v in (profile.address_line1, profile.postcode, profile.city)):
        missing.append("address")
    if not profile.vat_franchise and not profile.vat_number.strip():
        missing.append("vat_number")
    if _country_code(profile.country) is None:
        missing.append("country")
    return missing


def _profile_data(session: Session) -> ProfileData:
    row = get_profile(session)
    return ProfileData(**{name: getattr(row, name) for name in FIELD_NAMES})


def _complete_profile(session: Session) -> ProfileData:
    profile = _profile_data(session)
    missing = missing_profile_mentions(profile)
    if missing:
        raise ProfileIncomplete(missing)
    return profile


# --- building the document -----------------------------------------------------------------


def due_date_of(invoice: Invoice, issued_on: date) -> date:
    """Issue date + the option's delay (Basic 60, Express 30, Flash 3 days), or + the
    client's term for a legacy option (no fixed delay)."""
    delay = OPTION_TERMS[invoice.payment_option].delay_days
    return issued_on + timedelta(days=invoice.client_term_days if delay is None else delay)


def _issuable_invoice(session: Session, invoice_id: int) -> Invoice:
    invoice = invoice_store.get_invoice(session, invoice_id)
    if invoice.kind is not InvoiceKind.INVOICE:
        raise OwnInvoiceRefused("credit_note", "A Connect credit note gets no own invoice.")
    if invoice.invoicing_mode is not InvoicingMode.MANUAL_IMPORT:
        raise OwnInvoiceRefused(
            "not_manual_import", "Only manual-import missions need the freelancer's invoice."
        )
    if invoice.status not in ISSUABLE:
        raise OwnInvoiceRefused(
            "not_issuable",
            f"No own invoice can be issued for an invoice in status {invoice.status.value}.",
        )
    return invoice


def _issued_for(session: Session, invoice_id: int) -> OwnInvoice | None:
    return session.exec(
        select(OwnInvoice).where(
            OwnInvoice.invoice_id == invoice_id,
            OwnInvoice.kind == InvoiceKind.INVOICE,
            OwnInvoice.status == OwnInvoiceStatus.ISSUED,
        )
    ).first()


def issued_own_invoice_for(engine: Engine, invoice_id: int) -> tuple[int, str] | None:
    """The id and number of the ISSUED own invoice of Connect invoice ``invoice_id``, if
    any (what "Issue a credit note…" cancels)."""
    with read_session(engine) as session:
        own = _issued_for(session, invoice_id)
        return None if own is None or own.id is None else (own.id, own.number or "")


def _seller(profile: ProfileData) -> dict[str, object]:
    address = tuple(line for line in (profile.address_line1, profile.address_line2) if line)
    return {
        "seller_name": profile.full_name.strip(),
        "seller_legal_form": "" if profile.legal_form == "autre" else profile.legal_form,
        "seller_siret": profile.siret,
        "seller_address": address,
        "seller_postcode": profile.postcode.strip(),
        "seller_city": profile.city.strip(),
        "seller_country": _country_code(profile.country) or "FR",
        "seller_vat_number": "" if profile.vat_franchise else profile.vat_number,
        "vat_franchise": profile.vat_franchise,
    }


def _data_for(
    profile: ProfileData,
    mission: Mission,
    snap: Invoice | OwnInvoice,
    number: str,
    issued_on: date,
    due_date: date,
    **extra: object,
) -> OwnInvoiceData:
    """The document of a snapshot: a Connect invoice, or an own invoice / credit note row
    (both carry the same period, days, rate and amount fields)."""
    return OwnInvoiceData(
        number=number,
        issue_date=issued_on,
        due_date=due_date,
        mission_title=mission.title,
        lbc_reference=mission.lbc_reference,
        period_start=snap.period_start,
        period_end=snap.period_end,
        days=halves_to_days(snap.days_halves),
        daily_rate=from_cents(snap.daily_rate_cents),
        vat_rate=bp_to_rate(snap.vat_rate_bp),
        amount_ht=from_cents(snap.amount_ht_cents),
        vat=from_cents(snap.vat_cents),
        amount_ttc=from_cents(snap.amount_ttc_cents),
        **_seller(profile),  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )


def _mission(session: Session, mission_id: int) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise DomainError(f"There is no mission {mission_id}.")
    return mission


# --- the three actions -----------------------------------------------------------------


def prepare_own_invoice(
    engine: Engine, invoice_id: int, today: date, *, preview_dir: Path | None = None
) -> OwnInvoicePreview:
    """The invoice to review before issuing (nothing is written to the database).

    Raises ``ProfileIncomplete`` or ``OwnInvoiceRefused`` as issuing would. The preview
    PDF, numbered ``BROUILLON``, is written to a new file in ``preview_dir`` (the system's
    temporary folder by default).
    """
    with read_session(engine) as session:
        profile = _complete_profile(session)
        invoice = _issuable_invoice(session, invoice_id)
        if _issued_for(session, invoice_id) is not None:
            raise OwnInvoiceRefused("already_issued", "An own invoice is already issued.")
        mission = _mission(session, invoice.mission_id)
        due = due_date_of(invoice, today)
        data = _data_for(profile, mission, invoice, DRAFT_NUMBER, today, due)
    pdf = own_invoice_pdf_bytes(data)
    handle, name = tempfile.mkstemp(prefix="facture-brouillon-", suffix=".pdf", dir=preview_dir)
    with open(handle, "wb") as file:
        file.write(pdf)
    return OwnInvoicePreview(data=data, number_label=NUMBER_PENDING, pdf_path=Path(name))


def _store_pdf(
    session: Session, data_dir: Path, own: OwnInvoice, data: OwnInvoiceData
) -> tuple[bytes, str]:
    """Render (may raise: the caller's transaction then rolls the number back) and store."""
    pdf = own_invoice_pdf_bytes(data)
    digest = store_file(data_dir, pdf)
    own.attachment_sha256 = digest
    session.add(own)
    session.flush()
    return pdf, digest


def issue_own_invoice_for(
    engine: Engine, data_dir: Path, invoice_id: int, on: date, today: date
) -> IssuedOwnInvoice:
    """ "Générer ma facture" confirmed: issue the own invoice of Connect invoice
    ``invoice_id`` on ``on``, all in one transaction (see the module's docstring).

    Refused when the profile is incomplete, the invoice is not a manual-import invoice in
    TO_IMPORT / IN_REVIEW, an own invoice is already ISSUED for it (a CANCELLED one may be
    replaced), ``on`` is in the future or before the last issued document or the Connect
    invoice's latest step (when it is to be moved).
    """
    if on > today:
        raise OwnInvoiceRefused("future_date", f"The date {on.isoformat()} is in the future.")
    with unit_of_work(engine) as session:
        profile = _complete_profile(session)
        invoice = _issuable_invoice(session, invoice_id)
        if _issued_for(session, invoice_id) is not None:
            raise OwnInvoiceRefused(
                "already_issued",
                "An own invoice is already issued for this invoice: cancel it by a credit "
                "note first.",
            )
        to_import = invoice.status is InvoiceStatus.TO_IMPORT
        if to_import:
            check_step_date(session, invoice, on, today)
            check_files_can_change(session, invoice, ROLE_IMPORTED)
        own = OwnInvoice(
            invoice_id=invoice.id,
            mission_id=invoice.mission_id,
            kind=InvoiceKind.INVOICE,
            amount_ht_cents=invoice.amount_ht_cents,
            vat_cents=invoice.vat_cents,
            amount_ttc_cents=invoice.amount_ttc_cents,
            vat_rate_bp=invoice.vat_rate_bp,
            days_halves=invoice.days_halves,
            daily_rate_cents=invoice.daily_rate_cents,
            period_start=invoice.period_start,
            period_end=invoice.period_end,
            due_on=due_date_of(invoice, on),
        )
        session.add(own)
        session.flush()
        assert own.id is not None
        own = issue_own_invoice(session, own.id, on)
        assert own.number is not None
        mission = _mission(session, invoice.mission_id)
        data = _data_for(profile, mission, invoice, own.number, on, due_date_of(invoice, on))
        pdf, digest = _store_pdf(session, data_dir, own, data)
        if to_import:  # R9 in one step: the app knows the file matches the invoice
            name = f"Facture-{own.number}.pdf"
            invoice_store.transition_invoice(
                session, invoice_id, InvoiceStatus.IN_REVIEW, on, note=name
            )
            attach_bytes(session, data_dir, invoice, pdf, name, ROLE_IMPORTED)
        return IssuedOwnInvoice(own.id, own.number, digest, attachment_path(data_dir, digest))


def issue_credit_note(
    engine: Engine, data_dir: Path, own_invoice_id: int, on: date, today: date, reason: str
) -> IssuedOwnInvoice:
    """ "Annuler (avoir)…": the credit note of ISSUED own invoice ``own_invoice_id``, with
    the next number, negative amounts and a reference to the original's number and date;
    the original becomes CANCELLED (kept with its number). One transaction. ``reason`` is
    required; the PDF has no field for it (the Connect invoice's history keeps reasons)."""
    if not reason.strip():
        raise OwnInvoiceRefused("reason_missing", "Say why the invoice is cancelled.")
    if on > today:
        raise OwnInvoiceRefused("future_date", f"The date {on.isoformat()} is in the future.")
    with unit_of_work(engine) as session:
        profile = _complete_profile(session)
        original = session.get(OwnInvoice, own_invoice_id)
        if original is None:
            raise DomainError(f"There is no own invoice {own_invoice_id}.")
        if original.kind is not InvoiceKind.INVOICE or original.status != OwnInvoiceStatus.ISSUED:
            raise OwnInvoiceRefused(
                "not_creditable", "Only an issued invoice (not yet cancelled) can be credited."
            )
        assert original.number is not None
        assert original.issued_on is not None
        credit = OwnInvoice(
            invoice_id=original.invoice_id,
            mission_id=original.mission_id,
            kind=InvoiceKind.CREDIT_NOTE,
            credits_own_invoice_id=original.id,
            amount_ht_cents=-original.amount_ht_cents,
            vat_cents=-original.vat_cents,
            amount_ttc_cents=-original.amount_ttc_cents,
            vat_rate_bp=original.vat_rate_bp,
            days_halves=original.days_halves,
            daily_rate_cents=original.daily_rate_cents,
            period_start=original.period_start,
            period_end=original.period_end,
            due_on=on,
        )
        session.add(credit)
        session.flush()
        assert credit.id is not None
        credit = issue_own_invoice(session, credit.id, on)
        assert credit.number is not None
        original.status = OwnInvoiceStatus.CANCELLED
        session.add(original)
        session.flush()
        mission = _mission(session, original.mission_id)
        data = _data_for(
            profile,
            mission,
            credit,
            credit.number,
            on,
            on,
            kind="CREDIT_NOTE",
            credited_number=original.number,
            credited_date=original.issued_on,
        )
        _, digest = _store_pdf(session, data_dir, credit, data)
        return IssuedOwnInvoice(credit.id, credit.number, digest, attachment_path(data_dir, digest))
