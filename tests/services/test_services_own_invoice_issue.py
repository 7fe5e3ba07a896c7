"""Issuing the freelancer's own invoice and credit note (issue 6 points 2, 4, 5; R9, R10).

The fixture data goes through the real store and services: a manual-import mission, a CRA
filled, submitted and validated by the client, a complete profile.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from connect_desktop.domain.calendar import working_days_of_month
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services import cra as cra_service
from connect_desktop.services import own_invoice_issue as issue_service
from connect_desktop.services.attachments import ATTACHMENTS_FOLDER, attachment_path
from connect_desktop.services.invoice_actions import record_finance_refusal
from connect_desktop.services.invoice_import import read_invoice_pdf
from connect_desktop.services.own_invoice_issue import (
    DRAFT_NUMBER,
    NUMBER_PENDING,
    OwnInvoiceRefused,
    ProfileIncomplete,
    issue_credit_note,
    issue_own_invoice_for,
    missing_profile_mentions,
    prepare_own_invoice,
)
from connect_desktop.services.profile import ProfileData
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.invoices import get_invoice, list_invoices
from connect_desktop.store.missions import create_mission
from connect_desktop.store.models import Attachment, OwnInvoice, OwnInvoiceStatus
from connect_desktop.store.own_invoices import last_sequence
from connect_desktop.store.profile import save_profile

TODAY = date(2026, 7, 10)
ISSUED_ON = date(2026, 7, 3)
JUNE_DAYS = working_days_of_month(2026, 6)[:20]
PROFILE = {
    "full_name": "Camille Martin",
    "legal_form": "EI",
    "siret": "90765432100005",
    "vat_number": "FR24907654321",
    "address_line1": "12 rue des Lilas",
    "postcode": "75011",
    "city": "Paris",
    "invoice_prefix": "CM-",
}


def _save_profile(engine: Engine, **fields: object) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, **{**PROFILE, **fields})


def _manual_invoice(engine: Engine, option: PaymentOption = PaymentOption.EXPRESS) -> int:
    with unit_of_work(engine) as session:
        mission = create_mission(
            session,
            title="Expert sécurité cloud",
            client_name="Banque Exemple SA",
            lbc_reference="LBC-2026-04101",
            start_on=date(2026, 1, 5),
            daily_rate=Decimal("600"),
            signed_on=date(2025, 12, 15),
            payment_option=option,
            invoicing_mode=InvoicingMode.MANUAL_IMPORT,
        )
        mission_id = mission.id
    assert mission_id is not None
    month = cra_service.set_days(engine, mission_id, 2026, 6, dict.fromkeys(JUNE_DAYS, 2), TODAY)
    assert month.cra_id is not None
    cra_service.submit(engine, month.cra_id, date(2026, 7, 1))
    cra_service.record_validation(engine, month.cra_id, date(2026, 7, 2), TODAY)
    with read_session(engine) as session:
        (invoice,) = list_invoices(session, mission_id)
        assert invoice.status is InvoiceStatus.TO_IMPORT
        assert invoice.id is not None
        return invoice.id


def _own_rows(engine: Engine) -> list[OwnInvoice]:
    with read_session(engine) as session:
        return list(session.exec(select(OwnInvoice).order_by(OwnInvoice.id)).all())


def _stored_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / ATTACHMENTS_FOLDER).rglob("*.pdf"))


@pytest.fixture
def invoice_id(engine: Engine) -> int:
    _save_profile(engine)
    return _manual_invoice(engine)


# -- profile completeness -------------------------------------------------------------------


def test_missing_mentions_lists_every_gap() -> None:
    assert missing_profile_mentions(ProfileData()) == ["name", "siret", "address", "vat_number"]
    complete = ProfileData(**PROFILE)  # type: ignore[arg-type]
    assert missing_profile_mentions(complete) == []
    franchise = ProfileData(**{**PROFILE, "vat_number": "", "vat_franchise": True})  # type: ignore[arg-type]
    assert missing_profile_mentions(franchise) == []
    no_prefix = ProfileData(**{**PROFILE, "invoice_prefix": ""})  # type: ignore[arg-type]
    assert missing_profile_mentions(no_prefix) == []
    assert missing_profile_mentions(ProfileData(**{**PROFILE, "city": " "})) == ["address"]  # type: ignore[arg-type]


def test_incomplete_profile_is_refused_and_nothing_written(engine: Engine, data_dir: Path) -> None:
    _save_profile(engine, siret="", vat_number="", postcode="")
    invoice_id = _manual_invoice(engine)
    with pytest.raises(ProfileIncomplete) as refused:
        issue_own_invoice_for(engine, data_dir, invoice_id, ISSUED_ON, TODAY)
    assert isinstance(refused.value, ValueError)
    assert refused.value.codes == ["siret", "address", "vat_number"]
    with pytest.raises(ProfileIncomplete):
        prepare_own_invoice(engine, invoice_id, TODAY, preview_dir=data_dir)
    assert _own_rows(engine) == []
    assert _stored_files(data_dir) == []
    with read_session(engine) as session:
        assert get_invoice(session, invoice_id).status is InvoiceStatus.TO_IMPORT


# -- preview --------------------------------------------------------------------------------


def test_prepare_gives_a_draft_preview_and_writes_nothing(
    engine: Engine, invoice_id: int, tmp_path: Path, data_dir: Path
) -> None:
    preview = prepare_own_invoice(engine, invoice_id, TODAY, preview_dir=tmp_path)
    assert preview.number_label == NUMBER_PENDING
    assert preview.data.number == DRAFT_NUMBER
    assert preview.data.due_date == TODAY + timedelta(days=30)  # Express
    assert preview.data.amount_ht == Decimal("12000.00")
    assert preview.pdf_path.parent == tmp_path
    assert preview.pdf_path.read_bytes().startswith(b"%PDF-")
    assert read_invoice_pdf(preview.pdf_path).number == DRAFT_NUMBER
    assert _own_rows(engine) == []
    assert _stored_files(data_dir) == []


@pytest.mark.parametrize(
    ("option", "delay"),
    [(PaymentOption.BASIC, 60), (PaymentOption.EXPRESS, 30), (PaymentOption.FLASH, 3)],
)
def test_due_date_follows_the_option(
    engine: Engine, tmp_path: Path, option: PaymentOption, delay: int
) -> None:
    _save_profile(engine)
    invoice_id = _manual_invoice(engine, option)
    preview = prepare_own_invoice(engine, invoice_id, TODAY, preview_dir=tmp_path)
    assert preview.data.due_date == TODAY + timedelta(days=delay)


# -- issuing --------------------------------------------------------------------------------


def test_issue_numbers_stores_and_imports_in_one_step(
    engine: Engine, invoice_id: int, data_dir: Path
) -> None:
    issued = issue_own_invoice_for(engine, data_dir, invoice_id, ISSUED_ON, TODAY)
    assert issued.number == "CM-2026-0001"
    assert issued.pdf_path == attachment_path(data_dir, issued.sha256)
    assert _stored_files(data_dir) == [issued.pdf_path]
    (own,) = _own_rows(engine)
    assert own.id == issued.own_invoice_id
    assert own.status == OwnInvoiceStatus.ISSUED
    assert own.attachment_sha256 == issued.sha256
    assert own.due_on == ISSUED_ON + timedelta(days=30)

    extracted = read_invoice_pdf(issued.pdf_path)
    with read_session(engine) as session:
        invoice = get_invoice(session, invoice_id)
        assert invoice.status is InvoiceStatus.IN_REVIEW  # R9 in one step
        attachment = session.exec(
            select(Attachment).where(Attachment.invoice_id == invoice_id)
        ).one()
        assert attachment.sha256 == issued.sha256
        assert attachment.role == "imported"
        assert extracted.source == "facturx"
        assert extracted.number == issued.number
        assert extracted.total_ht == invoice.amount_ht
        assert extracted.vat == invoice.vat_cents / Decimal(100)
        assert extracted.total_ttc == invoice.amount_ttc
        assert (extracted.period_start, extracted.period_end) == (
            invoice.period_start,
            invoice.period_end,
        )
    assert extracted.seller_siret == PROFILE["siret"]
    assert own.amount_ht_cents == invoice.amount_ht_cents


def test_issuing_twice_is_refused(engine: Engine, invoice_id: int, data_dir: Path) -> None:
    issue_own_invoice_for(engine, data_dir, invoice_id, ISSUED_ON, TODAY)
    record_finance_refusal(engine, invoice_id, date(2026, 7, 4), "Mauvais IBAN", today=TODAY)
    with pytest.raises(OwnInvoiceRefused) as refused:
        issue_own_invoice_for(engine, data_dir, invoice_id, date(2026, 7, 5), TODAY)
    assert refused.value.code == "already_issued"
    with read_session(engine) as session:
        assert last_sequence(session) == 1


def test_future_date_is_refused(engine: Engine, invoice_id: int, data_dir: Path) -> None:
    with pytest.raises(OwnInvoiceRefused):
        issue_own_invoice_for(engine, data_dir, invoice_id, TODAY + timedelta(days=1), TODAY)
    assert _own_rows(engine) == []


def test_render_failure_consumes_no_number(
    engine: Engine, invoice_id: int, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_data: object) -> bytes:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(issue_service, "own_invoice_pdf_bytes", broken)
    with pytest.raises(RuntimeError):
        issue_own_invoice_for(engine, data_dir, invoice_id, ISSUED_ON, TODAY)
    assert _own_rows(engine) == []
    assert _stored_files(data_dir) == []
    with read_session(engine) as session:
        assert last_sequence(session) == 0
        assert get_invoice(session, invoice_id).status is InvoiceStatus.TO_IMPORT
    monkeypatch.undo()
    issued = issue_own_invoice_for(engine, data_dir, invoice_id, ISSUED_ON, TODAY)
    assert issued.number == "CM-2026-0001"


# -- credit note ----------------------------------------------------------------------------


def test_credit_note_then_corrected_invoice(
    engine: Engine, invoice_id: int, data_dir: Path
) -> None:
    first = issue_own_invoice_for(engine, data_dir, invoice_id, ISSUED_ON, TODAY)
    record_finance_refusal(engine, invoice_id, date(2026, 7, 4), "Mauvais TJM", today=TODAY)
    credit = issue_credit_note(
        engine, data_dir, first.own_invoice_id, date(2026, 7, 5), TODAY, "Erreur de TJM"
    )
    assert credit.number == "CM-2026-0002"
    original, note = _own_rows(engine)
    assert original.status == OwnInvoiceStatus.CANCELLED
    assert original.number == first.number  # kept forever
    assert note.kind is InvoiceKind.CREDIT_NOTE
    assert note.credits_own_invoice_id == original.id
    assert note.invoice_id == invoice_id
    assert (note.amount_ht_cents, note.vat_cents, note.amount_ttc_cents) == (
        -original.amount_ht_cents,
        -original.vat_cents,
        -original.amount_ttc_cents,
    )
    extracted = read_invoice_pdf(credit.pdf_path)
    assert extracted.type_code == "381"
    assert extracted.number == credit.number
    with pytest.raises(OwnInvoiceRefused):  # a cancelled invoice is not credited twice
        issue_credit_note(engine, data_dir, first.own_invoice_id, date(2026, 7, 5), TODAY, "x")
    with pytest.raises(OwnInvoiceRefused):
        issue_credit_note(engine, data_dir, credit.own_invoice_id, date(2026, 7, 5), TODAY, "x")

    corrected = issue_own_invoice_for(engine, data_dir, invoice_id, date(2026, 7, 6), TODAY)
    assert corrected.number == "CM-2026-0003"
    with read_session(engine) as session:
        assert get_invoice(session, invoice_id).status is InvoiceStatus.IN_REVIEW
        roles = session.exec(select(Attachment.sha256).where(Attachment.invoice_id == invoice_id))
        assert set(roles.all()) == {first.sha256, corrected.sha256}


def test_credit_note_needs_a_reason(engine: Engine, invoice_id: int, data_dir: Path) -> None:
    first = issue_own_invoice_for(engine, data_dir, invoice_id, ISSUED_ON, TODAY)
    with pytest.raises(OwnInvoiceRefused):
        issue_credit_note(engine, data_dir, first.own_invoice_id, ISSUED_ON, TODAY, " ")
    assert [row.status for row in _own_rows(engine)] == [OwnInvoiceStatus.ISSUED]


def test_issued_own_invoice_for_follows_issue_and_credit_note(
    engine: Engine, invoice_id: int, data_dir: Path
) -> None:
    assert issue_service.issued_own_invoice_for(engine, invoice_id) is None
    issued = issue_own_invoice_for(engine, data_dir, invoice_id, ISSUED_ON, TODAY)
    assert issue_service.issued_own_invoice_for(engine, invoice_id) == (
        issued.own_invoice_id,
        issued.number,
    )
    issue_credit_note(engine, data_dir, issued.own_invoice_id, ISSUED_ON, TODAY, "Erreur")
    assert issue_service.issued_own_invoice_for(engine, invoice_id) is None
