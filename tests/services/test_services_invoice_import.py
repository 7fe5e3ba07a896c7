"""R9: reading an imported invoice PDF, refusing bad files, checking it against the CRA."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from invoice_pdfs import (
    INVOICE_LINES,
    SAMPLES,
    UNICODE_FONT,
    cii_xml,
    drawing_pdf,
    encrypted,
    invoice_pdf,
    text_pdf,
    with_attachment,
)

from connect_desktop.domain.money import format_money
from connect_desktop.services.facturx_xml import parse_cii
from connect_desktop.services.invoice_import import (
    CheckLine,
    ExpectedInvoice,
    ExtractedInvoice,
    ImportRefused,
    all_match,
    check_single_file,
    compare,
    match_invoice,
    read_invoice_pdf,
)
from connect_desktop.services.invoice_text import parse_amount, parse_date, parse_invoice_text

needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/samples is missing")

# What each sample's factur-x.xml says (read once by hand from the XML).
SAMPLE_VALUES = {
    "Avoir_FR_type381_BASIC.pdf": (
        "AV-2017-0005",
        date(2017, 11, 16),
        "218.48",
        "14.99",
        "233.47",
        "381",
        "Ma jolie boutique",
    ),
    "Facture_DOM_BASICWL.pdf": (
        "FA-2017-0009",
        date(2017, 11, 5),
        "530.75",
        "0.00",
        "530.75",
        "380",
        "Hôtel Saint Denis",
    ),
    "Facture_FR_BASICWL.pdf": (
        "FA-2017-0010",
        date(2017, 11, 13),
        "624.90",
        "46.25",
        "671.15",
        "380",
        "Ma jolie boutique",
    ),
    "Facture_FR_MINIMUM.pdf": (
        "FA-2017-0010",
        date(2017, 11, 13),
        "624.90",
        "46.25",
        "671.15",
        "380",
        "Ma jolie boutique",
    ),
    "Facture_UE_BASICWL.pdf": (
        "FA-2017-0008",
        date(2017, 11, 3),
        "2076.76",
        "0.00",
        "2076.76",
        "380",
        "Me gusta olive",
    ),
}

EXPECTED = ExpectedInvoice(
    number="FA-2026-011",
    total_ht=Decimal("11100.00"),
    vat=Decimal("2220.00"),
    total_ttc=Decimal("13320.00"),
    period_start=date(2026, 11, 1),
    period_end=date(2026, 11, 30),
    seller_siret="732 829 320 00074",
)


def plain(text: str) -> str:
    """French formatting with ordinary spaces, for readable assertions."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def refusal(path: Path, **options: int) -> str:
    with pytest.raises(ImportRefused) as caught:
        read_invoice_pdf(path, **options)
    assert str(caught.value)  # an English message for the log, whatever the code
    return caught.value.code


# --- The real Factur-X samples -------------------------------------------------------------


@needs_samples
@pytest.mark.parametrize("name", sorted(SAMPLE_VALUES))
def test_r9_reads_the_facturx_xml_of_the_real_samples(name: str) -> None:
    number, issued, ht, vat, ttc, type_code, buyer = SAMPLE_VALUES[name]
    path = SAMPLES / name
    invoice = read_invoice_pdf(path)
    assert invoice.source == "facturx"
    assert invoice.has_text
    assert (invoice.number, invoice.issue_date, invoice.type_code) == (number, issued, type_code)
    assert (invoice.total_ht, invoice.vat, invoice.total_ttc) == (
        Decimal(ht),
        Decimal(vat),
        Decimal(ttc),
    )
    assert invoice.seller_name == "Au bon moulin"
    assert invoice.seller_siret == "99999999800010"
    assert invoice.buyer_name == buyer
    assert invoice.size == path.stat().st_size
    assert invoice.original_name == name
    assert len(invoice.sha256) == 64


@needs_samples
def test_r9_the_credit_note_sample_has_type_code_381() -> None:
    credit_note = read_invoice_pdf(SAMPLES / "Avoir_FR_type381_BASIC.pdf")
    assert credit_note.type_code == "381"
    assert credit_note.number == "AV-2017-0005"


