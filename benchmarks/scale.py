"""The app at 100 000 invoices and 20 years of CRAs: every tab, the filters, the memory.

    python benchmarks/scale.py [--data-dir DIR] [--runs 7] [--switches 40] [--tabs LIST]

The sample data (``fill_demo``: 417 missions over 240 months, about 100 000 invoices and
100 000 CRAs) fills a temporary folder, which takes minutes; ``--data-dir`` fills that
folder once and reuses it on later runs. Then, offscreen, in this one process, with the
real ``AppContext`` and the job thread of the app (``ui/operations.py``):

- each tab (Tableau de bord, Missions, CRA, Factures Connect) is created and shown; the
  clock stops once its first rows or figures are painted. ``--runs`` openings, each on a
  new tab; meanwhile, and until the tab has loaded everything (the invoices tab shows
  its newest rows before the others), a 5 ms timer on the UI thread records the longest
  gap between its ticks (the longest stall of the UI thread while the tab loads);
- the text filters of the Missions and Factures Connect tabs: "kubernetes" typed one key
  at a time, then erased one key at a time; each key is timed until the table has
  repainted. The invoices filter waits for a pause in typing (``TEXT_DELAY_MS``) before it
  filters: that pause is not counted, only the work done when it ends;
- the CRA month switch: ``--switches`` months of one mission, in a jumping order, each
  timed from the navigator's change to the month drawn (load on the job thread + draw);
- memory: the resident set (VmRSS) and its peak (VmHWM, reset before each tab where Linux
  allows it), and the RSS with the four tabs open together, in this process (where every
  tab was opened ``--runs`` times, and the floors' 100 000 texts were held); then, as a
  user meets it, in a fresh process: the app's main window with each of its four tabs
  shown in turn, every job done (RSS and peak; the PDF reader's process apart).

Floors, measured in the same run: a bare ``QTableView`` over a ``QStandardItemModel`` of
50 rows, shown and painted (for "tab shown"); a ``QSortFilterProxyModel`` over the same
100 000 searchable texts in a ``QStringListModel``, filtered per key and painted (for the
filters); the RSS once Qt and the app's modules are imported, before any data (memory).
``--tabs dashboard,missions,cra,invoices`` measures only those tabs (all by default).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 28)
MISSIONS, MONTHS = 417, 240
WORD = "kubernetes"  # in the title of one mission template in five
TAB_KEYS = ("dashboard", "missions", "cra", "invoices")
TAB_TARGET_S, FILTER_TARGET_S, STALL_TARGET_S, RSS_TARGET_MB = 0.3, 0.05, 0.05, 300.0


def memory_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MB (Linux /proc; getrusage elsewhere)."""
    try:
        status = Path("/proc/self/status").read_text().splitlines()
        fields = dict(line.split(":", 1) for line in status if ":" in line)
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak


_earlier_peaks: list[float] = []  # VmHWM before each reset


def reset_peak() -> bool:
    """Start VmHWM again from the current RSS (Linux >= 4.0); False where it cannot."""
    peak = memory_mb()[1]
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    _earlier_peaks.append(peak)
    return True


def whole_peak_mb() -> float:
    """The process's peak RSS since it started, across the resets."""
    return max([memory_mb()[1], *_earlier_peaks])


def fill(data_dir: Path) -> str:
    """Fill ``data_dir`` with the sample unless it has one; say what it holds."""
    from sqlalchemy import text

    from connect_desktop.services.overview import mission_count
    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.store.demo import fill_demo

    engine = open_database(database_path(data_dir))
    try:
        started = time.perf_counter()
        filled = ""
        if not mission_count(engine):
            fill_demo(engine, missions=MISSIONS, months=MONTHS, today=TODAY)
            filled = f", filled in {time.perf_counter() - started:.0f} s"
        with engine.connect() as connection:
            counts = [
                connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("mission", "cra", "invoice")
            ]
        return f"{counts[0]} missions, {counts[1]} CRAs, {counts[2]} invoices{filled}"
    finally:
        engine.dispose()


