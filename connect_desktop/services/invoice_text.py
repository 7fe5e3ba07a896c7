"""Invoice fields found in a French invoice's text, by its usual labels (DESIGN.md R9).

Pure text in, ``InvoiceFields`` out: no PDF, no I/O, no Qt. The heuristics read what French
freelancers' invoices print: "Facture n° FA-2026-011", "Date : 28/11/2026", "Total HT",
"TVA 20 %", "Total TTC" or "Net à payer", "SIRET", "Période du 01/11/2026 au 30/11/2026",
with amounts such as "11 100,00 €" (regular, no-break or narrow no-break spaces).
Anything not found stays ``None``; nothing here raises on odd text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal

from connect_desktop.domain.money import round_money

LBC_SIREN = "793569757"
MAX_AMOUNT = Decimal(10) ** 12


@dataclass
class InvoiceFields:
    """What a reader found on an invoice; ``None`` where it found nothing."""

    number: str | None = None
    issue_date: date | None = None
    total_ht: Decimal | None = None
    vat: Decimal | None = None
    total_ttc: Decimal | None = None
    seller_siret: str | None = None
    seller_name: str | None = None
    buyer_name: str | None = None
    buyer_siret: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    type_code: str | None = None

    def completed_by(self, other: InvoiceFields) -> InvoiceFields:
        """These fields, with the blanks filled from ``other``."""
        blanks = {
            f.name: getattr(other, f.name) for f in fields(self) if getattr(self, f.name) is None
        }
        return replace(self, **blanks)


MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip
_MONTH_RE = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
)
DATE_RE = (
    r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)"
    rf"|(?<!\d)\d{{1,2}}(?:er)?\s(?:{_MONTH_RE})\s\d{{4}}"
)
AMOUNT_RE = r"[-−]?\s?(?:\d{1,3}(?:[ .,']\d{3})+|\d+)(?:[.,]\d{1,2})?(?![\d%])(?!\s?%)"
_FLAGS = re.IGNORECASE | re.MULTILINE
_SPACES = str.maketrans(dict.fromkeys("\xa0\u202f\u2007\u2008\u2009\u200a\u2002\u2003\t", " "))
_SURROGATES = re.compile("[\ud800-\udfff]")


def _plain(text: str) -> str:
    """Lower case without accents (for comparing names and month words)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalise_text(text: str) -> str:
    """Every kind of space made a plain one, runs of spaces collapsed, quotes made straight."""
    text = _SURROGATES.sub("", text).translate(_SPACES).replace("’", "'").replace("\r", "\n")
    return "\n".join(re.sub(" {2,}", " ", line).strip() for line in text.split("\n"))


_AMOUNT_SHAPE = re.compile(
    r"(?P<sign>-?) ?(?P<whole>\d{1,3}(?:(?P<group>[ .,'])\d{3})(?:(?P=group)\d{3})*|\d+)"
    r"(?:(?P<point>[.,])(?P<cents>\d{1,2}))?"
)


def parse_amount(text: str) -> Decimal | None:
    """``Decimal`` for "1 234,56", "1.234,56", "1,234.56", "-233,47 €"; ``None`` otherwise."""
    raw = normalise_text(text).replace("€", "").replace("EUR", "").replace("−", "-").strip()
    shape = _AMOUNT_SHAPE.fullmatch(raw)
    if not shape or (shape["group"] and shape["group"] == shape["point"]):
        return None
    whole = re.sub(r"\D", "", shape["whole"])
    value = Decimal(f"{shape['sign']}{whole}.{shape['cents'] or '0'}")
    return round_money(value) if abs(value) < MAX_AMOUNT else None


