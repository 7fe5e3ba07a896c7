"""The CRA as a one-page A4 activity report, ready for both parties' signatures.

fpdf2 is imported only while the page is rendered (``pdf_render.render_pdf``: start-up
time is a feature) and every piece of text uses the bundled DejaVu Sans, so accents, "€" and
narrow no-break spaces print.
No Qt here: the labels live in ``LABELS``, one small dict per language. No money either:
a CRA is about days.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.money import format_date, format_days, halves_to_days
from connect_desktop.services.cra import CraMonth, DayCell
from connect_desktop.services.files import write_bytes_atomically
from connect_desktop.services.pdf_common import (
    ACCENT,
    CREATOR,
    HEADER_FILL,
    INK,
    MUTED,
    PAGE_H,
    PAGE_W,
    PALE,
    Color,
    Item,
    line_h,
    locale_for,
    month_label,
)
from connect_desktop.services.pdf_render import QuickFitCanvas, render_pdf
from connect_desktop.services.profile import FRANCE_NAMES, ProfileData, display_siret

if TYPE_CHECKING:
    from fpdf import FPDF

LABELS: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Compte rendu d'activité",
        "colon": "\u00a0: ",
        "freelancer": "Freelance",
        "client": "Client et mission",
        "mission": "Mission",
        "lbc_reference": "Référence LBC",
        "week": "Sem.",
        "week_total": "Total",
        "days": ("Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"),
        "legend": "1 = journée, 0,5 = demi-journée\u00a0; grisé\u00a0: week-end ou jour férié",
        "legend_outside": "\u00a0; numéro pâle\u00a0: hors mission",
        "adjustments": "Ajustements",
        "adjustment_columns": ("Jours", "Corrige", "Commentaire"),
        "more_adjustments": "… et {count} autre(s) ajustement(s), compris dans les totaux",
        "totals": ("Jours ouvrés du mois", "Jours saisis", "Ajustements", "Jours facturés"),
        "signatures": ("Le freelance", "Le client"),
        "date_and_signature": "Date et signature",
        "generated_on": "Document généré le {date}",
        CraStatus.DRAFT: "Statut\u00a0: brouillon",
        CraStatus.SUBMITTED: "Statut\u00a0: soumis le {date}",
        CraStatus.VALIDATED: "Statut\u00a0: validé par le client le {date}",
        CraStatus.REJECTED: "Statut\u00a0: refusé par le client le {date}",
    },
    "en": {
        "title": "Activity report",
        "colon": ": ",
        "freelancer": "Freelancer",
        "client": "Client and mission",
        "mission": "Mission",
        "lbc_reference": "LBC reference",
        "week": "Wk",
        "week_total": "Total",
        "days": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        "legend": "1 = full day, 0.5 = half day; shaded: weekend or public holiday",
        "legend_outside": "; pale number: outside the mission",
        "adjustments": "Adjustments",
        "adjustment_columns": ("Days", "Corrects", "Comment"),
        "more_adjustments": "… and {count} more adjustment(s), included in the totals",
        "totals": ("Working days in month", "Days entered", "Adjustments", "Days billed"),
        "signatures": ("The freelancer", "The client"),
        "date_and_signature": "Date and signature",
        "generated_on": "Generated on {date}",
        CraStatus.DRAFT: "Status: draft",
        CraStatus.SUBMITTED: "Status: submitted on {date}",
        CraStatus.VALIDATED: "Status: validated by the client on {date}",
        CraStatus.REJECTED: "Status: refused by the client on {date}",
    },
}

# Page geometry in millimetres (A4 portrait).
MARGIN = 15.0
CONTENT_W = PAGE_W - 2 * MARGIN
FOOTER_Y = PAGE_H - 12.0
BOTTOM = FOOTER_Y - 5.0  # nothing but the footer goes below
GAP = 6.0
WEEK_COL, TOTAL_COL = 12.0, 16.0
DAY_COL = (CONTENT_W - WEEK_COL - TOTAL_COL) / 7
HEADER_H = 6.0
TOTALS_H = 15.0
SIGNATURE_MIN_H, SIGNATURE_MAX_H = 30.0, 42.0

# The shared palette (pdf_common) and the grid's own fills.
WEEKEND_FILL: Color = (237, 238, 240)
HOLIDAY_FILL: Color = (225, 232, 242)
OUTSIDE_FILL: Color = (250, 250, 251)
BILLED_FILL: Color = (231, 238, 246)


class _Report(QuickFitCanvas):
    """One page being drawn: the month, the profile, the labels and small drawing helpers."""

    def __init__(self, pdf: FPDF, month: CraMonth, profile: ProfileData, language: str) -> None:
        super().__init__(pdf)
        self.month, self.profile = month, profile
        self.labels = LABELS.get(language, LABELS["fr"])
        self.locale = locale_for(language)

    def days(self, halves: int, *, signed: bool = False) -> str:
        """``1``, ``0,5``, ``4,5``; signed: ``+1``, ``−0,5`` (a true minus sign)."""
        text = format_days(halves_to_days(abs(halves)), self.locale)
        sign = ("+" if halves > 0 else "\u2212" if halves < 0 else "") if signed else ""
        return sign + text

    # The parts of the page, top to bottom; each returns the y below it.

    def header(self, y: float) -> float:
        month, labels = self.month, self.labels
        y = self.text(MARGIN, y, CONTENT_W, labels["title"], 18, "B") + 0.5
        label = month_label(month.year, month.month, self.locale)
        self.text(MARGIN, y, CONTENT_W / 2, label, 13, "", ACCENT)
        on = {
            CraStatus.SUBMITTED: month.submitted_on,
            CraStatus.VALIDATED: month.validated_on,
            CraStatus.REJECTED: month.rejected_on,
        }.get(month.status)
        status = labels[month.status].format(date=format_date(on, self.locale) if on else "")
        status_y = y + line_h(13) - line_h(8.5)
        self.text(MARGIN + CONTENT_W / 2, status_y, CONTENT_W / 2, status, 8.5, "", MUTED, "R")
        return y + line_h(13) + 4.0

    def parties(self, y: float) -> float:
        """The freelancer and the client side by side, in blocks of equal height."""
        profile, month, labels = self.profile, self.month, self.labels
        colon, reference = labels["colon"], month.lbc_reference.strip()
        form = "" if profile.legal_form in ("", "autre") else f" {profile.legal_form}"
        siret = display_siret(profile.siret)
        abroad = profile.country.strip().casefold() not in FRANCE_NAMES
        freelancer: list[Item] = [
            (f"{profile.full_name}{form}".strip(), "B", 11, 2, INK),
            (profile.trade_name, "", 9, 1, INK),
            (f"SIRET{colon}{siret}" if siret else "", "", 9, 1, INK),
            (profile.address_line1, "", 9, 2, INK),
            (profile.address_line2, "", 9, 1, INK),
            (f"{profile.postcode} {profile.city}".strip(), "", 9, 1, INK),
            (profile.country if abroad else "", "", 9, 1, INK),
            (" · ".join(part for part in (profile.email, profile.phone) if part), "", 8, 1, MUTED),
        ]
        client: list[Item] = [
            (month.client_name, "B", 11, 2, INK),
            (f"{labels['mission']}{colon}{month.mission_title}", "", 9, 3, INK),
            (f"{labels['lbc_reference']}{colon}{reference}" if reference else "", "", 9, 1, INK),
        ]
        width = (CONTENT_W - GAP) / 2
        blocks = [
            (MARGIN, labels["freelancer"], freelancer),
            (MARGIN + width + GAP, labels["client"], client),
        ]
        height = max(self.block(x, y, width, head, items) for x, head, items in blocks)
        for x, head, items in blocks:
            self.box((x, y, width, height))
            self.block(x, y, width, head, items, draw=True)
        return y + height

    def grid(self, y: float, row_h: float) -> float:
        """The month, Monday first, with ISO weeks and week totals, then its legend."""
        month, labels = self.month, self.labels
        widths = [WEEK_COL, *[DAY_COL] * 7, TOTAL_COL]
        titles = [labels["week"], *labels["days"], labels["week_total"]]
        self.shade(MARGIN, y, CONTENT_W, HEADER_H, HEADER_FILL)
        x = MARGIN
        for width, title in zip(widths, titles, strict=True):
            self.text(x, y + (HEADER_H - line_h(7.5)) / 2, width, title, 7.5, "B", MUTED, "C")
            x += width
        top = y + HEADER_H
        for index, row in enumerate(month.rows):
            row_y = top + index * row_h
            week_y = row_y + (row_h - line_h(8)) / 2
            self.text(MARGIN, week_y, WEEK_COL, str(row.iso_week), 8, "", MUTED, "C")
            for column, cell in enumerate(row.cells):
                self.day_cell(MARGIN + WEEK_COL + column * DAY_COL, row_y, row_h, cell)
            halves = sum(cell.halves for cell in row.cells if cell is not None)
            if halves:
                total_x, total_y = MARGIN + CONTENT_W - TOTAL_COL, row_y + (row_h - line_h(10)) / 2
                self.text(total_x, total_y, TOTAL_COL, self.days(halves), 10, "B", INK, "C")
        bottom = top + row_h * len(month.rows)
        # Each rule drawn once: adjacent cell borders would double up and look uneven.
        for index in range(len(month.rows) + 1):
            self.rule(MARGIN, top + index * row_h, MARGIN + CONTENT_W, top + index * row_h)
        x = MARGIN
        for width in widths[:-1]:
            x += width
            self.rule(x, y, x, bottom)
        self.pdf.set_draw_color(*PALE)
        self.pdf.set_line_width(0.35)
        self.pdf.rect(MARGIN, y, CONTENT_W, bottom - y)
        legend = labels["legend"]
        if any(not cell.in_mission for cell in month.cells()):
            legend += labels["legend_outside"]
        size, lines = self.fit(legend, CONTENT_W, 7)
        return self.text(MARGIN, bottom + 1.0, CONTENT_W, lines, size, "", MUTED)

    def day_cell(self, x: float, y: float, h: float, cell: DayCell | None) -> None:
        """One day: its shading, its number, its value and its holiday's name."""
        if cell is None:
            self.shade(x, y, DAY_COL, h, OUTSIDE_FILL)
            return
        if cell.holiday or cell.weekend:
            self.shade(x, y, DAY_COL, h, HOLIDAY_FILL if cell.holiday else WEEKEND_FILL)
        number_color = INK if cell.in_mission else PALE
        self.text(x + 0.3, y + 0.6, 10, str(cell.day.day), 7, "", number_color)
        if cell.halves:
            value_y = y + (h - line_h(12)) / 2 - (1.5 if cell.holiday else 0)
            self.text(x, value_y, DAY_COL, self.days(cell.halves), 12, "B", INK, "C")
        if cell.holiday:
            size, lines = self.fit(cell.holiday, DAY_COL, 6.5, max_lines=2)
            name_y = y + h - 0.8 - len(lines) * line_h(size)
            self.text(x, name_y, DAY_COL, lines, size, "", ACCENT, "C")

    def adjustments(self, y: float, limit: float) -> float:
        """The adjustments with their comments, as many as fit above ``limit``. Those that
        do not fit are counted on one line (the totals include them all)."""
        items, labels = self.month.adjustments, self.labels
        y = self.text(MARGIN, y, CONTENT_W, labels["adjustments"], 10, "B") + 1.0
        offsets, comment_w = (0.0, 20.0, 58.0), CONTENT_W - 58.0
        self.shade(MARGIN, y, CONTENT_W, 5.5, HEADER_FILL)
        for offset, title in zip(offsets, labels["adjustment_columns"], strict=True):
            self.text(MARGIN + offset, y + 1.0, 38.0, title, 7.5, "B", MUTED)
        y += 5.5
        self.rule(MARGIN, y, MARGIN + CONTENT_W, y)
        more_h = line_h(7.5) + 1.0
        for index, item in enumerate(items):
            size, comment = self.fit(item.comment, comment_w, 8, max_lines=3)
            row_h = max(len(comment) * line_h(size), line_h(9)) + 2.0
            if y + row_h + (more_h if index < len(items) - 1 else 0) > limit:
                more = labels["more_adjustments"].format(count=len(items) - index)
                return self.text(MARGIN, y + 0.8, CONTENT_W, more, 7.5, "", MUTED)
            corrects = month_label(*item.corrects, self.locale) if item.corrects else "—"
            self.text(MARGIN, y + 1.0, 20.0, self.days(item.halves, signed=True), 9, "B")
            self.text(MARGIN + offsets[1], y + 1.0, 38.0, corrects, 8.5)
            self.text(MARGIN + offsets[2], y + 1.0, comment_w, comment, size)
            y += row_h
            self.rule(MARGIN, y, MARGIN + CONTENT_W, y)
        return y

    def totals(self, y: float) -> float:
        month = self.month
        values = (
            str(month.working_days),
            format_days(month.entered_days, self.locale),
            self.days(sum(item.halves for item in month.adjustments), signed=True),
            format_days(month.billed_days, self.locale),
        )
        gap = 3.0
        width = (CONTENT_W - 3 * gap) / 4
        for index, (label, value) in enumerate(zip(self.labels["totals"], values, strict=True)):
            x, main = MARGIN + index * (width + gap), index == 3  # the days billed stand out
            self.box((x, y, width, TOTALS_H), *((ACCENT, BILLED_FILL) if main else ()))
            size, lines = self.fit(label, width, 7.5)
            self.text(x, y + 1.5, width, lines, size, "", MUTED, "C")
            self.text(x, y + 6.5, width, value, 14, "B", ACCENT if main else INK, "C")
        return y + TOTALS_H

    def signatures(self, y: float, height: float) -> None:
        width = (CONTENT_W - GAP) / 2
        names = (self.profile.full_name, self.month.client_name)
        for index, (heading, name) in enumerate(zip(self.labels["signatures"], names, strict=True)):
            x = MARGIN + index * (width + GAP)
            self.box((x, y, width, height), PALE)
            below = self.text(x + 2, y + 2, width - 4, heading, 9.5, "B")
            if name.strip():
                size, lines = self.fit(name, width - 4, 8, max_lines=2)
                below = self.text(x + 2, below, width - 4, lines, size)
            prompt = self.labels["date_and_signature"]
            self.text(x + 2, below + 0.5, width - 4, prompt, 7, "", MUTED)

    def footer(self, generated_on: date) -> None:
        self.rule(MARGIN, FOOTER_Y - 1.5, PAGE_W - MARGIN, FOOTER_Y - 1.5)
        generated = self.labels["generated_on"].format(date=format_date(generated_on, self.locale))
        self.text(MARGIN, FOOTER_Y, CONTENT_W, generated, 7, "", MUTED)
        self.text(MARGIN, FOOTER_Y, CONTENT_W, CREATOR, 7, "", MUTED, "R")

    def draw(self, generated_on: date) -> None:
        month = self.month
        y = self.parties(self.header(13.0)) + GAP
        # The grid's rows take the room left by what must follow them on the page.
        count = min(3, len(month.adjustments))  # more are summed up on one line
        adjustments_h = 14.0 + 9.0 * count + GAP if count else 0.0
        below = line_h(7) + 1.0 + GAP + adjustments_h + TOTALS_H + GAP + SIGNATURE_MIN_H
        room = BOTTOM - y - HEADER_H - below
        y = self.grid(y, max(11.0, min(16.0, room / len(month.rows)))) + GAP
        if month.adjustments:
            y = self.adjustments(y, BOTTOM - SIGNATURE_MIN_H - GAP - TOTALS_H - GAP) + GAP
        y = self.totals(y) + GAP
        self.signatures(y, max(SIGNATURE_MIN_H, min(SIGNATURE_MAX_H, BOTTOM - y)))
        self.footer(generated_on)


def write_cra_pdf(
    month: CraMonth,
    profile: ProfileData,
    path: Path,
    *,
    language: str = "fr",
    generated_on: date | None = None,
) -> Path:
    """Write ``month``'s activity report to ``path`` as a one-page A4 PDF; return ``path``.

    The PDF is rendered in memory, written to a temporary file beside ``path`` and moved
    onto it in one step: ``path`` holds either its old content or the whole new PDF.
    """
    labels = LABELS.get(language, LABELS["fr"])
    label = month_label(month.year, month.month, locale_for(language))
    generated = generated_on or date.today()
    data = render_pdf(
        lambda pdf: _Report(pdf, month, profile, language).draw(generated),
        title=f"{labels['title']} – {label} – {month.mission_title}",
        subject=f"{month.client_name} – {month.mission_title}",
        author=profile.full_name,
        language=language,
        margin=MARGIN,
    )
    return write_bytes_atomically(data, Path(path))
