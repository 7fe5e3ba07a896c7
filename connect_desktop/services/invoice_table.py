"""Every invoice of the invoices tab, stored compactly: one typed array per column.

A hundred thousand ``InvoiceRow`` objects, with their dates and amounts, take tens of
megabytes and seconds to build; the table needs few of them at a time (the rows on
screen). ``load_invoice_table`` reads the invoices in one query, converted by SQLite (dates
as day ordinals, missing values as sentinels), in chunks, into arrays of machine integers.
``InvoiceTable.row(i)`` builds the ``InvoiceRow`` of one row when something needs it; the
table is also a ``Sequence[InvoiceRow]`` for the code that reads every row (the import
check). ``limit`` reads only the newest invoices, for a first screen shown early.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import overload

from sqlalchemy import Engine, Integer, cast, func, select

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.money import from_cents, halves_to_days
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.invoice_rows import InvoiceRow
from connect_desktop.store.models import Invoice, Mission

# Enum members by their position, which the byte columns store.
KINDS = tuple(InvoiceKind)
STATUSES = tuple(InvoiceStatus)
MODES = tuple(InvoicingMode)
OPTIONS = tuple(PaymentOption)
NO_DATE = 0  # the ordinal of a date not known yet (real ordinals start at 1)
NO_AMOUNT = -(2**62)  # the cents of an amount not received yet
_JULIAN_DAY_OF_ORDINAL_ZERO = 1721424.5  # julianday('0001-01-01') - 1
_CHUNK = 500  # rows converted at a time (see load_invoice_table)


def _ints() -> array[int]:
    return array("q")


def _days() -> array[int]:
    return array("i")


@dataclass(eq=False)
class InvoiceTable(Sequence[InvoiceRow]):
    """Invoices and credit notes in parallel columns, in the order they were read.

    Dates are ordinals (``NO_DATE`` when missing), amounts integer cents (``NO_AMOUNT``),
    enums their position in ``KINDS``, ``STATUSES``, ``MODES`` and ``OPTIONS``. Never
    changed once built, so that a worker may read it while the UI shows it.
    """

    ids: array[int] = field(default_factory=_ints)
    numbers: list[str] = field(default_factory=list)
    mission_ids: array[int] = field(default_factory=_ints)
    titles: dict[int, str] = field(default_factory=dict)  # mission id -> title
    kinds: bytearray = field(default_factory=bytearray)
    statuses: bytearray = field(default_factory=bytearray)
    modes: bytearray = field(default_factory=bytearray)
    options: bytearray = field(default_factory=bytearray)
    period_starts: array[int] = field(default_factory=_days)
    period_ends: array[int] = field(default_factory=_days)
    days_halves: array[int] = field(default_factory=_days)
    amounts_ht: array[int] = field(default_factory=_ints)
    amounts_ttc: array[int] = field(default_factory=_ints)
    fees: array[int] = field(default_factory=_ints)
    nets: array[int] = field(default_factory=_ints)
    clock_starts: array[int] = field(default_factory=_days)
    pay_earliest: array[int] = field(default_factory=_days)
    pay_latest: array[int] = field(default_factory=_days)
    paid_on: array[int] = field(default_factory=_days)
    paid_amounts: array[int] = field(default_factory=_ints)
    complete: bool = True  # False for the newest invoices alone (``limit``)
    # True when the rows come newest period first, then newest id (as the query reads them).
    newest_first: bool = False

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> InvoiceRow: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[InvoiceRow]: ...
    def __getitem__(self, index: int | slice) -> InvoiceRow | Sequence[InvoiceRow]:
        if isinstance(index, slice):
            return [self.row(i) for i in range(*index.indices(len(self)))]
        return self.row(index if index >= 0 else index + len(self))

    def __iter__(self) -> Iterator[InvoiceRow]:
        return (self.row(i) for i in range(len(self)))

    def position_of(self, invoice_id: int) -> int:
        """The position of an invoice in the columns, or -1."""
        try:
            return self.ids.index(invoice_id)
        except ValueError:
            return -1

    def match_candidates(self) -> list[tuple[int, Decimal, date, date]]:
        """(id, amount TTC, period start, period end) of the invoices an imported file may
        belong to: not credit notes, not cancelled. Read from the columns: no row is built."""
        invoice, cancelled = (
            KINDS.index(InvoiceKind.INVOICE),
            STATUSES.index(InvoiceStatus.CANCELLED),
        )
        return [
            (
                self.ids[i],
                from_cents(self.amounts_ttc[i]),
                date.fromordinal(self.period_starts[i]),
                date.fromordinal(self.period_ends[i]),
            )
            for i in range(len(self.ids))
            if self.kinds[i] == invoice and self.statuses[i] != cancelled
        ]

    def row(self, i: int) -> InvoiceRow:
        """The ``InvoiceRow`` at position ``i``."""
        if not 0 <= i < len(self.ids):
            raise IndexError(i)
        mission_id = self.mission_ids[i]
        paid = self.paid_amounts[i]
        return InvoiceRow(
            id=self.ids[i],
            number=self.numbers[i],
            mission_id=mission_id,
            mission_title=self.titles.get(mission_id, ""),
            kind=KINDS[self.kinds[i]],
            status=STATUSES[self.statuses[i]],
            invoicing_mode=MODES[self.modes[i]],
            payment_option=OPTIONS[self.options[i]],
            period_start=date.fromordinal(self.period_starts[i]),
            period_end=date.fromordinal(self.period_ends[i]),
            days=halves_to_days(self.days_halves[i]),
            amount_ht=from_cents(self.amounts_ht[i]),
            amount_ttc=from_cents(self.amounts_ttc[i]),
            fee=from_cents(self.fees[i]),
            net=from_cents(self.nets[i]),
            clock_start=_date(self.clock_starts[i]),
            pay_earliest=_date(self.pay_earliest[i]),
            pay_latest=_date(self.pay_latest[i]),
            paid_on=_date(self.paid_on[i]),
            paid_amount=None if paid == NO_AMOUNT else from_cents(paid),
        )

    @classmethod
    def from_rows(cls, rows: Sequence[InvoiceRow]) -> InvoiceTable:
        """The table of rows already built (tests, small lists)."""
        table = cls()
        for row in rows:
            table.ids.append(row.id)
            table.numbers.append(row.number)
            table.mission_ids.append(row.mission_id)
            table.titles[row.mission_id] = row.mission_title
            table.kinds.append(KINDS.index(row.kind))
            table.statuses.append(STATUSES.index(row.status))
            table.modes.append(MODES.index(row.invoicing_mode))
            table.options.append(OPTIONS.index(row.payment_option))
            table.period_starts.append(row.period_start.toordinal())
            table.period_ends.append(row.period_end.toordinal())
            table.days_halves.append(int(row.days * 2))
            table.amounts_ht.append(_cents(row.amount_ht))
            table.amounts_ttc.append(_cents(row.amount_ttc))
            table.fees.append(_cents(row.fee))
            table.nets.append(_cents(row.net))
            table.clock_starts.append(_ordinal(row.clock_start))
            table.pay_earliest.append(_ordinal(row.pay_earliest))
            table.pay_latest.append(_ordinal(row.pay_latest))
            table.paid_on.append(_ordinal(row.paid_on))
            table.paid_amounts.append(
                NO_AMOUNT if row.paid_amount is None else _cents(row.paid_amount)
            )
        return table


def _cents(amount: Decimal) -> int:
    return int(amount.scaleb(2))


def _date(ordinal: int) -> date | None:
    return None if ordinal == NO_DATE else date.fromordinal(ordinal)


def _ordinal(day: date | None) -> int:
    return NO_DATE if day is None else day.toordinal()


_INVOICE = Invoice.__table__  # type: ignore[attr-defined]
_MISSION = Mission.__table__  # type: ignore[attr-defined]


def _ordinal_of(column: object, *, optional: bool = False) -> object:
    """SQLite turns the stored ISO date into its ordinal (``NO_DATE`` when NULL)."""
    ordinal = cast(func.julianday(column) - _JULIAN_DAY_OF_ORDINAL_ZERO, Integer)
    return func.coalesce(ordinal, NO_DATE) if optional else ordinal


_c = _INVOICE.c
TABLE_QUERY = select(
    _c.id,
    _c.number,
    _c.mission_id,
    _c.kind,
    _c.status,
    _c.invoicing_mode,
    _c.payment_option,
    _ordinal_of(_c.period_start),
    _ordinal_of(_c.period_end),
    _c.days_halves,
    _c.amount_ht_cents,
    _c.amount_ttc_cents,
    _c.fee_cents,
    _c.net_cents,
    _ordinal_of(_c.clock_start, optional=True),
    _ordinal_of(_c.pay_earliest, optional=True),
    _ordinal_of(_c.pay_latest, optional=True),
    _ordinal_of(_c.paid_on, optional=True),
    func.coalesce(_c.paid_amount_cents, NO_AMOUNT),
).order_by(_c.period_start.desc(), _c.id.desc())
TITLES_QUERY = select(_MISSION.c.id, _MISSION.c.title)


def load_invoice_table(engine: Engine, limit: int | None = None) -> InvoiceTable:
    """Every invoice and credit note, newest period first (then the newest id); with
    ``limit``, only that many (``complete`` is then False).

    The rows come from the driver a chunk at a time and go straight into the columns;
    enum names (SQLAlchemy stores an enum member by its name) become positions through
    a lookup done by ``map``, in C.
    """
    query = TABLE_QUERY if limit is None else TABLE_QUERY.limit(limit)
    kinds = {item.name: position for position, item in enumerate(KINDS)}
    statuses = {item.name: position for position, item in enumerate(STATUSES)}
    modes = {item.name: position for position, item in enumerate(MODES)}
    options = {item.name: position for position, item in enumerate(OPTIONS)}
    table = InvoiceTable(complete=limit is None, newest_first=True)
    integer_columns = (
        (2, table.mission_ids),
        (7, table.period_starts),
        (8, table.period_ends),
        (9, table.days_halves),
        (10, table.amounts_ht),
        (11, table.amounts_ttc),
        (12, table.fees),
        (13, table.nets),
        (14, table.clock_starts),
        (15, table.pay_earliest),
        (16, table.pay_latest),
        (17, table.paid_on),
        (18, table.paid_amounts),
    )
    byte_columns = (
        (3, table.kinds, kinds),
        (4, table.statuses, statuses),
        (5, table.modes, modes),
        (6, table.options, options),
    )
    # One read transaction (begun by the first query): the titles and the invoices agree.
    with engine.connect() as connection:
        table.titles.update((row[0], row[1]) for row in connection.execute(TITLES_QUERY))
        raw = connection.connection.driver_connection
        cursor = raw.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(str(query.compile(engine, compile_kwargs={"literal_binds": True})))
            while chunk := cursor.fetchmany(_CHUNK):
                columns = list(zip(*chunk, strict=True))
                del chunk
                table.ids.extend(columns[0])
                table.numbers.extend(columns[1])
                for position, target in integer_columns:
                    target.extend(columns[position])
                for position, target, codes in byte_columns:
                    target.extend(map(codes.__getitem__, columns[position]))
        finally:
            cursor.close()
    return table
