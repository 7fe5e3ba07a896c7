"""The specimen invoice: a one-page A4 preview of the Connect invoice that a validated CRA
produces (DESIGN.md R4, R8), with what the freelancer will receive and when.

The caller reads the database and fills a ``SpecimenData``; this module only draws it.
fpdf2 is imported only while the page is rendered (``pdf_render.render_pdf``) and every
piece of text uses the bundled DejaVu Sans. No Qt here: the labels live in ``LABELS``.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from connect_desktop.domain.money import format_date, format_days, format_money, format_percent
from connect_desktop.services.files import write_bytes_atomically
from connect_desktop.services.pdf_common import (
    ACCENT,
    CREATOR,
    FONT,
    HEADER_FILL,
    INK,
    MUTED,
    PAGE_H,
    PAGE_W,
    Color,
    Item,
    line_h,
    locale_for,
    month_label,
)
from connect_desktop.services.pdf_render import QuickFitCanvas, render_pdf
from connect_desktop.services.profile import display_siret, display_vat_number

if TYPE_CHECKING:
    from fpdf import FPDF

LBC_NAME = "LITTLE BIG CONNECTION"
LBC_LEGAL_FORM = "SAS"
LBC_SIRET = "793 569 757 00016"
LBC_ADDRESS = ("7 rue de Châteaudun", "75009 Paris")


@dataclass(frozen=True, kw_only=True)
class SpecimenData:
    """Everything the specimen prints, already computed (amounts rounded to the cent)."""

    freelancer_name: str
    freelancer_legal_form: str = ""  # "EI", "EURL", ...; "" or "autre" prints nothing
    freelancer_siret: str = ""
    freelancer_address: tuple[str, ...] = ()  # printed one line each, empty lines skipped
    freelancer_vat_number: str = ""
    vat_franchise: bool = False  # prints "TVA non applicable, art. 293 B du CGI"
    buyer_name: str = LBC_NAME
    buyer_legal_form: str = LBC_LEGAL_FORM
    buyer_siret: str = LBC_SIRET
    buyer_address: tuple[str, ...] = LBC_ADDRESS
    client_name: str
    mission_title: str
    lbc_reference: str = ""
    invoice_number: str = ""  # a specimen may not have its number yet
    issue_date: date
    period_start: date
    period_end: date
    days: Decimal  # half days allowed
    daily_rate: Decimal  # HT
    vat_rate: Decimal  # 0.20 for 20 %
    amount_ht: Decimal
    vat: Decimal
    amount_ttc: Decimal
    option_label: str  # "Express"
    fee: Decimal
    fee_detail: str = ""  # "2,5 % du TJM par jour"
    net: Decimal
    pay_earliest: date | None = None  # None: not known yet
    pay_latest: date | None = None  # a later date than pay_earliest prints a window

    def __post_init__(self) -> None:
        if self.period_end < self.period_start:
            raise ValueError("The period ends before it starts.")
        if self.pay_earliest and self.pay_latest and self.pay_latest < self.pay_earliest:
            raise ValueError("The latest payment date is before the earliest one.")


LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Facture — SPÉCIMEN",
        "watermark": "SPÉCIMEN",
        "subtitle": "Aperçu de la facture Connect générée après la validation du CRA\u00a0: "
        "ce document ne vaut pas facture.",
        "number": "N°\u00a0{number}",
        "no_number": "N°\u00a0: attribué à la facture définitive",
        "issued": "Date d'émission\u00a0: {date}",
        "seller": "Prestataire",
        "buyer": "Facturé à",
        "siret": "SIRET\u00a0: {siret}",
        "vat_number": "N° TVA intracommunautaire\u00a0: {number}",
        "mission": "Mission",
        "client": "Client final",
        "reference": "Référence LBC",
        "period": "Période",
        "period_range": "du {start} au {end}",
        "columns": "Désignation|Quantité (jours)|Prix unitaire HT|TVA|Total HT",
        "designation": "Prestation – {mission} – {period}",
        "total_ht": "Total HT",
        "vat_line": "TVA {rate}",
        "franchise": "TVA non applicable, art. 293 B du CGI",
        "total_ttc": "Total TTC",
        "receive": "Ce que vous recevrez",
        "invoiced": "Montant TTC facturé",
        "fee": "Frais de l'option {option}",
        "fee_note": "calculés sur le TJM HT, sans TVA",
        "no_fee": "Option {option}\u00a0: sans frais",
        "net": "Net versé",
        "payment": "Paiement attendu",
        "pay_on": "le {date}",
        "pay_window": "entre le {start} et le {end}",
        "pay_unknown": "date à venir",
        "footer": "Spécimen\u00a0: document sans valeur de facture",
    },
    "en": {
        "title": "Invoice — SPECIMEN",
        "watermark": "SPECIMEN",
        "subtitle": "Preview of the Connect invoice generated once the CRA is validated: "
        "this document is not an invoice.",
        "number": "No. {number}",
        "no_number": "No.: given on the final invoice",
        "issued": "Issue date: {date}",
        "seller": "Supplier",
        "buyer": "Billed to",
        "siret": "SIRET: {siret}",
        "vat_number": "EU VAT number: {number}",
        "mission": "Mission",
        "client": "End client",
        "reference": "LBC reference",
        "period": "Period",
        "period_range": "from {start} to {end}",
        "columns": "Description|Quantity (days)|Unit price excl. VAT|VAT|Total excl. VAT",
        "designation": "Services – {mission} – {period}",
        "total_ht": "Total excl. VAT",
        "vat_line": "VAT {rate}",
        "franchise": "TVA non applicable, art. 293 B du CGI",  # the legal wording
        "total_ttc": "Total incl. VAT",
        "receive": "What you will receive",
        "invoiced": "Amount invoiced incl. VAT",
        "fee": "{option} option fee",
        "fee_note": "on the daily rate excl. VAT, no VAT",
        "no_fee": "{option} option: no fee",
        "net": "Net paid to you",
        "payment": "Expected payment",
        "pay_on": "on {date}",
        "pay_window": "between {start} and {end}",
        "pay_unknown": "date not known yet",
        "footer": "Specimen: not valid as an invoice",
    },
}

# Page geometry in millimetres (A4 portrait).
MARGIN = 15.0
CONTENT_W = PAGE_W - 2 * MARGIN
FOOTER_Y = PAGE_H - 12.0
GAP = 6.0
PAD = 2.0
# The line table: designation, quantity, unit price, VAT rate, total.
COLUMNS = (CONTENT_W - 98.0, 22.0, 30.0, 16.0, 30.0)
TOTALS_W = 82.0

RECEIVE_FILL: Color = (231, 238, 246)
WATERMARK: Color = (196, 43, 43)
WATERMARK_OPACITY = 0.10


def _period_range(data: SpecimenData, labels: dict[str, str], locale: str) -> str:
    """``du 01/11/2026 au 30/11/2026``."""
    start, end = (format_date(day, locale) for day in (data.period_start, data.period_end))
    return labels["period_range"].format(start=start, end=end)


def _period(data: SpecimenData, labels: dict[str, str], locale: str) -> str:
    """``novembre 2026`` for a whole calendar month, else the range of dates."""
    start, end = data.period_start, data.period_end
    if start.day == 1 and end == start.replace(day=monthrange(start.year, start.month)[1]):
        return month_label(start.year, start.month, locale)
    return _period_range(data, labels, locale)


class _Specimen(QuickFitCanvas):
    """The page being drawn, top to bottom; each part returns the y below it."""

    def __init__(self, pdf: FPDF, data: SpecimenData, language: str) -> None:
        super().__init__(pdf)
        self.data = data
        self.labels = LABELS.get(language, LABELS["fr"])
        self.locale = locale_for(language)

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.locale)

    def day(self, day: date) -> str:
        return format_date(day, self.locale)

    def payment(self) -> str:
        earliest, latest = self.data.pay_earliest, self.data.pay_latest or self.data.pay_earliest
        if earliest is None or latest is None:
            return self.labels["pay_unknown"]
        if latest == earliest:
            return self.labels["pay_on"].format(date=self.day(earliest))
        return self.labels["pay_window"].format(start=self.day(earliest), end=self.day(latest))

    def header(self, y: float) -> float:
        """The title and what it means on the left; number and issue date on the right."""
        data, labels = self.data, self.labels
        right_w = 62.0
        left_w, right_x = CONTENT_W - right_w - GAP, MARGIN + CONTENT_W - right_w
        size, lines = self.fit(labels["title"], left_w, 20, "B")
        below = self.text(MARGIN, y, left_w, lines, size, "B")
        size, lines = self.fit(labels["subtitle"], left_w, 8.5, max_lines=2)
        below = self.text(MARGIN, below + 0.5, left_w, lines, size, "", MUTED)
        if number := data.invoice_number.strip():
            size, lines = self.fit(labels["number"].format(number=number), right_w, 10, "B")
            right = self.text(right_x, y + 0.5, right_w, lines, size, "B", INK, "R")
        else:
            size, lines = self.fit(labels["no_number"], right_w, 8, max_lines=2)
            right = self.text(right_x, y, right_w, lines, size, "", MUTED, "R")
        issued = labels["issued"].format(date=self.day(data.issue_date))
        right = self.text(right_x, right + 0.5, right_w, issued, 9, "", INK, "R")
        return max(below, right) + 4.0

    def parties(self, y: float) -> float:
        """The seller and the buyer side by side, in blocks of equal height."""
        data, labels = self.data, self.labels
        form = "" if data.freelancer_legal_form in ("", "autre") else data.freelancer_legal_form
        siret = display_siret(data.freelancer_siret.strip())
        vat_number = display_vat_number(data.freelancer_vat_number.strip())
        seller: list[Item] = [
            (f"{data.freelancer_name} {form}".strip(), "B", 11, 2, INK),
            (labels["siret"].format(siret=siret) if siret else "", "", 9, 1, INK),
            *((line, "", 9, 2, INK) for line in data.freelancer_address),
            (labels["vat_number"].format(number=vat_number) if vat_number else "", "", 8.5, 1, INK),
        ]
        buyer_siret = display_siret(data.buyer_siret.strip())
        buyer_siret = labels["siret"].format(siret=buyer_siret) if buyer_siret else ""
        buyer_id = " – ".join(part for part in (data.buyer_legal_form, buyer_siret) if part)
        buyer: list[Item] = [
            (data.buyer_name, "B", 11, 2, INK),
            (buyer_id, "", 9, 1, INK),
            *((line, "", 9, 2, INK) for line in data.buyer_address),
        ]
        width = (CONTENT_W - GAP) / 2
        blocks = [
            (MARGIN, labels["seller"], seller),
            (MARGIN + width + GAP, labels["buyer"], buyer),
        ]
        height = max(self.block(x, y, width, head, items) for x, head, items in blocks)
        for x, head, items in blocks:
            self.box((x, y, width, height))
            self.block(x, y, width, head, items, draw=True)
        return y + height

    def mission(self, y: float) -> float:
        """Mission, end client, LBC reference and period as labelled rows in a frame."""
        data, labels = self.data, self.labels
        label_w, inner = 32.0, CONTENT_W - 2 * PAD
        rows = [
            (labels["mission"], data.mission_title, "B", 3),
            (labels["client"], data.client_name, "", 2),
            (labels["reference"], data.lbc_reference.strip(), "", 1),
            (labels["period"], _period_range(data, labels, self.locale), "", 1),
        ]
        self.text(MARGIN + PAD, y + 2.5, inner, labels["mission"].upper(), 7, "B", ACCENT)
        cursor = y + 7.5
        for label, value, style, max_lines in filter(lambda row: row[1], rows):
            size, lines = self.fit(value, inner - label_w, 9.5, style, max_lines)
            self.text(MARGIN + PAD, cursor, label_w, label, 8.5, "", MUTED)
            below = self.text(MARGIN + PAD + label_w, cursor, inner - label_w, lines, size, style)
            cursor = max(below, cursor + line_h(9.5)) + 0.6
        self.box((MARGIN, y, CONTENT_W, cursor + 2.0 - y))
        return cursor + 2.0

    def table(self, y: float) -> float:
        """The invoice line under its column titles: designation, days, unit price HT, VAT
        rate, total HT. Each text wraps or shrinks inside its column."""
        data, labels = self.data, self.labels
        period = _period(data, labels, self.locale)
        rate = "—" if data.vat_franchise else format_percent(data.vat_rate, self.locale)
        line = (
            labels["designation"].format(mission=data.mission_title, period=period),
            format_days(data.days, self.locale),
            self.money(data.daily_rate),
            rate,
            self.money(data.amount_ht),
        )
        heads = labels["columns"].split("|")
        return self.line_table(MARGIN, y, COLUMNS, heads, line, PAD)

    def totals(self, y: float) -> float:
        """Total HT, VAT (or the 293 B mention) and TTC, right-aligned under the table."""
        data, labels = self.data, self.labels
        x, inner = MARGIN + CONTENT_W - TOTALS_W, TOTALS_W - PAD
        y = self.pair(x + PAD / 2, y + 1.2, inner, labels["total_ht"], self.money(data.amount_ht))
        if data.vat_franchise:
            size, lines = self.fit(labels["franchise"], inner, 8.5, max_lines=2)
            y = self.text(x + PAD / 2, y + 1.2, inner, lines, size, "", MUTED)
        else:
            rate = labels["vat_line"].format(rate=format_percent(data.vat_rate, self.locale))
            y = self.pair(x + PAD / 2, y + 1.2, inner, rate, self.money(data.vat))
        y += 1.5
        ttc_h = line_h(10.5) + 2.4
        self.shade(x, y, TOTALS_W, ttc_h, HEADER_FILL)
        ttc = self.money(data.amount_ttc)
        self.pair(x + PAD / 2, y + 1.2, inner, labels["total_ttc"], ttc, 10.5, "B")
        return y + ttc_h

    def receive(self, y: float, draw: bool = True) -> float:
        """The box that matters to the freelancer: TTC, minus the option's fee, the net, and
        the expected payment date (or window) on the right; returns the y below the box."""
        data, labels = self.data, self.labels
        pay_w, c = 58.0, self.pdf.c_margin
        left, left_w = MARGIN + 2 * PAD, CONTENT_W - pay_w - 2 * PAD - GAP
        x_pay = MARGIN + CONTENT_W - PAD - pay_w
        if draw:  # the frame first (its height measured by a dry pass): text goes over its fill
            self.box((MARGIN, y, CONTENT_W, self.receive(y, draw=False) - y), ACCENT, RECEIVE_FILL)
            self.text(left, y + 2.5, left_w, labels["receive"].upper(), 7.5, "B", ACCENT)
        if data.fee:
            fee = labels["fee"].format(option=data.option_label)
            note = ", ".join(part for part in (data.fee_detail, labels["fee_note"]) if part)
            fee_value = "\u2212" + self.money(data.fee)  # a true minus sign
        else:
            fee, note = labels["no_fee"].format(option=data.option_label), ""
            fee_value = self.money(data.fee)
        ttc = self.money(data.amount_ttc)
        cursor = self.pair(left, y + 9.0, left_w, labels["invoiced"], ttc, draw=draw) + 1.2
        cursor = self.pair(left, cursor, left_w, fee, fee_value, draw=draw)
        if note:
            size, lines = self.fit(note, left_w, 7.5, max_lines=2)
            if draw:
                self.text(left, cursor, left_w, lines, size, "", MUTED)
            cursor += len(lines) * line_h(size)
        cursor += 1.0
        if draw:
            self.rule(left + c, cursor, left + left_w - c, cursor, ACCENT)
        net = self.money(data.net)
        cursor = self.pair(
            left, cursor + 1.5, left_w, labels["net"], net, 13, "B", color=ACCENT, draw=draw
        )
        size, lines = self.fit(self.payment(), pay_w - 2 * PAD, 13, "B", max_lines=2)
        pay_below = y + 9.0 + line_h(8.5) + 1.0 + len(lines) * line_h(size)
        bottom = max(cursor, pay_below) + 3.0
        if draw:  # the payment date, on the right, beside a thin separator
            self.rule(x_pay - GAP / 2, y + 4.0, x_pay - GAP / 2, bottom - 4.0, ACCENT)
            heading = labels["payment"]
            below = self.text(x_pay + PAD, y + 9.0, pay_w - 2 * PAD, heading, 8.5, "", MUTED)
            self.text(x_pay + PAD, below + 1.0, pay_w - 2 * PAD, lines, size, "B", ACCENT)
        return bottom

    def footer(self) -> None:
        self.rule(MARGIN, FOOTER_Y - 1.5, PAGE_W - MARGIN, FOOTER_Y - 1.5)
        self.text(MARGIN, FOOTER_Y, CONTENT_W, self.labels["footer"], 7, "", MUTED)
        self.text(MARGIN, FOOTER_Y, CONTENT_W, CREATOR, 7, "", MUTED, "R")

    def watermark(self) -> None:
        """A large, light "SPÉCIMEN" along the page's diagonal, drawn last but transparent,
        so it reads at a glance without hiding a figure."""
        from math import atan2, degrees, hypot

        pdf, word = self.pdf, self.labels["watermark"]
        pdf.set_font(FONT, "B", 100)
        size = 100 * 0.72 * hypot(PAGE_W, PAGE_H) / pdf.get_string_width(word)
        pdf.set_font(FONT, "B", size)
        width, cap = pdf.get_string_width(word), size * 0.3528 * 0.73
        cx, cy = PAGE_W / 2, PAGE_H / 2
        angle = degrees(atan2(PAGE_H, PAGE_W))  # bottom left to top right
        with (
            pdf.local_context(fill_opacity=WATERMARK_OPACITY, text_color=WATERMARK),
            pdf.rotation(angle, cx, cy),
        ):
            pdf.text(cx - width / 2, cy + cap / 2, word)

    def draw(self) -> None:
        y = self.parties(self.header(13.0)) + GAP * 0.75
        y = self.mission(y) + GAP
        y = self.totals(self.table(y) + 2.0) + GAP
        self.receive(y)
        self.footer()
        self.watermark()


def write_specimen_pdf(data: SpecimenData, path: Path, *, language: str = "fr") -> Path:
    """Write ``data`` as a one-page A4 specimen invoice to ``path``; return ``path``.

    The PDF is rendered in memory, written to a temporary file beside ``path`` and moved
    onto it in one step: ``path`` holds either its old content or the whole new PDF.
    """
    labels = LABELS.get(language, LABELS["fr"])
    period = _period(data, labels, locale_for(language))
    title = f"{labels['title']} – {data.mission_title} – {period}"
    rendered = render_pdf(
        lambda pdf: _Specimen(pdf, data, language).draw(),
        title=title,
        subject=f"{data.client_name} – {data.mission_title}",
        author=data.freelancer_name,
        language=language,
        margin=MARGIN,
        # Dated by its issue date, so that the same specimen always gives the same bytes.
        created=datetime.combine(data.issue_date, time(), tzinfo=UTC),
    )
    return write_bytes_atomically(rendered, Path(path))
