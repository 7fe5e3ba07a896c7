"""The freelancer's own invoice and credit note (R10, issue 6): Factur-X BASIC in a PDF/A-3B,
every French mention in the text, and read back by the R9 import with the same figures."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pypdf import PdfReader

from connect_desktop.services.invoice_import import read_invoice_pdf
from connect_desktop.services.own_invoice_cii import (
    BASIC_GUIDELINE,
    FRANCHISE,
    OwnInvoiceData,
    build_cii_xml,
)
from connect_desktop.services.own_invoice_pdf import write_own_invoice_pdf

facturx = pytest.importorskip("facturx")


def invoice(**changes: Any) -> OwnInvoiceData:
    """18.5 days of November 2026 at 650 € HT, VAT 20 %."""
    data = OwnInvoiceData(
        number="2026-0042",
        issue_date=date(2026, 12, 1),
        due_date=date(2026, 12, 31),
        seller_name="Camille Durand",
        seller_legal_form="EI",
        seller_siret="73282932000074",
        seller_address=("12 rue des Lilas",),
        seller_postcode="69003",
        seller_city="Lyon",
        seller_vat_number="FR44732829320",
        mission_title="Développement d'une plateforme de paiement",
        lbc_reference="LBC-2026-1187",
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
        days=Decimal("18.5"),
        daily_rate=Decimal("650"),
        vat_rate=Decimal("0.20"),
        amount_ht=Decimal("12025.00"),
        vat=Decimal("2405.00"),
        amount_ttc=Decimal("14430.00"),
    )
    return dataclasses.replace(data, **changes)


def credit_note() -> OwnInvoiceData:
    return invoice(
        kind="CREDIT_NOTE",
        number="2026-0043",
        issue_date=date(2026, 12, 5),
        amount_ht=Decimal("-12025.00"),
        vat=Decimal("-2405.00"),
        amount_ttc=Decimal("-14430.00"),
        credited_number="2026-0042",
        credited_date=date(2026, 12, 1),
    )


def franchise() -> OwnInvoiceData:
    return invoice(
        seller_vat_number="",
        vat_franchise=True,
        vat_rate=Decimal(0),
        vat=Decimal(0),
        amount_ttc=Decimal("12025.00"),
    )


def text_of(path: Path) -> str:
    """The page's text, spaces normalised (pdftotext when installed, else pypdf)."""
    if shutil.which("pdftotext"):
        raw = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
        ).stdout
    else:
        raw = PdfReader(path).pages[0].extract_text()
    return re.sub(r"[\s\u00a0\u202f]+", " ", raw)


def embedded_xml(path: Path) -> etree._Element:
    name, xml = facturx.get_xml_from_pdf(path.read_bytes(), check_xsd=False)
    assert name == "factur-x.xml"
    return etree.fromstring(xml)


@pytest.fixture
def written(tmp_path: Path):
    def write(data: OwnInvoiceData) -> Path:
        return write_own_invoice_pdf(data, tmp_path / f"{data.number}.pdf")

    return write


R10_MENTIONS = [
    "Facture",
    "N° 2026-0042",
    "Date d'émission : 01/12/2026",
    "du 01/11/2026 au 30/11/2026",
    "Camille Durand EI",
    "SIREN : 732 829 320",
    "SIRET : 732 829 320 00074",
    "12 rue des Lilas",
    "69003 Lyon",
    "N° TVA intracommunautaire : FR44732829320",
    "LITTLE BIG CONNECTION",
    "7 rue de Châteaudun",
    "75009 Paris",
    "Prestation – Développement d'une plateforme",
    "Quantité",
    "18,5",
    "Prix unitaire HT",
    "650,00 €",
    "TVA 20 %",
    "2 405,00 €",
    "Total HT",
    "12 025,00 €",
    "Total TTC",
    "14 430,00 €",
    "Date d'échéance : 31/12/2026",
    "Pénalités de retard : trois fois le taux d'intérêt légal",
    "Indemnité forfaitaire pour frais de recouvrement : 40 €",
    "Pas d'escompte pour paiement anticipé",
    "LBC-2026-1187",
]


def test_every_r10_mention_is_in_the_text(written) -> None:
    path = written(invoice())
    for text in (text_of(path), re.sub(r"\s+", " ", PdfReader(path).pages[0].extract_text())):
        missing = [mention for mention in R10_MENTIONS if mention not in text]
        assert not missing, missing


def test_one_page_and_french_metadata(written) -> None:
    reader = PdfReader(written(invoice()))
    assert len(reader.pages) == 1
    assert reader.metadata.title == "Facture n° 2026-0042"
    assert reader.metadata.author == "Camille Durand"
    assert "Développement" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"


def test_pdfa_3b_identification_and_output_intent(written) -> None:
    reader = PdfReader(written(invoice()))
    xmp = reader.xmp_metadata.stream.get_data().decode()
    assert "<pdfaid:part>3</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert reader.trailer["/Root"]["/OutputIntents"][0]["/S"] == "/GTS_PDFA1"
    assert reader.trailer.get("/ID")


