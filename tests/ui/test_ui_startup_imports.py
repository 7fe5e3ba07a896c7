"""Heavy libraries are imported where they are used, not at start-up (DESIGN.md section 4):
the window, with the sample data and every start-up job done, has not loaded them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "fpdf",
    "facturx",
    "pypdf",
    "alembic",
    "icalendar",
    "lxml",
    "multiprocessing",
    "holidays",
)

PROBE = """
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from connect_desktop.store.database import database_path, open_database

data_dir = Path(sys.argv[1])
engine = open_database(database_path(data_dir))  # migrated here, before the probe starts
from connect_desktop.store.demo import fill_demo

fill_demo(engine, today=date(2026, 11, 28))
engine.dispose()
for name in [name for name in sys.modules if name.split(".")[0] in {heavy}]:
    del sys.modules[name]  # what the set-up above needed does not count

app = QApplication([])
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.main_window import MainWindow
from connect_desktop.ui.operations import wait_for_jobs

engine = open_database(database_path(data_dir))
window = MainWindow(AppContext(engine=engine, data_dir=data_dir, language="fr"))
window.show()
for _ in range(5):
    wait_for_jobs()
    app.processEvents()
print(sorted({{name.split(".")[0] for name in sys.modules}} & {heavy}))
"""


def test_start_up_does_not_import_the_heavy_libraries(tmp_path: Path) -> None:
    probe = PROBE.format(heavy=set(HEAVY))
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