@dataclass
class Figure:
    label: str
    values: list[float]  # seconds, or MB when ``unit`` is "MB"
    target: float | None
    floor: float | None = None
    unit: str = "ms"

    def median(self) -> float:
        return statistics.median(self.values)

    def shown(self, value: float | None) -> str:
        if value is None:
            return "—"
        return f"{value:.0f} MB" if self.unit == "MB" else f"{value * 1000:.0f} ms"

    def row(self) -> tuple[str, ...]:
        median = self.median()
        verdict = "" if self.target is None else "ok" if median <= self.target else "MISSED"
        spread = "" if len(self.values) < 2 else f" (max {self.shown(max(self.values))})"
        return (
            self.label,
            self.shown(median) + spread,
            self.shown(self.target),
            self.shown(self.floor),
            verdict,
        )


class Bench:
    """The measuring tools: waiting on the event loop, counting paints, timing stalls."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer, QtMsgType, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        def quiet(mode: QtMsgType, context: object, message: str) -> None:
            if "propagateSizeHints" not in message:  # the offscreen platform's usual notice
                print(message, file=sys.stderr)

        qInstallMessageHandler(quiet)
        self.app = QApplication.instance() or QApplication(sys.argv)
        self.paints: dict[int, int] = {}
        paints = self.paints

        class PaintCounter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    paints[id(watched)] = paints.get(id(watched), 0) + 1
                return False

        self.counter = PaintCounter()
        self.longest_gap = 0.0
        self._last_tick = 0.0
        # The UI thread's own CPU time in its longest gap: what it did, apart from waiting
        # for the CPU (other processes) or for the interpreter (the job thread).
        self.longest_gap_cpu = 0.0
        self._last_tick_cpu = 0.0
        self.stall_timer = QTimer()
        self.stall_timer.setInterval(5)
        self.stall_timer.timeout.connect(self._tick)

    def watch(self, widget: Any) -> Any:
        """Count ``widget``'s paints; returns it."""
        widget.installEventFilter(self.counter)
        return widget

    def painted(self, widget: Any) -> int:
        return self.paints.get(id(widget), 0)

    def wait(self, done: Callable[[], bool], timeout: float = 180.0) -> None:
        limit = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > limit:
                raise TimeoutError("the app did not get there in time")
            self.app.processEvents()
            time.sleep(0.0002)

    def wait_painted(self, widget: Any, before: int, done: Callable[[], bool]) -> None:
        """Wait for ``done``, then for ``widget`` to have painted since ``before`` (asking
        for a paint when the change needed none, so that every step ends the same way)."""
        self.wait(done)
        self.app.processEvents()
        if self.painted(widget) == before:
            widget.update()
            self.wait(lambda: self.painted(widget) > before)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - self._last_tick > self.longest_gap:
            self.longest_gap = now - self._last_tick
            self.longest_gap_cpu = cpu - self._last_tick_cpu
        self._last_tick, self._last_tick_cpu = now, cpu

    @contextmanager
    def stalls(self) -> Iterator[list[float]]:
        """Yields a list that receives the longest UI-thread gap seen inside the block, then
        the UI thread's CPU time during that gap."""
        result: list[float] = []
        self.longest_gap, self._last_tick = 0.0, time.perf_counter()
        self.longest_gap_cpu, self._last_tick_cpu = 0.0, time.thread_time()
        self.stall_timer.start()
        try:
            yield result
        finally:
            self._tick()
            self.stall_timer.stop()
            result += [self.longest_gap, self.longest_gap_cpu]

    def dispose(self, widget: Any) -> None:
        """Close a tab and let its jobs and deferred deletions run."""
        from PySide6.QtCore import QCoreApplication, QEvent

        from connect_desktop.ui.operations import wait_for_jobs

        widget.hide()
        widget.deleteLater()
        wait_for_jobs(60_000)
        self.app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def key_steps(word: str) -> list[tuple[str | None, str]]:
    """Each key of ``word`` typed, then erased: (the key, None for Backspace; the text)."""
    typed = [(char, word[: i + 1]) for i, char in enumerate(word)]
    erased = [(None, word[:i]) for i in range(len(word) - 1, -1, -1)]
    return typed + erased


