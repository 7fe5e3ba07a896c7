"""How long the invoices take to load with about 100 000 invoices, in the service alone.

    python3 benchmarks/invoice_rows.py [--missions 417] [--months 240] [--runs 5]
    python3 benchmarks/invoice_rows.py --database PATH [--runs 5]

A temporary database gets the sample data (417 missions over 240 months: about 100 000
invoices); the script prints how long that took, then, right after the fill and once the
database is reopened (as the app finds it), the time of: ``load_invoice_table`` with
``limit`` (the newest rows the invoices tab shows first), ``load_invoice_table`` (every
invoice in typed columns, what the tab keeps) and ``list_invoice_rows`` (one frozen
dataclass per invoice): first run, median and best of the runs. ``benchmarks/scale.py``
measures the tab itself.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missions", type=int, default=417)
    parser.add_argument("--months", type=int, default=240)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--database", type=Path, help="measure this existing database instead of a new sample"
    )
    args = parser.parse_args()

    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.store.demo import fill_demo

    if args.database is not None:
        engine = open_database(args.database)
        measure(engine, args.runs, args.database.name)
        engine.dispose()
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = database_path(Path(folder))
        engine = open_database(path)
        started = time.perf_counter()
        summary = fill_demo(
            engine, missions=args.missions, months=args.months, today=date(2026, 11, 28)
        )
        fill_seconds = time.perf_counter() - started
        print(f"fill_demo: {summary.invoices} invoices in {fill_seconds:.1f} s")
        wal = path.with_name(path.name + "-wal")
        print(f"database {path.stat().st_size / 1e6:.0f} MB, WAL {wal.stat().st_size / 1e6:.0f} MB")
        measure(engine, args.runs, "right after fill_demo (pages still in the WAL)")
        # Closing the last connection checkpoints the WAL into the database: the state the
        # app finds when it starts.
        engine.dispose()
        engine = open_database(path)
        measure(engine, args.runs, "database reopened")
        engine.dispose()
    return 0


def measure(engine: Engine, runs: int, label: str) -> None:
    from connect_desktop.services.invoice_rows import list_invoice_rows
    from connect_desktop.services.invoice_table import load_invoice_table

    loaders = (
        ("load_invoice_table, newest 200", lambda: load_invoice_table(engine, 200)),
        ("load_invoice_table", lambda: load_invoice_table(engine)),
        ("list_invoice_rows", lambda: list_invoice_rows(engine)),
    )
    for name, load in loaders:
        timings, cpu = [], []
        for _ in range(runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            rows = load()
            timings.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        print(
            f"{name}, {label}: {len(rows)} rows, first run "
            f"{timings[0] * 1000:.0f} ms, median {statistics.median(timings) * 1000:.0f} ms, "
            f"best {min(timings) * 1000:.0f} ms over {runs} runs "
            f"(CPU time: median {statistics.median(cpu) * 1000:.0f} ms)"
        )


if __name__ == "__main__":
    raise SystemExit(main())