def test_embedded_xml_is_valid_basic(written) -> None:
    root = embedded_xml(written(invoice()))
    facturx.xml_check_xsd(root, flavor="factur-x", level="basic")  # raises when invalid
    assert facturx.get_level(root, flavor="factur-x") == "basic"
    assert BASIC_GUIDELINE.encode() in etree.tostring(root)
    assert root.findtext(".//{*}ExchangedDocument/{*}TypeCode") == "380"
    seller = root.find(".//{*}SellerTradeParty")
    assert seller.find("{*}SpecifiedLegalOrganization/{*}ID").get("schemeID") == "0002"
    vat_id = seller.find("{*}SpecifiedTaxRegistration/{*}ID")
    assert (vat_id.text, vat_id.get("schemeID")) == ("FR44732829320", "VA")
    tax_total = root.find(".//{*}TaxTotalAmount")
    assert (tax_total.text, tax_total.get("currencyID")) == ("2405.00", "EUR")
    assert root.findtext(".//{*}DueDateDateTime/{*}DateTimeString") == "20261231"


def test_round_trip_through_the_r9_import(written) -> None:
    data = invoice()
    found = read_invoice_pdf(written(data))
    assert found.source == "facturx"
    assert found.number == data.number
    assert found.issue_date == data.issue_date
    assert (found.total_ht, found.vat, found.total_ttc) == (
        data.amount_ht,
        data.vat,
        data.amount_ttc,
    )
    assert found.seller_siret == "73282932000074"
    assert found.buyer_name == "LITTLE BIG CONNECTION"
    assert found.buyer_siret == "79356975700016"
    assert (found.period_start, found.period_end) == (data.period_start, data.period_end)


def test_credit_note(written) -> None:
    path = written(credit_note())
    text = text_of(path)
    for mention in (
        "Avoir",
        "Avoir sur la facture n° 2026-0042 du 01/12/2026",
        "N° 2026-0043",
        "\u221212 025,00 €",
        "\u22122 405,00 €",
        "\u221214 430,00 €",
    ):
        assert mention in text, mention
    root = embedded_xml(path)
    facturx.xml_check_xsd(root, flavor="factur-x", level="basic")
    assert root.findtext(".//{*}ExchangedDocument/{*}TypeCode") == "381"
    referenced = root.find(".//{*}InvoiceReferencedDocument")
    assert referenced.findtext("{*}IssuerAssignedID") == "2026-0042"
    assert referenced.findtext("{*}FormattedIssueDateTime/{*}DateTimeString") == "20261201"
    found = read_invoice_pdf(path)  # Factur-X states a credit note's totals positive
    assert (found.source, found.type_code, found.number) == ("facturx", "381", "2026-0043")
    assert (found.total_ht, found.vat, found.total_ttc) == (
        Decimal("12025.00"),
        Decimal("2405.00"),
        Decimal("14430.00"),
    )


def test_vat_franchise(written) -> None:
    path = written(franchise())
    text = text_of(path)
    assert FRANCHISE in text
    assert "N° TVA intracommunautaire" not in text
    root = embedded_xml(path)
    facturx.xml_check_xsd(root, flavor="factur-x", level="basic")
    tax = root.find(".//{*}ApplicableHeaderTradeSettlement/{*}ApplicableTradeTax")
    assert tax.findtext("{*}CategoryCode") == "E"
    assert tax.findtext("{*}ExemptionReason") == FRANCHISE
    assert root.find(".//{*}SpecifiedTaxRegistration") is None
    found = read_invoice_pdf(path)
    assert (found.total_ht, found.vat, found.total_ttc) == (
        Decimal("12025.00"),
        Decimal("0.00"),
        Decimal("12025.00"),
    )


def test_invalid_xml_is_refused_before_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from connect_desktop.services import own_invoice_pdf

    good = build_cii_xml(invoice())
    bad = good.replace(b"<ram:TypeCode>380", b"<ram:Bogus /><ram:TypeCode>380")
    assert bad != good
    monkeypatch.setattr(own_invoice_pdf, "build_cii_xml", lambda data: bad)
    target = tmp_path / "x.pdf"
    with pytest.raises(Exception, match="not valid against the official XML Schema"):
        write_own_invoice_pdf(invoice(), target)
    assert not target.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"amount_ttc": Decimal("1.00")}, "TTC"),
        (
            {"amount_ht": Decimal("100.00"), "vat": Decimal("20.00"), "amount_ttc": Decimal(120)},
            "days x daily rate",
        ),
        ({"kind": "CREDIT_NOTE"}, "negative"),  # positive amounts
        ({"seller_siret": "123"}, "14 digits"),
        ({"period_end": date(2026, 10, 1)}, "period"),
        ({"vat_franchise": True}, "franchise"),
    ],
)
def test_inconsistent_data_is_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        invoice(**changes)


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo is not installed")
def test_pdfinfo_reads_it(written) -> None:
    result = subprocess.run(
        ["pdfinfo", str(written(invoice()))], capture_output=True, check=True, text=True
    )
    assert re.search(r"^Pages:\s+1$", result.stdout, re.M)
    assert re.search(r"^Title:\s+Facture n° 2026-0042$", result.stdout, re.M)
    assert re.search(r"^Author:\s+Camille Durand$", result.stdout, re.M)
    assert "A4" in result.stdout
    assert not result.stderr.strip()
