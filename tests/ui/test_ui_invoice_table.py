"""The invoices table model, which filters and sorts itself: texts, raw sort values,
sorting on every column, the filters, and "days left" / overdue derived from the day (R8)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication
from pytestqt.qtbot import QtBot

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.invoice_table import InvoiceTable
from connect_desktop.services.invoices import InvoiceRow
from connect_desktop.ui.invoices.table_model import (
    INVOICE_ID_ROLE,
    INVOICE_ROLE,
    SORT_ROLE,
    InvoiceTableModel,
)
from connect_desktop.ui.missions.mission_form import error_color

TODAY = date(2026, 11, 28)
M = InvoiceTableModel
NNBSP, NBSP = "\u202f", "\xa0"


def plain(text: str) -> str:
    return text.replace(NNBSP, " ").replace(NBSP, " ")


def invoice(
    invoice_id: int,
    *,
    number: str = "",
    mission_id: int = 1,
    title: str = "Refonte du SI",
    status: InvoiceStatus = InvoiceStatus.FINAL,
    mode: InvoicingMode = InvoicingMode.PLATFORM,
    option: PaymentOption = PaymentOption.EXPRESS,
    month: tuple[int, int] = (2026, 10),
    days: str = "20",
    rate: str = "600",
    clock_start: date | None = date(2026, 11, 3),
    window: tuple[int, int] | None = (30, 30),
    paid_on: date | None = None,
    paid_amount: str | None = None,
    kind: InvoiceKind = InvoiceKind.INVOICE,
) -> InvoiceRow:
    year, number_of_month = month
    start = date(year, number_of_month, 1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    ht = Decimal(days) * Decimal(rate)
    ttc = ht * Decimal("1.2")
    fee = Decimal(days) * Decimal(rate) * Decimal("0.025")
    earliest = latest = None
    if clock_start is not None and window is not None:
        earliest = clock_start + timedelta(days=window[0])
        latest = clock_start + timedelta(days=window[1])
    return InvoiceRow(
        id=invoice_id,
        number=number,
        mission_id=mission_id,
        mission_title=title,
        kind=kind,
        status=status,
        invoicing_mode=mode,
        payment_option=option,
        period_start=start,
        period_end=end,
        days=Decimal(days),
        amount_ht=ht.quantize(Decimal("0.01")),
        amount_ttc=ttc.quantize(Decimal("0.01")),
        fee=fee.quantize(Decimal("0.01")),
        net=(ttc - fee).quantize(Decimal("0.01")),
        clock_start=clock_start,
        pay_earliest=earliest,
        pay_latest=latest,
        paid_on=paid_on,
        paid_amount=None if paid_amount is None else Decimal(paid_amount),
    )


def sample() -> list[InvoiceRow]:
    return [
        invoice(1, number="LBC-2026-000101", month=(2026, 10), status=InvoiceStatus.FINAL),
        invoice(
            2,
            number="LBC-2026-000087",
            month=(2026, 9),
            status=InvoiceStatus.PAID,
            clock_start=date(2026, 10, 2),
            paid_on=date(2026, 11, 1),
            paid_amount="13530.00",
        ),
        invoice(
            3,
            mission_id=2,
            title="Expert sécurité cloud",
            mode=InvoicingMode.MANUAL_IMPORT,
            option=PaymentOption.FLASH,
            status=InvoiceStatus.TO_IMPORT,
            month=(2026, 10),
            days="18.5",
            rate="720",
            clock_start=None,
        ),
        invoice(
            4,
            number="FA-2025-012",
            mission_id=2,
            title="Expert sécurité cloud",
            mode=InvoicingMode.MANUAL_IMPORT,
            option=PaymentOption.FLASH,
            status=InvoiceStatus.FINAL,
            month=(2025, 12),
            rate="720",
            clock_start=date(2026, 1, 8),
            window=(3, 3),
        ),
        invoice(
            5,
            mission_id=3,
            title="Énergies nouvelles",
            option=PaymentOption.ON_CLIENT_PAYMENT,
            status=InvoiceStatus.SPECIMEN,
            month=(2026, 10),
            days="10.5",
            clock_start=date(2026, 11, 4),
            window=(40, 45),
        ),
        invoice(6, number="AV-2026-001", kind=InvoiceKind.CREDIT_NOTE, status=InvoiceStatus.FINAL),
    ]


@pytest.fixture
def model(qtbot: QtBot) -> InvoiceTableModel:
    model = InvoiceTableModel("fr_FR", TODAY)
    model.set_rows(sample())
    return model


def text(model: InvoiceTableModel, invoice_id: int, column: int) -> str:
    row = model.row_of(invoice_id)
    return plain(model.index(row, column).data())


def ids(model: InvoiceTableModel) -> list[int]:
    return [model.index(row, 0).data(INVOICE_ID_ROLE) for row in range(model.rowCount())]


# -- texts ---------------------------------------------------------------------------------
def test_columns_show_french_numbers_dates_and_status(model: InvoiceTableModel) -> None:
    assert model.columnCount() == 13
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(M.COLUMN_COUNT)
    ]
    assert headers[:4] == ["Number", "Mission", "Period", "Days"]
    assert headers[-3:] == ["Payment", "Days left", "Paid on"]
    assert text(model, 1, M.NUMBER) == "LBC-2026-000101"
    assert text(model, 1, M.MISSION) == "Refonte du SI"
    assert text(model, 1, M.PERIOD) == "Octobre 2026"
    assert text(model, 3, M.DAYS) == "18,5"
    assert text(model, 1, M.AMOUNT_HT) == "12 000,00 €"
    assert text(model, 1, M.AMOUNT_TTC) == "14 400,00 €"
    assert text(model, 1, M.FEE) == "300,00 €"
    assert text(model, 1, M.NET) == "14 100,00 €"
    assert text(model, 1, M.STATUS) == "Final"
    assert text(model, 1, M.CLOCK_START) == "03/11/2026"
    assert text(model, 1, M.PAYMENT) == "03/12/2026"
    assert text(model, 1, M.DAYS_LEFT) == "5 d"
    assert text(model, 1, M.PAID) == ""


def test_missing_values_a_window_and_a_credit_note(model: InvoiceTableModel) -> None:
    # A manual-import invoice waiting for its file: no number, no clock, no date yet.
    assert text(model, 3, M.NUMBER) == "—"
    assert text(model, 3, M.CLOCK_START) == "—"
    assert text(model, 3, M.PAYMENT) == "—"
    assert text(model, 3, M.DAYS_LEFT) == ""
    tip = model.index(model.row_of(3), M.CLOCK_START).data(Qt.ItemDataRole.ToolTipRole)
    assert "LBC Finance" in tip
    # Legacy on client payment: a window.
    assert text(model, 5, M.PAYMENT) == "from 14/12 to 19/12/2026"
    assert text(model, 6, M.NUMBER) == "Credit note AV-2026-001"
    period = model.index(model.row_of(1), M.PERIOD).data(Qt.ItemDataRole.ToolTipRole)
    assert period == "From 01/10/2026 to 31/10/2026"


def test_a_paid_amount_other_than_the_net_is_shown_with_the_difference(
    model: InvoiceTableModel,
) -> None:
    assert text(model, 2, M.PAID) == "01/11/2026 (13 530,00 €)"
    tip = plain(model.index(model.row_of(2), M.PAID).data(Qt.ItemDataRole.ToolTipRole))
    assert tip == "Received 13 530,00 € instead of 14 100,00 € (difference -570,00 €)"
    same = replace(sample()[1], paid_amount=sample()[1].net)
    model.set_rows([same])
    assert text(model, 2, M.PAID) == "01/11/2026"


def test_status_has_an_icon_and_a_palette_colour(model: InvoiceTableModel) -> None:
    index = model.index(model.row_of(1), M.STATUS)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert isinstance(index.data(Qt.ItemDataRole.ForegroundRole), QColor)
    assert model.index(0, M.NET).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )


def test_r8_overdue_is_derived_from_the_day_and_drawn_in_the_error_colour(
    model: InvoiceTableModel,
) -> None:
    row = model.row_of(4)  # Flash, expected on 11/01/2026, still not paid
    assert text(model, 4, M.DAYS_LEFT) == "321 d late"
    foreground = model.index(row, M.DAYS_LEFT).data(Qt.ItemDataRole.ForegroundRole)
    assert foreground == error_color(QGuiApplication.palette())
    assert "11/01/2026" in model.index(row, M.DAYS_LEFT).data(Qt.ItemDataRole.ToolTipRole)
    # Invoice 1 is due on 03/12/2026: not overdue today, overdue once the day has passed.
    assert model.index(model.row_of(1), M.DAYS_LEFT).data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_today(date(2026, 12, 3))
    assert text(model, 1, M.DAYS_LEFT) == "today"
    model.set_today(date(2026, 12, 5))
    assert text(model, 1, M.DAYS_LEFT) == "2 d late"
    # Paid and cancelled invoices have no days left.
    assert text(model, 2, M.DAYS_LEFT) == ""


def test_the_row_and_its_id_are_available(model: InvoiceTableModel) -> None:
    index = model.index(model.row_of(5), 0)
    assert index.data(INVOICE_ROLE).id == 5
    assert index.data(INVOICE_ID_ROLE) == 5
    assert model.row_of(999) == -1
    assert model.data(model.index(99, 0)) is None


# -- sorting -------------------------------------------------------------------------------
def test_every_column_has_a_raw_sort_value(model: InvoiceTableModel) -> None:
    for column in range(M.COLUMN_COUNT):
        values = [model.index(row, column).data(SORT_ROLE) for row in range(model.rowCount())]
        assert all(isinstance(value, (int, str)) for value in values), column
    row = model.row_of(1)
    assert model.index(row, M.AMOUNT_HT).data(SORT_ROLE) == 1_200_000  # cents
    assert model.index(row, M.PERIOD).data(SORT_ROLE) == date(2026, 10, 1).toordinal()
    assert model.index(row, M.DAYS).data(SORT_ROLE) == 40  # half days


@pytest.mark.parametrize("column", range(M.COLUMN_COUNT))
def test_sorting_on_every_column_follows_the_raw_values(
    model: InvoiceTableModel, column: int
) -> None:
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        values = [model.index(row, column).data(SORT_ROLE) for row in range(model.rowCount())]
        assert values == sorted(values, reverse=order is Qt.SortOrder.DescendingOrder)


def test_sorting_keeps_the_selection_and_survives_a_reload(model: InvoiceTableModel) -> None:
    kept = QPersistentModelIndex(model.index(0, 0))
    wanted = kept.data(INVOICE_ID_ROLE)
    model.sort(M.NET, Qt.SortOrder.AscendingOrder)
    assert kept.isValid()
    assert kept.data(INVOICE_ID_ROLE) == wanted
    # New rows arrive sorted the same way.
    model.set_rows(list(reversed(sample())))
    values = [model.index(row, M.NET).data(SORT_ROLE) for row in range(model.rowCount())]
    assert values == sorted(values)


# -- filters -------------------------------------------------------------------------------
def test_filter_by_mission_year_status_and_overdue(model: InvoiceTableModel) -> None:
    assert sorted(ids(model)) == [1, 2, 3, 4, 5, 6]
    model.set_mission(2)
    assert sorted(ids(model)) == [3, 4]
    model.set_year(2025)
    assert ids(model) == [4]
    model.set_mission(None)
    model.set_year(2026)
    model.set_status(InvoiceStatus.FINAL)
    assert sorted(ids(model)) == [1, 6]
    model.set_status(None)
    model.set_year(None)
    model.set_overdue_only(True)
    assert ids(model) == [4]
    assert model.is_filtered()
    model.set_overdue_only(False)
    assert not model.is_filtered()
    assert model.rowCount() == 6


def test_text_filter_ignores_case_and_accents_and_reads_numbers(model: InvoiceTableModel) -> None:
    model.set_text("SECURITE")
    assert sorted(ids(model)) == [3, 4]
    model.set_text("energies")
    assert ids(model) == [5]
    model.set_text("lbc-2026-0001")
    assert ids(model) == [1]
    model.set_text("cloud fa-2025")  # one word in the title, one in the number
    assert ids(model) == [4]
    model.set_text("refonte 000087")
    assert ids(model) == [2]
    model.set_text("nothing like this")
    assert ids(model) == []
    model.set_text("  ")
    assert model.rowCount() == 6


def test_overdue_filter_follows_the_day(model: InvoiceTableModel) -> None:
    model.set_overdue_only(True)
    assert ids(model) == [4]
    model.set_today(date(2026, 12, 20))
    model.refresh()
    assert sorted(ids(model)) == [1, 4, 5, 6]


def test_the_model_filters_itself_and_keeps_the_selection(model: InvoiceTableModel) -> None:
    selected = QPersistentModelIndex(model.index(0, 0))
    chosen = selected.data(INVOICE_ID_ROLE)
    title = selected.data(INVOICE_ROLE).mission_title
    model.set_text(title.split()[0])
    assert model.total_count() == 6
    assert model.rowCount() < 6
    assert selected.isValid()
    assert selected.data(INVOICE_ID_ROLE) == chosen
    assert model.row_at(selected.row()).id == chosen
    # Filtered out: the row leaves the selection, and the model no longer shows it.
    model.set_text("nothing like this")
    assert not selected.isValid()
    assert model.row_of(chosen) == -1
    assert model.row_at(0) is None
    model.set_text("")
    assert model.row_of(chosen) >= 0


def test_text_search_reads_every_number_that_holds_the_word(model: InvoiceTableModel) -> None:
    model.set_text("2026")  # in three numbers, and in no title
    assert sorted(ids(model)) == [1, 2, 6]
    model.set_text("0")  # twice in most numbers: each row once
    assert sorted(ids(model)) == [1, 2, 4, 6]
    model.set_text("-001")  # the end of the last number
    assert ids(model) == [6]
    model.set_text("av-2026 lbc")  # two words, each in another number: none has both
    assert ids(model) == []


def test_texts_formatted_ahead_are_shown_and_kept_while_the_rows_stay_the_same() -> None:
    model = InvoiceTableModel("fr_FR", TODAY)
    rows = sample()
    newest = InvoiceTable.from_rows(rows[:2])
    newest.complete, newest.newest_first = False, True
    ahead = ("prepared",) * M.COLUMN_COUNT
    model.set_table(newest, texts={0: ahead})
    assert model.index(0, M.NUMBER).data() == "prepared"
    assert text(model, 2, M.NUMBER) == "LBC-2026-000087"
    # The whole list after its newest rows: unchanged rows keep their texts...
    whole = InvoiceTable.from_rows(rows)
    whole.newest_first = True
    model.set_table(whole)
    assert model.index(0, M.NUMBER).data() == "prepared"
    # ...a row that changed meanwhile is formatted again.
    model.set_table(newest, texts={0: ahead})
    changed = InvoiceTable.from_rows([replace(rows[0], number="LBC-2026-000102"), *rows[1:]])
    changed.newest_first = True
    model.set_table(changed)
    assert text(model, 1, M.NUMBER) == "LBC-2026-000102"
    # Any other table starts afresh.
    model.set_table(newest, texts={0: ahead})
    model.set_table(InvoiceTable.from_rows(rows))
    assert text(model, 1, M.NUMBER) == "LBC-2026-000101"


def test_filters_and_sorting_work_on_100_000_rows(qtbot: QtBot) -> None:
    titles = [f"Mission {number} Kubernetes" if number % 7 == 0 else f"Mission {number}"
              for number in range(800)]  # fmt: skip
    base = sample()
    rows = [
        replace(
            base[number % len(base)],
            id=number + 1,
            number=f"LBC-{number:06d}",
            mission_id=number % 800,
            mission_title=titles[number % 800],
        )
        for number in range(100_000)
    ]
    model = InvoiceTableModel("fr_FR", TODAY)
    model.set_rows(rows)
    assert model.rowCount() == 100_000
    model.set_text("kubernetes")
    assert model.rowCount() == sum(1 for row in rows if row.mission_id % 7 == 0)
    model.sort(M.NET, Qt.SortOrder.DescendingOrder)
    model.set_text("")
    model.set_overdue_only(True)
    assert 0 < model.rowCount() < 100_000
    # How fast this is, is benchmarks/scale.py's business: here, only that it is right.
    assert model.index(0, 0).isValid()
    assert not model.index(0, 0, QModelIndex()).parent().isValid()
