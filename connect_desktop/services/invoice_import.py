"""Reading an invoice PDF the user imports, and checking it against its CRA (DESIGN.md R9).

``read_invoice_pdf`` reads the file's bytes once, refuses what is not an acceptable PDF with
an ``ImportRefused`` whose ``code`` the UI maps to a French message, and extracts the
invoice's fields: from the embedded Factur-X XML when there is one (the text then only fills
the fields the XML leaves out), else from the text with French-invoice heuristics.
``compare`` sets those fields beside what the CRA says; ``match_invoice`` finds the one
invoice a dropped file belongs to. No Qt here, and pypdf is imported only while reading.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import stat
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from connect_desktop.domain.money import format_date, format_money, round_money
from connect_desktop.services.facturx_xml import FACTURX_NAMES, MAX_XML_BYTES, parse_cii
from connect_desktop.services.invoice_text import InvoiceFields, parse_invoice_text

if TYPE_CHECKING:
    from pypdf import PdfReader

log = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_IMPORT_PAGES = 50  # a Connect invoice has 1 to 3 pages
MAX_TEXT_PAGES = 20
MAX_TEXT_CHARS = 200_000
LBC_NAME = "LITTLE BIG CONNECTION"
LBC_SIRET = "79356975700016"
RefusalCode = Literal[
    "folder", "missing", "empty", "too_large", "not_pdf", "truncated", "damaged",
    "encrypted", "several_files", "too_many_pages", "timeout", "crashed",
]  # fmt: skip
Source = Literal["facturx", "text", "none"]
Status = Literal["match", "mismatch", "missing"]


class ImportRefused(ValueError):
    """A file the import refuses; ``code`` says why (the UI words it), the message in English."""

    def __init__(self, code: RefusalCode, message: str) -> None:
        super().__init__(message)
        self.code: RefusalCode = code


@dataclass(frozen=True)
class ExtractedInvoice:
    """What was read from an imported PDF; ``None`` (or ``False``) where nothing was found.

    ``source`` says where the fields come from: "facturx" (the embedded XML, with any field
    it lacks taken from the text), "text" (heuristics on the text), "none" (no text at all).
    SIRETs are digits only (a SIREN has 9). ``buyer_siret`` (an addition to the fields the
    comparison needs) is the buyer's SIREN/SIRET when the file gives it: Factur-X, or LBC's
    SIRET printed in the text. Amounts are as the document gives them: a Factur-X credit
    note (type 381) states positive totals, while its printed text may show them negative.
    """

    sha256: str
    size: int
    original_name: str
    source: Source
    number: str | None = None
    issue_date: date | None = None
    total_ht: Decimal | None = None
    vat: Decimal | None = None
    total_ttc: Decimal | None = None
    seller_siret: str | None = None
    seller_name: str | None = None
    buyer_name: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    type_code: str | None = None
    has_text: bool = False
    buyer_siret: str | None = None


def check_single_file(paths: list[Path]) -> Path:
    """The one file of a drop; several files, none, or a folder are refused."""
    if len(paths) > 1:
        raise ImportRefused(
            "several_files", f"{len(paths)} files were given; import one at a time."
        )
    if not paths:
        raise ImportRefused("missing", "No file was given.")
    path = Path(paths[0])
    if path.is_dir():
        raise ImportRefused("folder", f"{path.name} is a folder, not a PDF file.")
    return path


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    name = path.name
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise ImportRefused("missing", f"{name} does not exist (any more).") from None
    except OSError as error:
        raise ImportRefused("missing", f"{name} cannot be read: {error.strerror}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportRefused("folder", f"{name} is a folder, not a PDF file.")
    if not stat.S_ISREG(info.st_mode):
        raise ImportRefused("not_pdf", f"{name} is not a regular file.")
    if info.st_size == 0:
        raise ImportRefused("empty", f"{name} is empty.")
    if info.st_size > max_bytes:
        raise ImportRefused("too_large", f"{name} is larger than {max_bytes} bytes.")
    try:
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)  # the file may have grown since stat()
    except (FileNotFoundError, NotADirectoryError):
        raise ImportRefused("missing", f"{name} vanished while it was being read.") from None
    except IsADirectoryError:
        raise ImportRefused("folder", f"{name} is a folder, not a PDF file.") from None
    except OSError as error:
        raise ImportRefused("missing", f"{name} cannot be read: {error.strerror}.") from None
    if not data:
        raise ImportRefused("empty", f"{name} is empty.")
    if len(data) > max_bytes:
        raise ImportRefused("too_large", f"{name} is larger than {max_bytes} bytes.")
    return data


def _check_pdf_bytes(data: bytes, name: str) -> None:
    # Readers accept the header anywhere in the first 1024 bytes (PDF 1.7, annex H, note 13),
    # and look for the end-of-file marker in the last 1024.
    if data.find(b"%PDF-", 0, 1024) == -1:
        raise ImportRefused("not_pdf", f"{name} is not a PDF file.")
    if b"%%EOF" not in data.rstrip(b"\x00\t\n\x0c\r ")[-1024:]:
        raise ImportRefused("truncated", f"{name} is incomplete (no end-of-file marker).")


_ENCRYPT = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")


def _open_pdf(data: bytes, name: str, max_pages: int = MAX_IMPORT_PAGES) -> PdfReader:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
        pages = 0 if encrypted else len(reader.pages)
    except Exception as error:  # pypdf raises many kinds on a broken file
        if _ENCRYPT.search(data):
            raise ImportRefused("encrypted", f"{name} is encrypted.") from None
        log.info("pypdf cannot read %s: %r", name, error)
        raise ImportRefused("damaged", f"{name} is damaged and cannot be read.") from None
    if encrypted:
        raise ImportRefused("encrypted", f"{name} is encrypted or password-protected.")
    if pages == 0:
        raise ImportRefused("damaged", f"{name} has no page.")
    if pages > max_pages:
        raise ImportRefused("too_many_pages", f"{name} has more than {max_pages} pages.")
    return reader


def _facturx_xml(reader: PdfReader) -> bytes | None:
    """The embedded Factur-X / ZUGFeRD / XRechnung XML, if any (a broken tree gives None)."""
    try:
        attachments = reader.attachments
        by_name = {name.lower(): name for name in attachments}
        for wanted in FACTURX_NAMES:
            if wanted in by_name:
                for content in attachments[by_name[wanted]]:
                    if content and len(content) <= MAX_XML_BYTES:
                        return bytes(content)
    except Exception as error:
        log.info("Unreadable attachments: %r", error)
    return None


def _text(reader: PdfReader, name: str) -> str:
    """The text of the first pages; ``damaged`` when not a single page gives up its text."""
    parts: list[str] = []
    failures = 0
    try:
        for index, page in enumerate(reader.pages):
            if index >= MAX_TEXT_PAGES or sum(map(len, parts)) > MAX_TEXT_CHARS:
                break
            try:
                parts.append(page.extract_text() or "")
            except Exception as error:
                failures += 1
                log.info("No text from page %d of %s: %r", index + 1, name, error)
    except Exception as error:
        log.info("Pages of %s cannot be read: %r", name, error)
        failures += 1
    if failures and not parts:
        raise ImportRefused("damaged", f"{name} is damaged and cannot be read.")
    return "\n".join(parts)[:MAX_TEXT_CHARS]


def read_invoice_pdf(
    path: Path, *, max_bytes: int = MAX_IMPORT_BYTES, max_pages: int = MAX_IMPORT_PAGES
) -> ExtractedInvoice:
    """Read the invoice PDF at ``path``; ``ImportRefused`` for a file the import refuses.

    A readable PDF with no text is not refused: it comes back with ``source="none"`` and
    ``has_text=False`` (the user may attach it after checking the amounts by hand).
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    _check_pdf_bytes(data, path.name)
    reader = _open_pdf(data, path.name, max_pages)
    xml = _facturx_xml(reader)
    found = parse_cii(xml) if xml is not None else None
    text = _text(reader, path.name)
    has_text = bool(text.strip())
    from_text = parse_invoice_text(text) if has_text else InvoiceFields()
    source: Source = "facturx" if found is not None else "text" if has_text else "none"
    fields = found.completed_by(from_text) if found is not None else from_text
    return ExtractedInvoice(
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        original_name=path.name,
        source=source,
        has_text=has_text,
        **vars(fields),
    )