def parse_date(text: str) -> date | None:
    """``date`` for "28/11/2026", "28.11.26", "1er novembre 2026"; ``None`` otherwise."""
    text = normalise_text(text)
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", text)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
        year += 2000 if len(numeric.group(3)) == 2 else 0
    else:
        words = re.fullmatch(r"(\d{1,2})(?:er)? ([^\W\d_]+) (\d{4})", text)
        if not words or _plain(words.group(2)) not in MONTHS:
            return None
        day, month, year = int(words.group(1)), MONTHS[_plain(words.group(2))], int(words.group(3))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_range(month_word: str, year_text: str) -> tuple[date, date] | None:
    month = MONTHS.get(_plain(month_word))
    year = int(year_text)
    if month is None or not 1900 <= year <= 2999:
        return None
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), date.fromordinal(following.toordinal() - 1)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# Labels, most specific first. The value follows on the same line or on the next one.
_GAP = r"[ :=]*(?:\((?:en )?(?:€|eur|euros)\))?[ :=]*(?:\n[ :]*)?(?:€ ?)?"
_RATE = r"(?: ?\(?(?:à )?\d{1,2}(?:[.,]\d{1,2})? ?%\)?)?"
_HT = (
    r"(?:total|montant|sous[- ]total)(?: net)? ?(?:hors taxes?|h\.? ?t\.?)(?![\w.])"
    r"|net total|total (?:excl\.?|excluding) (?:vat|tax)"
)
_TTC = (
    r"(?:total|montant)(?: net)?(?: total)? ?(?:t\.? ?t\.? ?c\.?|toutes taxes comprises)(?![\w.])",
    r"(?:net|total|montant|reste) à payer|total (?:incl\.?|including) (?:vat|tax)",
    r"^total(?= ?:? ?[-−]?\d)",
)
_VAT = (
    rf"(?:total|montant)(?: de la| des| de)? ?(?:t\.?v\.?a\.?|taxes?){_RATE}(?![\w.])",
    r"tax total|vat amount",
    rf"^t\.?v\.?a\.?{_RATE}(?![\w.])",
)
_NUMBER_TOKEN = r"([a-z0-9][a-z0-9._/-]*)"
_NO = r"(?:n°|nº|no\.?|num[ée]ro|number|#)"
_NUMBER = (
    rf"{_NO} ?(?:de (?:la )?)?(?:facture|d'avoir|avoir) ?:? ?{_NUMBER_TOKEN}",
    rf"(?:facture|avoir|invoice|credit note)\s?{_NO} ?:? ?{_NUMBER_TOKEN}",
    rf"^(?:facture|avoir|invoice|credit note) ?:? {_NUMBER_TOKEN}",
    rf"^(?:n°|nº|num[ée]ro) ?:? ?{_NUMBER_TOKEN}",
)
_ISSUE_DATE = (
    rf"date (?:de (?:la )?)?(?:facture|facturation|d'[ée]mission|[ée]mission) ?:? ?({DATE_RE})",
    rf"(?:[ée]mise|[ée]tablie|fait|factur[ée]e) le ?:? ?({DATE_RE})",
    rf"^date ?:? ?({DATE_RE})",
    rf"^(?:facture|avoir)\b.{{0,40}}? du ({DATE_RE})",
)
_PERIOD = (
    rf"p[ée]riode[^\n\d]{{0,30}}?({DATE_RE}) ?(?:au|à|jusqu'au|-|–|—) ?({DATE_RE})",
    rf"\bdu ({DATE_RE}) au ({DATE_RE})",
)
_PERIOD_MONTH = (
    rf"\b(?:p[ée]riode|mois|prestations?|activit[ée]|cra)[^\n\d]{{0,20}}?\b({_MONTH_RE}) (\d{{4}})"
)
_SIRET = r"\bsiret\b[^\d\n]{0,12}(\d{3} ?\d{3} ?\d{3} ?\d{5})(?! ?\d)"
_SIREN = r"\bsiren\b[^\d\n]{0,12}(\d{3} ?\d{3} ?\d{3})(?! ?\d)"
_BUYER_LABEL = (  # "Client", "Destinataire", "Bill to" only with a colon or alone on their line
    r"^(?:(?:factur[ée] à|facturer à|adress[ée]e? à|à l'attention de)\b ?:?"
    r"|(?:client(?! final)|destinataire|bill to)\b ?(?::|$)) ?(.*)$"
)
_SELLER_LABEL = r"^(?:[ée]metteur|prestataire|vendeur|fournisseur|de)\b ?: ?(.+)$"
_KNOWN_BUYER = r"little ?big connection(?: sasu?\b)?"
_CREDIT_TITLE = r"^(?:facture d'avoir|avoir|note de cr[ée]dit|credit note)\b"
_INVOICE_TITLE = r"^(?:facture|invoice)\b"


