"""Which rows of an ``InvoiceTable`` the filters keep, in the order they are shown.

Each active filter narrows the list of row positions in one comprehension over the
table's arrays, the cheapest first. The free text is matched per word: against the
mission titles once per mission, and against the invoice numbers by searching one string
that holds them all (``TextSearch``), so that a key typed costs a few C-level scans rather
than a Python test per invoice. No Qt here.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.services.invoice_table import NO_DATE, STATUSES, InvoiceTable
from connect_desktop.ui.invoices.sort_keys import CLOSED


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` ("Énergie" and "energie" match)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True, slots=True)
class InvoiceFilters:
    mission: int | None = None
    year: int | None = None
    status: InvoiceStatus | None = None
    overdue_only: bool = False
    words: tuple[str, ...] = ()  # folded

    def active(self) -> bool:
        return (
            self.mission is not None
            or self.year is not None
            or self.status is not None
            or self.overdue_only
            or bool(self.words)
        )


def words_of(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


class TextSearch:
    """The rows whose number, or whose mission's title, holds a word (built once per
    table; may be built off the UI thread)."""

    def __init__(self, table: InvoiceTable) -> None:
        numbers = [number.casefold() for number in table.numbers]
        # Every number on its own line: a word (never blank) cannot span two of them.
        self._numbers = "\n".join(numbers)
        starts = array("q")
        position = 0
        for number in numbers:
            starts.append(position)
            position += len(number) + 1
        self._starts = starts
        self.titles = {mission_id: fold(title) for mission_id, title in table.titles.items()}

    def missions_with(self, word: str) -> set[int]:
        return {mission_id for mission_id, title in self.titles.items() if word in title}

    def rows_with(self, word: str) -> set[int]:
        """The positions of the rows whose number holds ``word``."""
        text, starts, found = self._numbers, self._starts, set()
        count = len(starts)
        position = text.find(word)
        while position >= 0:
            row = bisect_right(starts, position) - 1
            found.add(row)
            if row + 1 >= count:
                break
            position = text.find(word, starts[row + 1])
        return found


def kept_rows(
    table: InvoiceTable,
    order: list[int],
    filters: InvoiceFilters,
    today: date,
    search: TextSearch,
) -> list[int]:
    """The positions of ``order`` that every filter keeps, in ``order``'s order (``order``
    itself when nothing is filtered)."""
    if not filters.active():
        return order
    kept: Sequence[int] = order
    if filters.mission is not None:
        mission, mission_ids = filters.mission, table.mission_ids
        kept = [i for i in kept if mission_ids[i] == mission]
    if filters.status is not None:
        status, statuses = STATUSES.index(filters.status), table.statuses
        kept = [i for i in kept if statuses[i] == status]
    if filters.year is not None:
        first = date(filters.year, 1, 1).toordinal()
        last = date(filters.year, 12, 31).toordinal()
        starts = table.period_starts
        kept = [i for i in kept if first <= starts[i] <= last]
    if filters.overdue_only:
        today_ordinal, latest, statuses = today.toordinal(), table.pay_latest, table.statuses
        kept = [
            i for i in kept if NO_DATE < latest[i] < today_ordinal and statuses[i] not in CLOSED
        ]
    mission_ids = table.mission_ids
    for word in filters.words:
        missions, numbers = search.missions_with(word), search.rows_with(word)
        if not numbers:
            kept = [i for i in kept if mission_ids[i] in missions]
        elif not missions:
            kept = [i for i in kept if i in numbers]
        else:
            kept = [i for i in kept if mission_ids[i] in missions or i in numbers]
    return list(kept)
