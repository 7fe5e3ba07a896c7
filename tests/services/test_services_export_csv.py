"""Invoices and credit notes as CSV (issue 7), read back with the ``csv`` module."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from connect_desktop.domain.calendar import working_days_of_month
from connect_desktop.domain.invoice import InvoicingMode
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.export_files import NothingToExport
from connect_desktop.services.export_invoices_csv import (
    COLUMNS,
    CsvConvention,
    CsvLabels,
    count_invoices,
    export_invoices_csv,
)
from connect_desktop.services.invoice_actions import cancel_invoice, record_final
from connect_desktop.store.cras import create_cra, set_day, submit_cra, validate_cra
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.missions import create_mission

TODAY = date(2026, 11, 28)
TRICKY_TITLE = 'Refonte "SI"; facturation, phase 2\nsuite'


def _invoice(engine: Engine, title: str = TRICKY_TITLE) -> int:
    """A validated June 2026 CRA (20 days at 612,50 €, Express); its invoice's id."""
    with unit_of_work(engine) as session:
        mission = create_mission(
            session,
            title=title,
            client_name="Banque Exemple SA",
            start_on=date(2026, 1, 5),
            daily_rate=Decimal("612.50"),
            signed_on=date(2025, 12, 15),
            payment_option=PaymentOption.EXPRESS,
            invoicing_mode=InvoicingMode.PLATFORM,
        )
        assert mission.id is not None
        cra = create_cra(session, mission.id, 2026, 6)
        assert cra.id is not None
        for day in working_days_of_month(2026, 6)[:20]:
            set_day(session, cra.id, day, 2)
        submit_cra(session, cra.id, date(2026, 7, 1))
        invoice = validate_cra(session, cra.id, date(2026, 7, 2))
        assert invoice.id is not None
        return invoice.id


def _read(path: Path, convention: CsvConvention) -> list[dict[str, str]]:
    encoding = "utf-8-sig" if convention is CsvConvention.FRENCH else "utf-8"
    delimiter = ";" if convention is CsvConvention.FRENCH else ","
    with path.open(encoding=encoding, newline="") as stream:
        return list(csv.DictReader(stream, delimiter=delimiter))


def _french_decimal(text: str) -> Decimal:
    assert "." not in text
    assert " " not in text
    return Decimal(text.replace(",", "."))


def test_french_convention_round_trips(engine: Engine, data_dir: Path, tmp_path: Path) -> None:
    invoice_id = _invoice(engine)
    record_final(engine, data_dir, invoice_id, date(2026, 7, 5), "LBC-F-0042", today=TODAY)
    cancel_invoice(engine, invoice_id, date(2026, 7, 10), "Mauvais taux", today=TODAY)
    target = tmp_path / "factures.csv"

    written = export_invoices_csv(
        engine, target, convention=CsvConvention.FRENCH, labels=CsvLabels.plain()
    )

    assert written == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    assert raw.splitlines()[0].decode("utf-8-sig").split(";") == list(COLUMNS)
    invoice, credit = _read(target, CsvConvention.FRENCH)
    assert invoice["mission"] == TRICKY_TITLE
    assert invoice["client"] == "Banque Exemple SA"
    assert invoice["kind"] == "INVOICE"
    assert invoice["status"] == "CANCELLED"
    assert invoice["option"] == "EXPRESS"
    assert invoice["period_start"] == "01/06/2026"
    assert invoice["period_end"] == "30/06/2026"
    assert invoice["clock_start"] == "02/07/2026"
    assert _french_decimal(invoice["days"]) == Decimal("20.0")
    assert _french_decimal(invoice["daily_rate"]) == Decimal("612.50")
    assert _french_decimal(invoice["amount_ht"]) == Decimal("12250.00")
    assert _french_decimal(invoice["vat_rate"]) == Decimal("20")
    assert _french_decimal(invoice["vat"]) == Decimal("2450.00")
    assert _french_decimal(invoice["amount_ttc"]) == Decimal("14700.00")
    assert _french_decimal(invoice["fee"]) == Decimal("306.25")  # 2.5 % of 612.50 x 20
    assert _french_decimal(invoice["net"]) == Decimal("14393.75")
    assert invoice["paid_on"] == ""
    assert invoice["credit_note_of"] == ""
    assert credit["kind"] == "CREDIT_NOTE"
    assert credit["mission"] == TRICKY_TITLE
    assert _french_decimal(credit["amount_ttc"]) == Decimal("-14700.00")
    assert _french_decimal(credit["net"]) == Decimal("-14393.75")
    assert invoice["number"] == credit["credit_note_of"] == "LBC-F-0042"


def test_plain_convention_has_no_bom_commas_and_iso_dates(engine: Engine, tmp_path: Path) -> None:
    _invoice(engine)
    target = tmp_path / "invoices.csv"

    export_invoices_csv(engine, target, convention=CsvConvention.PLAIN, labels=CsvLabels.plain())

    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.splitlines()[0].decode() == ",".join(COLUMNS)
    (row,) = _read(target, CsvConvention.PLAIN)
    assert row["mission"] == TRICKY_TITLE
    assert row["period_start"] == "2026-06-01"
    assert Decimal(row["amount_ht"]) == Decimal("12250.00")
    assert Decimal(row["fee"]) == Decimal("306.25")
    assert row["pay_earliest"] == (date(2026, 7, 2) + timedelta(days=30)).isoformat()


def test_labels_come_from_the_caller(engine: Engine, tmp_path: Path) -> None:
    _invoice(engine, title="Mission")
    plain = CsvLabels.plain()
    labels = CsvLabels(
        headers={key: key.upper() for key in COLUMNS},
        statuses={status: f"statut {status.value.lower()}" for status in plain.statuses},
        kinds=dict.fromkeys(plain.kinds, "Facture"),
        options={option: f"option {option.value.lower()}" for option in plain.options},
    )
    target = tmp_path / "labels.csv"

    export_invoices_csv(engine, target, convention=CsvConvention.FRENCH, labels=labels)

    (row,) = _read(target, CsvConvention.FRENCH)
    assert row["KIND"] == "Facture"
    assert row["STATUS"] == "statut specimen"
    assert row["OPTION"] == "option express"


def test_demo_data_every_row_ordered_by_period(engine: Engine, tmp_path: Path) -> None:
    fill_demo(engine, today=TODAY)
    calls: list[tuple[int, int]] = []
    target = tmp_path / "demo.csv"

    written = export_invoices_csv(
        engine,
        target,
        convention=CsvConvention.FRENCH,
        labels=CsvLabels.plain(),
        progress=lambda done, total: calls.append((done, total)),
    )

    rows = _read(target, CsvConvention.FRENCH)
    assert written == len(rows) == count_invoices(engine) > 0
    starts = [
        date(*reversed([int(part) for part in row["period_start"].split("/")])) for row in rows
    ]
    assert starts == sorted(starts)
    assert calls[0] == (0, written)
    assert calls[-1] == (written, written)
    for row in rows:
        ttc = _french_decimal(row["amount_ttc"])
        assert ttc == _french_decimal(row["amount_ht"]) + _french_decimal(row["vat"])
        assert _french_decimal(row["net"]) == ttc - _french_decimal(row["fee"])


def test_nothing_to_export_writes_no_file(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NothingToExport):
        export_invoices_csv(
            engine, out / "empty.csv", convention=CsvConvention.PLAIN, labels=CsvLabels.plain()
        )
    assert list(out.iterdir()) == []
