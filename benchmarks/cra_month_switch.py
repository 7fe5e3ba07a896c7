"""How long switching month takes in the CRA tab, on a mission with 10 years of CRAs.

    python3 benchmarks/cra_month_switch.py [--switches 60]

A temporary database gets the sample data over 120 months (five missions, 600 CRAs,
about 590 invoices). Each switch loads a month of one mission through the same service
the tab uses (``load_cra_month``), then draws it in the real grid widget (offscreen):
the two figures are printed separately, as medians over the switches.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=60)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from connect_desktop.services.cra import load_cra_month
    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.store.demo import fill_demo
    from connect_desktop.ui.cra.calendar_grid import CraCalendar

    today = date(2026, 11, 28)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(database_path(Path(folder)))
        started = time.perf_counter()
        summary = fill_demo(engine, months=120, today=today)
        fill_seconds = time.perf_counter() - started
        calendar = CraCalendar()
        calendar.resize(700, 460)
        calendar.show()
        # Months spread over the ten years, in a jumping order (as a user browsing would).
        latest = today.year * 12 + today.month - 1
        months = [divmod(latest - (i * 37) % 120, 12) for i in range(args.switches)]
        load_ms: list[float] = []
        draw_ms: list[float] = []
        for year, month_index in months:
            month = month_index + 1
            started = time.perf_counter()
            snapshot = load_cra_month(engine, 3, year, month, today)
            loaded = time.perf_counter()
            calendar.set_month(snapshot)
            app.processEvents()
            drawn = time.perf_counter()
            load_ms.append((loaded - started) * 1000)
            draw_ms.append((drawn - loaded) * 1000)
        engine.dispose()
    print(
        f"sample: {summary.missions} missions, {summary.cras} CRAs, {summary.invoices} "
        f"invoices (filled in {fill_seconds:.1f} s)"
    )
    print(f"switches: {args.switches}")
    print(
        f"load the month (service):   median {statistics.median(load_ms):.1f} ms, "
        f"max {max(load_ms):.1f} ms"
    )
    print(
        f"draw the month (grid):      median {statistics.median(draw_ms):.1f} ms, "
        f"max {max(draw_ms):.1f} ms"
    )
    total = [a + b for a, b in zip(load_ms, draw_ms, strict=True)]
    print(f"switch, load + draw:        median {statistics.median(total):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
