"""Time to make the freelancer's own invoice: one, and a hundred in a row.

    python3 benchmarks/own_invoices.py [--runs 5]

Each invoice goes through the whole pipeline: the PDF/A-3B page, the Factur-X XML checked
against its schema, the embedding, and the atomic write (into a temporary folder).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path


def sample(number: int):  # type: ignore[no-untyped-def]
    from connect_desktop.services.own_invoice_cii import OwnInvoiceData

    return OwnInvoiceData(
        kind="INVOICE",
        number=f"CM-2026-{number:04d}",
        issue_date=date(2026, 11, 28),
        due_date=date(2026, 12, 28),
        seller_name="Camille Martin",
        seller_siret="90765432100005",
        seller_address=("18 rue des Lilas",),
        seller_postcode="44000",
        seller_city="Nantes",
        seller_vat_number="FR24907654321",
        mission_title="Expert sécurité cloud",
        lbc_reference="LBC-2024-04103",
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
        days=Decimal("18.5"),
        daily_rate=Decimal("720"),
        vat_rate=Decimal("0.20"),
        amount_ht=Decimal("13320.00"),
        vat=Decimal("2664.00"),
        amount_ttc=Decimal("15984.00"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from connect_desktop.services.own_invoice_pdf import write_own_invoice_pdf

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        write_own_invoice_pdf(sample(0), Path(folder) / "first.pdf")
        first = time.perf_counter() - started
        singles = []
        for run in range(args.runs):
            started = time.perf_counter()
            write_own_invoice_pdf(sample(run + 1), Path(folder) / "one.pdf")
            singles.append(time.perf_counter() - started)
        hundreds = []
        for _ in range(max(1, args.runs // 2)):
            started = time.perf_counter()
            for number in range(100):
                write_own_invoice_pdf(sample(number), Path(folder) / f"{number}.pdf")
            hundreds.append(time.perf_counter() - started)
    print(f"first invoice in the process (imports included): {first * 1000:.0f} ms")
    print(f"one invoice:  median {statistics.median(singles) * 1000:.0f} ms over {args.runs}")
    print(f"100 invoices: median {statistics.median(hundreds):.1f} s over {len(hundreds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