def press(edit: Any, key: str | None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if key is None:
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
    else:
        QTest.keyClick(edit, key)


# -- the tabs ------------------------------------------------------------------------------
@dataclass
class TabProbe:
    """How to open one tab and tell that its first rows or figures are painted."""

    key: str  # as ``--tabs`` names it
    name: str
    create: Callable[[], Any]
    start: Callable[[Any], None]  # what the window does once the tab is shown
    surface: Callable[[Any], Any]  # the widget whose paint shows the data
    ready: Callable[[Any], bool]  # the first rows or figures are there
    loaded: Callable[[Any], bool] = lambda tab: True  # and everything else too


def tab_probes(context: Any) -> list[TabProbe]:
    from connect_desktop.ui.cra.tab import CraTab
    from connect_desktop.ui.dashboard.tab import DashboardTab
    from connect_desktop.ui.invoices.tab import InvoicesTab
    from connect_desktop.ui.missions.tab import MissionsTab

    def chart_surface(tab: Any) -> Any:
        return getattr(tab.chart, "viewport", lambda: tab.chart)()

    return [
        TabProbe(
            "dashboard",
            "Tableau de bord",
            lambda: DashboardTab(context),
            lambda tab: None,  # loads when shown
            chart_surface,
            lambda tab: tab.loads >= 1,
        ),
        TabProbe(
            "missions",
            "Missions",
            lambda: MissionsTab(context),
            lambda tab: tab.reload(),  # the window loads it once shown
            lambda tab: tab.table.viewport(),
            lambda tab: tab.proxy.rowCount() > 0,
        ),
        TabProbe(
            "cra",
            "CRA",
            lambda: CraTab(context),
            lambda tab: None,  # loads when shown
            lambda tab: tab.calendar,
            lambda tab: tab.current_month() is not None,
        ),
        TabProbe(
            "invoices",
            "Factures Connect",
            lambda: InvoicesTab(context),
            lambda tab: None,  # loads when shown
            lambda tab: tab.table.viewport(),
            lambda tab: tab.model.rowCount() > 0,
            lambda tab: tab.rows_loaded(),  # the newest rows come first, then the others
        ),
    ]


def open_tab(bench: Bench, probe: TabProbe) -> tuple[Any, float, float, float]:
    """Create and show the tab; (the tab, seconds to its first painted data, the longest
    stall until it has loaded everything, the UI thread's CPU time in that stall)."""
    with bench.stalls() as stall:
        started = time.perf_counter()
        tab = probe.create()
        tab.resize(1366, 800)
        surface = bench.watch(probe.surface(tab))
        tab.show()
        probe.start(tab)
        bench.wait(lambda: probe.ready(tab))
        before = bench.painted(surface)
        bench.wait_painted(surface, before, lambda: True)
        elapsed = time.perf_counter() - started
        bench.wait(lambda: probe.loaded(tab))
        bench.wait_painted(surface, bench.painted(surface), lambda: True)
    return tab, elapsed, stall[0], stall[1]


def measure_tabs(
    bench: Bench, context: Any, runs: int, floor_s: float, baseline_mb: float, tabs: set[str]
) -> tuple[list[Figure], dict[str, Any]]:
    figures: list[Figure] = []
    kept: dict[str, Any] = {}
    for probe in tab_probes(context):
        if probe.key not in tabs:
            continue
        peak_known = reset_peak()
        first_tab, first_s, first_stall, _cpu = open_tab(bench, probe)
        bench.dispose(first_tab)
        # A deleted widget's Python wrapper keeps its attributes (the tab's data): no
        # reference may outlive the tab, or the memory figures would count it.
        del first_tab
        times, stalls, stalls_cpu = [], [], []
        for run in range(runs):
            tab, seconds, stall, stall_cpu = open_tab(bench, probe)
            times.append(seconds)
            stalls.append(stall)
            stalls_cpu.append(stall_cpu)
            if run == runs - 1:
                kept[probe.name] = tab  # kept open for the filters and the memory
            else:
                bench.dispose(tab)
            del tab
        print(
            f"  {probe.name}: first opening {first_s * 1000:.0f} ms "
            f"(stall {first_stall * 1000:.0f} ms), "
            f"then median {statistics.median(times) * 1000:.0f} ms"
        )
        figures.append(Figure(f"{probe.name}: tab shown", times, TAB_TARGET_S, floor_s))
        figures.append(Figure(f"{probe.name}: longest UI stall", stalls, STALL_TARGET_S))
        figures.append(Figure(f"{probe.name}: UI-thread CPU in that stall", stalls_cpu, None))
        if peak_known:
            figures.append(
                Figure(
                    f"{probe.name}: RSS peak",
                    [memory_mb()[1]],
                    RSS_TARGET_MB,
                    baseline_mb,
                    unit="MB",
                )
            )
    return figures, kept


def measure_invoice_filter(bench: Bench, tab: Any) -> list[float]:
    from connect_desktop.ui.missions.table_model import fold

    bar, surface = tab.filter_bar, tab.table.viewport()
    timings = []
    for key, text in key_steps(WORD):
        before = bench.painted(surface)
        started = time.perf_counter()
        press(bar.search_edit, key)
        bar.apply_text()  # what the end of the typing pause does
        bench.wait_painted(
            surface, before, lambda text=text: tab.model.filters()["text"] == fold(text)
        )
        timings.append(time.perf_counter() - started)
    return timings


def measure_mission_filter(bench: Bench, tab: Any) -> list[float]:
    from connect_desktop.ui.missions.table_model import fold

    surface = tab.table.viewport()
    timings = []
    for key, text in key_steps(WORD):
        before = bench.painted(surface)
        started = time.perf_counter()
        press(tab.filter_edit, key)
        bench.wait_painted(surface, before, lambda text=text: tab.proxy.filter_text() == fold(text))
        timings.append(time.perf_counter() - started)
    return timings


def measure_month_switch(bench: Bench, tab: Any, switches: int) -> list[float]:
    latest = TODAY.year * 12 + TODAY.month - 1
    months = [divmod(latest - (i * 37 + 1) % MONTHS, 12) for i in range(switches)]
    surface = tab.calendar
    timings = []
    for year, month_index in months:
        month = month_index + 1

        def shown(year: int = year, month: int = month) -> bool:
            current = tab.current_month()
            return current is not None and (current.year, current.month) == (year, month)

        before = bench.painted(surface)
        started = time.perf_counter()
        tab.navigator.set_year_month(year, month)
        bench.wait_painted(surface, before, shown)
        timings.append(time.perf_counter() - started)
    return timings


# -- floors --------------------------------------------------------------------------------
def floor_table_shown(bench: Bench, runs: int) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    timings = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        model = QStandardItemModel(50, 13)
        for row in range(50):
            for column in range(13):
                model.setItem(row, column, QStandardItem(f"{row}-{column} 1 234,56 €"))
        view = QTableView()
        view.setModel(model)
        view.resize(1366, 800)
        surface = bench.watch(view.viewport())
        view.show()
        bench.wait_painted(surface, 0, lambda: True)
        timings.append(time.perf_counter() - started)
        bench.dispose(view)
    return statistics.median(timings[1:])


def searchable_texts(engine: Any) -> list[str]:
    """Each invoice's number and mission title: what the invoices filter searches."""
    from sqlalchemy import text

    query = "SELECT i.number || ' ' || m.title FROM invoice i JOIN mission m ON m.id = i.mission_id"
    with engine.connect() as connection:
        return [value or "" for (value,) in connection.execute(text(query))]


def floor_filter(bench: Bench, texts: list[str]) -> float:
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtWidgets import QTableView

    source = QStringListModel(texts)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1366, 500)
    surface = bench.watch(view.viewport())
    view.show()
    bench.wait_painted(surface, 0, lambda: True)
    timings = []
    for _key, text in key_steps(WORD):
        before = bench.painted(surface)
        started = time.perf_counter()
        proxy.setFilterFixedString(text)
        bench.wait_painted(surface, before, lambda: True)
        timings.append(time.perf_counter() - started)
    bench.dispose(view)
    return statistics.median(timings)


