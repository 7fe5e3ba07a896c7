"""The missions table model and its filter proxy."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from connect_desktop.domain.mission import MissionStatus, mission_status
from connect_desktop.domain.money import format_money
from connect_desktop.domain.payment import PaymentOption, regime_for, regime_reason
from connect_desktop.services.missions import MissionDraft, MissionView
from connect_desktop.ui.missions.labels import option_label, status_label
from connect_desktop.ui.missions.table_model import (
    MISSION_ROLE,
    SORT_ROLE,
    MissionFilterProxy,
    MissionTableModel,
    fold,
)

TODAY = date(2026, 11, 28)
M = MissionTableModel


def view(
    mission_id: int,
    title: str,
    client: str,
    rate: str,
    start: date,
    *,
    end: date | None = None,
    signed_on: date = date(2025, 6, 1),
    option: PaymentOption = PaymentOption.BASIC,
    reference: str = "",
    archived: bool = False,
    validated: int = 0,
) -> MissionView:
    draft = MissionDraft(
        id=mission_id,
        title=title,
        client_name=client,
        start_on=start,
        end_on=end,
        daily_rate=Decimal(rate),
        signed_on=signed_on,
        payment_option=option,
        lbc_reference=reference,
    )
    return MissionView(
        draft=draft,
        regime=regime_for(signed_on, True),
        regime_reason=regime_reason(signed_on, True),
        status=mission_status(start, end, archived, TODAY),
        archived=archived,
        cra_count=validated,
        validated_cra_count=validated,
    )


MISSIONS = [
    view(
        1,
        "Architecte data",
        "Banque Hexagone",
        "650",
        date(2025, 1, 6),
        signed_on=date(2024, 12, 1),
        option=PaymentOption.ON_CLIENT_PAYMENT,
        reference="LBC-2024-04100",
    ),
    view(
        2,
        "Expert sécurité cloud",
        "Énergies Nouvelles SA",
        "720.50",
        date(2026, 3, 2),
        end=date(2026, 12, 31),
        option=PaymentOption.FLASH,
        validated=2,
    ),
    view(
        3,
        "Lead développeur",
        "Assurances du Littoral",
        "600",
        date(2025, 9, 1),
        end=date(2026, 6, 30),
    ),
    view(
        4,
        "Ancienne mission",
        "Client archivé",
        "500",
        date(2024, 1, 8),
        end=date(2024, 6, 28),
        signed_on=date(2023, 11, 1),
        option=PaymentOption.IMMEDIATE,
        archived=True,
    ),
]


@pytest.fixture
def model(qtbot: QtBot) -> MissionTableModel:
    table = MissionTableModel("fr_FR")
    table.set_missions(MISSIONS)
    return table


@pytest.fixture
def proxy(model: MissionTableModel) -> MissionFilterProxy:
    filtered = MissionFilterProxy()
    filtered.setSourceModel(model)
    return filtered


def cell(model: MissionTableModel | MissionFilterProxy, row: int, column: int, role: int) -> object:
    return model.data(model.index(row, column), role)


def display(model: MissionTableModel | MissionFilterProxy, row: int, column: int) -> object:
    return cell(model, row, column, Qt.ItemDataRole.DisplayRole)


def titles(proxy: MissionFilterProxy) -> list[str]:
    return [str(display(proxy, row, M.TITLE)) for row in range(proxy.rowCount())]


def test_the_table_has_one_row_per_mission_and_eight_headers(model: MissionTableModel) -> None:
    assert model.rowCount() == 4
    assert model.columnCount() == 8
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for column in range(8)
    ]
    assert all(headers)
    assert len(set(headers)) == 8
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree


def test_money_and_dates_are_shown_the_french_way(model: MissionTableModel) -> None:
    assert display(model, 1, M.RATE) == format_money(Decimal("720.50"), "fr_FR")
    assert display(model, 1, M.RATE) == "720,50\xa0€"
    assert display(model, 1, M.START) == "02/03/2026"
    assert display(model, 1, M.END) == "31/12/2026"
    assert display(model, 0, M.END) == "—"
    rate_alignment = cell(model, 0, M.RATE, Qt.ItemDataRole.TextAlignmentRole)
    assert int(rate_alignment) & int(Qt.AlignmentFlag.AlignRight)


def test_regime_option_and_status_are_labelled(model: MissionTableModel) -> None:
    assert display(model, 0, M.REGIME) != display(model, 1, M.REGIME)
    options = {display(model, row, M.OPTION) for row in range(4)}
    assert len(options) == 4
    statuses = [display(model, row, M.STATUS) for row in range(4)]
    expected = [MissionStatus.ACTIVE, MissionStatus.ACTIVE, MissionStatus.FINISHED]
    assert statuses == [status_label(status) for status in [*expected, MissionStatus.ARCHIVED]]
    assert len(set(statuses)) == 3
    assert cell(model, 1, M.OPTION, Qt.ItemDataRole.ToolTipRole)  # locked option explained
    assert "LBC-2024-04100" in str(cell(model, 0, M.TITLE, Qt.ItemDataRole.ToolTipRole))


def test_the_sort_role_gives_raw_values(model: MissionTableModel) -> None:
    assert cell(model, 1, M.RATE, SORT_ROLE) == 72050
    assert cell(model, 1, M.START, SORT_ROLE) == "2026-03-02"
    assert cell(model, 0, M.END, SORT_ROLE) > cell(model, 1, M.END, SORT_ROLE)
    assert cell(model, 1, M.CLIENT, SORT_ROLE) == "energies nouvelles sa"
    assert cell(model, 0, M.TITLE, MISSION_ROLE) is MISSIONS[0]
    assert model.data(QModelIndex()) is None


def test_archived_missions_are_hidden_until_asked(proxy: MissionFilterProxy) -> None:
    assert "Ancienne mission" not in titles(proxy)
    assert proxy.rowCount() == 3
    proxy.set_show_archived(True)
    assert "Ancienne mission" in titles(proxy)
    proxy.set_show_archived(False)
    assert proxy.rowCount() == 3


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("energies", ["Expert sécurité cloud"]),  # accents ignored
        ("SÉCURITÉ", ["Expert sécurité cloud"]),  # case ignored
        ("lbc-2024", ["Architecte data"]),  # the LBC reference
        ("littoral lead", ["Lead développeur"]),  # every word, in any field
        ("nothing like it", []),
        ("  ", ["Architecte data", "Expert sécurité cloud", "Lead développeur"]),
    ],
)
def test_the_filter_matches_title_client_and_reference(
    proxy: MissionFilterProxy, needle: str, expected: list[str]
) -> None:
    proxy.set_filter_text(needle)
    assert sorted(titles(proxy)) == sorted(expected)


def test_sorting_uses_raw_values(proxy: MissionFilterProxy) -> None:
    proxy.sort(M.RATE, Qt.SortOrder.AscendingOrder)
    assert titles(proxy) == ["Lead développeur", "Architecte data", "Expert sécurité cloud"]
    proxy.sort(M.END, Qt.SortOrder.DescendingOrder)
    assert titles(proxy)[0] == "Architecte data"  # open-ended last, so first descending
    proxy.sort(M.START, Qt.SortOrder.DescendingOrder)
    assert titles(proxy) == ["Expert sécurité cloud", "Lead développeur", "Architecte data"]


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Énergies Nouvelles") == "energies nouvelles"
    assert fold("DÉVELOPPEUR") == fold("developpeur")


def test_rows_are_found_by_mission_id(model: MissionTableModel) -> None:
    assert model.row_of(3) == 2
    assert model.row_of(99) == -1
    assert model.mission_at(2) is MISSIONS[2]
    assert model.mission_at(9) is None


def test_sorting_keeps_the_order_of_equal_rows_and_the_selection(
    model: MissionTableModel, proxy: MissionFilterProxy
) -> None:
    """The model sorts its own rows (stable, as Qt's proxy would); a persistent index,
    such as the table's current row, follows its mission."""
    proxy.set_show_archived(True)
    current = QPersistentModelIndex(model.index(model.row_of(3), M.TITLE))
    proxy.sort(M.REGIME, Qt.SortOrder.AscendingOrder)
    keys = [cell(proxy, row, M.REGIME, SORT_ROLE) for row in range(proxy.rowCount())]
    assert keys == sorted(keys)
    assert current.row() == model.row_of(3)
    assert model.mission_at(current.row()).id == 3  # type: ignore[union-attr]
    before = titles(proxy)
    proxy.sort(M.REGIME, Qt.SortOrder.AscendingOrder)  # again: nothing moves
    assert titles(proxy) == before


def test_the_widths_come_from_every_label_and_rate(model: MissionTableModel) -> None:
    assert set(model.width_samples(M.OPTION)) == {option_label(option) for option in PaymentOption}
    rates = {format_money(view.draft.daily_rate, "fr_FR") for view in MISSIONS}
    assert model.width_samples(M.RATE) == rates
