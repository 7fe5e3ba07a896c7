"""What the invoices tab checks before attaching a dropped PDF (DESIGN.md R9).

``review_import`` is the job the tab runs off the UI thread: it reads the one file of a
drop, loads the invoice it is meant for and the freelancer's profile, sets what the file
says beside what the CRA says (``compare``), and looks for the one invoice the file
matches by amount and period, in case the user picked the wrong row. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from connect_desktop.services.invoice_import import (
    CheckLine,
    ExpectedInvoice,
    ExtractedInvoice,
    all_match,
    check_single_file,
    compare,
    match_invoice,
    read_invoice_pdf,
)
from connect_desktop.services.invoice_table import InvoiceTable
from connect_desktop.services.invoices import InvoiceDetail, InvoiceRow, load_invoice_detail
from connect_desktop.services.profile import ProfileData, load_profile


class NoInvoiceChosen(ValueError):
    """A file was dropped with no invoice selected, and it matches none by itself."""


@dataclass(frozen=True)
class ImportReview:
    """A read file beside the invoice it is meant for."""

    path: Path
    extracted: ExtractedInvoice
    detail: InvoiceDetail
    expected: ExpectedInvoice
    lines: tuple[CheckLine, ...]
    proposed: InvoiceRow | None  # another invoice the file matches, the only one

    @property
    def readable(self) -> bool:
        """False for a PDF with no text (a scan): the user checks the amounts by hand."""
        return self.extracted.source != "none"

    @property
    def matches(self) -> bool:
        return all_match(self.lines)

    @property
    def already_attached(self) -> bool:
        return any(item.sha256 == self.extracted.sha256 for item in self.detail.attachments)


def expected_for(detail: InvoiceDetail, profile: ProfileData) -> ExpectedInvoice:
    """What the invoice's file must state: the CRA's totals and period, the invoice's
    number when it has one, the freelancer's SIRET, LITTLE BIG CONNECTION as the buyer."""
    row = detail.row
    return ExpectedInvoice(
        number=row.number,
        total_ht=row.amount_ht,
        vat=detail.vat,
        total_ttc=row.amount_ttc,
        period_start=row.period_start,
        period_end=row.period_end,
        seller_siret=profile.siret,
    )


def as_table(rows: Sequence[InvoiceRow]) -> InvoiceTable:
    """The invoice list as columns (the tab already holds it so: 100 000 rows are not built)."""
    return rows if isinstance(rows, InvoiceTable) else InvoiceTable.from_rows(rows)


def review_file(
    engine: Engine,
    path: Path,
    extracted: ExtractedInvoice,
    invoice_id: int | None,
    rows: Sequence[InvoiceRow],
) -> ImportReview:
    """Compare a read file with ``invoice_id`` (or, when None, the one invoice it matches)."""
    table = as_table(rows)
    matched = match_invoice(extracted, table.match_candidates())
    target = invoice_id if invoice_id is not None else matched
    if target is None:
        raise NoInvoiceChosen("No invoice is selected and the file matches none.")
    detail = load_invoice_detail(engine, target)
    expected = expected_for(detail, load_profile(engine))
    proposed = None
    if matched is not None and matched != target:
        position = table.position_of(matched)
        proposed = table.row(position) if position >= 0 else None
    return ImportReview(
        path=path,
        extracted=extracted,
        detail=detail,
        expected=expected,
        lines=tuple(compare(extracted, expected)),
        proposed=proposed,
    )


def review_import(
    engine: Engine,
    paths: Sequence[Path],
    invoice_id: int | None,
    rows: Sequence[InvoiceRow],
    read: Callable[[Path], ExtractedInvoice] = read_invoice_pdf,
) -> ImportReview:
    """Read the one dropped file (``ImportRefused`` if it cannot be imported) and review it.

    ``read`` reads the PDF: the UI passes the sandboxed reader (``pdf_sandbox``).
    """
    path = check_single_file([Path(item) for item in paths])
    extracted = read(path)
    return review_file(engine, path, extracted, invoice_id, rows)