@needs_samples
@pytest.mark.parametrize("name", ["Facture_FR_BASICWL.pdf", "Avoir_FR_type381_BASIC.pdf"])
def test_r9_text_heuristics_find_the_same_fields_in_the_samples_printed_text(name: str) -> None:
    from pypdf import PdfReader

    text = PdfReader(SAMPLES / name).pages[0].extract_text()
    found = parse_invoice_text(text)
    number, issued, ht, vat, ttc, type_code, _buyer = SAMPLE_VALUES[name]
    sign = -1 if type_code == "381" else 1  # the credit note prints its totals negative
    assert (found.number, found.issue_date, found.type_code) == (number, issued, type_code)
    assert (found.total_ht, found.vat, found.total_ttc) == (
        sign * Decimal(ht),
        sign * Decimal(vat),
        sign * Decimal(ttc),
    )
    assert found.seller_siret == "99999999800010"


@needs_samples
def test_r9_the_whole_sample_file_within_the_size_limit_is_accepted() -> None:
    path = SAMPLES / "Facture_FR_MINIMUM.pdf"
    assert read_invoice_pdf(path, max_bytes=path.stat().st_size).number == "FA-2017-0010"
    assert refusal(path, max_bytes=path.stat().st_size - 1) == "too_large"


# --- Generated invoices ---------------------------------------------------------------------


