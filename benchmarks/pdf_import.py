"""Time to import an invoice PDF: read it through the app's reader and check it.

    python3 benchmarks/pdf_import.py [--runs 10]

Two files, made in a temporary folder: a one-page Connect invoice (text, as the import
tests make it) and a ~10 MB one (the same page with a large incompressible image). Each is
read the way the app reads a dropped file: ``read_invoice_pdf_isolated`` (the sandboxed
reader) then ``compare`` with what the CRA expects, as one job on the job thread
(``run_job``, offscreen QApplication) while a 5 ms QTimer on the UI thread records the
longest gap between ticks (the longest UI stall). The first import of the process is shown
apart, cold and with the reader process started ahead (``start_reader``). In-process
``read_invoice_pdf`` (no sandbox) is shown for reference, and the reader process's memory.

Floor: ``pypdf.PdfReader`` opening the same file and reading page 1's text, in-process.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests" / "services")]

from invoice_pdfs import invoice_pdf  # noqa: E402  (tests/services: how tests make PDFs)
from pdfs import Row, idle_stall, print_table, run_on_job_thread, timed  # noqa: E402

TARGET_BYTES = 10 * 1024 * 1024 - 64 * 1024  # just under the import limit (10 MB)


def large_invoice_pdf() -> bytes:
    """The invoice page plus a full-page image of random pixels, about 10 MB in all."""
    from fpdf import FPDF
    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    side = int((TARGET_BYTES / 3) ** 0.5)
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=120, w=100)
    picture = PdfReader(io.BytesIO(bytes(pdf.output()))).pages[0]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(invoice_pdf())))
    writer.pages[0].merge_page(picture)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


EXPECTED_ARGS: dict[str, Any] = {
    "number": "FA-2026-011",
    "total_ht": Decimal("11100.00"),
    "vat": Decimal("2220.00"),
    "total_ttc": Decimal("13320.00"),
    "period_start": date(2026, 11, 1),
    "period_end": date(2026, 11, 30),
    "seller_siret": "73282932000074",
}


def import_file(path: Path, isolated: bool = True) -> None:
    """Read ``path`` as the app does and check it; fail loudly if it was not read right."""
    from connect_desktop.services.invoice_import import (
        ExpectedInvoice,
        all_match,
        compare,
        read_invoice_pdf,
    )
    from connect_desktop.services.pdf_sandbox import read_invoice_pdf_isolated

    extracted = (read_invoice_pdf_isolated if isolated else read_invoice_pdf)(path)
    lines = compare(extracted, ExpectedInvoice(**EXPECTED_ARGS))
    if not all_match(lines):
        raise AssertionError(f"{path.name} was not read right: {lines}")


def pypdf_floor(path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path)
    if "FA-2026-011" not in (reader.pages[0].extract_text() or ""):
        raise AssertionError(f"{path.name}: no text")


def measure(path: Path, runs: int, label: str) -> list[Row]:
    pypdf_floor(path)  # pypdf imported before the floor is timed
    floor = statistics.median(timed(lambda: pypdf_floor(path)) for _ in range(runs))
    in_process = [timed(lambda: import_file(path, isolated=False)) for _ in range(runs)]
    results = [run_on_job_thread(lambda _progress: import_file(path)) for _ in range(runs)]
    return [
        Row(f"{label}: in-process reader (n={runs})", in_process, floor),
        Row(f"{label}: import on the job thread (n={runs})", [r[0] for r in results], floor),
        Row("  longest UI stall during it", [r[1] for r in results], IDLE[0]),
    ]


IDLE = [0.0]


def first_import_after_start(path: Path) -> tuple[float, float]:
    """A first import once the reader process was started ahead (``start_reader``, as the
    app may do once idle after start-up) and had a second to get ready."""
    from connect_desktop.services.pdf_sandbox import start_reader, stop_reader

    stop_reader()
    start_reader()
    time.sleep(1.5)
    return run_on_job_thread(lambda _progress: import_file(path))


def reader_rss_mb() -> float | None:
    """The reader process's resident memory (Linux), if it runs."""
    from connect_desktop.services import pdf_sandbox

    child = pdf_sandbox._current
    try:
        status = Path(f"/proc/{child.process.pid}/status").read_text()  # type: ignore[union-attr]
    except (AttributeError, OSError):
        return None
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="connect-import-") as name:
        one_page, large = Path(name) / "invoice.pdf", Path(name) / "large.pdf"
        one_page.write_bytes(invoice_pdf())
        large.write_bytes(large_invoice_pdf())
        IDLE[0] = idle_stall()
        cold = run_on_job_thread(lambda _progress: import_file(one_page))
        ahead = first_import_after_start(one_page)
        pypdf_floor(one_page)
        floor = statistics.median(timed(lambda: pypdf_floor(one_page)) for _ in range(args.runs))
        rows = [
            Row("one page: first import of the process", [cold[0]], floor),
            Row("  longest UI stall during it", [cold[1]], IDLE[0]),
            Row("one page: first import, reader started ahead", [ahead[0]], floor),
            Row("  longest UI stall during it", [ahead[1]], IDLE[0]),
            *measure(one_page, args.runs, f"one page ({one_page.stat().st_size // 1024} KB)"),
            *measure(large, args.runs, f"large ({large.stat().st_size / 1024 / 1024:.1f} MB)"),
        ]
        reader_mb = reader_rss_mb()
    print_table(rows)
    if reader_mb is not None:
        print(f"reader process: {reader_mb:.0f} MB resident after the imports above")
    return 0


if __name__ == "__main__":
    sys.exit(main())
