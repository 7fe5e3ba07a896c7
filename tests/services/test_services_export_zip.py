"""The PDFs of a year in a ZIP (issue 7): readable, safe names, each file once."""

from __future__ import annotations

import os
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.attachments import attachment_path, sha256_of, store_file
from connect_desktop.services.export_files import NothingToExport
from connect_desktop.services.export_pdf_zip import (
    MAX_COMPONENT,
    ZipNames,
    export_pdfs_zip,
    pdf_years,
    safe_component,
)
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.missions import create_mission
from connect_desktop.store.models import Attachment, Invoice, OwnInvoice

NAMES = ZipNames(
    roles={
        "specimen": "spécimen",
        "final": "facture définitive",
        "imported": "facture importée",
        "credit_note": "avoir",
        "document": "document",
        "own_invoice": "ma facture",
        "own_credit_note": "mon avoir",
    }
)


class Data:
    """Invoices written straight to the tables, with fake PDFs in the attachment store."""

    def __init__(self, engine: Engine, data_dir: Path) -> None:
        self.engine = engine
        self.data_dir = data_dir
        self.count = 0

    def mission(self, title: str) -> int:
        with unit_of_work(self.engine) as session:
            mission = create_mission(
                session,
                title=title,
                client_name="Client",
                start_on=date(2025, 1, 1),
                daily_rate=Decimal("500"),
                signed_on=date(2025, 6, 1),
                payment_option=PaymentOption.BASIC,
            )
            assert mission.id is not None
            return mission.id

    def invoice(self, mission_id: int, start: date, number: str = "") -> int:
        with unit_of_work(self.engine) as session:
            invoice = Invoice(
                mission_id=mission_id,
                number=number,
                status=InvoiceStatus.FINAL,
                invoicing_mode=InvoicingMode.PLATFORM,
                payment_option=PaymentOption.BASIC,
                period_start=start,
                period_end=start.replace(day=28),
                days_halves=40,
                daily_rate_cents=50000,
                vat_rate_bp=2000,
                amount_ht_cents=1000000,
                vat_cents=200000,
                amount_ttc_cents=1200000,
                fee_cents=0,
                net_cents=1200000,
            )
            session.add(invoice)
            session.flush()
            assert invoice.id is not None
            return invoice.id

    def pdf(self, store: bool = True) -> str:
        self.count += 1
        data = b"%PDF-1.4\n" + f"file {self.count}\n".encode() * 100
        return store_file(self.data_dir, data) if store else sha256_of(data)

    def attach(self, invoice_id: int, role: str, name: str = "x.pdf", store: bool = True) -> str:
        digest = self.pdf(store)
        with unit_of_work(self.engine) as session:
            session.add(
                Attachment(
                    invoice_id=invoice_id, sha256=digest, original_name=name, size=1, role=role
                )
            )
        return digest

    def own(self, mission_id: int, invoice_id: int, start: date, number: str, digest: str) -> None:
        with unit_of_work(self.engine) as session:
            session.add(
                OwnInvoice(
                    invoice_id=invoice_id,
                    mission_id=mission_id,
                    kind=InvoiceKind.INVOICE,
                    number=number,
                    amount_ht_cents=1000000,
                    vat_cents=200000,
                    amount_ttc_cents=1200000,
                    vat_rate_bp=2000,
                    days_halves=40,
                    daily_rate_cents=50000,
                    period_start=start,
                    period_end=start.replace(day=28),
                    attachment_sha256=digest,
                )
            )


@pytest.fixture
def data(engine: Engine, data_dir: Path) -> Data:
    return Data(engine, data_dir)


def _names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return archive.namelist()


def test_readable_names_only_the_chosen_year(data: Data, data_dir: Path, tmp_path: Path) -> None:
    mission = data.mission("Refonte SI")
    march = data.invoice(mission, date(2026, 3, 1), "F-2026-0012")
    specimen = data.attach(march, "specimen", "specimen.pdf")
    data.attach(march, "final", "Facture 12.pdf")
    unnumbered = data.invoice(mission, date(2026, 4, 1))
    data.attach(unnumbered, "specimen", "Spécimen avril.pdf")
    data.attach(data.invoice(mission, date(2025, 12, 1), "F-2025-0099"), "final")
    target = tmp_path / "pdf-connect-2026.zip"

    report = export_pdfs_zip(data.engine, data_dir, target, 2026, names=NAMES)

    assert report.written == 3
    assert report.missing == ()
    assert _names(target) == [
        "2026-03 Refonte SI/F-2026-0012 - spécimen.pdf",
        "2026-03 Refonte SI/F-2026-0012 - facture définitive.pdf",
        "2026-04 Refonte SI/Spécimen avril - spécimen.pdf",
    ]
    with zipfile.ZipFile(target) as archive:
        content = archive.read("2026-03 Refonte SI/F-2026-0012 - spécimen.pdf")
    assert content == attachment_path(data_dir, specimen).read_bytes()
    assert pdf_years(data.engine) == [2026, 2025]