@pytest.mark.parametrize("space", [" ", "\xa0", "\u202f"], ids=["space", "nbsp", "narrow-nbsp"])
def test_r9_reads_a_text_invoice_to_lbc_with_french_amounts(tmp_path: Path, space: str) -> None:
    invoice = read_invoice_pdf(write(tmp_path, "facture.pdf", invoice_pdf(space)))
    assert invoice.source == "text"
    assert invoice.has_text
    assert invoice.number == "FA-2026-011"
    assert invoice.issue_date == date(2026, 11, 28)
    assert invoice.total_ht == Decimal("11100.00")
    assert invoice.vat == Decimal("2220.00")
    assert invoice.total_ttc == Decimal("13320.00")
    assert (invoice.period_start, invoice.period_end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert invoice.seller_siret == "73282932000074"
    assert invoice.buyer_siret == "79356975700016"
    assert invoice.buyer_name is not None
    assert "LITTLE BIG CONNECTION" in invoice.buyer_name
    assert invoice.type_code == "380"


def test_r9_a_matching_invoice_passes_every_check(tmp_path: Path) -> None:
    invoice = read_invoice_pdf(write(tmp_path, "facture.pdf", invoice_pdf("\u202f")))
    lines = compare(invoice, EXPECTED)
    assert [line.field for line in lines] == [
        "total_ht",
        "vat",
        "total_ttc",
        "period",
        "number",
        "seller_siret",
        "buyer",
    ]
    assert {line.field: line.status for line in lines} == dict.fromkeys(
        (line.field for line in lines), "match"
    )
    assert all_match(lines)
    shown = {line.field: (plain(line.expected), plain(line.found)) for line in lines}
    assert shown["total_ht"] == ("11 100,00 €", "11 100,00 €")
    assert shown["total_ttc"] == ("13 320,00 €", "13 320,00 €")
    assert shown["period"] == ("01/11/2026 – 30/11/2026", "01/11/2026 – 30/11/2026")
    assert shown["seller_siret"] == ("732 829 320 00074", "732 829 320 00074")
    assert shown["buyer"][0] == "LITTLE BIG CONNECTION"


def test_r9_a_wrong_total_and_period_are_shown_as_mismatches(tmp_path: Path) -> None:
    lines_of_text = tuple(
        line.replace("13{s}320,00", "13{s}330,00").replace("30/11/2026", "29/11/2026")
        for line in INVOICE_LINES
    )
    invoice = read_invoice_pdf(write(tmp_path, "facture.pdf", invoice_pdf(" ", lines_of_text)))
    statuses = {line.field: line.status for line in compare(invoice, EXPECTED)}
    assert statuses == {
        "total_ht": "match",
        "vat": "match",
        "total_ttc": "mismatch",
        "period": "mismatch",
        "number": "match",
        "seller_siret": "match",
        "buyer": "match",
    }
    lines = {line.field: line for line in compare(invoice, EXPECTED)}
    assert plain(lines["total_ttc"].found) == "13 330,00 €"
    assert plain(lines["period"].found) == "01/11/2026 – 29/11/2026"
    assert not all_match(list(lines.values()))


def test_r9_a_facturx_xml_is_preferred_to_the_text(tmp_path: Path) -> None:
    # The text says 11 100 € HT; the embedded XML (what the software meant) says 11 700 €.
    xml = cii_xml(ht="11700.00", vat="2340.00", ttc="14040.00", number="FX-1")
    data = with_attachment(invoice_pdf(), "factur-x.xml", xml)
    invoice = read_invoice_pdf(write(tmp_path, "facturx.pdf", data))
    assert invoice.source == "facturx"
    assert (invoice.number, invoice.total_ht, invoice.total_ttc) == (
        "FX-1",
        Decimal("11700.00"),
        Decimal("14040.00"),
    )
    assert invoice.buyer_name == "LittleBig Connection"
    assert invoice.buyer_siret == "79356975700016"
    assert invoice.issue_date == date(2026, 11, 28)
    assert (invoice.period_start, invoice.period_end) == (date(2026, 11, 1), date(2026, 11, 30))
    statuses = {line.field: line.status for line in compare(invoice, EXPECTED)}
    assert statuses["total_ht"] == statuses["number"] == "mismatch"
    assert statuses["buyer"] == statuses["period"] == "match"


def test_r9_the_text_fills_what_the_facturx_xml_leaves_out(tmp_path: Path) -> None:
    data = with_attachment(invoice_pdf(), "ZUGFeRD-invoice.xml", cii_xml(period=None))
    invoice = read_invoice_pdf(write(tmp_path, "facturx.pdf", data))
    assert invoice.source == "facturx"
    assert (invoice.period_start, invoice.period_end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert all_match(compare(invoice, EXPECTED))


@pytest.mark.parametrize(
    "xml",
    [
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<rsm:CrossIndustryInvoice>&b;</rsm:CrossIndustryInvoice>",
        b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
        b"<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'/>",
        b"<rsm:CrossIndustryInvoice><unclosed>",
        b"\xff\xfe not xml at all",
        b"",
    ],
    ids=["entities", "external-entity", "ubl", "broken", "binary", "empty"],
)
def test_r9_hostile_or_foreign_xml_is_ignored_and_the_text_is_read(
    tmp_path: Path, xml: bytes
) -> None:
    assert parse_cii(xml) is None
    data = with_attachment(invoice_pdf(), "factur-x.xml", xml) if xml else invoice_pdf()
    invoice = read_invoice_pdf(write(tmp_path, "facture.pdf", data))
    assert invoice.source == "text"
    assert invoice.total_ttc == Decimal("13320.00")


def test_r9_a_pdf_without_text_is_read_but_says_so(tmp_path: Path) -> None:
    invoice = read_invoice_pdf(write(tmp_path, "scan.pdf", drawing_pdf()))
    assert invoice.source == "none"
    assert not invoice.has_text
    assert invoice.total_ttc is None
    lines = compare(invoice, EXPECTED)
    assert {line.status for line in lines} == {"missing"}
    assert {line.found for line in lines} == {""}


def test_r9_the_file_is_recognised_by_its_bytes_not_its_extension(tmp_path: Path) -> None:
    invoice = read_invoice_pdf(write(tmp_path, "facture.png", invoice_pdf()))
    assert invoice.total_ttc == Decimal("13320.00")
    assert invoice.original_name == "facture.png"


def test_r9_the_hash_and_size_are_those_of_the_bytes_read(tmp_path: Path) -> None:
    import hashlib

    data = invoice_pdf()
    invoice = read_invoice_pdf(write(tmp_path, "facture.pdf", data))
    assert invoice.sha256 == hashlib.sha256(data).hexdigest()
    assert invoice.size == len(data)


# --- Bad files --------------------------------------------------------------------------------


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (PNG, "not_pdf"),
        ("Facture n° 12\nTotal TTC 100,00 €\n".encode(), "not_pdf"),
        (b"PK\x03\x04 a zip or a .docx renamed", "not_pdf"),
        (b"", "empty"),
        (b"%PDF-1.7\nnot really a pdf\n%%EOF\n", "damaged"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n", "truncated"),
    ],
    ids=["png", "text", "zip", "empty", "garbage", "no-eof"],
)
def test_r9_bad_files_are_refused_with_a_code(tmp_path: Path, content: bytes, code: str) -> None:
    assert refusal(write(tmp_path, "facture.pdf", content)) == code


def test_r9_a_truncated_pdf_is_refused(tmp_path: Path) -> None:
    sample = SAMPLES / "Facture_FR_BASICWL.pdf"
    data = sample.read_bytes() if sample.exists() else invoice_pdf()
    assert refusal(write(tmp_path, "half.pdf", data[: len(data) // 2])) == "truncated"


@pytest.mark.parametrize(
    ("user_password", "algorithm"),
    [("secret", None), ("", None), ("secret", "AES-256"), ("", "AES-128")],
    ids=["password", "empty-password", "aes256", "aes128-empty-password"],
)
def test_r9_an_encrypted_pdf_is_refused(
    tmp_path: Path, user_password: str, algorithm: str | None
) -> None:
    if algorithm:
        pytest.importorskip("cryptography")
    data = encrypted(invoice_pdf(), user_password, algorithm)
    assert refusal(write(tmp_path, "locked.pdf", data)) == "encrypted"


def test_r9_a_file_over_10_mb_is_refused(tmp_path: Path) -> None:
    big = write(tmp_path, "big.pdf", b"%PDF-1.7\n" + bytes(11 * 1024 * 1024) + b"\n%%EOF\n")
    assert refusal(big) == "too_large"


def test_r9_a_valid_pdf_padded_over_10_mb_is_refused(tmp_path: Path) -> None:
    data = invoice_pdf()  # a comment line of 11 MB before the end-of-file marker
    padded = data.replace(b"%%EOF", b"%" + b"x" * (11 * 1024 * 1024) + b"\n%%EOF")
    assert len(padded) > 11 * 1024 * 1024
    assert refusal(write(tmp_path, "padded.pdf", padded)) == "too_large"


def test_r9_a_pdf_of_exactly_10_mb_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    limit = 10 * 1024 * 1024
    data = with_attachment(invoice_pdf(), "annexe.bin", os.urandom(limit - 64 * 1024))
    assert len(data) < limit
    exact = data + b"\n" * (limit - len(data))  # blank lines after %%EOF are allowed
    assert read_invoice_pdf(write(tmp_path, "exact.pdf", exact)).total_ttc == Decimal("13320.00")
    assert refusal(write(tmp_path, "over.pdf", exact + b"\n")) == "too_large"


def test_r9_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "factures.pdf"
    folder.mkdir()
    assert refusal(folder) == "folder"
    with pytest.raises(ImportRefused) as caught:
        check_single_file([folder])
    assert caught.value.code == "folder"


def test_r9_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert refusal(tmp_path / "nowhere.pdf") == "missing"
    assert refusal(tmp_path / "no-folder" / "nowhere.pdf") == "missing"


def test_r9_a_file_that_vanishes_while_it_is_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "facture.pdf", invoice_pdf())
    real_open = Path.open

    def vanish_then_open(self: Path, *args: object, **kwargs: object) -> io.BufferedReader:
        self.unlink()
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", vanish_then_open)
    assert refusal(path) == "missing"


def test_r9_several_files_at_once_are_refused(tmp_path: Path) -> None:
    first = write(tmp_path, "a.pdf", invoice_pdf())
    second = write(tmp_path, "b.pdf", invoice_pdf())
    with pytest.raises(ImportRefused) as caught:
        check_single_file([first, second])
    assert caught.value.code == "several_files"
    with pytest.raises(ImportRefused) as caught:
        check_single_file([])
    assert caught.value.code == "missing"
    assert check_single_file([first]) == first


def test_r9_import_refused_is_a_value_error_with_a_code() -> None:
    error = ImportRefused("encrypted", "x.pdf is encrypted.")
    assert isinstance(error, ValueError)
    assert (error.code, str(error)) == ("encrypted", "x.pdf is encrypted.")


# --- The comparison and the matching ---------------------------------------------------------


def extracted(**fields: object) -> ExtractedInvoice:
    base = ExtractedInvoice(
        sha256="0" * 64,
        size=1,
        original_name="f.pdf",
        source="text",
        number="FA-2026-011",
        total_ht=Decimal("11100.00"),
        vat=Decimal("2220.00"),
        total_ttc=Decimal("13320.00"),
        seller_siret="73282932000074",
        buyer_name="LITTLE BIG CONNECTION",
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
        has_text=True,
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def status(lines: list[CheckLine], field: str) -> str:
    return next(line.status for line in lines if line.field == field)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("LittleBig Connection", "match"),
        ("Little Big Connection S.A.S.", "match"),
        ("little-big connection, 7 rue de Châteaudun 75009 Paris", "match"),
        ("LITTLE BIG CONNECTIÖN SAS", "match"),
        ("ACME Industries", "mismatch"),
        ("Big Connection", "mismatch"),
        (None, "missing"),
    ],
)
def test_r9_the_buyer_is_compared_without_case_accents_or_legal_form(
    name: str | None, expected: str
) -> None:
    assert status(compare(extracted(buyer_name=name), EXPECTED), "buyer") == expected


def test_r9_the_buyer_matches_on_its_siret_when_its_name_is_not_found() -> None:
    lines = compare(extracted(buyer_name=None, buyer_siret="79356975700016"), EXPECTED)
    assert status(lines, "buyer") == "match"
    lines = compare(extracted(buyer_name=None, buyer_siret="12345678900011"), EXPECTED)
    assert status(lines, "buyer") == "mismatch"


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("73282932000074", "match"),
        ("732 829 320 00074", "match"),
        ("732829320", "match"),  # the SIREN the SIRET starts with
        ("73282932000075", "mismatch"),
        (None, "missing"),
    ],
)
def test_r9_the_seller_siret_is_compared_on_its_digits(found: str | None, expected: str) -> None:
    assert status(compare(extracted(seller_siret=found), EXPECTED), "seller_siret") == expected


