"""PDFs the import tests make for themselves (fpdf2, pypdf); no real invoice needed."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import connect_desktop

FONT = Path(connect_desktop.__file__).parent / "resources" / "fonts" / "DejaVuSans.ttf"
SAMPLES = Path(__file__).parents[2].parent / "shared" / "samples" / "invoices-fr"
UNICODE_FONT = FONT.exists()

INVOICE_LINES = (
    "Jean Dupont EI",
    "12 rue des Lilas, 69001 Lyon",
    "SIRET : 732 829 320 00074",
    "Facture n° FA-2026-011",
    "Date : 28/11/2026",
    "Facturé à :",
    "LITTLE BIG CONNECTION SAS",
    "7 rue de Châteaudun, 75009 Paris",
    "SIRET 793 569 757 00016",
    "Période du 01/11/2026 au 30/11/2026",
    "Prestation de développement : 18,5 jours × 600,00 €",
    "Total HT : 11{s}100,00 €",
    "TVA 20 % : 2{s}220,00 €",
    "Total TTC : 13{s}320,00 €",
    "Pas d'escompte pour paiement anticipé.",
)


def _ascii(text: str) -> str:
    """What core Helvetica can print, for a checkout without the bundled font."""
    text = text.replace("€", "EUR").replace("×", "x").replace("\u202f", " ").replace("\xa0", " ")
    text = unicodedata.normalize("NFKD", text)
    return (
        "".join(c for c in text if not unicodedata.combining(c)).encode("ascii", "replace").decode()
    )


def text_pdf(lines: list[str] | tuple[str, ...]) -> bytes:
    """One A4 page with these lines of text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if UNICODE_FONT:
        pdf.add_font("DejaVu", fname=str(FONT))
        pdf.set_font("DejaVu", size=11)
    else:
        pdf.set_font("Helvetica", size=11)
        lines = [_ascii(line) for line in lines]
    for line in lines:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def invoice_pdf(space: str = " ", lines: tuple[str, ...] = INVOICE_LINES) -> bytes:
    """A freelancer's text invoice to LBC: 18,5 days x 600 € for November 2026."""
    return text_pdf([line.replace("{s}", space) for line in lines])


def drawing_pdf() -> bytes:
    """A page with a drawn rectangle and no text at all (a scan looks like this to us)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 60, style="F")
    return bytes(pdf.output())


def with_attachment(pdf: bytes, name: str, content: bytes) -> bytes:
    """``pdf`` with an embedded file (how Factur-X carries its XML)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted(pdf: bytes, user_password: str, algorithm: str | None = None) -> bytes:
    """``pdf`` encrypted by pypdf (an empty user password opens without asking)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    if algorithm:
        writer.encrypt(user_password, "owner-secret", algorithm=algorithm)
    else:
        writer.encrypt(user_password, "owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def cii_xml(
    *,
    number: str = "FA-2026-011",
    ht: str = "11100.00",
    vat: str = "2220.00",
    ttc: str = "13320.00",
    period: tuple[str, str] | None = ("20261101", "20261130"),
) -> bytes:
    """A small Factur-X (BASIC-like) CII document for the invoice of ``INVOICE_LINES``."""
    billing = (
        "<ram:BillingSpecifiedPeriod>"
        f'<ram:StartDateTime><udt:DateTimeString format="102">{period[0]}</udt:DateTimeString>'
        "</ram:StartDateTime>"
        f'<ram:EndDateTime><udt:DateTimeString format="102">{period[1]}</udt:DateTimeString>'
        "</ram:EndDateTime></ram:BillingSpecifiedPeriod>"
        if period
        else ""
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
 xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocument>
  <ram:ID>{number}</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20261128</udt:DateTimeString>
  </ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Jean Dupont EI</ram:Name>
    <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">73282932000074</ram:ID>
    </ram:SpecifiedLegalOrganization></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>LittleBig Connection</ram:Name>
    <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">79356975700016</ram:ID>
    </ram:SpecifiedLegalOrganization></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   {billing}
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:TaxBasisTotalAmount>{ht}</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">{vat}</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>{ttc}</ram:GrandTotalAmount>
    <ram:DuePayableAmount>{ttc}</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""".encode()
