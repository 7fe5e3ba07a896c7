"""How long the dashboard takes to open with ten years of data.

    python3 benchmarks/dashboard.py [--missions 5] [--years 10] [--runs 9]

A temporary database gets the sample data over ``--years`` years (5 missions by default:
one freelancer's ten years, about 600 invoices; raise ``--missions`` for a heavier case).
Then, offscreen, each run:

- computes the dashboard in the service alone (``load_dashboard``: the unsettled invoices
  and SQLite's sums, then the rules);
- opens the tab: creates ``DashboardTab``, shows it (the figures are computed on the job
  thread, as in the app) and waits until the figures are on screen and the chart has
  painted.

Prints the median and the spread of the runs (the first run, which imports Qt Charts and
warms the caches, is reported apart).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 28)


def fill(data_dir: Path, missions: int, years: int) -> str:
    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.store.demo import fill_demo

    engine = open_database(database_path(data_dir))
    try:
        summary = fill_demo(engine, missions=missions, months=12 * years, today=TODAY)
        return f"{summary.missions} missions, {summary.cras} CRAs, {summary.invoices} invoices"
    finally:
        engine.dispose()


def run(data_dir: Path, runs: int) -> None:
    from PySide6.QtCore import QEvent, QObject, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from connect_desktop.services.dashboard import load_dashboard
    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.ui.context import AppContext
    from connect_desktop.ui.operations import wait_for_jobs

    def quiet(mode: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's usual notice
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv)
    engine = open_database(database_path(data_dir))
    context = AppContext(engine=engine, data_dir=data_dir, language="fr", today_override=TODAY)

    class PaintWatcher(QObject):
        painted = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    def wait(done: Callable[[], bool], timeout: float = 60.0) -> None:
        limit = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > limit:
                raise TimeoutError("the dashboard did not open in time")
            app.processEvents()
            time.sleep(0.0005)

    def open_once() -> float:
        from connect_desktop.ui.dashboard.tab import DashboardTab

        watcher = PaintWatcher()
        started = time.perf_counter()
        tab = DashboardTab(context)
        tab.resize(1366, 800)
        tab.chart.viewport().installEventFilter(watcher)
        tab.show()
        wait(lambda: tab.loads == 1)
        painted = watcher.painted
        wait(lambda: watcher.painted > painted)
        elapsed = time.perf_counter() - started
        tab.close()
        tab.deleteLater()
        wait_for_jobs()
        app.processEvents()
        return elapsed

    def service_once() -> float:
        started = time.perf_counter()
        load_dashboard(engine, TODAY)
        return time.perf_counter() - started

    first_open = open_once()
    opens = [open_once() for _ in range(runs)]
    services = [service_once() for _ in range(runs)]
    dashboard = load_dashboard(engine, TODAY)

    def line(label: str, values: list[float]) -> str:
        median = statistics.median(values) * 1000
        return (
            f"{label:<34}median {median:7.1f} ms  "
            f"(min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f}, {len(values)} runs)"
        )

    print(f"invoices read:                    {dashboard.invoice_count}")
    print(f"first opening (imports Qt Charts): {first_open * 1000:.1f} ms")
    print(line("open the dashboard, painted:", opens))
    print(line("compute the figures (service):", services))
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missions", type=int, default=5)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        what = fill(Path(folder), args.missions, args.years)
        print(f"sample: {what} (filled in {time.perf_counter() - started:.1f} s)")
        run(Path(folder), args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
