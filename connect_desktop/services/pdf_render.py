"""Rendering the app's PDFs with the bundled DejaVu fonts, parsed once per process.

fpdf2's ``add_font`` parses the whole TrueType file every time (DejaVu Sans has about
6 000 glyphs), and at output it subsets that whole font again: together most of the time
a page takes. Here each font is parsed once into a template that every document copies,
and documents first get a reduced font with the characters French and English invoices
use (Latin, Latin-1, Latin Extended-A, punctuation, currency signs): a few hundred glyphs,
cheap to subset. A document that needs a character outside it is drawn again with the
whole font. Either way the embedded font is, byte for byte, the subset ``add_font`` would
give, so the page looks the same. The last few subsets made are kept: a document with the
characters of an earlier one reuses its subset (``pdf_subsets``). ``QuickFitCanvas`` skips
fpdf2's line breaking for text that fits on one line; ``settle_long_lived_objects`` keeps
full garbage collections short while documents are made on the job thread.

fpdf2 and fontTools are imported only when a document is rendered. No Qt here.
"""

from __future__ import annotations

import copy
import gc
import io
import threading
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from connect_desktop.resources import resource_path
from connect_desktop.services.pdf_common import CREATOR, FONT, PdfCanvas

if TYPE_CHECKING:
    from fpdf import FPDF
    from fpdf.fonts import TTFFont

FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}  # style -> bundled file

# Unicode ranges of the reduced fonts: what names, addresses and amounts in French or
# English use, with room to spare. Anything else falls back to the whole font.
COMMON_RANGES = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x017F),  # Latin-1 Supplement, Latin Extended-A
    (0x2000, 0x206F),  # General Punctuation (dashes, quotes, …, narrow no-break space)
    (0x20A0, 0x20BF),  # currency signs (€)
    (0x2100, 0x2122),  # letterlike symbols (№, ™)
    (0x2190, 0x2193),  # arrows
    (0x2212, 0x2212),  # minus sign
)

# The tables fpdf2 drops when it subsets a font for output (fpdf/output.py, _add_fonts).
OUTPUT_DROPPED_TABLES = [
    *("FFTM", "GDEF", "GPOS", "GSUB", "MATH", "hdmx", "meta", "sbix"),
    *("CBDT", "CBLC", "EBDT", "EBLC", "EBSC", "SVG ", "CPAL", "COLR"),
]

# Text with these is left to fpdf2's line breaking: line breaks, soft hyphens.
BREAK_MARKS = ("\n", "\r", "\u00ad")
FIT_TOLERANCE = 0.01  # mm: text this close to the edge is left to fpdf2 to decide

_lock = threading.Lock()
_font_bytes: dict[tuple[str, bool], bytes] = {}
_templates: dict[tuple[str, bool], TTFFont] = {}
_settled: set[str] = set()  # kinds of documents made at least once (see below)


def _reduced(data: bytes) -> bytes:
    """``data`` (a TrueType font) cut down to ``COMMON_RANGES`` with the options fpdf2 uses
    when it writes a document, so that cutting the result again for a document gives what
    cutting the whole font would. The bounding box stays the whole font's (the PDF's font
    descriptor is made from it)."""
    from fontTools import subset, ttLib

    font = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False, recalcBBoxes=False, lazy=True)
    options = subset.Options(notdef_outline=True, recommended_glyphs=True)
    options.drop_tables += OUTPUT_DROPPED_TABLES
    subsetter = subset.Subsetter(options)
    subsetter.populate(
        unicodes=[code for low, high in COMMON_RANGES for code in range(low, high + 1)]
    )
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    font.close()
    return out.getvalue()


def _font_data(file_name: str, reduced: bool) -> bytes:
    key = (file_name, reduced)
    if key not in _font_bytes:
        data = resource_path("fonts", file_name).read_bytes()
        _font_bytes[key] = _reduced(data) if reduced else data
    return _font_bytes[key]


def _template(file_name: str, reduced: bool) -> TTFFont:
    """The parsed font (widths, character map, descriptor), made once per process."""
    key = (file_name, reduced)
    with _lock:
        if key not in _templates:
            from fpdf import FPDF
            from fpdf.fonts import TTFFont

            font = TTFFont(
                FPDF(),
                io.BytesIO(_font_data(file_name, reduced)),
                "template",
                "",  # type: ignore[arg-type]
            )
            font.ttfont.close()
            font.ttffile = resource_path("fonts", file_name)
            _templates[key] = font
        return _templates[key]


def _document_font(pdf: FPDF, file_name: str, style: str, family: str, reduced: bool) -> None:
    """Give ``pdf`` its own copy of a template: what fpdf2 changes while a document is drawn
    and output (used glyphs, missing characters, the TrueType tables it subsets, the
    descriptor's object number) is fresh; the parsed tables are shared."""
    from fontTools import ttLib
    from fpdf.enums import TextEmphasis
    from fpdf.fonts import SubsetMap

    template = _template(file_name, reduced)
    font = copy.copy(template)
    font.i = len(pdf.fonts) + 1
    font.fontkey = f"{family.lower()}{style}"
    font.emphasis = TextEmphasis.coerce(style)
    font.ttfont = ttLib.TTFont(
        io.BytesIO(_font_data(file_name, reduced)), recalcTimestamp=False, lazy=True
    )
    font.desc = copy.copy(template.desc)
    widths = defaultdict(template.cw.default_factory)  # type: ignore[arg-type]
    widths.update(template.cw)
    font.cw = widths
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    font.subset = SubsetMap(font)
    pdf.fonts[font.fontkey] = font


