"""Time from launch to a visible main window, with the sample data loaded.

    python3 benchmarks/startup.py [--runs 5] [--executable dist/connect-desktop/connect-desktop]

Each run starts ``python -m connect_desktop --smoke`` (or the frozen build given with
``--executable``) on a database filled beforehand
with the sample data, in a temporary folder (the user's data is never touched). Two
figures per run: the time the app logs when its window first reaches the screen (from
the start of ``connect_desktop.app``), and the wall time of the whole process, from
launch to exit (interpreter start, imports, window, 300 ms of smoke wait, shutdown).
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
from datetime import date
from pathlib import Path

SHOWN = re.compile(r"Main window shown (\d+) ms after start")


def prepare(folder: Path) -> Path:
    from connect_desktop.store.database import database_path, open_database
    from connect_desktop.store.demo import fill_demo

    data_dir = folder / "data"
    engine = open_database(database_path(data_dir))
    fill_demo(engine, today=date.today())
    engine.dispose()
    return data_dir


def one_run(data_dir: Path, state_dir: Path, command: list[str]) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["XDG_STATE_HOME"] = str(state_dir)
    # An installed app runs from compiled bytecode: let the warm-up run write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    log_file = state_dir / "Connect Desktop" / "log" / "connect-desktop.log"
    before = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    started = time.perf_counter()
    subprocess.run(
        [*command, "--smoke", "--data-dir", str(data_dir)],
        env=env,
        check=True,
        capture_output=True,
    )
    wall_ms = (time.perf_counter() - started) * 1000
    new_lines = log_file.read_text(encoding="utf-8")[len(before) :]
    match = SHOWN.search(new_lines)
    if match is None:
        raise SystemExit(f"No 'Main window shown' line in {log_file}")
    return float(match.group(1)), wall_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--executable", type=Path, help="a frozen build to start instead")
    args = parser.parse_args()
    command = (
        [str(args.executable.resolve())]
        if args.executable
        else [sys.executable, "-m", "connect_desktop"]
    )
    with tempfile.TemporaryDirectory() as folder:
        data_dir = prepare(Path(folder))
        state_dir = Path(folder) / "state"
        one_run(data_dir, state_dir, command)  # warm-up: file caches, compiled bytecode
        runs = [one_run(data_dir, state_dir, command) for _ in range(args.runs)]
        shown, wall = zip(*runs, strict=True)
    platform_name = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"{command[0]}: {args.runs} runs (after one warm-up), Qt platform {platform_name}")
    print(
        f"window shown after start of the app:  median {statistics.median(shown):.0f} ms "
        f"(min {min(shown):.0f}, max {max(shown):.0f})"
    )
    print(
        f"whole --smoke process, launch to exit: median {statistics.median(wall):.0f} ms "
        f"(min {min(wall):.0f}, max {max(wall):.0f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
