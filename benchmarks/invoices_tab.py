"""How the Factures Connect tab copes with 100 000 invoices: opening, filtering, memory.

    python3 benchmarks/invoices_tab.py [--data-dir DIR]

A temporary database gets the sample data scaled up (834 missions over 120 months, about
99 000 invoices; filling it takes a few minutes). ``--data-dir`` reuses a folder filled by
an earlier run (it is filled if it has no database yet, and kept). Then, offscreen:

- open the tab: create ``InvoicesTab``, load the invoices (the service runs on the job
  thread, as in the app) and wait until the table has rows and has painted once;
- filter by text: type a mission word ("kubernetes") and wait until the proxy has
  filtered and the table painted again; then the same with the overdue filter and a sort;
- memory: the process's resident set (VmRSS) before the tab is created and after.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 28)


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MB, from /proc (Linux) or getrusage."""
    try:
        fields = dict(
            line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
        )
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak


def fill(data_dir: Path) -> tuple[float, str]:
    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.store.demo import fill_demo

    path = database_path(data_dir)
    engine = open_database(path)
    try:
        started = time.perf_counter()
        from connect_desktop.services.overview import mission_count

        if mission_count(engine):
            return 0.0, "reused"
        summary = fill_demo(engine, missions=834, months=120, today=TODAY)
        return time.perf_counter() - started, f"{summary.invoices} invoices"
    finally:
        engine.dispose()


def run(data_dir: Path) -> None:
    from PySide6.QtCore import QEvent, QObject, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.ui.context import AppContext
    from connect_desktop.ui.invoices.tab import InvoicesTab
    from connect_desktop.ui.invoices.table_model import InvoiceTableModel

    def quiet(mode: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's usual notice
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv)
    engine = open_database(database_path(data_dir))
    context = AppContext(engine=engine, data_dir=data_dir, language="fr", today_override=TODAY)
    gc.collect()
    before, _peak = rss_mb()

    class PaintWatcher(QObject):
        painted = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    def wait(done: Callable[[], bool], timeout: float = 120.0) -> None:
        limit = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > limit:
                raise TimeoutError("the tab did not finish in time")
            app.processEvents()
            time.sleep(0.001)

    watcher = PaintWatcher()
    started = time.perf_counter()
    tab = InvoicesTab(context)
    tab.resize(1366, 800)
    tab.table.viewport().installEventFilter(watcher)
    tab.show()  # the first show loads the invoices
    wait(lambda: tab.rows_loaded() and tab.model.rowCount() > 0)
    loaded = time.perf_counter()
    painted_before = watcher.painted
    wait(lambda: watcher.painted > painted_before)
    opened = time.perf_counter()
    rows = tab.model.rowCount()
    wait(lambda: tab.detail() is not None)
    detail_shown = time.perf_counter()
    after_open, _peak = rss_mb()

    def measure(action: Callable[[], None], done: Callable[[], bool]) -> float:
        painted = watcher.painted
        begun = time.perf_counter()
        action()
        wait(lambda: done() and watcher.painted > painted)
        return time.perf_counter() - begun

    def type_text(text: str) -> None:
        tab.filter_bar.search_edit.setText(text)
        tab.filter_bar.apply_text()  # what the end of the typing pause does

    text_s = measure(
        lambda: type_text("kubernetes"), lambda: tab.proxy.filters()["text"] == "kubernetes"
    )
    text_rows = tab.proxy.rowCount()
    narrow_s = measure(
        lambda: type_text("kubernetes (12)"), lambda: tab.proxy.rowCount() < text_rows
    )
    narrow_rows = tab.proxy.rowCount()
    clear_s = measure(lambda: type_text(""), lambda: tab.proxy.rowCount() == rows)
    overdue_s = measure(
        lambda: tab.filter_bar.overdue_check.setChecked(True),
        lambda: tab.proxy.rowCount() < rows,
    )
    overdue_rows = tab.proxy.rowCount()
    tab.filter_bar.overdue_check.setChecked(False)
    app.processEvents()
    sort_s = measure(
        lambda: tab.table.sortByColumn(
            InvoiceTableModel.NET, tab.table.horizontalHeader().sortIndicatorOrder()
        ),
        lambda: (
            tab.model.sort_column() is not None
            and tab.model.sort_column()[0] == InvoiceTableModel.NET
        ),  # type: ignore[index]
    )
    gc.collect()
    after, peak = rss_mb()

    print(f"invoices in the table:        {rows}")
    print(f"open the tab, rows loaded:    {loaded - started:.2f} s")
    print(f"open the tab, first paint:    {opened - started:.2f} s")
    print(f"first invoice's detail shown: {detail_shown - started:.2f} s")
    print(f"text filter 'kubernetes':     {text_s * 1000:.0f} ms ({text_rows} rows)")
    print(f"text 'kubernetes (12)':       {narrow_s * 1000:.0f} ms ({narrow_rows} rows)")
    print(f"clear the text filter:        {clear_s * 1000:.0f} ms")
    print(f"overdue only:                 {overdue_s * 1000:.0f} ms ({overdue_rows} rows)")
    print(f"sort by net amount:           {sort_s * 1000:.0f} ms")
    print(f"RSS before the tab:           {before:.0f} MB")
    print(f"RSS with the tab open:        {after_open:.0f} MB")
    print(f"RSS at the end:               {after:.0f} MB (peak {peak:.0f} MB)")
    tab.close()
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="reuse (or fill and keep) this folder")
    args = parser.parse_args()
    if args.data_dir is not None:
        args.data_dir.mkdir(parents=True, exist_ok=True)
        seconds, what = fill(args.data_dir)
        print(f"sample: {what}" + (f" (filled in {seconds:.0f} s)" if seconds else ""))
        run(args.data_dir)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        seconds, what = fill(Path(folder))
        print(f"sample: {what} (filled in {seconds:.0f} s)")
        run(Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