def _prepare_subsets(pdf: FPDF) -> None:
    """Just before output, give each font the subset kept for the glyphs the document
    uses, if any (``pdf_subsets``)."""
    from connect_desktop.services import pdf_subsets

    for style, file_name in FONT_FILES.items():
        font = pdf.fonts[f"{FONT.lower()}{style}"]
        glyph_names = font.subset.get_all_glyph_names()
        font.ttfont.close()
        font.ttfont = pdf_subsets.font_for(file_name, _font_data(file_name, True), glyph_names)


def add_bundled_fonts(pdf: FPDF, *, reduced: bool = True) -> None:
    """Add DejaVu Sans (regular and bold) to ``pdf`` as ``FONT``, like ``add_font`` would."""
    for style, file_name in FONT_FILES.items():
        _document_font(pdf, file_name, style, FONT, reduced)


def _misses_characters(pdf: FPDF) -> bool:
    return any(getattr(font, "missing_glyphs", None) for font in pdf.fonts.values())


def settle_long_lived_objects(kind: str) -> None:
    """After the first document of a kind, move every object alive out of the garbage
    collector's reach (``gc.freeze``), once per kind and process.

    The libraries a document imports and the parsed fonts add over 100 000 objects that
    live as long as the app. A full collection walks all of them while it holds the
    interpreter lock: 30 to 100 ms during which the window cannot repaint, a few times in
    every batch of documents made on the job thread. Frozen, they are skipped. The cost:
    whatever was garbage in a reference cycle at that moment is never freed (a few
    hundred kilobytes, once)."""
    with _lock:
        if kind in _settled:
            return
        _settled.add(kind)
    gc.freeze()


def render_document(new: Callable[[], FPDF], draw: Callable[[FPDF], None]) -> bytes:
    """The bytes of the PDF that ``draw`` makes on ``new()`` with the bundled fonts.

    It is drawn with the reduced fonts, and drawn again with the whole ones when some of
    its text is outside them (a drawing is cheap next to subsetting the whole font).
    """
    for reduced in (True, False):
        pdf = new()
        try:
            add_bundled_fonts(pdf, reduced=reduced)
            draw(pdf)
            if reduced:
                if _misses_characters(pdf):
                    continue
                _prepare_subsets(pdf)
            data = bytes(pdf.output())
            settle_long_lived_objects("pdf")
            return data
        finally:
            for font in pdf.fonts.values():  # only TTF fonts: no core font is ever set
                font.ttfont.close()
    raise AssertionError("unreachable")  # the second pass always returns


def render_pdf(
    draw: Callable[[FPDF], None],
    *,
    title: str,
    subject: str,
    author: str,
    language: str,
    margin: float,
    created: datetime | None = None,
    compliance: str | None = None,
) -> bytes:
    """One A4 portrait page in millimetres, drawn by ``draw``, as the bytes of a PDF.

    The page has the bundled DejaVu Sans (regular and bold) as ``FONT``, no automatic page
    break, and its metadata (creator "Connect Desktop"). ``compliance`` is fpdf2's
    ``enforce_compliance`` (``"PDF/A-3B"`` for the own invoices).
    """
    from fpdf import FPDF

    def page(pdf: FPDF) -> None:
        pdf.set_auto_page_break(False)
        pdf.set_margins(margin, margin, margin)
        pdf.set_title(title)
        pdf.set_subject(subject)
        pdf.set_author(author)
        pdf.set_creator(CREATOR)
        if created is not None:
            # A fixed date makes the same content give the same bytes (and the same hash).
            pdf.set_creation_date(created)
        pdf.set_lang("fr-FR" if language == "fr" else "en-US")
        pdf.add_page()
        draw(pdf)

    return render_document(
        lambda: FPDF(orientation="P", unit="mm", format="A4", enforce_compliance=compliance),
        page,
    )


class QuickFitCanvas(PdfCanvas):
    """``PdfCanvas`` whose ``fit`` skips fpdf2's line breaking for text that fits on one
    line at its first size (most of a page): ``multi_cell`` measures every prefix of a
    line, which makes it the slowest part of drawing. The result is the same."""

    def fit(
        self, text: str, width: float, size: float, style: str = "", max_lines: int = 1
    ) -> tuple[float, list[str]]:
        if text.strip() and not any(mark in text for mark in BREAK_MARKS):
            # fpdf2's line breaking prints a no-break space as a space (for word spacing).
            line = text.replace("\u00a0", " ")
            self.pdf.set_font(FONT, style, size)
            room = width - 2 * self.pdf.c_margin - FIT_TOLERANCE
            if self.pdf.get_string_width(line) <= room:
                return size, [line.strip()]
        return super().fit(text, width, size, style, max_lines)


def prepare_fonts() -> None:
    """Import fpdf2 and parse the bundled fonts now, so that the first document does not
    wait for them (for the job thread once the app is idle after start-up)."""
    for file_name in FONT_FILES.values():
        _template(file_name, True)
