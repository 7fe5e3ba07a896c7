"""The specimen PDF of an invoice (issue 5, point 3): built from the invoice's snapshot,
the profile and the mission, rendered off the database, kept as an attachment.

Regenerating never replaces a file: a render whose bytes are already attached to the
invoice adds nothing, a different one is a new attachment, and the old ones stay.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.money import format_money, format_percent, from_cents, halves_to_days
from connect_desktop.domain.payment import OPTION_TERMS, PaymentOption
from connect_desktop.services.attachments import sha256_of
from connect_desktop.services.invoice_actions import ROLE_SPECIMEN, ActionRefused, attach_bytes
from connect_desktop.services.invoice_rows import InvoiceDetail, load_invoice_detail
from connect_desktop.services.profile import FRANCE_NAMES, ProfileData, load_profile
from connect_desktop.services.specimen_pdf import SpecimenData, write_specimen_pdf
from connect_desktop.store import invoices as invoice_store
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.models import Attachment, Invoice, Mission, bp_to_rate

OPTION_LABELS: dict[str, dict[PaymentOption, str]] = {
    "fr": {
        PaymentOption.BASIC: "Basic",
        PaymentOption.EXPRESS: "Express",
        PaymentOption.FLASH: "Flash",
        PaymentOption.ON_CLIENT_PAYMENT: "À réception du paiement client",
        PaymentOption.IMMEDIATE: "Paiement immédiat",
    },
    "en": {
        PaymentOption.BASIC: "Basic",
        PaymentOption.EXPRESS: "Express",
        PaymentOption.FLASH: "Flash",
        PaymentOption.ON_CLIENT_PAYMENT: "On client payment",
        PaymentOption.IMMEDIATE: "Immediate payment",
    },
}
FEE_DETAILS = {
    "fr": {"rate": "{rate} du TJM par jour facturé", "per_day": "{amount} par jour facturé"},
    "en": {"rate": "{rate} of the daily rate per day billed", "per_day": "{amount} per day billed"},
}
_LOCALES = {"fr": "fr_FR", "en": "en_US"}


def _fee_detail(option: PaymentOption, language: str) -> str:
    terms = OPTION_TERMS[option]
    texts, locale = FEE_DETAILS.get(language, FEE_DETAILS["fr"]), _LOCALES.get(language, "fr_FR")
    if terms.fee_rate:
        return texts["rate"].format(rate=format_percent(terms.fee_rate, locale))
    if terms.fee_per_day:
        return texts["per_day"].format(amount=format_money(terms.fee_per_day, locale))
    return ""


def _address(profile: ProfileData) -> tuple[str, ...]:
    town = f"{profile.postcode} {profile.city}".strip()
    country = "" if profile.country.strip().casefold() in FRANCE_NAMES else profile.country
    lines = (profile.address_line1, profile.address_line2, town, country)
    return tuple(line.strip() for line in lines if line.strip())


def specimen_data(
    invoice: Invoice,
    mission: Mission,
    profile: ProfileData,
    issue_date: date,
    language: str = "fr",
) -> SpecimenData:
    """What the specimen prints: the invoice's snapshotted amounts and dates (never the
    mission's current rate), with the freelancer's identity from the profile."""
    return SpecimenData(
        freelancer_name=profile.full_name.strip() or profile.trade_name.strip(),
        freelancer_legal_form=profile.legal_form,
        freelancer_siret=profile.siret,
        freelancer_address=_address(profile),
        freelancer_vat_number=profile.vat_number,
        vat_franchise=invoice.vat_rate_bp == 0,
        client_name=mission.client_name,
        mission_title=mission.title,
        lbc_reference=mission.lbc_reference,
        invoice_number=invoice.number,
        issue_date=issue_date,
        period_start=invoice.period_start,
        period_end=invoice.period_end,
        days=halves_to_days(invoice.days_halves),
        daily_rate=from_cents(invoice.daily_rate_cents),
        vat_rate=bp_to_rate(invoice.vat_rate_bp),
        amount_ht=from_cents(invoice.amount_ht_cents),
        vat=from_cents(invoice.vat_cents),
        amount_ttc=from_cents(invoice.amount_ttc_cents),
        option_label=OPTION_LABELS.get(language, OPTION_LABELS["fr"])[invoice.payment_option],
        fee=from_cents(invoice.fee_cents),
        fee_detail=_fee_detail(invoice.payment_option, language) if invoice.fee_cents else "",
        net=from_cents(invoice.net_cents),
        pay_earliest=invoice.pay_earliest,
        pay_latest=invoice.pay_latest,
    )


def _check_specimen_possible(invoice: Invoice) -> None:
    """A specimen goes with an invoice still on its way: not a credit note, nor a final,
    paid or cancelled invoice (whose files never change)."""
    if invoice.kind is InvoiceKind.CREDIT_NOTE or invoice.status in (
        InvoiceStatus.FINAL,
        InvoiceStatus.PAID,
        InvoiceStatus.CANCELLED,
    ):
        raise ActionRefused(
            "files_locked",
            f"No specimen for a {invoice.status.value} {invoice.kind.value.lower()}: "
            "its files never change.",
        )


def specimen_name(invoice: Invoice) -> str:
    return f"specimen-{invoice.period_start:%Y-%m}-{invoice.id}.pdf"


def generate_specimen(
    engine: Engine, data_dir: Path, invoice_id: int, language: str = "fr"
) -> InvoiceDetail:
    """Render the invoice's specimen and attach it (role "specimen") in one unit of work.

    The PDF is rendered into a temporary file before the transaction. Refused with
    ``ActionRefused`` (code "files_locked") for final, paid and cancelled invoices and for
    credit notes.
    """
    profile = load_profile(engine)
    with read_session(engine) as session:
        invoice = invoice_store.get_invoice(session, invoice_id)
        _check_specimen_possible(invoice)
        mission = session.get(Mission, invoice.mission_id)
        assert mission is not None
        history = invoice_store.invoice_history(session, invoice_id)
        # Issued when the CRA was validated (the invoice's first step): a regeneration
        # draws the same page.
        issued = history[0].happened_on if history else invoice.created_at.date()
        data = specimen_data(invoice, mission, profile, issued, language)
        name = specimen_name(invoice)
    with tempfile.TemporaryDirectory(prefix="connect-desktop-specimen-") as folder:
        path = write_specimen_pdf(data, Path(folder) / name, language=language)
        rendered = path.read_bytes()
    with unit_of_work(engine) as session:
        invoice = invoice_store.get_invoice(session, invoice_id)
        _check_specimen_possible(invoice)  # it may have moved on while the page was drawn
        if not _attached(session, invoice, sha256_of(rendered)):
            attach_bytes(session, data_dir, invoice, rendered, name, ROLE_SPECIMEN)
    return load_invoice_detail(engine, invoice_id)


def _attached(session: Session, invoice: Invoice, digest: str) -> bool:
    query = select(Attachment.id).where(
        Attachment.invoice_id == invoice.id, Attachment.sha256 == digest
    )
    return session.exec(query).first() is not None