def _last_amount(text: str, labels: tuple[str, ...] | str) -> Decimal | None:
    for label in (labels,) if isinstance(labels, str) else labels:
        found = [
            parse_amount(m.group(1))
            for m in re.finditer(rf"(?:{label}){_GAP}({AMOUNT_RE})", text, _FLAGS)
        ]
        found = [value for value in found if value is not None]
        if found:
            return found[-1]  # totals come last
    return None


def _first(text: str, patterns: tuple[str, ...]) -> re.Match[str] | None:
    for pattern in patterns:
        match = re.search(pattern, text, _FLAGS)
        if match:
            return match
    return None


def _number(text: str) -> str | None:
    for pattern in _NUMBER:
        for match in re.finditer(pattern, text, _FLAGS):
            token = match.group(1).rstrip("._/-")
            if any(c.isdigit() for c in token) and not re.fullmatch(DATE_RE, token, _FLAGS):
                return token
    return None


def _period(text: str) -> tuple[date | None, date | None]:
    for pattern in _PERIOD:
        for match in re.finditer(pattern, text, _FLAGS):
            start, end = parse_date(match.group(1)), parse_date(match.group(2))
            if start and end and start <= end:
                return start, end
    for match in re.finditer(_PERIOD_MONTH, text, _FLAGS):
        whole_month = _month_range(match.group(1), match.group(2))
        if whole_month:
            return whole_month
    return None, None


def _sirets(text: str) -> list[str]:
    found = [_digits(m.group(1)) for m in re.finditer(_SIRET, text, _FLAGS)]
    return found + [_digits(m.group(1)) for m in re.finditer(_SIREN, text, _FLAGS)]


def _label_value(text: str, pattern: str) -> str | None:
    for match in re.finditer(pattern, text, _FLAGS):
        value = match.group(1).strip(" :-")
        if not re.search(r"[^\W\d_]{2}", value):  # the name is on the next line
            following = text[match.end() :].lstrip("\n").split("\n", 1)[0].strip()
            value = following if re.search(r"[^\W\d_]{2}", following) else ""
        if value:
            return value[:200]
    return None


def _type_code(text: str) -> str | None:
    for line in text.split("\n"):
        if re.match(_CREDIT_TITLE, line, re.IGNORECASE):
            return "381"
        if re.match(_INVOICE_TITLE, line, re.IGNORECASE):
            return "380"
    return None


def parse_invoice_text(text: str, *, buyer_sirens: tuple[str, ...] = (LBC_SIREN,)) -> InvoiceFields:
    """The fields a French invoice's text gives; SIRETs of ``buyer_sirens`` are the buyer's."""
    text = normalise_text(text)
    issue = _first(text, _ISSUE_DATE)
    vat = _last_amount(text, _VAT)
    if vat is None and re.search(r"tva non applicable|293 ?b", text, re.IGNORECASE):
        vat = round_money(0)
    sirets = _sirets(text)
    buyer_sirets = [s for s in sirets if s[:9] in buyer_sirens]
    seller_sirets = [s for s in sirets if s[:9] not in buyer_sirens]
    buyer = _label_value(text, _BUYER_LABEL)
    if buyer is None:
        known = re.search(_KNOWN_BUYER, text, re.IGNORECASE)
        buyer = known.group(0) if known else None
    start, end = _period(text)
    return InvoiceFields(
        number=_number(text),
        issue_date=parse_date(issue.group(1)) if issue else None,
        total_ht=_last_amount(text, _HT),
        vat=vat,
        total_ttc=_last_amount(text, _TTC),
        seller_siret=seller_sirets[0] if seller_sirets else None,
        seller_name=_label_value(text, _SELLER_LABEL),
        buyer_name=buyer,
        buyer_siret=buyer_sirets[0] if buyer_sirets else None,
        period_start=start,
        period_end=end,
        type_code=_type_code(text),
    )
