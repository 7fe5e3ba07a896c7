"""Connect invoices and credit notes as a CSV file for an accountant (issue 7).

One row per invoice or credit note (credit notes carry negative amounts and the number of
the invoice they cancel), ordered by period then id. Two conventions: the French
spreadsheet one (``;``, decimal comma, dd/mm/yyyy, UTF-8 with a BOM so that Excel detects
the encoding) and a plain one (``,``, decimal point, ISO dates, UTF-8). Numbers carry no
thousands separator and no currency sign, so that spreadsheets read them as numbers.
Headers and enum names come from the caller (``CsvLabels``), already translated.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import aliased

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.money import from_cents, halves_to_days
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.export_files import (
    NothingToExport,
    Progress,
    atomic_output,
    report,
    report_every,
)
from connect_desktop.store.models import Invoice, Mission


class CsvConvention(Enum):
    FRENCH = "french"
    PLAIN = "plain"


@dataclass(frozen=True, slots=True)
class _Format:
    delimiter: str
    decimal: str
    date_format: str
    encoding: str


_FORMATS = {
    CsvConvention.FRENCH: _Format(";", ",", "%d/%m/%Y", "utf-8-sig"),
    CsvConvention.PLAIN: _Format(",", ".", "%Y-%m-%d", "utf-8"),
}

# The columns, in file order; ``CsvLabels.headers`` names each key.
COLUMNS = (
    "mission",
    "client",
    "number",
    "kind",
    "status",
    "option",
    "period_start",
    "period_end",
    "days",
    "daily_rate",
    "amount_ht",
    "vat_rate",
    "vat",
    "amount_ttc",
    "fee",
    "net",
    "clock_start",
    "pay_earliest",
    "pay_latest",
    "paid_on",
    "paid_amount",
    "credit_note_of",
)


@dataclass(frozen=True)
class CsvLabels:
    """The words of the file: a header per column key, a name per enum member."""

    headers: Mapping[str, str]
    statuses: Mapping[InvoiceStatus, str]
    kinds: Mapping[InvoiceKind, str]
    options: Mapping[PaymentOption, str]

    @classmethod
    def plain(cls) -> CsvLabels:
        """Column keys and enum values as they are (for tools rather than people)."""
        return cls(
            headers={key: key for key in COLUMNS},
            statuses={item: item.value for item in InvoiceStatus},
            kinds={item: item.value for item in InvoiceKind},
            options={item: item.value for item in PaymentOption},
        )


_INVOICE = Invoice.__table__  # type: ignore[attr-defined]
_MISSION = Mission.__table__  # type: ignore[attr-defined]
_CANCELLED = aliased(_INVOICE, name="cancelled")
_QUERY = (
    select(
        _MISSION.c.title,
        _MISSION.c.client_name,
        _INVOICE.c.number,
        _INVOICE.c.kind,
        _INVOICE.c.status,
        _INVOICE.c.payment_option,
        _INVOICE.c.period_start,
        _INVOICE.c.period_end,
        _INVOICE.c.days_halves,
        _INVOICE.c.daily_rate_cents,
        _INVOICE.c.amount_ht_cents,
        _INVOICE.c.vat_rate_bp,
        _INVOICE.c.vat_cents,
        _INVOICE.c.amount_ttc_cents,
        _INVOICE.c.fee_cents,
        _INVOICE.c.net_cents,
        _INVOICE.c.clock_start,
        _INVOICE.c.pay_earliest,
        _INVOICE.c.pay_latest,
        _INVOICE.c.paid_on,
        _INVOICE.c.paid_amount_cents,
        _CANCELLED.c.number,
    )
    .select_from(
        _INVOICE.join(_MISSION, _INVOICE.c.mission_id == _MISSION.c.id).outerjoin(
            _CANCELLED, _INVOICE.c.credit_note_of_id == _CANCELLED.c.id
        )
    )
    .order_by(_INVOICE.c.period_start, _INVOICE.c.id)
)


def count_invoices(engine: Engine) -> int:
    """How many invoices and credit notes the export would write."""
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(_INVOICE)).scalar_one())


class _Cells:
    """Turns stored values (cents, half days, basis points, dates) into text cells."""

    def __init__(self, convention: CsvConvention) -> None:
        self.format = _FORMATS[convention]

    def number(self, value: Decimal) -> str:
        # "f": never an exponent; no grouping, so a spreadsheet reads a number.
        text = format(value, "f")
        return text.replace(".", self.format.decimal) if self.format.decimal != "." else text

    def money(self, cents: int | None) -> str:
        return "" if cents is None else self.number(from_cents(cents))

    def day(self, value: date | None) -> str:
        return "" if value is None else value.strftime(self.format.date_format)


def export_invoices_csv(
    engine: Engine,
    path: Path,
    *,
    convention: CsvConvention,
    labels: CsvLabels,
    progress: Progress | None = None,
) -> int:
    """Write every invoice and credit note to ``path`` (atomically); the rows written.

    Raises ``NothingToExport`` (and writes nothing) when there is no invoice yet.
    """
    with engine.connect() as connection:  # one SELECT: one consistent snapshot
        records = connection.execute(_QUERY).all()
    if not records:
        raise NothingToExport("There are no invoices to export yet.")
    cells = _Cells(convention)
    total = len(records)
    report(progress, 0, total)
    file_format = _FORMATS[convention]
    with atomic_output(path, "w", encoding=file_format.encoding, newline="") as stream:
        writer = csv.writer(
            stream,
            delimiter=file_format.delimiter,
            quoting=csv.QUOTE_MINIMAL,
            lineterminator="\r\n",  # what spreadsheets and RFC 4180 expect
        )
        writer.writerow([labels.headers[key] for key in COLUMNS])
        for done, (
            title, client, number, kind, status, option, period_start, period_end, halves,
            daily_rate, ht, vat_rate, vat, ttc, fee, net, clock_start, pay_earliest,
            pay_latest, paid_on, paid, cancelled_number,
        ) in enumerate(records, start=1):  # fmt: skip
            writer.writerow(
                [
                    title,
                    client,
                    number,
                    labels.kinds[InvoiceKind(kind)],
                    labels.statuses[InvoiceStatus(status)],
                    labels.options[PaymentOption(option)],
                    cells.day(period_start),
                    cells.day(period_end),
                    cells.number(halves_to_days(halves)),
                    cells.money(daily_rate),
                    cells.money(ht),
                    # Basis points to a percentage: 2000 -> 20.00.
                    cells.number(Decimal(vat_rate).scaleb(-2)),
                    cells.money(vat),
                    cells.money(ttc),
                    cells.money(fee),
                    cells.money(net),
                    cells.day(clock_start),
                    cells.day(pay_earliest),
                    cells.day(pay_latest),
                    cells.day(paid_on),
                    cells.money(paid),
                    cancelled_number or "",
                ]
            )
            report_every(progress, done, total)
    return total