# -- the run -------------------------------------------------------------------------------
def run(data_dir: Path, runs: int, switches: int, tabs: set[str]) -> None:
    bench = Bench()
    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.ui import context as _context
    from connect_desktop.ui.cra import tab as _cra
    from connect_desktop.ui.dashboard import tab as _dashboard
    from connect_desktop.ui.invoices import tab as _invoices
    from connect_desktop.ui.missions import tab as _missions

    del _cra, _dashboard, _invoices, _missions
    gc.collect()
    baseline_mb = memory_mb()[0]
    engine = open_database(database_path(data_dir))
    context = _context.AppContext(
        engine=engine, data_dir=data_dir, language="fr", today_override=TODAY
    )

    print("floors…")
    table_floor = floor_table_shown(bench, runs)
    filter_floor = floor_filter(bench, searchable_texts(engine))
    gc.collect()
    print("tabs…")
    figures, shown = measure_tabs(bench, context, runs, table_floor, baseline_mb, tabs)
    print("filters and month switches…")
    if "Factures Connect" in shown:
        figures.append(
            Figure(
                "Factures Connect: filter, per key (after the pause)",
                measure_invoice_filter(bench, shown["Factures Connect"]),
                FILTER_TARGET_S,
                filter_floor,
            )
        )
    if "Missions" in shown:
        figures.append(
            Figure(
                "Missions: filter, per key",
                measure_mission_filter(bench, shown["Missions"]),
                FILTER_TARGET_S,
                filter_floor,
            )
        )
    if "CRA" in shown:
        figures.append(
            Figure(
                f"CRA: month switch, load + draw ({switches})",
                measure_month_switch(bench, shown["CRA"], switches),
                None,
            )
        )
    gc.collect()
    current = memory_mb()[0]
    figures.append(
        Figure("RSS, the tabs open (this process)", [current], RSS_TARGET_MB, baseline_mb, "MB")
    )
    figures.append(
        Figure(
            "RSS peak, whole run (this process)",
            [whole_peak_mb()],
            RSS_TARGET_MB,
            baseline_mb,
            "MB",
        )
    )
    while shown:
        bench.dispose(shown.popitem()[1])
    engine.dispose()
    print("the main window in a fresh process…")
    window_rss, window_peak = window_memory_mb(data_dir)
    figures.append(
        Figure("RSS, main window, its 4 tabs shown", [window_rss], RSS_TARGET_MB, baseline_mb, "MB")
    )
    figures.append(Figure("RSS peak, main window", [window_peak], RSS_TARGET_MB, baseline_mb, "MB"))
    print_table(figures)


