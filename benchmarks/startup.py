"""Start-up: from launching the process to the main window painted with its data.

    python3 benchmarks/startup.py [--runs 7] [--years 10] [--importtime]
                                  [--executable dist/connect-desktop/connect-desktop]

A temporary folder gets the sample data over ``--years`` years (the user's data is
never touched). Each run launches ``python -m connect_desktop --smoke`` (or the frozen
build given with ``--executable``) and reads two moments from the app's log: the main
window reaching the screen, and the window painted with its data (every start-up job
delivered, then one paint). Both are measured from the launch of the process, so the
interpreter's start and every import count.

The floor, in the same run, alternating with the app: ``benchmarks/bare_window.py``, a
PySide6 window that does nothing, timed the same way. A second floor is that window
after reading one row through SQLModel and our tables: what the store's libraries cost
any window of ours before it can show data. ``--importtime`` adds one run under
``python -X importtime`` and lists where the import time goes, by top-level package.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

from connect_desktop.store.database import database_path, open_database

HERE = Path(__file__).resolve().parent
PAINTED = re.compile(r"Main window painted with data \d+ ms after start \(unix time ([\d.]+)\)")
SHOWN = re.compile(r"Main window shown \d+ ms after start \(unix time ([\d.]+)\)")
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def prepare(folder: Path, years: int) -> Path:
    from connect_desktop.store.demo import fill_demo

    data_dir = folder / "data"
    engine = open_database(database_path(data_dir))
    summary = fill_demo(engine, months=12 * years, today=date.today())
    engine.dispose()
    print(
        f"sample: {summary.missions} missions, {summary.cras} CRAs, "
        f"{summary.invoices} invoices over {years} years"
    )
    return data_dir


def environment(state_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["XDG_STATE_HOME"] = str(state_dir)
    # An installed app runs from compiled bytecode: let the warm-up run write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_app(data_dir: Path, state_dir: Path, command: list[str]) -> tuple[float, float]:
    """(window shown, window painted with data), in ms from the launch."""
    log_file = state_dir / "Connect Desktop" / "log" / "connect-desktop.log"
    before = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    launched = time.time()
    subprocess.run(
        [*command, "--smoke", "--data-dir", str(data_dir)],
        env=environment(state_dir),
        check=True,
        capture_output=True,
    )
    new_lines = log_file.read_text(encoding="utf-8")[len(before) :]
    painted, shown = PAINTED.search(new_lines), SHOWN.search(new_lines)
    if painted is None or shown is None:
        raise SystemExit(f"No start-up lines in {log_file}:\n{new_lines}")
    return (float(shown.group(1)) - launched) * 1000, (float(painted.group(1)) - launched) * 1000


def run_floor(state_dir: Path, *options: str) -> float:
    launched = time.time()
    result = subprocess.run(
        [sys.executable, str(HERE / "bare_window.py"), *options],
        env=environment(state_dir),
        check=True,
        capture_output=True,
        text=True,
    )
    return (float(result.stdout.split()[-1]) - launched) * 1000


def import_times(command: list[str], env: dict[str, str]) -> tuple[Counter[str], int]:
    """Self import time by top-level package (µs), and the total, for one launch."""
    result = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    by_package: Counter[str] = Counter()
    for line in result.stderr.splitlines():
        match = IMPORT_LINE.match(line)
        if match:
            by_package[match.group(4).split(".")[0]] += int(match.group(1))
    return by_package, sum(by_package.values())


def print_import_times(data_dir: Path, state_dir: Path) -> None:
    env = environment(state_dir)
    app, app_total = import_times(
        [sys.executable, "-m", "connect_desktop", "--smoke", "--data-dir", str(data_dir)], env
    )
    floor, floor_total = import_times([sys.executable, str(HERE / "bare_window.py")], env)
    print()
    print(f"python -X importtime, one launch: app {app_total / 1000:.0f} ms of imports, ")
    print(f"bare window {floor_total / 1000:.0f} ms. Self time by top-level package:")
    print(f"  {'package':<22} {'app':>8} {'bare window':>12}")
    for name, micros in app.most_common(15):
        print(f"  {name:<22} {micros / 1000:>6.0f} ms {floor.get(name, 0) / 1000:>9.0f} ms")


def summary_row(name: str, values: list[float], floor: float | None) -> str:
    median = statistics.median(values)
    spread = f"{min(values):>6.0f} {max(values):>6.0f}"
    if floor is None:
        return f"{name:<34} {median:>7.0f} {spread} {'':>7} {'':>6}"
    return f"{name:<34} {median:>7.0f} {spread} {floor:>7.0f} {median / floor:>5.1f}x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--importtime", action="store_true", help="also list import times")
    parser.add_argument("--executable", type=Path, help="a frozen build to start instead")
    args = parser.parse_args()
    command = (
        [str(args.executable.resolve())]
        if args.executable
        else [sys.executable, "-m", "connect_desktop"]
    )
    with tempfile.TemporaryDirectory() as folder:
        data_dir = prepare(Path(folder), args.years)
        state_dir = Path(folder) / "state"
        run_app(data_dir, state_dir, command)  # warm-up: caches, bytecode, daily backup
        store_floor_options = ("--database", str(database_path(data_dir)))
        run_floor(state_dir, *store_floor_options)
        shown: list[float] = []
        painted: list[float] = []
        floors: list[float] = []
        store_floors: list[float] = []
        for _ in range(args.runs):  # alternating, so that all see the same machine
            floors.append(run_floor(state_dir))
            store_floors.append(run_floor(state_dir, *store_floor_options))
            app_shown, app_painted = run_app(data_dir, state_dir, command)
            shown.append(app_shown)
            painted.append(app_painted)
        floor = statistics.median(floors)
        store_floor = statistics.median(store_floors)
        print(f"{command[0]}: {args.runs} runs after one warm-up, offscreen, in ms")
        print(f"{'figure':<34} {'median':>7} {'min':>6} {'max':>6} {'floor':>7} {'ratio':>6}")
        print(summary_row("bare PySide6 window painted", floors, None))
        print(summary_row("  + one row read through SQLModel", store_floors, floor))
        print(summary_row("window shown (not yet its data)", shown, floor))
        print(summary_row("window painted with data", painted, floor))
        print(summary_row("  the same, against the store floor", painted, store_floor))
        print("targets: painted with data <= 500 ms and <= 4x the bare window")
        if args.importtime:
            print_import_times(data_dir, state_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