def test_r9_an_unknown_expected_number_or_siret_accepts_what_the_file_says() -> None:
    unknown = replace(EXPECTED, number="", seller_siret="")
    lines = compare(extracted(), unknown)
    assert status(lines, "number") == status(lines, "seller_siret") == "match"
    lines = compare(extracted(number=None, seller_siret=None), unknown)
    assert status(lines, "number") == status(lines, "seller_siret") == "missing"
    assert status(compare(extracted(number="fa-2026-011"), EXPECTED), "number") == "match"
    assert status(compare(extracted(number="FA-2026-012"), EXPECTED), "number") == "mismatch"


def test_r9_amounts_match_to_the_cent_and_are_formatted_the_french_way() -> None:
    lines = compare(extracted(vat=Decimal("2220.004"), total_ht=Decimal("11100.01")), EXPECTED)
    assert status(lines, "vat") == "match"
    assert status(lines, "total_ht") == "mismatch"
    line = next(line for line in lines if line.field == "total_ht")
    assert (line.expected, line.found) == (
        format_money(Decimal("11100.00")),
        format_money(Decimal("11100.01")),
    )
    lines = compare(extracted(period_end=None), EXPECTED)
    assert status(lines, "period") == "missing"


CANDIDATES = [
    (1, Decimal("13320.00"), date(2026, 10, 1), date(2026, 10, 31)),
    (2, Decimal("13320.00"), date(2026, 11, 1), date(2026, 11, 30)),
    (3, Decimal("12000.00"), date(2026, 11, 1), date(2026, 11, 30)),
]


