"""The specimen invoice as a PDF: one A4 page built from a domain quote, read back with pypdf."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from connect_desktop.domain.payment import PaymentOption, quote
from connect_desktop.resources import resource_path
from connect_desktop.services.specimen_pdf import SpecimenData, write_specimen_pdf

MM = 72 / 25.4  # PDF points per millimetre
PAGE_W_PT, PAGE_H_PT = 210 * MM, 297 * MM
MARGIN_PT = 15 * MM
VALIDATED_ON = date(2026, 12, 2)


def specimen(
    option: PaymentOption = PaymentOption.EXPRESS,
    *,
    vat_rate: Decimal = Decimal("0.20"),
    fee_detail: str = "2,5 % du TJM par jour",
    **changes: Any,
) -> SpecimenData:
    """18.5 days of November 2026 at 600 € HT, validated on 2 December, amounts from R4."""
    figures = quote(
        option,
        daily_rate=Decimal("600"),
        days=Decimal("18.5"),
        clock_start=VALIDATED_ON,
        vat_rate=vat_rate,
    )
    data = SpecimenData(
        freelancer_name="Camille Martin",
        freelancer_legal_form="EI",
        freelancer_siret="90765432100005",
        freelancer_address=("18 rue des Lilas", "44000 Nantes"),
        freelancer_vat_number="" if vat_rate == 0 else "FR40907654321",
        vat_franchise=vat_rate == 0,
        client_name="Acme Industries",
        mission_title="Refonte de l'application mobile",
        lbc_reference="LBC-2026-00042",
        issue_date=VALIDATED_ON,
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
        days=figures.days,
        daily_rate=figures.daily_rate,
        vat_rate=figures.vat_rate,
        amount_ht=figures.amount_ht,
        vat=figures.vat,
        amount_ttc=figures.amount_ttc,
        option_label=option.value.capitalize(),  # "Express"
        fee=figures.fee,
        fee_detail=fee_detail,
        net=figures.net,
        pay_earliest=figures.pay_earliest,
        pay_latest=figures.pay_latest,
    )
    return dataclasses.replace(data, **changes)


def read_text(path: Path) -> str:
    """The page's text with every kind of space (babel's narrow no-break ones) made one."""
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def text_runs(path: Path) -> list[tuple[str, float, float, float, bool, bool]]:
    """(text, x, y, size, bold, rotated) of every piece of text, in PDF points."""
    runs: list[tuple[str, float, float, float, bool, bool]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            bold = "Bold" in str(font.get("/BaseFont", "")) if isinstance(font, dict) else False
            rotated = abs(cm[1]) > 1e-6 or abs(cm[2]) > 1e-6
            runs.append((text.strip(), tm[4], tm[5], size, bold, rotated))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return runs


def assert_inside_the_margins(path: Path) -> None:
    """Every piece of text but the watermark starts and ends between the margins."""
    from fpdf import FPDF

    measure = FPDF(unit="pt")
    measure.add_font("DejaVu", "", resource_path("fonts", "DejaVuSans.ttf"))
    measure.add_font("DejaVu", "B", resource_path("fonts", "DejaVuSans-Bold.ttf"))
    runs = [run for run in text_runs(path) if not run[5]]
    assert len(runs) > 20
    try:
        for text, x, y, size, bold, _rotated in runs:
            measure.set_font("DejaVu", "B" if bold else "", size)
            right = x + measure.get_string_width(text)
            assert x >= MARGIN_PT - 1, text
            assert right <= PAGE_W_PT - MARGIN_PT + 1, (text, right)
            assert 0 < y < PAGE_H_PT - MARGIN_PT / 2, text
    finally:
        for font in measure.fonts.values():
            font.ttfont.close()  # fpdf2 leaves font files open


def test_r4_the_french_specimen_is_one_page_with_the_amounts(tmp_path: Path) -> None:
    path = tmp_path / "specimen.pdf"

    assert write_specimen_pdf(specimen(), path) == path

    reader = PdfReader(path)
    assert len(reader.pages) == 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width) / MM), round(float(height) / MM)) == (210, 297)
    text = read_text(path)
    for expected in (
        "Facture — SPÉCIMEN",
        "Camille Martin EI",
        "SIRET : 907 654 321 00005",
        "18 rue des Lilas",
        "FR40907654321",
        "LITTLE BIG CONNECTION",
        "SAS – SIRET : 793 569 757 00016",
        "7 rue de Châteaudun",
        "75009 Paris",
        "Refonte de l'application mobile",
        "Acme Industries",
        "LBC-2026-00042",
        "du 01/11/2026 au 30/11/2026",
        "Prestation – Refonte de l'application mobile – novembre 2026",
        "18,5",
        "600,00 €",
        "20 %",
        "Total HT 11 100,00 €",
        "TVA 20 % 2 220,00 €",
        "Total TTC 13 320,00 €",
        "Ce que vous recevrez".upper(),
        "Frais de l'option Express −277,50 €",
        "2,5 % du TJM par jour, calculés sur le TJM HT, sans TVA",
        "Net versé 13 042,50 €",
        "Paiement attendu le 01/01/2027",  # Express: 30 calendar days after validation
        "N° : attribué à la facture définitive",
        "Date d'émission : 02/12/2026",
    ):
        assert expected in text, expected
    assert "entre le" not in text
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title == "Facture — SPÉCIMEN – Refonte de l'application mobile – novembre 2026"
    assert metadata.author == "Camille Martin"
    assert metadata.creator == "Connect Desktop"
    assert_inside_the_margins(path)


def test_the_watermark_is_a_large_transparent_diagonal_specimen(tmp_path: Path) -> None:
    path = write_specimen_pdf(specimen(), tmp_path / "specimen.pdf")

    rotated = [run for run in text_runs(path) if run[5]]
    assert [(text, size > 60) for text, *_, size, _bold, _rot in rotated] == [("SPÉCIMEN", True)]
    states = PdfReader(path).pages[0]["/Resources"]["/ExtGState"]
    opacities = [float(state.get_object()["/ca"]) for state in states.values()]
    assert opacities
    assert all(0 < opacity <= 0.2 for opacity in opacities)  # figures stay readable under it


def test_r4_under_the_vat_franchise_the_293_b_mention_replaces_the_vat(tmp_path: Path) -> None:
    data = specimen(vat_rate=Decimal("0"))
    assert (data.vat, data.amount_ttc, data.net) == (
        Decimal("0.00"),
        Decimal("11100.00"),
        Decimal("10822.50"),
    )

    text = read_text(write_specimen_pdf(data, tmp_path / "specimen.pdf"))

    assert "TVA non applicable, art. 293 B du CGI" in text
    assert "Total TTC 11 100,00 €" in text
    assert "Net versé 10 822,50 €" in text
    assert "TVA 0" not in text
    assert "0,00 €" not in text.replace("100,00 €", "").replace("600,00 €", "")
    assert "2 220,00 €" not in text


def test_r5_a_payment_window_prints_between_two_dates(tmp_path: Path) -> None:
    data = specimen(
        PaymentOption.IMMEDIATE,
        fee_detail="20 € par jour facturé",
        option_label="Paiement immédiat",
        invoice_number="FC-2026-0117",
    )
    assert (data.pay_earliest, data.pay_latest) == (date(2026, 12, 5), date(2026, 12, 7))

    text = read_text(write_specimen_pdf(data, tmp_path / "specimen.pdf"))

    assert "Paiement attendu entre le 05/12/2026 et le 07/12/2026" in text
    assert "Frais de l'option Paiement immédiat −370,00 €" in text
    assert "Net versé 12 950,00 €" in text
    assert "N° FC-2026-0117" in text


def test_without_a_fee_or_a_known_date_the_box_says_so(tmp_path: Path) -> None:
    data = specimen(PaymentOption.BASIC, fee_detail="", pay_earliest=None, pay_latest=None)
    assert data.fee == 0

    text = read_text(write_specimen_pdf(data, tmp_path / "specimen.pdf"))

    assert "Option Basic : sans frais 0,00 €" in text
    assert "Net versé 13 320,00 €" in text
    assert "Paiement attendu date à venir" in text


def test_a_part_month_period_prints_its_dates_in_the_designation(tmp_path: Path) -> None:
    data = specimen(period_start=date(2026, 11, 2), period_end=date(2026, 11, 20))

    text = read_text(write_specimen_pdf(data, tmp_path / "specimen.pdf"))

    assert "Refonte de l'application mobile – du 02/11/2026 au 20/11/2026" in text
    assert "novembre" not in text


def test_the_english_specimen_has_english_labels_and_number_formats(tmp_path: Path) -> None:
    data = specimen(fee_detail="2.5% of the daily rate per day")
    path = write_specimen_pdf(data, tmp_path / "specimen.pdf", language="en")

    text = read_text(path)
    for expected in (
        "Invoice — SPECIMEN",
        "BILLED TO",
        "LITTLE BIG CONNECTION",
        "18.5",
        "€600.00",
        "Total excl. VAT €11,100.00",
        "Express option fee −€277.50",
        "Net paid to you €13,042.50",
        "Expected payment on Jan 1, 2027",
        "Services – Refonte de l'application mobile – November 2026",
    ):
        assert expected in text, expected
    for french in ("FACTURÉ À", "Net versé", "novembre"):
        assert french not in text
    assert PdfReader(path).metadata.title.startswith("Invoice — SPECIMEN")
    assert_inside_the_margins(path)


def test_very_long_names_wrap_or_shrink_and_stay_on_the_page(tmp_path: Path) -> None:
    data = specimen(
        freelancer_name="Marie-Christine Bernadette de La Tour d'Auvergne-Lauraguais Montmorency",
        freelancer_address=(
            "Résidence Les Jardins de la Vallée de Chevreuse, bâtiment C, escalier 4, porte 1207",
            "78460 Chevreuse",
        ),
        client_name=(
            "Compagnie Générale des Établissements Industriels de la Région "
            "Auvergne-Rhône-Alpes et de Bourgogne-Franche-Comté"
        ),
        mission_title=(
            "Refonte complète de la plateforme de paiement et migration des services "
            "historiques vers une architecture événementielle multi-région à haute "
            "disponibilité, avec reprise des données de facturation depuis 2009"
        ),
        lbc_reference="LBC-2026-000000000000000000000000000000000000000000000000000000042",
        option_label="Paiement immédiat avec un libellé beaucoup plus long que d'habitude",
        fee_detail="2,5 % du TJM par jour facturé, prélevés sur chaque paiement versé par LBC",
        invoice_number="FC-2026-" + "0" * 40 + "117",
    )
    path = write_specimen_pdf(data, tmp_path / "specimen.pdf")

    assert len(PdfReader(path).pages) == 1
    assert_inside_the_margins(path)
    text = read_text(path)
    for expected in (
        "Marie-Christine Bernadette",
        "Compagnie Générale des Établissements",
        "Refonte complète de la plateforme",
        "11 100,00 €",
        "13 042,50 €",
    ):
        assert expected in text, expected


def test_text_is_printed_with_the_bundled_dejavu_font(tmp_path: Path) -> None:
    path = write_specimen_pdf(specimen(), tmp_path / "specimen.pdf")
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts.values()}
    assert len(names) == 2
    assert all(name.startswith("DejaVuSans") for name in names), names  # no core font


def test_the_write_is_atomic_and_replaces_an_existing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "attachments"
    folder.mkdir()
    path = folder / "specimen.pdf"
    path.write_bytes(b"an older specimen")

    write_specimen_pdf(specimen(), path)

    assert path.read_bytes().startswith(b"%PDF-")
    assert len(PdfReader(path).pages) == 1
    assert sorted(item.name for item in folder.iterdir()) == ["specimen.pdf"]

    # A failure at the last step leaves the previous file whole and no temporary file.
    previous = path.read_bytes()

    def broken_replace(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_specimen_pdf(specimen(), path)
    assert path.read_bytes() == previous
    assert sorted(item.name for item in folder.iterdir()) == ["specimen.pdf"]


def test_specimen_data_is_frozen_defaults_to_lbc_and_checks_its_dates() -> None:
    data = specimen()
    assert (data.buyer_name, data.buyer_legal_form) == ("LITTLE BIG CONNECTION", "SAS")
    assert data.buyer_address == ("7 rue de Châteaudun", "75009 Paris")
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.net = Decimal(0)  # type: ignore[misc]
    with pytest.raises(ValueError, match="period"):
        specimen(period_start=date(2026, 11, 30), period_end=date(2026, 11, 1))
    with pytest.raises(ValueError, match="payment"):
        specimen(pay_earliest=date(2027, 1, 2), pay_latest=date(2027, 1, 1))


def test_importing_the_module_does_not_import_fpdf() -> None:
    code = (
        "import sys\n"
        "import connect_desktop.services.specimen_pdf\n"
        "assert 'fpdf' not in sys.modules, 'fpdf imported at module import'\n"
        "assert not any(name.startswith('PySide6') for name in sys.modules)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_same_specimen_gives_the_same_bytes(tmp_path: Path) -> None:
    """Dated by its issue date, not by the clock: a regenerated specimen is the same file."""
    first = write_specimen_pdf(specimen(), tmp_path / "first.pdf")
    second = write_specimen_pdf(specimen(), tmp_path / "second.pdf")
    assert first.read_bytes() == second.read_bytes()
    created = PdfReader(first).metadata.creation_date
    assert created is not None
    assert created.date() == specimen().issue_date