def test_names_are_sanitized(data: Data, data_dir: Path, tmp_path: Path) -> None:
    mission = data.mission('Audit <sécu>: "cloud" / réseau | v2? *.  ')
    data.attach(data.invoice(mission, date(2026, 5, 1), "CON"), "final")
    target = tmp_path / "out.zip"

    export_pdfs_zip(data.engine, data_dir, target, 2026, names=NAMES)

    (name,) = _names(target)
    assert name == "2026-05 Audit _sécu__ _cloud_ _ réseau _ v2_ _/CON - facture définitive.pdf"
    for part in name.split("/"):
        assert not set('<>:"\\|?*') & set(part)
        assert part == part.strip(" .") or part.endswith(".pdf")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("COM1", "_COM1"),
        ("CONSEIL", "CONSEIL"),
        ("tab\there\nnewline", "tab_here_newline"),
        ("trailing... ", "trailing"),
        ("", "_"),
        ("e\u0301t\u00e9", "\u00e9t\u00e9"),  # NFC
    ],
)
def test_safe_component(text: str, expected: str) -> None:
    assert safe_component(text) == expected


def test_long_names_are_limited(data: Data, data_dir: Path, tmp_path: Path) -> None:
    mission = data.mission("Mission " * 40)
    data.attach(data.invoice(mission, date(2026, 5, 1), "N" * 200), "final")
    target = tmp_path / "out.zip"
    export_pdfs_zip(data.engine, data_dir, target, 2026, names=NAMES)
    (name,) = _names(target)
    assert all(len(part) <= MAX_COMPONENT for part in name.split("/"))
    assert name.endswith(".pdf")


def test_duplicates_are_suffixed(data: Data, data_dir: Path, tmp_path: Path) -> None:
    mission = data.mission("Mission")
    invoice = data.invoice(mission, date(2026, 6, 1), "F-1")
    data.attach(invoice, "document", "a.pdf")
    data.attach(invoice, "document", "b.pdf")
    # Another invoice of the same month with the same number differing only by case.
    data.attach(data.invoice(mission, date(2026, 6, 1), "f-1"), "document")
    target = tmp_path / "out.zip"

    report = export_pdfs_zip(data.engine, data_dir, target, 2026, names=NAMES)

    assert report.written == 3
    assert _names(target) == [
        "2026-06 Mission/F-1 - document.pdf",
        "2026-06 Mission/F-1 - document (2).pdf",
        "2026-06 Mission/f-1 - document (3).pdf",
    ]


def test_missing_file_is_reported(data: Data, data_dir: Path, tmp_path: Path) -> None:
    mission = data.mission("Mission")
    invoice = data.invoice(mission, date(2026, 6, 1), "F-7")
    data.attach(invoice, "final")
    data.attach(invoice, "credit_note", store=False)
    target = tmp_path / "out.zip"

    report = export_pdfs_zip(data.engine, data_dir, target, 2026, names=NAMES)

    assert report.written == 1
    assert report.missing == ("2026-06 Mission/F-7 - avoir.pdf",)
    assert _names(target) == ["2026-06 Mission/F-7 - facture définitive.pdf"]


def test_own_invoices_are_included_once(data: Data, data_dir: Path, tmp_path: Path) -> None:
    mission = data.mission("Mission")
    invoice = data.invoice(mission, date(2026, 6, 1), "LBC-1")
    imported = data.attach(invoice, "imported", "Facture-CM-7.pdf")
    data.own(mission, invoice, date(2026, 6, 1), "CM-7", imported)  # also an attachment
    later = data.invoice(mission, date(2026, 7, 1), "LBC-2")
    data.own(mission, later, date(2026, 7, 1), "CM-8", data.pdf())  # only an own invoice
    progress: list[tuple[int, int]] = []
    target = tmp_path / "out.zip"

    report = export_pdfs_zip(
        data.engine,
        data_dir,
        target,
        2026,
        names=NAMES,
        progress=lambda done, total: progress.append((done, total)),
    )

    assert report.written == 2
    assert _names(target) == [
        "2026-06 Mission/LBC-1 - facture importée.pdf",
        "2026-07 Mission/CM-8 - ma facture.pdf",
    ]
    assert progress == [(0, 2), (1, 2), (2, 2)]


def test_a_year_without_pdfs_writes_nothing(data: Data, data_dir: Path, tmp_path: Path) -> None:
    data.attach(data.invoice(data.mission("Mission"), date(2026, 6, 1)), "final")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NothingToExport):
        export_pdfs_zip(data.engine, data_dir, out / "pdf.zip", 2024, names=NAMES)
    assert list(out.iterdir()) == []


def test_a_file_dated_before_1980_is_still_exported(
    data: Data, data_dir: Path, tmp_path: Path
) -> None:
    digest = data.attach(data.invoice(data.mission("Mission"), date(2026, 6, 1), "F-1"), "final")
    os.utime(attachment_path(data_dir, digest), (0, 0))  # 1 January 1970
    target = tmp_path / "out.zip"
    report = export_pdfs_zip(data.engine, data_dir, target, 2026, names=NAMES)
    assert report.written == 1
    assert _names(target) == ["2026-06 Mission/F-1 - facture définitive.pdf"]