def test_r9_a_file_matches_the_one_invoice_with_its_total_and_period() -> None:
    assert match_invoice(extracted(), CANDIDATES) == 2
    overlapping = extracted(period_start=date(2026, 11, 15), period_end=date(2026, 12, 15))
    assert match_invoice(overlapping, CANDIDATES) == 2
    assert match_invoice(extracted(total_ttc=Decimal("12000")), CANDIDATES) == 3


def test_r9_no_invoice_is_proposed_when_the_match_is_not_unique() -> None:
    twin = (4, Decimal("13320.00"), date(2026, 11, 10), date(2026, 11, 20))
    assert match_invoice(extracted(), [*CANDIDATES, twin]) is None
    assert match_invoice(extracted(total_ttc=Decimal("1.00")), CANDIDATES) is None
    assert match_invoice(extracted(period_start=None, period_end=None), CANDIDATES) is None
    assert match_invoice(extracted(total_ttc=None, total_ht=None), CANDIDATES) is None
    assert match_invoice(extracted(), []) is None


def test_r9_the_total_ht_is_used_when_the_file_gives_no_ttc() -> None:
    franchise = extracted(total_ttc=None, total_ht=Decimal("12000.00"), vat=Decimal(0))
    assert match_invoice(franchise, CANDIDATES) == 3