# --- Comparison with the CRA ------------------------------------------------------------


@dataclass(frozen=True)
class ExpectedInvoice:
    """What the CRA and the profile say the imported invoice must state.

    ``number`` and ``seller_siret`` may be "" when the app does not know them.
    """

    number: str
    total_ht: Decimal
    vat: Decimal
    total_ttc: Decimal
    period_start: date
    period_end: date
    seller_siret: str = ""
    buyer_name: str = LBC_NAME
    buyer_siret: str = LBC_SIRET


@dataclass(frozen=True)
class CheckLine:
    """One line of the comparison: ``field`` is a key the UI labels; texts are French."""

    field: str
    expected: str
    found: str
    status: Status


# Words dropped before names are compared (normalised: lower case, no accents).
LEGAL_FORMS = frozenset(
    {"sas", "sasu", "sarl", "eurl", "sa", "sca", "snc", "scs", "sci", "scop", "selarl", "selas"}
    | {"ei", "eirl", "societe", "par", "actions", "simplifiee", "unipersonnelle"}
)


def normalise_name(name: str) -> str:
    """Lower case, no accents, no punctuation, no spaces, no legal-form words."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return "".join(w for w in re.findall(r"[a-z0-9]+", plain) if w not in LEGAL_FORMS)


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def format_siret(value: str | None) -> str:
    """'793 569 757 00016' for a SIRET, '793 569 757' for a SIREN, other text as it is."""
    digits = _digits(value)
    if len(digits) in (9, 14):
        return " ".join([digits[0:3], digits[3:6], digits[6:9], digits[9:]]).strip()
    return value or ""


def _format_period(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{format_date(start) if start else '?'} – {format_date(end) if end else '?'}"


def _amount_line(key: str, expected: Decimal, found: Decimal | None) -> CheckLine:
    if found is None:
        return CheckLine(key, format_money(round_money(expected)), "", "missing")
    status: Status = "match" if round_money(found) == round_money(expected) else "mismatch"
    return CheckLine(key, format_money(round_money(expected)), format_money(found), status)


def _sirets_agree(expected: str, found: str) -> bool:
    """Same digits, or a SIREN that starts the SIRET (the SIREN is the SIRET's first nine)."""
    if expected == found:
        return True
    short, long = sorted((expected, found), key=len)
    return len(short) == 9 and len(long) == 14 and long.startswith(short)


def _period_line(extracted: ExtractedInvoice, expected: ExpectedInvoice) -> CheckLine:
    found = (extracted.period_start, extracted.period_end)
    status: Status = "missing" if None in found else "mismatch"
    if found == (expected.period_start, expected.period_end):
        status = "match"
    wanted = _format_period(expected.period_start, expected.period_end)
    return CheckLine("period", wanted, _format_period(*found), status)


def _number_line(extracted: ExtractedInvoice, expected: ExpectedInvoice) -> CheckLine:
    found, wanted = (extracted.number or "").strip(), expected.number.strip()
    same = "".join(found.split()).casefold() == "".join(wanted.split()).casefold()
    status: Status = "missing" if not found else "match" if same or not wanted else "mismatch"
    return CheckLine("number", wanted, found, status)


def _seller_line(extracted: ExtractedInvoice, expected: ExpectedInvoice) -> CheckLine:
    found, wanted = _digits(extracted.seller_siret), _digits(expected.seller_siret)
    status: Status = "missing" if not found else "mismatch"
    if found and (not wanted or _sirets_agree(wanted, found)):
        status = "match"
    return CheckLine("seller_siret", format_siret(wanted), format_siret(found), status)


def _buyer_line(extracted: ExtractedInvoice, expected: ExpectedInvoice) -> CheckLine:
    name, siret = (extracted.buyer_name or "").strip(), _digits(extracted.buyer_siret)
    wanted = normalise_name(expected.buyer_name)
    name_ok = bool(name and wanted) and wanted in normalise_name(name)
    siret_ok = bool(siret) and _sirets_agree(_digits(expected.buyer_siret), siret)
    status: Status = "missing" if not (name or siret) else "mismatch"
    if name_ok or siret_ok:
        status = "match"
    return CheckLine("buyer", expected.buyer_name, name or format_siret(siret), status)


def compare(extracted: ExtractedInvoice, expected: ExpectedInvoice) -> list[CheckLine]:
    """The R9 check, one line per field, in the order the UI shows them.

    A field the file does not give is "missing". Where the app does not know the expected
    value (``number`` or ``seller_siret`` ""), the file cannot contradict it: a value found
    there is a "match" (shown for the user to read), none at all is "missing".
    Amounts match to the cent; the period when both ends are equal; numbers ignoring case
    and spaces; SIRETs on their digits (a SIREN matches the SIRET it starts). The buyer
    matches on its name (ignoring case, accents, punctuation, spaces and legal-form words;
    the found name may carry more, such as the address) or, failing that, on its SIRET.
    """
    return [
        _amount_line("total_ht", expected.total_ht, extracted.total_ht),
        _amount_line("vat", expected.vat, extracted.vat),
        _amount_line("total_ttc", expected.total_ttc, extracted.total_ttc),
        _period_line(extracted, expected),
        _number_line(extracted, expected),
        _seller_line(extracted, expected),
        _buyer_line(extracted, expected),
    ]


def all_match(lines: Sequence[CheckLine]) -> bool:
    """True when every line matches (a missing value is not a match)."""
    return all(line.status == "match" for line in lines)


def match_invoice(
    extracted: ExtractedInvoice, candidates: Sequence[tuple[int, Decimal, date, date]]
) -> int | None:
    """The id of the one candidate with the file's total and an overlapping period, else None.

    Each candidate is (invoice_id, total TTC, period_start, period_end). The file's total TTC
    is used, or its total HT when it gives no TTC (the same figure under the VAT franchise).
    A file with no period at all matches nothing; with one end only, that day is the period.
    """
    amount = extracted.total_ttc if extracted.total_ttc is not None else extracted.total_ht
    start = extracted.period_start or extracted.period_end
    end = extracted.period_end or extracted.period_start
    if amount is None or start is None or end is None:
        return None
    wanted = round_money(amount)
    found = [
        invoice_id
        for invoice_id, total, first, last in candidates
        if round_money(total) == wanted and first <= end and start <= last
    ]
    return found[0] if len(found) == 1 else None
