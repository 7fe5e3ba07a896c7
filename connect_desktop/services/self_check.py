"""``connect-desktop --self-check``: prove that this installation can do its work.

In a temporary data folder (the user's own is never opened) it creates the database and
runs its migrations, loads the sample data, writes a CRA as a PDF, issues one of the
freelancer's own invoices as a Factur-X PDF, and reads that PDF back as an import would.
That exercises what a packaged build could lack: the bundled fonts, the migrations,
python-stdnum's registries, the Factur-X schemas, pypdf and lxml. No Qt: it runs
without a screen.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlmodel import select

from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.services.cra import list_cra_missions, load_cra_month
from connect_desktop.services.cra_pdf import write_cra_pdf
from connect_desktop.services.invoice_import import read_invoice_pdf
from connect_desktop.services.own_invoice_issue import issue_own_invoice_for
from connect_desktop.services.pdf_sandbox import read_invoice_pdf_isolated
from connect_desktop.services.profile import load_profile, validate_profile
from connect_desktop.store.database import database_path, open_database, read_session
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.models import Invoice


class SelfCheckFailed(RuntimeError):
    """A step did not give what it should."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfCheckFailed(message)


def run_self_check(report: Callable[[str], None], today: date | None = None) -> None:
    """Run every step in a temporary folder, reporting each; raise on the first failure."""
    today = today or date.today()
    with tempfile.TemporaryDirectory(prefix="connect-desktop-check-") as folder:
        data_dir = Path(folder)
        started = time.perf_counter()
        engine = open_database(database_path(data_dir))
        try:
            summary = fill_demo(engine, today=today)
            report(f"database and sample data: {summary.invoices} invoices")

            profile = load_profile(engine)
            problems = validate_profile(profile)
            _check(not problems, f"the sample profile does not validate: {problems}")
            report("profile checked: SIRET, VAT number and IBAN")

            mission = list_cra_missions(engine, today)[0]
            month = load_cra_month(engine, mission.id, today.year, today.month, today)
            cra_pdf = write_cra_pdf(month, profile, data_dir / "cra.pdf")
            cra_text = read_invoice_pdf(cra_pdf)
            _check(cra_text.has_text, "the CRA PDF has no readable text")
            report(f"CRA PDF written and read back: {cra_pdf.stat().st_size} bytes")

            with read_session(engine) as session:
                invoice = session.exec(
                    select(Invoice).where(Invoice.status == InvoiceStatus.TO_IMPORT)
                ).first()
            if invoice is None or invoice.id is None:
                raise SelfCheckFailed("the sample data has no invoice to import")
            issued = issue_own_invoice_for(engine, data_dir, invoice.id, today, today)
            # As an import reads it: in a separate process (which a frozen build must start).
            read_back = read_invoice_pdf_isolated(issued.pdf_path)
            _check(read_back.source == "facturx", "the invoice's Factur-X XML was not found")
            _check(read_back.number == issued.number, "the invoice number did not read back")
            _check(
                read_back.total_ht == invoice.amount_ht,
                f"the total read back ({read_back.total_ht}) is not {invoice.amount_ht}",
            )
            report(f"Factur-X invoice {issued.number} issued, imported and read back")
        finally:
            engine.dispose()
        report(f"all checks passed in {time.perf_counter() - started:.1f} s")
