"""Connect invoices as the invoices tab sees them (R3, R5, R8, R9; issue 5): the rows, the
detail, the actions each status allows, every action and its refusals, credit notes, the
attachment store, the specimen PDF."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from connect_desktop.domain.calendar import add_working_days, working_days_of_month
from connect_desktop.domain.errors import DomainError, TransitionError
from connect_desktop.domain.invoice import (
    INVOICE_TRANSITIONS,
    InvoiceKind,
    InvoiceStatus,
    InvoicingMode,
    allowed_invoice_transitions,
)
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services import cra as cra_service
from connect_desktop.services import invoice_specimen
from connect_desktop.services import invoices as service
from connect_desktop.services.attachments import FileRefused, attachment_path
from connect_desktop.services.invoice_rows import ACTION_TRANSITIONS
from connect_desktop.services.invoices import (
    ActionRefused,
    InvoiceAction,
    InvoiceDetail,
    InvoiceRow,
    allowed_actions,
)
from connect_desktop.services.profile import ProfileData
from connect_desktop.store.cras import create_cra, set_day, submit_cra, validate_cra
from connect_desktop.store.database import database_path, unit_of_work
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.invoices import get_invoice
from connect_desktop.store.missions import create_mission, update_mission
from connect_desktop.store.models import Invoice, Mission
from connect_desktop.store.profile import save_profile

TODAY = date(2026, 11, 28)
S = InvoiceStatus
A = InvoiceAction
JUNE_DAYS = working_days_of_month(2026, 6)[:20]  # 20 full days of June 2026
JUNE_SUBMITTED = date(2026, 7, 1)
JUNE_VALIDATED = date(2026, 7, 2)  # the clock of platform invoices starts here (R3)


# -- fixtures and helpers -----------------------------------------------------------------


def new_mission(engine: Engine, **overrides: Any) -> int:
    """PREDICTABLE (signed after the cut-off), Express, platform invoices, 600 € a day."""
    fields: dict[str, Any] = {
        "title": "Refonte du SI de facturation",
        "client_name": "Banque Exemple SA",
        "lbc_reference": "LBC-2026-04101",
        "start_on": date(2026, 1, 5),
        "daily_rate": Decimal("600"),
        "signed_on": date(2025, 12, 15),
        "payment_option": PaymentOption.EXPRESS,
        "invoicing_mode": InvoicingMode.PLATFORM,
    }
    fields.update(overrides)
    with unit_of_work(engine) as session:
        mission = create_mission(session, **fields)
        assert mission.id is not None
        return mission.id


def manual_mission(engine: Engine) -> int:
    return new_mission(
        engine,
        title="Expert sécurité cloud",
        payment_option=PaymentOption.FLASH,
        invoicing_mode=InvoicingMode.MANUAL_IMPORT,
    )


def legacy_mission(engine: Engine) -> int:
    return new_mission(
        engine,
        title="Architecte data",
        signed_on=date(2025, 2, 10),
        payment_option=PaymentOption.ON_CLIENT_PAYMENT,
        client_term_days=45,
    )


def new_invoice(
    engine: Engine,
    mission_id: int,
    year: int = 2026,
    month: int = 6,
    days: list[date] | None = None,
    validated_on: date | None = None,
) -> int:
    """A CRA filled, submitted and validated by the client; returns its invoice's id."""
    days = days if days is not None else working_days_of_month(year, month)[:20]
    following = date(year + month // 12, month % 12 + 1, 1)
    with unit_of_work(engine) as session:
        cra = create_cra(session, mission_id, year, month)
        assert cra.id is not None
        for day in days:
            set_day(session, cra.id, day, 2)
        submit_cra(session, cra.id, following)
        invoice = validate_cra(session, cra.id, validated_on or following + timedelta(days=1))
        assert invoice.id is not None
        return invoice.id


def invoice_pdf(path: Path, number: str, amount: str = "12 000,00 EUR") -> Path:
    """A small, real one-page PDF invoice made with fpdf2 (same input, same bytes)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime(2026, 7, 1, 9, 0, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in (
        f"FACTURE {number}",
        "Camille Martin EI - SIRET 907 654 321 00005",
        "LITTLE BIG CONNECTION SAS - 7 rue de Chateaudun, 75009 Paris",
        "Prestation du 01/06/2026 au 30/06/2026 : 20 jours x 600,00 EUR",
        f"Total HT : {amount}",
    ):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.fixture
def pdfs(tmp_path: Path) -> Callable[..., Path]:
    """Makes a PDF in a folder of its own (outside the data folder), named as a user would."""
    folder = tmp_path / "downloads"
    folder.mkdir()

    def make(name: str, number: str = "F-2026-014", amount: str = "12 000,00 EUR") -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return invoice_pdf(path, number, amount)

    return make


def snapshot(engine: Engine, data_dir: Path) -> dict[str, Any]:
    """Every invoice, event and attachment row, and every stored file."""
    connection = sqlite3.connect(database_path(data_dir))
    try:
        tables = {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("invoice", "invoiceevent", "attachment", "cra")
        }
    finally:
        connection.close()
    folder = data_dir / "attachments"
    files = sorted(str(path) for path in folder.rglob("*")) if folder.exists() else []
    return {**tables, "files": files}


def steps(detail: InvoiceDetail) -> list[tuple[S | None, S, date, str]]:
    return [(e.from_status, e.to_status, e.happened_on, e.note) for e in detail.events]


def row(**overrides: Any) -> InvoiceRow:
    fields: dict[str, Any] = {
        "id": 1,
        "number": "",
        "mission_id": 1,
        "mission_title": "Mission",
        "kind": InvoiceKind.INVOICE,
        "status": S.FINAL,
        "invoicing_mode": InvoicingMode.PLATFORM,
        "payment_option": PaymentOption.EXPRESS,
        "period_start": date(2026, 6, 1),
        "period_end": date(2026, 6, 30),
        "days": Decimal("20.0"),
        "amount_ht": Decimal("12000.00"),
        "amount_ttc": Decimal("14400.00"),
        "fee": Decimal("300.00"),
        "net": Decimal("14100.00"),
        "clock_start": date(2026, 7, 2),
        "pay_earliest": date(2026, 8, 1),
        "pay_latest": date(2026, 8, 1),
        "paid_on": None,
        "paid_amount": None,
    }
    fields.update(overrides)
    return InvoiceRow(**fields)


# -- rows ---------------------------------------------------------------------------------


def test_invoice_row_has_exactly_the_fields_the_table_model_reads() -> None:
    names = [field.name for field in dataclasses.fields(InvoiceRow)]
    assert names == [
        "id",
        "number",
        "mission_id",
        "mission_title",
        "kind",
        "status",
        "invoicing_mode",
        "payment_option",
        "period_start",
        "period_end",
        "days",
        "amount_ht",
        "amount_ttc",
        "fee",
        "net",
        "clock_start",
        "pay_earliest",
        "pay_latest",
        "paid_on",
        "paid_amount",
    ]
    assert not hasattr(row(), "__dict__")  # slots


def test_rows_of_an_empty_database(engine: Engine) -> None:
    assert service.list_invoice_rows(engine) == []


def test_rows_join_mission_titles_newest_period_first(engine: Engine) -> None:
    express = new_mission(engine)
    manual = manual_mission(engine)
    ids = {
        ("express", 5): new_invoice(engine, express, 2026, 5),
        ("express", 6): new_invoice(engine, express, 2026, 6),
        ("manual", 6): new_invoice(engine, manual, 2026, 6),
        ("manual", 4): new_invoice(engine, manual, 2026, 4),
    }
    rows = service.list_invoice_rows(engine)
    assert [(r.mission_title, r.period_start) for r in rows] == [
        ("Expert sécurité cloud", date(2026, 6, 1)),  # same period: the newest invoice first
        ("Refonte du SI de facturation", date(2026, 6, 1)),
        ("Refonte du SI de facturation", date(2026, 5, 1)),
        ("Expert sécurité cloud", date(2026, 4, 1)),
    ]
    june = rows[1]
    assert type(june) is InvoiceRow
    assert june.id == ids[("express", 6)]
    assert june.mission_id == express
    assert (june.kind, june.status) == (InvoiceKind.INVOICE, S.SPECIMEN)
    assert june.days == Decimal("20.0")
    assert (june.amount_ht, june.amount_ttc) == (Decimal("12000.00"), Decimal("14400.00"))
    assert (june.fee, june.net) == (Decimal("300.00"), Decimal("14100.00"))  # 2.5 % x 600 x 20
    assert june.clock_start == JUNE_VALIDATED
    assert june.pay_earliest == june.pay_latest == JUNE_VALIDATED + timedelta(days=30)
    assert (june.paid_on, june.paid_amount) == (None, None)
    assert rows[0].clock_start is None  # manual import: no clock before Finance (R3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        june.status = S.PAID  # type: ignore[misc]
    for item in rows:  # the listing and the detail agree, value for value
        assert service.load_invoice_detail(engine, item.id).row == item


def test_rows_of_the_sample_agree_with_the_details(engine: Engine) -> None:
    fill_demo(engine, today=TODAY)
    rows = service.list_invoice_rows(engine)
    assert len(rows) > 50
    assert [r.period_start for r in rows] == sorted((r.period_start for r in rows), reverse=True)
    for item in rows:
        assert service.load_invoice_detail(engine, item.id).row == item
        assert repr(service.load_invoice_detail(engine, item.id).row) == repr(item)
        if item.status in (S.FINAL, S.PAID):
            assert item.number
        if item.status is S.PAID:
            assert item.paid_amount == item.net
            assert item.paid_on is not None
        else:
            assert item.paid_amount is None


def test_r8_overdue_and_days_left_follow_the_injected_today() -> None:
    final = row(status=S.FINAL, pay_latest=date(2026, 8, 1))
    assert final.days_left(date(2026, 7, 2)) == 30
    assert not final.is_overdue(date(2026, 7, 2))
    assert final.days_left(date(2026, 8, 1)) == 0
    assert not final.is_overdue(date(2026, 8, 1))  # due today is not late
    assert final.days_left(date(2026, 8, 4)) == -3
    assert final.is_overdue(date(2026, 8, 4))
    paid = row(status=S.PAID, paid_on=date(2026, 8, 5), paid_amount=Decimal("14100.00"))
    assert paid.days_left(date(2026, 9, 1)) is None
    assert not paid.is_overdue(date(2026, 9, 1))
    cancelled = row(status=S.CANCELLED)
    assert cancelled.days_left(date(2026, 9, 1)) is None
    assert not cancelled.is_overdue(date(2026, 9, 1))
    waiting = row(status=S.TO_IMPORT, clock_start=None, pay_earliest=None, pay_latest=None)
    assert waiting.days_left(date(2026, 9, 1)) is None
    assert not waiting.is_overdue(date(2026, 9, 1))


def test_r8_overdue_appears_and_disappears_with_the_payment(engine: Engine) -> None:
    invoice_id = new_invoice(engine, new_mission(engine))
    due = JUNE_VALIDATED + timedelta(days=30)
    detail = service.record_final(
        engine, Path("unused"), invoice_id, date(2026, 7, 3), "LBC-1", today=TODAY
    )
    assert detail.row.is_overdue(due + timedelta(days=1))
    assert detail.row.days_left(due + timedelta(days=1)) == -1
    detail = service.record_payment(
        engine, invoice_id, due + timedelta(days=2), Decimal("14100"), today=TODAY
    )
    assert not detail.row.is_overdue(due + timedelta(days=30))
    assert detail.row.days_left(due + timedelta(days=30)) is None


# -- allowed actions ----------------------------------------------------------------------

PLATFORM, MANUAL = InvoicingMode.PLATFORM, InvoicingMode.MANUAL_IMPORT
EXPRESS, ON_CLIENT = PaymentOption.EXPRESS, PaymentOption.ON_CLIENT_PAYMENT


@pytest.mark.parametrize(
    ("mode", "status", "option", "clock", "expected"),
    [
        (PLATFORM, S.SPECIMEN, EXPRESS, True, (A.FINAL_RECEIVED, A.CANCEL)),
        (PLATFORM, S.FINAL, EXPRESS, True, (A.PAYMENT_RECEIVED, A.CANCEL)),
        (PLATFORM, S.PAID, EXPRESS, True, ()),
        (PLATFORM, S.CANCELLED, EXPRESS, True, ()),
        (MANUAL, S.TO_IMPORT, EXPRESS, False, (A.IMPORT_OWN, A.CANCEL)),
        (MANUAL, S.IN_REVIEW, EXPRESS, False, (A.FINANCE_VALIDATED, A.FINANCE_REFUSED, A.CANCEL)),
        (MANUAL, S.FINAL, EXPRESS, True, (A.PAYMENT_RECEIVED, A.CANCEL)),
        (MANUAL, S.PAID, EXPRESS, True, ()),
        (MANUAL, S.CANCELLED, EXPRESS, False, ()),
        # Legacy, on client payment: the client's payment date, once the clock started.
        (PLATFORM, S.SPECIMEN, ON_CLIENT, True, (A.FINAL_RECEIVED, A.CLIENT_PAID, A.CANCEL)),
        (PLATFORM, S.FINAL, ON_CLIENT, True, (A.PAYMENT_RECEIVED, A.CLIENT_PAID, A.CANCEL)),
        (PLATFORM, S.PAID, ON_CLIENT, True, ()),
        (MANUAL, S.IN_REVIEW, ON_CLIENT, False, (A.FINANCE_VALIDATED, A.FINANCE_REFUSED, A.CANCEL)),
        (MANUAL, S.FINAL, ON_CLIENT, True, (A.PAYMENT_RECEIVED, A.CLIENT_PAID, A.CANCEL)),
        # Statuses that do not exist in the mode offer nothing.
        (PLATFORM, S.TO_IMPORT, EXPRESS, False, ()),
        (MANUAL, S.SPECIMEN, EXPRESS, False, ()),
    ],
)
def test_r8_allowed_actions_per_status_and_mode(
    mode: InvoicingMode,
    status: S,
    option: PaymentOption,
    clock: bool,
    expected: tuple[InvoiceAction, ...],
) -> None:
    item = row(
        invoicing_mode=mode,
        status=status,
        payment_option=option,
        clock_start=date(2026, 7, 2) if clock else None,
    )
    assert allowed_actions(item) == expected


def test_r8_no_action_is_offered_that_the_transition_table_refuses() -> None:
    for mode, table in INVOICE_TRANSITIONS.items():
        for status in table:
            for option in PaymentOption:
                item = row(invoicing_mode=mode, status=status, payment_option=option)
                allowed = allowed_invoice_transitions(mode, status)
                for action in allowed_actions(item):
                    if action is A.CANCEL:
                        assert S.CANCELLED in allowed
                    elif action is A.CLIENT_PAID:
                        assert status not in (S.PAID, S.CANCELLED)
                    else:
                        source, target = ACTION_TRANSITIONS[action]
                        assert source is status
                        assert target in allowed


def test_a_credit_note_offers_no_action() -> None:
    assert allowed_actions(row(kind=InvoiceKind.CREDIT_NOTE, status=S.FINAL)) == ()


def test_the_detail_carries_its_actions(engine: Engine) -> None:
    detail = service.load_invoice_detail(engine, new_invoice(engine, new_mission(engine)))
    assert detail.actions == allowed_actions(detail) == (A.FINAL_RECEIVED, A.CANCEL)


# -- the platform lifecycle ---------------------------------------------------------------


def test_r8_platform_invoice_final_with_its_pdf_then_paid(
    engine: Engine, data_dir: Path, pdfs: Callable[..., Path]
) -> None:
    invoice_id = new_invoice(engine, new_mission(engine))
    pdf = pdfs("Facture LBC juin 2026.pdf", "LBC-2026-000042")
    detail = service.record_final(
        engine, data_dir, invoice_id, date(2026, 7, 6), " LBC-2026-000042 ", pdf, today=TODAY
    )
    assert detail.row.status is S.FINAL
    assert detail.row.number == "LBC-2026-000042"
    assert detail.row.clock_start == JUNE_VALIDATED  # the platform clock already ran (R3)
    assert detail.actions == (A.PAYMENT_RECEIVED, A.CANCEL)
    assert steps(detail)[-1] == (S.SPECIMEN, S.FINAL, date(2026, 7, 6), "")
    (attachment,) = detail.attachments
    assert (attachment.role, attachment.original_name) == ("final", "Facture LBC juin 2026.pdf")
    assert attachment.size == pdf.stat().st_size
    assert attachment.path(data_dir).read_bytes() == pdf.read_bytes()

    # Paid 100 € less than expected: the amount received is kept beside the net.
    detail = service.record_payment(
        engine, invoice_id, date(2026, 8, 3), Decimal("14000.004"), today=TODAY
    )
    assert detail.row.status is S.PAID
    assert (detail.row.paid_on, detail.row.paid_amount) == (date(2026, 8, 3), Decimal("14000.00"))
    assert detail.row.net == Decimal("14100.00")
    assert detail.actions == ()
    assert [(e.from_status, e.to_status) for e in detail.events] == [
        (None, S.SPECIMEN),
        (S.SPECIMEN, S.FINAL),
        (S.FINAL, S.PAID),
    ]
    assert service.list_invoice_rows(engine)[0].paid_amount == Decimal("14000.00")


def test_r8_final_without_pdf_then_its_pdf_added_once(
    engine: Engine, data_dir: Path, pdfs: Callable[..., Path]
) -> None:
    invoice_id = new_invoice(engine, new_mission(engine))
    service.record_final(engine, data_dir, invoice_id, date(2026, 7, 6), "LBC-7", today=TODAY)
    other = pdfs("autre.pdf", "X-1")
    with pytest.raises(ActionRefused) as refused:  # a final invoice's files never change...
        service.attach_pdf(engine, data_dir, invoice_id, other, "document")
    assert refused.value.code == "files_locked"
    detail = service.attach_pdf(engine, data_dir, invoice_id, pdfs("LBC-7.pdf", "LBC-7"), "final")
    assert [a.role for a in detail.attachments] == ["final"]  # ...but it gets its final PDF
    before = snapshot(engine, data_dir)
    with pytest.raises(ActionRefused, match="never change"):
        service.attach_pdf(engine, data_dir, invoice_id, pdfs("LBC-7b.pdf", "LBC-7b"), "final")
    assert snapshot(engine, data_dir) == before


def test_a_paid_invoice_takes_no_file(
    engine: Engine, data_dir: Path, pdfs: Callable[..., Path]
) -> None:
    invoice_id = new_invoice(engine, new_mission(engine))
    service.record_final(engine, data_dir, invoice_id, date(2026, 7, 6), "LBC-8", today=TODAY)
    service.record_payment(engine, invoice_id, date(2026, 8, 1), Decimal("14100"), today=TODAY)
    before = snapshot(engine, data_dir)
    for role in ("final", "document", "specimen"):
        with pytest.raises(ActionRefused) as refused:
            service.attach_pdf(engine, data_dir, invoice_id, pdfs(f"{role}.pdf", role), role)
        assert refused.value.code == "files_locked"
    assert snapshot(engine, data_dir) == before


# -- the manual-import lifecycle ----------------------------------------------------------


def test_r3_manual_import_refused_imported_again_validated_then_paid(
    engine: Engine, data_dir: Path, pdfs: Callable[..., Path]
) -> None:
    invoice_id = new_invoice(engine, manual_mission(engine))
    detail = service.load_invoice_detail(engine, invoice_id)
    assert detail.row.status is S.TO_IMPORT
    assert detail.actions == (A.IMPORT_OWN, A.CANCEL)
    assert (detail.row.clock_start, detail.row.pay_latest) == (None, None)

    first = pdfs("CM-2026-006.pdf", "CM-2026-006")
    detail = service.import_own_invoice(engine, data_dir, invoice_id, first, date(2026, 7, 3))
    assert detail.row.status is S.IN_REVIEW
    assert detail.actions == (A.FINANCE_VALIDATED, A.FINANCE_REFUSED, A.CANCEL)
    assert [(a.role, a.original_name) for a in detail.attachments] == [
        ("imported", "CM-2026-006.pdf")
    ]

    detail = service.record_finance_refusal(
        engine, invoice_id, date(2026, 7, 6), "  SIRET absent de la facture ", today=TODAY
    )
    assert detail.row.status is S.TO_IMPORT
    assert detail.refusal_reason == "SIRET absent de la facture"
    assert detail.row.clock_start is None  # a refusal starts nothing
    assert len(detail.attachments) == 1  # the refused file stays in the history

    second = pdfs("CM-2026-006 corrigée.pdf", "CM-2026-006", amount="12 000,00 EUR (SIRET)")
    detail = service.import_own_invoice(
        engine, data_dir, invoice_id, second, date(2026, 7, 7), today=TODAY
    )
    assert detail.row.status is S.IN_REVIEW
    validated_on = date(2026, 7, 9)
    detail = service.record_finance_validation(engine, invoice_id, validated_on, today=TODAY)
    assert detail.row.status is S.FINAL
    # R3: Finance's validation starts the clock; R5: Flash pays 3 calendar days later.
    assert detail.row.clock_start == validated_on
    assert detail.row.pay_earliest == detail.row.pay_latest == validated_on + timedelta(days=3)
    assert detail.row.fee == Decimal("600.00")  # 5 % x 600 x 20

    detail = service.record_payment(
        engine, invoice_id, date(2026, 7, 12), Decimal("13800"), today=TODAY
    )
    assert detail.row.status is S.PAID
    assert steps(detail) == [
        (None, S.TO_IMPORT, date(2026, 7, 2), "CRA validated by the client"),
        (S.TO_IMPORT, S.IN_REVIEW, date(2026, 7, 3), "CM-2026-006.pdf"),
        (S.IN_REVIEW, S.TO_IMPORT, date(2026, 7, 6), "SIRET absent de la facture"),
        (S.TO_IMPORT, S.IN_REVIEW, date(2026, 7, 7), "CM-2026-006 corrigée.pdf"),
        (S.IN_REVIEW, S.FINAL, validated_on, ""),
        (S.FINAL, S.PAID, date(2026, 7, 12), ""),
    ]
    assert [a.original_name for a in detail.attachments] == [
        "CM-2026-006.pdf",
        "CM-2026-006 corrigée.pdf",
    ]
    assert all(event.is_transition for event in detail.events)


def test_finance_validation_can_record_the_imported_invoice_number(
    engine: Engine, data_dir: Path, pdfs: Callable[..., Path]
) -> None:
    invoice_id = new_invoice(engine, manual_mission(engine))
    service.import_own_invoice(
        engine, data_dir, invoice_id, pdfs("f.pdf"), date(2026, 7, 3), today=TODAY
    )
    detail = service.record_finance_validation(
        engine, invoice_id, date(2026, 7, 4), today=TODAY, number="CM-2026-006"
    )
    assert detail.row.number == "CM-2026-006"


# -- legacy: the client's payment ---------------------------------------------------------


def test_r5_client_payment_fixes_the_payout_window_and_is_kept_in_the_history(
    engine: Engine,
) -> None:
    invoice_id = new_invoice(engine, legacy_mission(engine))
    detail = service.load_invoice_detail(engine, invoice_id)
    assert A.CLIENT_PAID in detail.actions
    client_paid = date(2026, 7, 20)
    detail = service.record_client_payment(engine, invoice_id, client_paid, today=TODAY)
    assert detail.client_paid_on == client_paid
    assert detail.client_term_days == 45
    assert detail.row.pay_earliest == add_working_days(client_paid, 5)
    assert detail.row.pay_latest == add_working_days(client_paid, 8)
    event = detail.events[-1]
    assert (event.from_status, event.to_status) == (S.SPECIMEN, S.SPECIMEN)
    assert (event.happened_on, event.note) == (client_paid, service.CLIENT_PAID_NOTE)
    assert not event.is_transition
    assert detail.row.status is S.SPECIMEN
    assert A.CLIENT_PAID in detail.actions  # a better-known date can still be recorded


def test_client_payment_is_refused_where_it_means_nothing(engine: Engine) -> None:
    express = new_invoice(engine, new_mission(engine))
    with pytest.raises(ActionRefused) as refused:
        service.record_client_payment(engine, express, date(2026, 7, 20), today=TODAY)
    assert refused.value.code == "not_on_client_payment"
    legacy = new_invoice(engine, legacy_mission(engine))
    with pytest.raises(DomainError, match="cannot pay before"):
        service.record_client_payment(engine, legacy, date(2026, 7, 1), today=TODAY)
    with pytest.raises(ActionRefused, match="future"):
        service.record_client_payment(engine, legacy, TODAY + timedelta(days=1), today=TODAY)


# -- cancellation and credit notes --------------------------------------------------------


@pytest.mark.parametrize("reach", [S.SPECIMEN, S.FINAL])
def test_r8_cancel_creates_a_credit_note(engine: Engine, data_dir: Path, reach: S) -> None:
    mission_id = new_mission(engine)
    invoice_id = new_invoice(engine, mission_id)
    if reach is S.FINAL:
        service.record_final(engine, data_dir, invoice_id, date(2026, 7, 6), "LBC-9", today=TODAY)
    detail = service.cancel_invoice(
        engine, invoice_id, date(2026, 7, 10), " Erreur de taux ", today=TODAY
    )
    assert detail.row.status is S.CANCELLED
    assert detail.actions == ()
    assert steps(detail)[-1] == (reach, S.CANCELLED, date(2026, 7, 10), "Erreur de taux")
    assert detail.credited_by is not None

    credit = service.load_invoice_detail(engine, detail.credited_by)
    assert credit.credit_note_of == invoice_id
    assert credit.row.kind is InvoiceKind.CREDIT_NOTE
    assert credit.row.status is S.FINAL
    assert credit.row.mission_id == mission_id
    assert (credit.row.period_start, credit.row.period_end) == (date(2026, 6, 1), date(2026, 6, 30))
    original = detail.row
    for name in ("days", "amount_ht", "amount_ttc", "fee", "net"):
        assert getattr(credit.row, name) == -getattr(original, name), name
    assert credit.vat == -detail.vat
    assert credit.row.pay_latest is None
    assert not credit.row.is_overdue(TODAY + timedelta(days=400))
    assert credit.actions == ()
    assert steps(credit) == [(None, S.FINAL, date(2026, 7, 10), "Erreur de taux")]
    listed = {item.id: item for item in service.list_invoice_rows(engine)}
    assert listed[credit.id].kind is InvoiceKind.CREDIT_NOTE

    # The credit note is not the CRA's invoice: the CRA never shows negative figures.
    with Session(engine) as session:
        credit_row = session.get(Invoice, credit.id)
        assert credit_row is not None
        assert credit_row.cra_id is None

    with pytest.raises(ActionRefused) as refused:  # nothing is recorded on a credit note
        service.cancel_invoice(engine, credit.id, date(2026, 7, 11), "encore", today=TODAY)
    assert refused.value.code == "credit_note"


def test_a_paid_invoice_cannot_be_cancelled(engine: Engine, data_dir: Path) -> None:
    invoice_id = new_invoice(engine, new_mission(engine))
    service.record_final(engine, data_dir, invoice_id, date(2026, 7, 6), "LBC-10", today=TODAY)
    service.record_payment(engine, invoice_id, date(2026, 8, 1), Decimal("14100"), today=TODAY)
    before = snapshot(engine, data_dir)
    with pytest.raises(TransitionError):
        service.cancel_invoice(engine, invoice_id, date(2026, 8, 2), "Erreur", today=TODAY)
    assert snapshot(engine, data_dir) == before


# -- refusals change nothing --------------------------------------------------------------


@pytest.fixture
def invoices(engine: Engine, data_dir: Path, pdfs: Callable[..., Path]) -> dict[S, int]:
    """One invoice per status that matters: SPECIMEN and FINAL (platform), TO_IMPORT and
    IN_REVIEW (manual import)."""
    platform, manual = new_mission(engine), manual_mission(engine)
    specimen = new_invoice(engine, platform, 2026, 6)
    final = new_invoice(engine, platform, 2026, 5)
    service.record_final(engine, data_dir, final, date(2026, 6, 5), "LBC-5", today=TODAY)
    to_import = new_invoice(engine, manual, 2026, 6)
    in_review = new_invoice(engine, manual, 2026, 5)
    service.import_own_invoice(
        engine, data_dir, in_review, pdfs("mai.pdf", "CM-5"), date(2026, 6, 4), today=TODAY
    )
    return {S.SPECIMEN: specimen, S.FINAL: final, S.TO_IMPORT: to_import, S.IN_REVIEW: in_review}


def actions_on(
    engine: Engine, data_dir: Path, pdf: Path, on: date
) -> dict[InvoiceAction, Callable[[int], object]]:
    return {
        A.FINAL_RECEIVED: lambda i: service.record_final(
            engine, data_dir, i, on, "LBC-X", pdf, today=TODAY
        ),
        A.IMPORT_OWN: lambda i: service.import_own_invoice(
            engine, data_dir, i, pdf, on, today=TODAY
        ),
        A.FINANCE_VALIDATED: lambda i: service.record_finance_validation(
            engine, i, on, today=TODAY
        ),
        A.FINANCE_REFUSED: lambda i: service.record_finance_refusal(
            engine, i, on, "Montant faux", today=TODAY
        ),
        A.PAYMENT_RECEIVED: lambda i: service.record_payment(
            engine, i, on, Decimal("100"), today=TODAY
        ),
        A.CLIENT_PAID: lambda i: service.record_client_payment(engine, i, on, today=TODAY),
        A.CANCEL: lambda i: service.cancel_invoice(engine, i, on, "Erreur", today=TODAY),
    }


def test_r8_every_action_on_a_wrong_status_is_refused_and_changes_nothing(
    engine: Engine, data_dir: Path, invoices: dict[S, int], pdfs: Callable[..., Path]
) -> None:
    pdf = pdfs("nouvelle.pdf", "N-1")
    actions = actions_on(engine, data_dir, pdf, date(2026, 7, 20))
    refused = 0
    for status, invoice_id in invoices.items():
        allowed = service.load_invoice_detail(engine, invoice_id).actions
        for action, run in actions.items():
            if action in allowed:
                continue
            before = snapshot(engine, data_dir)
            with pytest.raises(DomainError):
                run(invoice_id)
            assert snapshot(engine, data_dir) == before, (status, action)
            refused += 1
    assert refused >= 16


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (S.SPECIMEN, A.FINAL_RECEIVED),
        (S.SPECIMEN, A.CANCEL),
        (S.FINAL, A.PAYMENT_RECEIVED),
        (S.TO_IMPORT, A.IMPORT_OWN),
        (S.IN_REVIEW, A.FINANCE_VALIDATED),
        (S.IN_REVIEW, A.FINANCE_REFUSED),
    ],
)
def test_a_date_in_the_future_or_before_the_latest_step_is_refused(
    engine: Engine,
    data_dir: Path,
    invoices: dict[S, int],
    pdfs: Callable[..., Path],
    status: S,
    action: InvoiceAction,
) -> None:
    pdf = pdfs("nouvelle.pdf", "N-1")
    invoice_id = invoices[status]
    before = snapshot(engine, data_dir)
    with pytest.raises(ActionRefused, match="cannot be in the future") as refused:
        actions_on(engine, data_dir, pdf, TODAY + timedelta(days=1))[action](invoice_id)
    assert refused.value.code == "future_date"
    latest = max(
        event.happened_on for event in service.load_invoice_detail(engine, invoice_id).events
    )
    with pytest.raises(ActionRefused, match="cannot be before") as refused:
        actions_on(engine, data_dir, pdf, latest - timedelta(days=1))[action](invoice_id)
    assert refused.value.code == "before_last_step"
    assert snapshot(engine, data_dir) == before
    # Today itself and the latest step's own day are fine.
    actions_on(engine, data_dir, pdf, latest)[action](invoice_id)


def test_a_missing_reason_is_refused(
    engine: Engine, data_dir: Path, invoices: dict[S, int]
) -> None:
    before = snapshot(engine, data_dir)
    with pytest.raises(ActionRefused, match="Say why Finance refused") as refused:
        service.record_finance_refusal(
            engine, invoices[S.IN_REVIEW], date(2026, 7, 1), "  ", today=TODAY
        )
    assert refused.value.code == "reason_missing"
    with pytest.raises(ActionRefused, match="Say why the invoice"):
        service.cancel_invoice(engine, invoices[S.SPECIMEN], date(2026, 7, 10), "", today=TODAY)
    assert snapshot(engine, data_dir) == before


def test_a_missing_or_taken_number_is_refused(
    engine: Engine, data_dir: Path, invoices: dict[S, int]
) -> None:
    before = snapshot(engine, data_dir)
    with pytest.raises(ActionRefused) as refused:
        service.record_final(
            engine, data_dir, invoices[S.SPECIMEN], date(2026, 7, 6), "  ", today=TODAY
        )
    assert refused.value.code == "number_missing"
    with pytest.raises(ActionRefused) as refused:  # LBC-5 is the May invoice's number
        service.record_final(
            engine, data_dir, invoices[S.SPECIMEN], date(2026, 7, 6), "LBC-5", today=TODAY
        )
    assert refused.value.code == "number_taken"
    assert snapshot(engine, data_dir) == before


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-10"), "abc", Decimal("NaN")])
def test_an_invalid_amount_received_is_refused(
    engine: Engine, data_dir: Path, invoices: dict[S, int], amount: Any
) -> None:
    before = snapshot(engine, data_dir)
    with pytest.raises(ActionRefused, match="amount") as refused:
        service.record_payment(engine, invoices[S.FINAL], date(2026, 7, 1), amount, today=TODAY)
    assert refused.value.code == "amount_invalid"
    assert snapshot(engine, data_dir) == before


def test_the_same_file_twice_on_an_invoice_is_refused(
    engine: Engine, data_dir: Path, invoices: dict[S, int], pdfs: Callable[..., Path]
) -> None:
    invoice_id = invoices[S.SPECIMEN]
    pdf = pdfs("avis de paiement.pdf", "AV-1")
    service.attach_pdf(engine, data_dir, invoice_id, pdf, "document")
    copy = pdf.with_name("copie.pdf")
    copy.write_bytes(pdf.read_bytes())
    before = snapshot(engine, data_dir)
    with pytest.raises(ActionRefused, match="already attached") as refused:
        service.attach_pdf(engine, data_dir, invoice_id, copy, "document")
    assert refused.value.code == "already_attached"
    # The final PDF cannot be that same file either, and the invoice stays a specimen.
    with pytest.raises(ActionRefused, match="already attached"):
        service.record_final(
            engine, data_dir, invoice_id, date(2026, 7, 6), "LBC-6", copy, today=TODAY
        )
    assert snapshot(engine, data_dir) == before
    # Another invoice may hold the same file.
    detail = service.attach_pdf(engine, data_dir, invoices[S.TO_IMPORT], copy, "document")
    assert (
        detail.attachments[0].sha256
        == service.load_invoice_detail(engine, invoice_id).attachments[0].sha256
    )


def test_importing_the_refused_file_again_is_refused(
    engine: Engine, data_dir: Path, pdfs: Callable[..., Path]
) -> None:
    invoice_id = new_invoice(engine, manual_mission(engine))
    pdf = pdfs("CM-2026-006.pdf", "CM-2026-006")
    service.import_own_invoice(engine, data_dir, invoice_id, pdf, date(2026, 7, 3), today=TODAY)
    service.record_finance_refusal(engine, invoice_id, date(2026, 7, 4), "TVA", today=TODAY)
    before = snapshot(engine, data_dir)
    with pytest.raises(ActionRefused, match="already attached"):
        service.import_own_invoice(engine, data_dir, invoice_id, pdf, date(2026, 7, 5), today=TODAY)
    assert snapshot(engine, data_dir) == before
    assert service.load_invoice_detail(engine, invoice_id).row.status is S.TO_IMPORT


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "empty"), (b"PK\x03\x04 not a pdf", "not_pdf"), (None, "missing")],
)
def test_a_bad_file_is_refused_before_anything_changes(
    engine: Engine, data_dir: Path, invoices: dict[S, int], content: bytes | None, code: str
) -> None:
    path = data_dir.parent / "facture.pdf"
    if content is not None:
        path.write_bytes(content)
    before = snapshot(engine, data_dir)
    with pytest.raises(FileRefused) as refused:
        service.import_own_invoice(
            engine, data_dir, invoices[S.TO_IMPORT], path, date(2026, 7, 3), today=TODAY
        )
    assert refused.value.code == code
    with pytest.raises(FileRefused):
        service.record_final(
            engine, data_dir, invoices[S.SPECIMEN], date(2026, 7, 6), "LBC-6", path, today=TODAY
        )
    assert snapshot(engine, data_dir) == before


def test_attach_pdf_refuses_an_unknown_role(
    engine: Engine, data_dir: Path, invoices: dict[S, int], pdfs: Callable[..., Path]
) -> None:
    with pytest.raises(ActionRefused) as refused:
        service.attach_pdf(engine, data_dir, invoices[S.SPECIMEN], pdfs("a.pdf"), "photo")
    assert refused.value.code == "role_unknown"


def test_a_credit_note_takes_only_its_own_pdf_once(
    engine: Engine, data_dir: Path, invoices: dict[S, int], pdfs: Callable[..., Path]
) -> None:
    detail = service.cancel_invoice(
        engine, invoices[S.SPECIMEN], date(2026, 7, 10), "Erreur", today=TODAY
    )
    assert detail.credited_by is not None
    with pytest.raises(ActionRefused):
        service.attach_pdf(engine, data_dir, detail.credited_by, pdfs("a.pdf", "A"), "document")
    credit = service.attach_pdf(
        engine, data_dir, detail.credited_by, pdfs("avoir.pdf", "AV-1"), "credit_note"
    )
    assert [a.role for a in credit.attachments] == ["credit_note"]
    with pytest.raises(ActionRefused):
        service.attach_pdf(
            engine, data_dir, detail.credited_by, pdfs("avoir2.pdf", "AV-2"), "credit_note"
        )


def test_a_failed_transaction_leaves_at_most_an_unreferenced_file(
    engine: Engine,
    data_dir: Path,
    invoices: dict[S, int],
    pdfs: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    invoice_id = invoices[S.SPECIMEN]
    pdf = pdfs("LBC-6.pdf", "LBC-6")
    before = snapshot(engine, data_dir)

    def fail(self: Session) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Session, "commit", fail)
    with pytest.raises(OSError, match="disk full"):
        service.record_final(
            engine, data_dir, invoice_id, date(2026, 7, 6), "LBC-6", pdf, today=TODAY
        )
    monkeypatch.undo()
    after = snapshot(engine, data_dir)
    assert {key: value for key, value in after.items() if key != "files"} == {
        key: value for key, value in before.items() if key != "files"
    }
    # The file was stored before the commit failed: it stays, referenced by nothing.
    stored = attachment_path(data_dir, hashlib.sha256(pdf.read_bytes()).hexdigest())
    assert set(after["files"]) - set(before["files"]) <= {str(stored), str(stored.parent)}
    assert stored.read_bytes() == pdf.read_bytes()
    detail = service.load_invoice_detail(engine, invoice_id)
    assert (detail.row.status, detail.row.number, detail.attachments) == (S.SPECIMEN, "", ())


# -- attachments are stored by hash -------------------------------------------------------


def test_attachments_are_stored_by_hash_and_named_only_in_the_database(
    engine: Engine, data_dir: Path, invoices: dict[S, int], pdfs: Callable[..., Path]
) -> None:
    pdf = pdfs("Mes factures/Facture n°6 (définitive).pdf", "LBC-6")
    detail = service.record_final(
        engine, data_dir, invoices[S.SPECIMEN], date(2026, 7, 6), "LBC-6", pdf, today=TODAY
    )
    attachment = detail.attachments[0]
    assert attachment.original_name == "Facture n°6 (définitive).pdf"
    stored = attachment_path(data_dir, attachment.sha256)
    assert stored == data_dir / "attachments" / attachment.sha256[:2] / f"{attachment.sha256}.pdf"
    assert stored.read_bytes() == pdf.read_bytes()
    names = [path.name for path in (data_dir / "attachments").rglob("*")]
    assert not any("Facture" in name or "définitive" in name for name in names)
    assert pdf.exists()  # the user's own file is left where it was


# -- the specimen PDF ---------------------------------------------------------------------


def test_specimen_is_generated_and_attached(engine: Engine, data_dir: Path) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, full_name="Camille Martin", siret="90765432100005", city="Nantes")
    invoice_id = new_invoice(engine, new_mission(engine))
    detail = service.generate_specimen(engine, data_dir, invoice_id)
    (attachment,) = detail.attachments
    assert attachment.role == "specimen"
    assert attachment.original_name == f"specimen-2026-06-{invoice_id}.pdf"
    from pypdf import PdfReader

    reader = PdfReader(attachment.path(data_dir))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Refonte du SI de facturation" in text
    assert detail.row.status is S.SPECIMEN  # a specimen changes no status


def test_specimen_data_comes_from_the_snapshot(engine: Engine) -> None:
    mission_id = new_mission(engine)
    invoice_id = new_invoice(engine, mission_id)
    with unit_of_work(engine) as session:  # a later rate never changes a past invoice (R8)
        update_mission(session, mission_id, daily_rate=Decimal("700"))
    profile = ProfileData(full_name="Camille Martin", siret="90765432100005", city="Nantes")
    with Session(engine) as session:
        invoice = get_invoice(session, invoice_id)
        mission = session.get(Mission, mission_id)
        assert mission is not None
        data = invoice_specimen.specimen_data(invoice, mission, profile, JUNE_VALIDATED, "fr")
    assert data.daily_rate == Decimal("600.00")
    assert (data.days, data.amount_ht, data.vat) == (
        Decimal("20.0"),
        Decimal("12000.00"),
        Decimal("2400.00"),
    )
    assert (data.fee, data.net) == (Decimal("300.00"), Decimal("14100.00"))
    assert data.option_label == "Express"
    assert data.fee_detail.startswith("2,5")
    assert data.pay_earliest == data.pay_latest == JUNE_VALIDATED + timedelta(days=30)
    assert data.issue_date == JUNE_VALIDATED
    assert data.freelancer_address == ("Nantes",)
    assert data.lbc_reference == "LBC-2026-04101"
    assert not data.vat_franchise


def test_regenerating_a_specimen_adds_a_file_only_when_its_bytes_differ(
    engine: Engine, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    invoice_id = new_invoice(engine, new_mission(engine))
    version = {"text": "v1"}

    def fake_write(data: Any, path: Path, *, language: str = "fr") -> Path:
        invoice_pdf(path, f"SPECIMEN {version['text']}", str(data.net))
        return path

    monkeypatch.setattr(invoice_specimen, "write_specimen_pdf", fake_write)
    first = service.generate_specimen(engine, data_dir, invoice_id)
    again = service.generate_specimen(engine, data_dir, invoice_id)
    assert again.attachments == first.attachments  # same bytes: nothing new
    version["text"] = "v2"
    third = service.generate_specimen(engine, data_dir, invoice_id)
    assert [a.role for a in third.attachments] == ["specimen", "specimen"]
    assert third.attachments[0] == first.attachments[0]  # the old one stays
    for attachment in third.attachments:
        assert attachment.path(data_dir).exists()


def test_no_specimen_for_a_final_invoice_or_a_credit_note(
    engine: Engine, data_dir: Path, invoices: dict[S, int]
) -> None:
    before = snapshot(engine, data_dir)
    with pytest.raises(ActionRefused) as refused:
        service.generate_specimen(engine, data_dir, invoices[S.FINAL])
    assert refused.value.code == "files_locked"
    assert snapshot(engine, data_dir) == before
    detail = service.cancel_invoice(
        engine, invoices[S.SPECIMEN], date(2026, 7, 10), "Erreur", today=TODAY
    )
    assert detail.credited_by is not None
    for invoice_id in (detail.id, detail.credited_by):
        with pytest.raises(ActionRefused):
            service.generate_specimen(engine, data_dir, invoice_id)


def cra_to_validate(engine: Engine, mission_id: int) -> int:
    with unit_of_work(engine) as session:
        cra = create_cra(session, mission_id, 2026, 6)
        assert cra.id is not None
        for day in JUNE_DAYS:
            set_day(session, cra.id, day, 2)
        submit_cra(session, cra.id, JUNE_SUBMITTED)
        return cra.id


def test_validating_a_cra_with_a_data_folder_attaches_its_specimen(
    engine: Engine, data_dir: Path
) -> None:
    cra_id = cra_to_validate(engine, manual_mission(engine))
    month = cra_service.record_validation(
        engine, cra_id, JUNE_VALIDATED, TODAY, "en", data_dir=data_dir
    )
    assert month.invoice_id is not None
    detail = service.load_invoice_detail(engine, month.invoice_id)
    assert [a.role for a in detail.attachments] == ["specimen"]
    assert detail.row.status is S.TO_IMPORT


def test_validating_a_cra_without_a_data_folder_attaches_nothing(engine: Engine) -> None:
    cra_id = cra_to_validate(engine, new_mission(engine))
    month = cra_service.record_validation(engine, cra_id, JUNE_VALIDATED, TODAY)
    assert month.invoice_id is not None
    assert service.load_invoice_detail(engine, month.invoice_id).attachments == ()


def test_a_specimen_that_fails_leaves_the_validation_recorded(
    engine: Engine,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Path:
        raise RuntimeError("font missing")

    monkeypatch.setattr(invoice_specimen, "write_specimen_pdf", broken)
    cra_id = cra_to_validate(engine, new_mission(engine))
    with caplog.at_level(logging.ERROR, logger="connect_desktop.services.cra"):
        month = cra_service.record_validation(
            engine, cra_id, JUNE_VALIDATED, TODAY, data_dir=data_dir
        )
    assert month.validated_on == JUNE_VALIDATED
    assert month.invoice_id is not None
    assert service.load_invoice_detail(engine, month.invoice_id).attachments == ()
    assert "could not be generated" in caplog.text
    assert "font missing" in caplog.text