# The main window as the app builds it, each tab shown in turn; prints RSS and peak in MB.
WINDOW_MEMORY_PROBE = """
import sys, time
from datetime import date
from pathlib import Path

from connect_desktop.ui.pyside_features import skip_feature_scan

skip_feature_scan()
from connect_desktop.store.database import database_path, open_database
from connect_desktop.ui.application import create_application
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.main_window import MainWindow
from connect_desktop.ui.operations import wait_for_jobs

app = create_application()
data_dir = Path(sys.argv[1])
engine = open_database(database_path(data_dir))
today = date(2026, 11, 28)
context = AppContext(engine=engine, data_dir=data_dir, language="fr", today_override=today)
window = MainWindow(context)
window.resize(1366, 800)
window.show()
for index in range(4):
    window.show_tab(index)
    for _ in range(100):
        wait_for_jobs()
        app.processEvents()
        time.sleep(0.01)
fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
print(int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)
window.close()
"""


def window_memory_mb(data_dir: Path) -> tuple[float, float]:
    """(RSS, peak) of a fresh process whose main window has shown each of its tabs."""
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_MEMORY_PROBE, str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    current, peak = result.stdout.split()[-2:]
    return float(current), float(peak)


def load_average() -> str:
    try:
        return "load average " + " ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "load average unknown"


def print_table(figures: list[Figure]) -> None:
    header = ("figure", "median", "target", "floor", "verdict")
    rows = [header] + [figure.row() for figure in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    print(
        f"\n{os.cpu_count()} CPUs, {load_average()} (other work on the machine slows every figure)"
    )
    for index, row in enumerate(rows):
        print(" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("-|-".join("-" * width for width in widths))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="fill this folder once, then reuse it")
    parser.add_argument("--runs", type=int, default=7, help="openings of each tab")
    parser.add_argument("--switches", type=int, default=40, help="CRA months shown")
    parser.add_argument(
        "--tabs", default=",".join(TAB_KEYS), help="the tabs to measure, comma-separated"
    )
    args = parser.parse_args()
    tabs = {name.strip() for name in args.tabs.split(",")}
    if not tabs <= set(TAB_KEYS):
        parser.error(f"--tabs takes some of {', '.join(TAB_KEYS)}")
    if args.data_dir is not None:
        args.data_dir.mkdir(parents=True, exist_ok=True)
        print(f"sample: {fill(args.data_dir)}")
        run(args.data_dir, args.runs, args.switches, tabs)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        print(f"sample: {fill(Path(folder))}")
        run(Path(folder), args.runs, args.switches, tabs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
