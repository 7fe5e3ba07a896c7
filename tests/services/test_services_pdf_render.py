"""Rendering with the fonts parsed once: the same document as with fpdf2's own ``add_font``
(the reduced fonts, the whole-font fallback, the kept subsets) and the quick ``fit``."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from connect_desktop.resources import resource_path
from connect_desktop.services import pdf_render, pdf_subsets
from connect_desktop.services.pdf_common import FONT, PdfCanvas
from connect_desktop.services.pdf_render import QuickFitCanvas, render_document

pytest.importorskip("fpdf")

CREATED = datetime(2026, 11, 28, tzinfo=UTC)
LINES = (
    "Facture n° CM-2026-0042 — 18,5\u00a0jours × 650,00\u202f€",
    "Camille Durand EI, 12 rue des Lilas, 69003 Lyon",
    "Pénalités de retard\u00a0: trois fois le taux d'intérêt légal",
    "Łukasz Œuvre « Ærø »",
)


def page_with(lines: tuple[str, ...]) -> bytes:
    """A page with ``lines`` in both weights, through ``render_document``."""
    from fpdf import FPDF

    def draw(pdf: FPDF) -> None:
        pdf.add_page()
        canvas = QuickFitCanvas(pdf)
        y = 20.0
        for style in ("", "B"):
            for line in lines:
                size, fitted = canvas.fit(line, 120, 10, style, max_lines=2)
                y = canvas.text(20, y, 120, fitted, size, style)
        pdf.set_creation_date(CREATED)

    return render_document(lambda: FPDF(unit="mm", format="A4"), draw)


def add_font_page(lines: tuple[str, ...]) -> bytes:
    """The same page with fpdf2's ``add_font`` and the plain ``PdfCanvas``."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font(FONT, "", resource_path("fonts", "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", resource_path("fonts", "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    canvas = PdfCanvas(pdf)
    y = 20.0
    for style in ("", "B"):
        for line in lines:
            size, fitted = canvas.fit(line, 120, 10, style, max_lines=2)
            y = canvas.text(20, y, 120, fitted, size, style)
    pdf.set_creation_date(CREATED)
    try:
        return bytes(pdf.output())
    finally:
        for font in pdf.fonts.values():
            font.ttfont.close()


def embedded_fonts(data: bytes, tmp_path: Path) -> list[bytes]:
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    return [
        font.get_object()["/DescendantFonts"][0]["/FontDescriptor"]["/FontFile2"].get_data()
        for font in fonts.values()
    ]


def test_the_embedded_fonts_are_those_add_font_embeds(tmp_path: Path) -> None:
    pdf_subsets.forget()
    first = page_with(LINES)
    assert embedded_fonts(first, tmp_path) == embedded_fonts(add_font_page(LINES), tmp_path)
    assert page_with(LINES) == first  # a kept subset, checked: the same bytes again
    assert page_with(LINES) == first  # a kept subset, written as it was kept


def test_text_outside_the_reduced_fonts_falls_back_to_the_whole_font(tmp_path: Path) -> None:
    lines = (*LINES, "Ωμέγα Дмитрий")
    data = page_with(lines)
    assert embedded_fonts(data, tmp_path) == embedded_fonts(add_font_page(lines), tmp_path)
    path = tmp_path / "greek.pdf"
    path.write_bytes(data)
    assert "Ωμέγα Дмитрий" in PdfReader(path).pages[0].extract_text()


def test_every_document_has_its_own_font_state() -> None:
    from fpdf import FPDF

    first, second = FPDF(), FPDF()
    pdf_render.add_bundled_fonts(first)
    pdf_render.add_bundled_fonts(second)
    one, two = first.fonts["dejavu"], second.fonts["dejavu"]
    assert one.subset is not two.subset
    assert one.ttfont is not two.ttfont
    assert one.desc is not two.desc
    assert one.cw is not two.cw
    assert one.cmap is two.cmap  # parsed once, shared


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from("abc XYZ 0123 éèà €\u00a0\u202f–'"), min_size=0, max_size=60
    ),
    width=st.floats(min_value=8, max_value=120),
    size=st.sampled_from([7.0, 9.0, 11.0, 22.0]),
    max_lines=st.integers(min_value=1, max_value=3),
)
def test_quick_fit_fits_like_fit(text: str, width: float, size: float, max_lines: int) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="mm")
    pdf_render.add_bundled_fonts(pdf)
    pdf.add_page()
    expected = PdfCanvas(pdf).fit(text, width, size, "B", max_lines)
    assert QuickFitCanvas(pdf).fit(text, width, size, "B", max_lines) == expected


def test_a_specimen_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    from test_services_specimen_pdf import specimen

    from connect_desktop.services.specimen_pdf import write_specimen_pdf

    data = specimen()
    first = write_specimen_pdf(data, tmp_path / "a.pdf").read_bytes()
    assert write_specimen_pdf(data, tmp_path / "b.pdf").read_bytes() == first
    other = dataclasses.replace(data, client_name="Ωmega Ltd")
    assert write_specimen_pdf(other, tmp_path / "c.pdf").read_bytes() != first


def cut_and_save(font: object, glyph_names: list[str]) -> bytes:
    """What fpdf2 does with a font when it writes a document."""
    import io

    from fontTools import subset

    options = subset.Options(notdef_outline=True, recommended_glyphs=True)
    options.drop_tables += pdf_render.OUTPUT_DROPPED_TABLES
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=glyph_names)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def test_a_kept_subset_is_checked_before_it_is_written_as_kept() -> None:
    pdf_subsets.forget()
    reduced = pdf_render._font_data("DejaVuSans.ttf", True)
    names = [pdf_render._template("DejaVuSans.ttf", True).cmap[ord(c)] for c in "ABé€"]
    first = cut_and_save(pdf_subsets.font_for("regular", reduced, names), names)
    assert pdf_subsets._kept[("regular", frozenset(names))].state == "recorded"
    assert cut_and_save(pdf_subsets.font_for("regular", reduced, names), names) == first
    assert pdf_subsets._kept[("regular", frozenset(names))].state == "checked"
    assert cut_and_save(pdf_subsets.font_for("regular", reduced, names), names) == first


def test_a_subset_that_renames_its_glyphs_is_not_reused() -> None:
    pdf_subsets.forget()
    whole = resource_path("fonts", "DejaVuSans.ttf").read_bytes()
    names = ["A", "nonbreakingspace"]  # a name the subset does not keep
    first = cut_and_save(pdf_subsets.font_for("whole", whole, names), names)
    again = pdf_subsets.font_for("whole", whole, names)
    assert pdf_subsets._kept[("whole", frozenset(names))].state == "unusable"
    assert cut_and_save(again, names) == first


def test_prepare_fonts_parses_the_reduced_fonts_ahead() -> None:
    pdf_render.prepare_fonts()
    for file_name in pdf_render.FONT_FILES.values():
        assert (file_name, True) in pdf_render._templates
