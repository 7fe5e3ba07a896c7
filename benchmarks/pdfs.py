"""Time to make the app's PDFs: a specimen invoice and the freelancer's own Factur-X invoice.

    python3 benchmarks/pdfs.py [--runs 30] [--batches 2]

Everything is written into a temporary folder. Figures, each with its floor measured in
the same run:

- the first specimen of the process (imports included) and the next ones (median); then
  specimens that each use a letter no earlier one used, and specimens with Greek text;
- the first own invoice and the next ones (median): PDF/A-3B page, CII XML checked against
  its schema, embedding, atomic write;
- batches of 100 of each, run the way the app runs long work: one job on the job thread
  (``run_job_with_progress``) with an offscreen QApplication, while a 5 ms QTimer on the UI
  thread records the longest gap between its ticks (the longest UI stall).

Floors: an fpdf2 page with one line of text written to disk; for Factur-X, that page plus
the bare ``facturx`` embedding of a fixed XML (no schema check). The idle UI timer's
longest gap is the floor of a stall.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TICK_MS = 5


@dataclass
class Row:
    """One line of the table: the samples of a figure (seconds) and of its floor."""

    figure: str
    samples: list[float]
    floor: float
    unit: str = "ms"
    notes: list[str] = field(default_factory=list)


def print_table(rows: list[Row]) -> None:
    head = f"{'figure':<50} {'median':>9} {'min':>9} {'max':>9} {'floor':>9} {'ratio':>7}"
    print(head)
    print("-" * len(head))
    for row in rows:
        scale = 1000.0 if row.unit == "ms" else 1.0
        median = statistics.median(row.samples)
        cells = [f"{value * scale:.1f}" for value in (median, min(row.samples), max(row.samples))]
        ratio = f"{median / row.floor:.1f}x" if row.floor > 0 else "-"
        floor = f"{row.floor * scale:.1f}"
        print(f"{row.figure:<50} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9} {floor:>9} {ratio:>7}")
    print(f"(times in ms, batches in s; n = samples per figure; UI timer ticks every {TICK_MS} ms)")


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


# --- Qt: a job on the job thread while the UI thread's timer measures stalls ---------------


def application() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def run_on_job_thread(work: Callable[[Callable[[int, int], None]], Any]) -> tuple[float, float]:
    """Run ``work(progress)`` through ``run_job_with_progress`` while a 5 ms timer ticks on
    the UI thread; return (seconds until the result is back, longest gap between ticks)."""
    from PySide6.QtCore import QEventLoop, QObject, QTimer

    from connect_desktop.ui.operations import run_job_with_progress

    application()
    owner, loop = QObject(), QEventLoop()
    ticks: list[float] = []
    outcome: list[Any] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def finish(value: Any) -> None:
        outcome.append(value)
        loop.quit()

    timer.start()
    started = time.perf_counter()
    ticks.append(started)
    run_job_with_progress(owner, work, finish, finish, lambda _done, _total: None)
    loop.exec()
    elapsed = time.perf_counter() - started
    timer.stop()
    if isinstance(outcome[0], Exception):
        raise outcome[0]
    ticks.append(time.perf_counter())
    return elapsed, max(b - a for a, b in pairwise(ticks))


def idle_stall(seconds: float = 0.5) -> float:
    """The longest gap between timer ticks with nothing running: a stall's floor."""
    return run_on_job_thread(lambda _progress: time.sleep(seconds))[1]


# --- Samples -------------------------------------------------------------------------------


def specimen_sample(number: int, client_name: str = "Acme Industries") -> Any:
    from connect_desktop.services.specimen_pdf import SpecimenData

    return SpecimenData(
        freelancer_name="Camille Martin",
        freelancer_legal_form="EI",
        freelancer_siret="90765432100005",
        freelancer_address=("18 rue des Lilas", "44000 Nantes"),
        freelancer_vat_number="FR40907654321",
        client_name=client_name,
        mission_title="Refonte de l'application mobile",
        lbc_reference=f"LBC-2026-{number:05d}",
        issue_date=date(2026, 11, 28),
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
        days=Decimal("18.5"),
        daily_rate=Decimal("600"),
        vat_rate=Decimal("0.20"),
        amount_ht=Decimal("11100.00"),
        vat=Decimal("2220.00"),
        amount_ttc=Decimal("13320.00"),
        option_label="Express",
        fee=Decimal("277.50"),
        fee_detail="2,5 % du TJM par jour",
        net=Decimal("10822.50"),
        pay_earliest=date(2026, 12, 3),
        pay_latest=date(2026, 12, 5),
    )


def own_invoice_sample(number: int) -> Any:
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


def write_specimen(folder: Path, number: int) -> None:
    from connect_desktop.services.specimen_pdf import write_specimen_pdf

    write_specimen_pdf(specimen_sample(number), folder / f"specimen-{number}.pdf")


