"""Size and time of a backup (create, verify, restore) with the sample data.

    python3 benchmarks/backup.py [--months 18] [--attachments 20]

A temporary data folder gets the demo data set and a few fake 200 kB PDFs in the
attachment store; the figures are medians over a few runs.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--months", type=int, default=18)
    parser.add_argument("--attachments", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from sqlmodel import select

    from connect_desktop.services.attachments import store_file
    from connect_desktop.services.backups import create_backup, restore_backup, verify_backup
    from connect_desktop.store.database import database_path, open_database, unit_of_work
    from connect_desktop.store.demo import fill_demo
    from connect_desktop.store.models import Attachment, Invoice

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        engine = open_database(database_path(data_dir))
        fill_demo(engine, months=args.months, today=date(2026, 11, 28))
        with unit_of_work(engine) as session:
            invoices = session.exec(select(Invoice).order_by(Invoice.id)).all()
            for index in range(args.attachments):
                data = os.urandom(200_000)  # incompressible, like a PDF's streams
                digest = store_file(data_dir, data)
                invoice = invoices[index % len(invoices)]
                session.add(
                    Attachment(
                        invoice_id=invoice.id,
                        sha256=digest,
                        original_name=f"{index}.pdf",
                        size=len(data),
                    )
                )
        timings: dict[str, list[float]] = {"create": [], "verify": [], "restore": []}
        info = None
        for run in range(args.runs):
            started = time.perf_counter()
            info = create_backup(engine, data_dir, Path(folder) / f"run{run}.zip")
            timings["create"].append(time.perf_counter() - started)
            started = time.perf_counter()
            verify_backup(info.path)
            timings["verify"].append(time.perf_counter() - started)
            started = time.perf_counter()
            restore_backup(info.path, Path(folder) / f"restored{run}")
            timings["restore"].append(time.perf_counter() - started)
        engine.dispose()
        assert info is not None
        db_size = info.manifest.members["database.sqlite3"].size
        print(f"database {db_size / 1024:.0f} kB, rows {sum(info.manifest.counts.values())}")
        print(f"attachments {args.attachments} x 200 kB")
        print(f"backup zip {info.size / 1024:.0f} kB")
        for name, values in timings.items():
            print(f"{name:8} median {statistics.median(values) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
