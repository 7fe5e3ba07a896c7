"""The invoice fields of a Factur-X / ZUGFeRD CII XML (``factur-x.xml``), read defensively.

Standard library only (plus ``defusedxml`` when it is installed). The XML comes from a file
the user dropped, so it is treated as hostile: a document type declaration (the door to
entity expansion and external entities) is refused outright, the size is capped, and any
parsing error gives ``None`` (the caller then falls back to the PDF's text).
Elements are found by local name, so any namespace prefix works.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from connect_desktop.domain.money import round_money
from connect_desktop.services.invoice_text import MAX_AMOUNT, InvoiceFields

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

# The names Factur-X 1.0, ZUGFeRD 2.x and XRechnung (CII flavour) give the attachment.
FACTURX_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml")
MAX_XML_BYTES = 5 * 1024 * 1024
SIREN_SCHEMES = ("0002", "0009")  # ICD 0002 SIRENE (SIREN or SIRET), 0009 SIRET


def _parse(data: bytes) -> Element | None:
    if len(data) > MAX_XML_BYTES or b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return None
    try:
        from defusedxml.ElementTree import fromstring
    except ImportError:  # pragma: no cover - defusedxml is optional
        from xml.etree.ElementTree import fromstring
    try:
        return fromstring(data)
    except Exception:  # ParseError, defusedxml's refusals, encoding errors: not usable
        return None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Element | None, name: str) -> list[Element]:
    if element is None:
        return []
    return [child for child in element if _local(child.tag) == name]


def _path(element: Element | None, *names: str) -> Element | None:
    for name in names:
        found = _children(element, name)
        element = found[0] if found else None
    return element


def _text(element: Element | None) -> str | None:
    if element is None:
        return None
    text = " ".join((element.text or "").split())
    return text[:200] or None


def _amount(element: Element | None) -> Decimal | None:
    text = _text(element)
    if text is None:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite() or abs(value) >= MAX_AMOUNT:
        return None
    return round_money(value)


def _date(element: Element | None) -> date | None:
    """A CII date: ``udt:DateTimeString`` in format 102 (YYYYMMDD), or ISO as a fallback."""
    string = _path(element, "DateTimeString")
    text = _text(string)
    if text is None or string is None:
        return None
    try:
        if string.get("format", "102") == "102" and re.fullmatch(r"\d{8}", text):
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _party_siret(party: Element | None) -> str | None:
    """The party's SIREN/SIRET: its legal organisation's ID, else a SIRET global ID."""
    candidates = _children(_path(party, "SpecifiedLegalOrganization"), "ID")
    candidates += _children(party, "GlobalID")
    for element in candidates:
        digits = re.sub(r"\D", "", _text(element) or "")
        if element.get("schemeID", "0002") in SIREN_SCHEMES and len(digits) in (9, 14):
            return digits
    return None


def _total(summation: Element | None, name: str, currency: str | None) -> Decimal | None:
    """A header total; where it is given twice (tax total in two currencies), the invoice's."""
    elements = _children(summation, name)
    chosen = [e for e in elements if currency and e.get("currencyID") == currency]
    return _amount((chosen or elements or [None])[0])


def parse_cii(data: bytes) -> InvoiceFields | None:
    """The fields of a CII invoice (``rsm:CrossIndustryInvoice``); ``None`` if it is not one."""
    root = _parse(data)
    if root is None or _local(root.tag) != "CrossIndustryInvoice":
        return None
    document = _path(root, "ExchangedDocument")
    transaction = _path(root, "SupplyChainTradeTransaction")
    agreement = _path(transaction, "ApplicableHeaderTradeAgreement")
    settlement = _path(transaction, "ApplicableHeaderTradeSettlement")
    summation = _path(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation")
    period = _path(settlement, "BillingSpecifiedPeriod")
    seller = _path(agreement, "SellerTradeParty")
    buyer = _path(agreement, "BuyerTradeParty")
    currency = _text(_path(settlement, "InvoiceCurrencyCode"))
    return InvoiceFields(
        number=_text(_path(document, "ID")),
        issue_date=_date(_path(document, "IssueDateTime")),
        type_code=_text(_path(document, "TypeCode")),
        total_ht=_total(summation, "TaxBasisTotalAmount", currency),
        vat=_total(summation, "TaxTotalAmount", currency),
        total_ttc=_total(summation, "GrandTotalAmount", currency),
        seller_name=_text(_path(seller, "Name")),
        seller_siret=_party_siret(seller),
        buyer_name=_text(_path(buyer, "Name")),
        buyer_siret=_party_siret(buyer),
        period_start=_date(_path(period, "StartDateTime")),
        period_end=_date(_path(period, "EndDateTime")),
    )
