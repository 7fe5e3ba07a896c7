"""What the app's one-page A4 PDFs share: page geometry, a quiet palette, and drawing
helpers whose text wraps or shrinks to fit (the document itself, with the bundled fonts,
is made by ``pdf_render``).

fpdf2 is imported only when a document is rendered (start-up time is a feature). No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

CREATOR = "Connect Desktop"
FONT = "DejaVu"
LOCALES = {"fr": "fr_FR", "en": "en_US"}

# Page geometry in millimetres (A4 portrait).
PAGE_W, PAGE_H = 210.0, 297.0

Color = tuple[int, int, int]
Rect = tuple[float, float, float, float]  # x, y, width, height
Item = tuple[str, str, float, int, Color]  # text, style, size, max lines, colour

# Quiet greys and one accent, readable when printed in black and white.
INK: Color = (33, 37, 41)
MUTED: Color = (108, 117, 125)
PALE: Color = (185, 190, 196)
RULE: Color = (205, 209, 214)
ACCENT: Color = (31, 78, 121)
HEADER_FILL: Color = (244, 245, 247)


def locale_for(language: str) -> str:
    """The babel locale of a UI language (French for anything unknown)."""
    return LOCALES.get(language, "fr_FR")


def line_h(size: float) -> float:
    """Line height in millimetres for a font size in points."""
    return size * 0.3528 * 1.3


def month_label(year: int, month: int, locale: str) -> str:
    """``novembre 2026`` / ``November 2026``."""
    from babel.dates import format_date as babel_date

    return babel_date(date(year, month, 1), "LLLL yyyy", locale=locale)


class PdfCanvas:
    """Small drawing helpers over an fpdf2 page, in millimetres, with the DejaVu font."""

    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf

    def fit(
        self, text: str, width: float, size: float, style: str = "", max_lines: int = 1
    ) -> tuple[float, list[str]]:
        """Wrap ``text`` into ``width``, shrinking the font (down to 70 %, at least 4.5 pt)
        until it takes at most ``max_lines`` lines; what still does not fit ends with "…"."""
        from fpdf.enums import MethodReturnValue

        pdf, min_size = self.pdf, max(4.5, size * 0.7)
        while True:
            pdf.set_font(FONT, style, size)
            lines: list[str] = pdf.multi_cell(
                width, line_h(size), text, dry_run=True, output=MethodReturnValue.LINES
            )
            if len(lines) <= max_lines or size <= min_size:
                break
            size = max(min_size, size - 0.5)
        lines = [line.strip() for line in lines]
        if len(lines) > max_lines:  # the last line takes all the rest, cut to fit
            last = " ".join(lines[max_lines - 1 :])
            while last and pdf.get_string_width(last + "…") > width - 2 * pdf.c_margin:
                last = last[:-1].rstrip()
            lines = [*lines[: max_lines - 1], last + "…"]
        return size, lines

    def text(
        self,
        x: float,
        y: float,
        width: float,
        lines: str | list[str],
        size: float = 9.0,
        style: str = "",
        color: Color = INK,
        align: str = "L",
    ) -> float:
        """Print ``lines`` from (x, y) in a box ``width`` wide; return the y below them."""
        self.pdf.set_font(FONT, style, size)
        self.pdf.set_text_color(*color)
        for line in [lines] if isinstance(lines, str) else lines:
            self.pdf.set_xy(x, y)
            self.pdf.cell(width, line_h(size), line, align=align)
            y += line_h(size)
        return y

    def box(self, rect: Rect, color: Color = RULE, fill: Color | None = None) -> None:
        """A frame with rounded corners; a filled one is drawn a little stronger."""
        self.pdf.set_draw_color(*color)
        self.pdf.set_line_width(0.4 if fill else 0.3)
        if fill:
            self.pdf.set_fill_color(*fill)
        self.pdf.rect(*rect, style="DF" if fill else "D", round_corners=True, corner_radius=1.5)

    def rule(self, x1: float, y1: float, x2: float, y2: float, color: Color = RULE) -> None:
        self.pdf.set_draw_color(*color)
        self.pdf.set_line_width(0.2)
        self.pdf.line(x1, y1, x2, y2)

    def shade(self, x: float, y: float, w: float, h: float, fill: Color) -> None:
        self.pdf.set_fill_color(*fill)
        self.pdf.rect(x, y, w, h, style="F")

    def block(
        self, x: float, y: float, width: float, heading: str, items: list[Item], draw: bool = False
    ) -> float:
        """A titled block of text items; returns its height (printed only when ``draw``)."""
        inner, cursor = width - 4.0, y + 7.5
        if draw:
            self.text(x + 2, y + 2.5, inner, heading.upper(), 7, "B", ACCENT)
        for text, style, size, max_lines, color in items:
            if text.strip():
                size, lines = self.fit(text, inner, size, style, max_lines)
                if draw:
                    self.text(x + 2, cursor, inner, lines, size, style, color)
                cursor += len(lines) * line_h(size)
        return cursor + 2.5 - y

    def line_table(
        self,
        x: float,
        y: float,
        columns: Sequence[float],
        heads: Sequence[str],
        line: Sequence[str],
        pad: float = 2.0,
    ) -> float:
        """An invoice line under its column titles on a shaded band; the first column is
        left-aligned and wraps on up to four lines, the others are right-aligned, the last
        one bold. Returns the y below the closing rule."""
        head_h = 9.0
        width_all = sum(columns)
        self.shade(x, y, width_all, head_h, HEADER_FILL)
        for head in (True, False):
            left, bottom = x, y
            for index, (width, text) in enumerate(
                zip(columns, heads if head else line, strict=True)
            ):
                style = "B" if head or index == len(columns) - 1 else ""
                lines = 2 if head else 4 if index == 0 else 1
                size, fitted = self.fit(text, width - pad, 7.5 if head else 9.5, style, lines)
                top = y + (head_h - len(fitted) * line_h(size)) / 2 if head else y + 2.5
                color, align = MUTED if head else INK, "R" if index else "L"
                below = self.text(
                    left + pad / 2, top, width - pad, fitted, size, style, color, align
                )
                left, bottom = left + width, max(bottom, below)
            y = y + head_h if head else bottom + 2.5
        self.rule(x, y, x + width_all, y, MUTED)
        return y

    def pair(
        self,
        x: float,
        y: float,
        width: float,
        label: str,
        value: str,
        size: float = 9.5,
        style: str = "",
        *,
        color: Color = INK,
        draw: bool = True,
    ) -> float:
        """``label`` on the left and ``value`` right-aligned on the same line, both kept
        inside ``width`` (the label wraps on two lines at most); returns the y below
        (printed only when ``draw``)."""
        value_size, values = self.fit(value, width * 0.5, size, style)
        value_w = self.pdf.get_string_width(values[0]) + 2 * self.pdf.c_margin
        label_size, labels = self.fit(label, width - value_w - 1.0, size, style, max_lines=2)
        if draw:
            self.text(x, y, width - value_w - 1.0, labels, label_size, style)
            offset = (line_h(label_size) - line_h(value_size)) / 2
            self.text(x + width - value_w, y + offset, value_w, values, value_size, style, color)
        return y + max(len(labels) * line_h(label_size), line_h(value_size))