def write_specimen_new_letter(folder: Path, number: int) -> None:
    """A specimen whose client name has a letter no earlier one had (Latin Extended-A)."""
    from connect_desktop.services.specimen_pdf import write_specimen_pdf

    name = f"Acme {chr(0x100 + number % 128)}"
    write_specimen_pdf(specimen_sample(number, name), folder / f"specimen-{number}.pdf")


def write_specimen_greek(folder: Path, number: int) -> None:
    """A specimen whose client name is in Greek letters."""
    from connect_desktop.services.specimen_pdf import write_specimen_pdf

    data = specimen_sample(number, "Ωμέγα Σύμβουλοι")
    write_specimen_pdf(data, folder / f"specimen-{number}.pdf")


def write_own_invoice(folder: Path, number: int) -> None:
    from connect_desktop.services.own_invoice_pdf import write_own_invoice_pdf

    write_own_invoice_pdf(own_invoice_sample(number), folder / f"invoice-{number}.pdf")


# --- Floors --------------------------------------------------------------------------------


def floor_page() -> bytes:
    """An fpdf2 page with one line of text (core font: nothing to parse or subset)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 7, "Facture CM-2026-0001")
    return bytes(pdf.output())


def write_floor_page(folder: Path) -> None:
    (folder / "floor.pdf").write_bytes(floor_page())


FIXED_XML: bytes | None = None


def write_floor_facturx(folder: Path) -> None:
    """The floor page with a fixed CII XML embedded by ``facturx`` (no schema check)."""
    from facturx import generate_from_binary

    global FIXED_XML
    if FIXED_XML is None:
        from connect_desktop.services.own_invoice_cii import build_cii_xml

        FIXED_XML = build_cii_xml(own_invoice_sample(0))
    pdf = generate_from_binary(
        floor_page(), FIXED_XML, flavor="factur-x", level="basic", check_xsd=False
    )
    (folder / "floor-fx.pdf").write_bytes(bytes(pdf))


def warm_samples(action: Callable[[int], None], runs: int) -> list[float]:
    return [timed(lambda number=number: action(number)) for number in range(1, runs + 1)]


def batch(
    folder: Path, write: Callable[[Path, int], None], batches: int
) -> tuple[list[float], list[float]]:
    """``batches`` runs of 100 ``write`` in one job on the job thread: (times, stalls)."""
    times, stalls = [], []
    for _ in range(batches):

        def work(progress: Callable[[int, int], None]) -> None:
            for number in range(100):
                write(folder, number)
                progress(number + 1, 100)

        elapsed, stall = run_on_job_thread(work)
        times.append(elapsed)
        stalls.append(stall)
    return times, stalls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="warm samples per figure")
    parser.add_argument("--batches", type=int, default=2, help="batches of 100 per figure")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="connect-pdfs-") as name:
        folder = Path(name)
        cold_specimen = timed(lambda: write_specimen(folder, 0))
        cold_invoice = timed(lambda: write_own_invoice(folder, 0))
        # Floors after the app's first documents: their imports are then already paid.
        write_floor_page(folder)
        write_floor_facturx(folder)
        page_floor = statistics.median(warm_samples(lambda _n: write_floor_page(folder), args.runs))
        facturx_floor = statistics.median(
            warm_samples(lambda _n: write_floor_facturx(folder), args.runs)
        )
        specimens = warm_samples(lambda n: write_specimen(folder, n), args.runs)
        new_letters = warm_samples(lambda n: write_specimen_new_letter(folder, n), args.runs)
        greek = warm_samples(lambda n: write_specimen_greek(folder, n), max(3, args.runs // 3))
        invoices = warm_samples(lambda n: write_own_invoice(folder, n), args.runs)
        idle = idle_stall()
        specimen_batches, specimen_stalls = batch(folder, write_specimen, args.batches)
        invoice_batches, invoice_stalls = batch(folder, write_own_invoice, args.batches)
    rows += [
        Row("specimen: first of the process (cold)", [cold_specimen], page_floor),
        Row(f"specimen: after the first (n={args.runs})", specimens, page_floor),
        Row(f"  each with a letter not seen before (n={args.runs})", new_letters, page_floor),
        Row(f"  with a Greek client name (n={len(greek)})", greek, page_floor),
        Row("own invoice Factur-X: first (cold)", [cold_invoice], facturx_floor),
        Row(f"own invoice Factur-X: warm (n={args.runs})", invoices, facturx_floor),
        Row(
            f"100 specimens on the job thread (n={args.batches})",
            specimen_batches,
            page_floor * 100,
            "s",
        ),
        Row("  longest UI stall during it", specimen_stalls, idle),
        Row(
            f"100 own invoices on the job thread (n={args.batches})",
            invoice_batches,
            facturx_floor * 100,
            "s",
        ),
        Row("  longest UI stall during it", invoice_stalls, idle),
    ]
    print(f"Python {sys.version.split()[0]}, switch interval {sys.getswitchinterval() * 1000} ms")
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
