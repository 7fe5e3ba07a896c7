"""The CRA as a PDF: one A4 page, built from the real CRA service, read back with pypdf."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine

from connect_desktop.resources import resource_path
from connect_desktop.services.cra import (
    CraMonth,
    add_correction,
    load_cra_month,
    record_validation,
    set_days,
    submit,
)
from connect_desktop.services.cra_pdf import write_cra_pdf
from connect_desktop.services.profile import ProfileData, load_profile
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.missions import create_mission
from connect_desktop.store.profile import save_profile

TODAY = date(2026, 12, 1)
MM = 72 / 25.4  # PDF points per millimetre
PAGE_W_PT, PAGE_H_PT = 210 * MM, 297 * MM
MARGIN_PT = 15 * MM


def make_profile(engine: Engine) -> ProfileData:
    with unit_of_work(engine) as session:
        save_profile(
            session,
            full_name="Camille Martin",
            legal_form="EI",
            siret="90765432100005",
            address_line1="18 rue des Lilas",
            postcode="44000",
            city="Nantes",
            email="camille.martin@example.fr",
        )
    return load_profile(engine)


def make_mission(
    engine: Engine,
    title: str = "Refonte de l'application mobile",
    client: str = "Acme Industries",
) -> int:
    with unit_of_work(engine) as session:
        mission = create_mission(
            session,
            title=title,
            client_name=client,
            start_on=date(2026, 1, 5),
            daily_rate=Decimal("650"),
            signed_on=date(2025, 12, 1),
            lbc_reference="LBC-2026-00042",
        )
        assert mission.id is not None
        return mission.id


def fill_month(
    engine: Engine, mission_id: int, year: int, month: int, *, halves: int = 0, language="fr"
) -> CraMonth:
    """Every fillable day full, then ``halves`` of them (from the first) made half days."""
    empty = load_cra_month(engine, mission_id, year, month, TODAY, language)
    days = [cell.day for cell in empty.cells() if cell.fillable]
    changes = {day: 1 if index < halves else 2 for index, day in enumerate(days)}
    return set_days(engine, mission_id, year, month, changes, TODAY, language)


def november_2026(engine: Engine, language: str = "fr") -> CraMonth:
    """20 working days (11 November is a Wednesday): 18 full days and one half day."""
    mission_id = make_mission(engine)
    fill_month(engine, mission_id, 2026, 11, language=language)
    drop = {date(2026, 11, 27): 0, date(2026, 11, 30): 1}
    month = set_days(engine, mission_id, 2026, 11, drop, TODAY, language)
    assert month.entered_days == Decimal("18.5")
    return month


def march_2026_with_adjustments(engine: Engine, title: str = "", client: str = "") -> CraMonth:
    """March 2026 starts on a Sunday and has 31 days: six rows. February is validated,
    then corrected twice on March."""
    mission_id = make_mission(engine, *(value for value in (title, client) if value))
    february = fill_month(engine, mission_id, 2026, 2)
    assert february.cra_id is not None
    submit(engine, february.cra_id, date(2026, 3, 2))
    record_validation(engine, february.cra_id, date(2026, 3, 3), TODAY)
    fill_month(engine, mission_id, 2026, 3, halves=1)
    add_correction(engine, february.cra_id, (2026, 3), 2, "Atelier du 27 février oublié", TODAY)
    month = add_correction(
        engine, february.cra_id, (2026, 3), -1, "Demi-journée comptée en trop le 12", TODAY
    )
    assert len(month.rows) == 6
    assert len(month.adjustments) == 2
    return month


def read_text(path: Path) -> str:
    return PdfReader(path).pages[0].extract_text()


def text_runs(path: Path) -> list[tuple[str, float, float, float, bool]]:
    """(text, x, y, size, bold) of every piece of text, in PDF points from the bottom left."""
    runs: list[tuple[str, float, float, float, bool]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            bold = "Bold" in str(font.get("/BaseFont", "")) if isinstance(font, dict) else False
            runs.append((text.strip(), tm[4], tm[5], size, bold))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return runs


def assert_inside_the_margins(path: Path) -> None:
    """Every piece of text starts and ends between the margins and stays on the page."""
    from fpdf import FPDF

    measure = FPDF(unit="pt")
    measure.add_font("DejaVu", "", resource_path("fonts", "DejaVuSans.ttf"))
    measure.add_font("DejaVu", "B", resource_path("fonts", "DejaVuSans-Bold.ttf"))
    runs = text_runs(path)
    assert runs
    try:
        for text, x, y, size, bold in runs:
            measure.set_font("DejaVu", "B" if bold else "", size)
            right = x + measure.get_string_width(text)
            assert x >= MARGIN_PT - 1, text
            assert right <= PAGE_W_PT - MARGIN_PT + 1, (text, right)
            assert 0 < y < PAGE_H_PT - MARGIN_PT / 2, text
    finally:
        for font in measure.fonts.values():
            font.ttfont.close()  # fpdf2 leaves font files open


def test_the_french_cra_pdf_is_one_page_with_the_months_facts(
    engine: Engine, tmp_path: Path
) -> None:
    profile = make_profile(engine)
    month = november_2026(engine)
    path = tmp_path / "cra-2026-11.pdf"

    assert write_cra_pdf(month, profile, path, generated_on=TODAY) == path

    reader = PdfReader(path)
    assert len(reader.pages) == 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width) / MM), round(float(height) / MM)) == (210, 297)
    text = read_text(path)
    for expected in (
        "Compte rendu d'activité",
        "novembre 2026",
        "Camille Martin EI",
        "907 654 321 00005",
        "18 rue des Lilas",
        "44000 Nantes",
        "Acme Industries",
        "Refonte de l'application mobile",
        "LBC-2026-00042",
        "Armistice",
        "Toussaint",
        "Jours saisis",
        "Jours facturés",
        "18,5",
        "0,5",
        "Le freelance",
        "Le client",
        "Date et signature",
        "Statut\xa0: brouillon",
        "Document généré le 01/12/2026",
    ):
        assert expected in text, expected
    assert "€" not in text  # a CRA is about days, never money
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title is not None
    assert metadata.title.startswith("Compte rendu d'activité – novembre 2026")
    assert metadata.author == "Camille Martin"
    assert metadata.creator == "Connect Desktop"
    assert_inside_the_margins(path)


def test_text_is_printed_with_the_bundled_dejavu_font(engine: Engine, tmp_path: Path) -> None:
    path = write_cra_pdf(november_2026(engine), make_profile(engine), tmp_path / "cra.pdf")
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts.values()}
    assert len(names) == 2
    assert all(name.startswith("DejaVuSans") for name in names), names  # no core font


def test_the_english_cra_pdf_has_english_labels(engine: Engine, tmp_path: Path) -> None:
    profile = make_profile(engine)
    month = november_2026(engine, language="en")
    path = write_cra_pdf(month, profile, tmp_path / "cra.pdf", language="en", generated_on=TODAY)

    text = read_text(path)
    for expected in (
        "Activity report",
        "November 2026",
        "Days entered",
        "Days billed",
        "18.5",
        "The freelancer",
        "The client",
        "Date and signature",
        "Armistice Day",
        "Generated on Dec 1, 2026",
    ):
        assert expected in text, expected
    for french in ("Le client", "Compte rendu", "Jours facturés", "novembre"):
        assert french not in text
    assert PdfReader(path).metadata.title.startswith("Activity report – November 2026")


def test_a_validated_cra_says_when_the_client_validated_it(engine: Engine, tmp_path: Path) -> None:
    profile = make_profile(engine)
    mission_id = make_mission(engine)
    cra_id = fill_month(engine, mission_id, 2026, 10).cra_id
    assert cra_id is not None
    submit(engine, cra_id, date(2026, 10, 30))
    month = record_validation(engine, cra_id, date(2026, 11, 2), TODAY)

    text = read_text(write_cra_pdf(month, profile, tmp_path / "cra.pdf"))

    assert "validé par le client le 02/11/2026" in text


def test_the_write_is_atomic_and_replaces_an_existing_file(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = make_profile(engine)
    month = november_2026(engine)
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "cra.pdf"
    path.write_bytes(b"an older export")

    write_cra_pdf(month, profile, path)

    assert path.read_bytes().startswith(b"%PDF-")
    assert len(PdfReader(path).pages) == 1
    assert sorted(item.name for item in folder.iterdir()) == ["cra.pdf"]

    # A failure at the last step leaves the previous file whole and no temporary file.
    previous = path.read_bytes()

    def broken_replace(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_cra_pdf(month, profile, path)
    assert path.read_bytes() == previous
    assert sorted(item.name for item in folder.iterdir()) == ["cra.pdf"]


def test_a_six_row_month_with_two_adjustments_stays_on_one_page(
    engine: Engine, tmp_path: Path
) -> None:
    profile = make_profile(engine)
    month = march_2026_with_adjustments(engine)
    path = write_cra_pdf(month, profile, tmp_path / "cra.pdf", generated_on=TODAY)

    assert len(PdfReader(path).pages) == 1
    text = read_text(path)
    for expected in (
        "mars 2026",
        "Ajustements",
        "Atelier du 27 février oublié",
        "Demi-journée comptée en trop le 12",
        "février 2026",
        "+1",
        "\u22120,5",
        "+0,5",  # the adjustments' total
        "Le client",
        "Document généré le 01/12/2026",
    ):
        assert expected in text, expected
    assert format(month.billed_days - month.entered_days) == "0.5"
    assert_inside_the_margins(path)


def test_a_very_long_mission_title_and_client_name_never_overflow(
    engine: Engine, tmp_path: Path
) -> None:
    profile = make_profile(engine)
    title = (
        "Refonte complète de la plateforme de paiement et migration des services historiques "
        "vers une architecture événementielle multi-région à haute disponibilité"
    )
    client = "Compagnie Générale des Établissements Industriels de la Région Auvergne-Rhône-Alpes"
    month = march_2026_with_adjustments(engine, title=title, client=client)
    path = write_cra_pdf(month, profile, tmp_path / "cra.pdf")

    assert len(PdfReader(path).pages) == 1
    assert_inside_the_margins(path)
    text = " ".join(read_text(path).split())
    assert "Refonte complète de la plateforme" in text
    assert "Compagnie Générale" in text


def test_importing_the_module_does_not_import_fpdf() -> None:
    code = (
        "import sys\n"
        "import connect_desktop.services.cra_pdf\n"
        "assert 'fpdf' not in sys.modules, 'fpdf imported at module import'\n"
        "assert not any(name.startswith('PySide6') for name in sys.modules)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_dejavu_fonts_and_their_licence_are_bundled() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        assert resource_path("fonts", name).stat().st_size > 100_000
    licence = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence
    assert "Permission is hereby granted" in licence
