"""Kill the app's data layer at random instants and check that nothing is lost.

    python3 benchmarks/kill_test.py [--kills 200] [--seed 1]

A child process performs random user actions on a database in a temporary folder (fill
and submit a CRA, record the client's validation, which draws and attaches the specimen
PDF, record the final invoice, a payment, issue the freelancer's own invoice), as fast
as it can. The parent kills it with SIGKILL after a random delay, many times over, and
after each kill checks, on the files as the kill left them:

- ``PRAGMA integrity_check`` is ok, and the database opens;
- every invoice has its history, whose last step is the invoice's status;
- every attachment the database references is on disk, with the right sha256;
- the own-invoice numbers run 1..n without a gap;
- nothing but temporary files (``.*.tmp``, removed at the next start) is left half written.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

TODAY = date(2026, 11, 28)


# -- the child: random actions, forever -----------------------------------------------------
def setup(data_dir: Path) -> None:
    from connect_desktop.domain.invoice import InvoicingMode
    from connect_desktop.domain.payment import PaymentOption
    from connect_desktop.services.profile import ProfileData, save_profile
    from connect_desktop.store.database import database_path, open_database, unit_of_work
    from connect_desktop.store.missions import create_mission

    engine = open_database(database_path(data_dir))
    save_profile(
        engine,
        ProfileData(
            full_name="Camille Martin",
            siret="90765432100005",
            address_line1="18 rue des Lilas",
            postcode="44000",
            city="Nantes",
            vat_number="FR24907654321",
            iban="FR7630006000011234567890189",
            invoice_prefix="CM",
        ),
    )
    missions = (
        ("Plateforme", PaymentOption.EXPRESS, InvoicingMode.PLATFORM, date(2025, 6, 2)),
        ("Import manuel", PaymentOption.FLASH, InvoicingMode.MANUAL_IMPORT, date(2025, 6, 2)),
        ("Ancien régime", PaymentOption.IMMEDIATE, InvoicingMode.PLATFORM, date(2024, 1, 15)),
    )
    with unit_of_work(engine) as session:
        for title, option, mode, signed in missions:
            create_mission(
                session,
                title=title,
                client_name="Client",
                start_on=date(2011, 1, 3),
                daily_rate=Decimal("550"),
                signed_on=signed,
                payment_option=option,
                invoicing_mode=mode,
            )
    engine.dispose()


def worker(data_dir: Path, seed: int) -> None:
    from sqlmodel import select

    from connect_desktop.domain.calendar import working_days_of_month
    from connect_desktop.domain.invoice import InvoiceStatus
    from connect_desktop.services import cra as cra_service
    from connect_desktop.services import invoices as invoice_service
    from connect_desktop.services.own_invoice_issue import issue_own_invoice_for
    from connect_desktop.store.database import database_path, open_database, read_session
    from connect_desktop.store.models import Invoice

    engine = open_database(database_path(data_dir))
    rng = random.Random(seed)

    def invoices(status: InvoiceStatus) -> list[Invoice]:
        with read_session(engine) as session:
            return list(session.exec(select(Invoice).where(Invoice.status == status)))

    def new_cra() -> None:
        mission_id = rng.randint(1, 3)
        year, month = rng.randint(2011, 2025), rng.randint(1, 12)
        days = working_days_of_month(year, month)[: rng.randint(1, 20)]
        cra = cra_service.set_days(
            engine, mission_id, year, month, {day: rng.choice((1, 2)) for day in days}, TODAY
        )
        if cra.cra_id is None:
            return
        following = date(year + month // 12, month % 12 + 1, 1)
        cra_service.submit(engine, cra.cra_id, following)
        cra_service.record_validation(
            engine, cra.cra_id, following + timedelta(days=1), TODAY, data_dir=data_dir
        )

    def final() -> None:
        for invoice in rng.sample(invoices(InvoiceStatus.SPECIMEN), k=1)[:1]:
            on = max(invoice.clock_start or TODAY, invoice.period_end) + timedelta(days=2)
            number = f"LBC-{invoice.id:06d}"
            invoice_service.record_final(
                engine, data_dir, invoice.id, min(on, TODAY), number, today=TODAY
            )

    def payment() -> None:
        for invoice in invoices(InvoiceStatus.FINAL)[:1]:
            on = min(TODAY, (invoice.pay_latest or TODAY))
            invoice_service.record_payment(
                engine, invoice.id, on, Decimal(invoice.net_cents) / 100, today=TODAY
            )

    def own_invoice() -> None:
        for invoice in invoices(InvoiceStatus.TO_IMPORT)[:1]:
            issue_own_invoice_for(engine, data_dir, invoice.id, TODAY, TODAY)

    actions = (new_cra, new_cra, final, payment, own_invoice)
    while True:
        # A rule may refuse (a CRA already validated, a date...): the next action goes on.
        with contextlib.suppress(ValueError):
            rng.choice(actions)()


# -- the parent: kill, then check ------------------------------------------------------------
def check(data_dir: Path) -> list[str]:
    """What is wrong with the data folder as the kill left it (nothing, hopefully)."""
    from connect_desktop.services.attachments import REFERENCED_FILES_SQL, attachment_path

    problems: list[str] = []
    db = data_dir / "connect-desktop.sqlite3"
    connection = sqlite3.connect(db)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            return [f"integrity_check: {result}"]
        rows = connection.execute(
            "SELECT i.id, i.status, (SELECT e.to_status FROM invoiceevent e "
            "WHERE e.invoice_id = i.id ORDER BY e.id DESC LIMIT 1) FROM invoice i"
        ).fetchall()
        for invoice_id, status, last_step in rows:
            if last_step != status:
                problems.append(f"invoice {invoice_id}: status {status}, history {last_step}")
        for _invoice, _name, sha in connection.execute(REFERENCED_FILES_SQL):
            path = attachment_path(data_dir, sha)
            if not path.exists():
                problems.append(f"attachment {sha[:12]} missing")
            elif hashlib.sha256(path.read_bytes()).hexdigest() != sha:
                problems.append(f"attachment {sha[:12]} corrupt")
        numbers = [
            value
            for (value,) in connection.execute(
                "SELECT sequence FROM owninvoice WHERE sequence IS NOT NULL ORDER BY sequence"
            )
        ]
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(f"own-invoice numbers with a gap: {numbers}")
    finally:
        connection.close()
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", nargs=2, metavar=("DATA_DIR", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(Path(args.worker[0]), int(args.worker[1]))
        return 0
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        setup(data_dir)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        survived = 0
        for kill in range(1, args.kills + 1):
            child = subprocess.Popen(
                [sys.executable, __file__, "--worker", str(data_dir), str(rng.randrange(10**9))],
                env=env,
                stderr=subprocess.PIPE,
            )
            time.sleep(rng.uniform(0.4, 2.5))  # start-up takes ~0.4 s; then actions run
            if child.poll() is not None:
                print(child.stderr.read().decode()[-2000:] if child.stderr else "")
                print(f"the worker stopped by itself at kill {kill}")
                return 1
            child.send_signal(signal.SIGKILL)
            child.wait()
            problems = check(data_dir)
            if problems:
                print(f"after kill {kill}: " + "; ".join(problems[:5]))
                return 1
            survived += 1
        connection = sqlite3.connect(data_dir / "connect-desktop.sqlite3")
        invoices, events, attachments, own = (
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("invoice", "invoiceevent", "attachment", "owninvoice")
        )
        connection.close()
        temporary = len(list(data_dir.rglob(".*.tmp")))
    print(f"kills survived:          {survived} of {args.kills}")
    print(
        f"rows at the end:         {invoices} invoices, {events} events, "
        f"{attachments} attachments, {own} own invoices"
    )
    print(f"temporary files left:    {temporary} (removed at the next start)")
    print(f"time:                    {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