# --- Text heuristics -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,56 €", "1234.56"),
        ("1\u202f234,56\xa0€", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("11 100", "11100.00"),
        ("-233,47 €", "-233.47"),
        ("600,5", "600.50"),
    ],
)
def test_french_amounts_are_read(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3,4", "€", "--5"])
def test_what_is_not_an_amount_gives_none(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("28/11/2026", date(2026, 11, 28)),
        ("28.11.26", date(2026, 11, 28)),
        ("1er novembre 2026", date(2026, 11, 1)),
        ("15 août 2026", date(2026, 8, 15)),
        ("31/02/2026", None),
        ("13/13/2026", None),
    ],
)
def test_french_dates_are_read(text: str, value: date | None) -> None:
    assert parse_date(text) == value


def test_other_french_labels_are_understood() -> None:
    text = "\n".join(
        [
            "FACTURE",
            "N° de facture : 2026-0042",
            "Émise le 02/12/2026",
            "Client :",
            "Little Big Connection SAS",
            "SIREN 732 829 320",
            "Prestations de novembre 2026",
            "Montant HT 4 800,00 €",
            "TVA non applicable, art. 293 B du CGI",
            "Net à payer : 4 800,00 €",
        ]
    )
    found = parse_invoice_text(text)
    assert found.number == "2026-0042"
    assert found.issue_date == date(2026, 12, 2)
    assert found.buyer_name == "Little Big Connection SAS"
    assert found.seller_siret == "732829320"
    assert (found.period_start, found.period_end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert (found.total_ht, found.vat, found.total_ttc) == (
        Decimal("4800.00"),
        Decimal("0.00"),
        Decimal("4800.00"),
    )
    assert found.type_code == "380"


@pytest.mark.parametrize(
    "text",
    [
        "Facture n° FA-2026-011",
        "Facture N°FA-2026-011",
        "FACTURE\nN° FA-2026-011",
        "Numéro de facture : FA-2026-011.",
        "Facture : FA-2026-011 du 28/11/2026",
        "Invoice number: FA-2026-011",
    ],
)
def test_the_invoice_number_is_found_after_its_usual_labels(text: str) -> None:
    assert parse_invoice_text(text).number == "FA-2026-011"


def test_a_date_or_a_word_is_not_taken_for_the_invoice_number() -> None:
    found = parse_invoice_text("Facture du 28/11/2026\nFacture liée\nN° TVA FR11999999998")
    assert found.number is None
    assert found.issue_date == date(2026, 11, 28)


def test_a_credit_note_title_gives_type_381() -> None:
    found = parse_invoice_text("Avoir n° AV-2026-003\nFacture liée FA-2026-011\n")
    assert (found.type_code, found.number) == ("381", "AV-2026-003")


@pytest.mark.skipif(not UNICODE_FONT, reason="needs the bundled DejaVu font")
def test_accents_survive_the_round_trip_through_the_pdf(tmp_path: Path) -> None:
    invoice = read_invoice_pdf(write(tmp_path, "f.pdf", text_pdf(["Facturé à : Société Générale"])))
    assert invoice.buyer_name == "Société Générale"


# --- Layering --------------------------------------------------------------------------------


def test_importing_the_reader_loads_neither_qt_nor_pypdf() -> None:
    script = (
        "import sys, connect_desktop.services.invoice_import\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'pypdf', 'fpdf', 'sqlalchemy', 'defusedxml'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
