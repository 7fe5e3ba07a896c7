"""The payment-option chooser (DESIGN.md R1, R2, R4, R5): regime, cards, live figures, lock.

Texts are checked through their figures (amounts, dates, rates) so that the tests hold in
French and in English.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from connect_desktop.domain.calendar import add_working_days, working_days_of_month
from connect_desktop.domain.money import format_date, format_money
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.ui.missions.option_card import OptionCard
from connect_desktop.ui.missions.option_chooser import PaymentOptionChooser

TODAY = date(2026, 11, 28)  # a Saturday; November 2026 has 20 working days
NOVEMBER_DAYS = Decimal(len(working_days_of_month(2026, 11)))
PREDICTABLE = (PaymentOption.BASIC, PaymentOption.EXPRESS, PaymentOption.FLASH)
LEGACY = (PaymentOption.ON_CLIENT_PAYMENT, PaymentOption.IMMEDIATE)


@pytest.fixture
def chooser(qtbot: QtBot) -> PaymentOptionChooser:
    widget = PaymentOptionChooser("fr_FR")
    qtbot.addWidget(widget)
    widget.resize(760, 420)
    widget.show()
    qtbot.waitExposed(widget)
    feed(widget, rate=Decimal("600"), signed_on=date(2025, 6, 1))
    return widget


def feed(
    chooser: PaymentOptionChooser,
    *,
    rate: Decimal | None = Decimal("600"),
    signed_on: date | None = date(2025, 6, 1),
    based_in_france: bool = True,
    days: Decimal | None = None,
    term: int = 30,
    vat: Decimal = Decimal("0.20"),
) -> None:
    chooser.set_inputs(rate, signed_on, based_in_france, days, TODAY, term, vat, None)


def card(chooser: PaymentOptionChooser, option: PaymentOption) -> OptionCard:
    found = chooser.findChild(OptionCard, f"optionCard_{option.value}")
    assert found is not None, f"no card for {option}"
    return found


def card_names(chooser: PaymentOptionChooser) -> list[str]:
    return [name.removeprefix("optionCard_") for name in visible_card_names(chooser)]


def visible_card_names(chooser: PaymentOptionChooser) -> list[str]:
    return [
        child.objectName()
        for child in chooser.findChildren(OptionCard)
        if child.isVisibleTo(chooser) and child in chooser.cards.values()
    ]


def text(widget: OptionCard, name: str) -> str:
    label = widget.findChild(QLabel, name)
    assert label is not None
    return label.text()


def money(amount: str) -> str:
    return format_money(Decimal(amount), "fr_FR")


# -- R1: the regime and its reason -----------------------------------------------------------
def test_r1_the_regime_switches_when_the_signature_crosses_28_april_2025(
    chooser: PaymentOptionChooser, qtbot: QtBot
) -> None:
    assert card_names(chooser) == [option.value for option in PREDICTABLE]
    assert chooser.option() is PaymentOption.BASIC

    with qtbot.waitSignal(chooser.optionChanged) as changed:
        feed(chooser, signed_on=date(2025, 4, 27))
    assert changed.args == [PaymentOption.ON_CLIENT_PAYMENT.value]
    assert card_names(chooser) == [option.value for option in LEGACY]
    assert chooser.findChild(QComboBox, "clientTermCombo").isVisibleTo(chooser)
    assert "28/04/2025" in chooser.findChild(QLabel, "regimeReasonLabel").text()

    feed(chooser, signed_on=date(2025, 4, 28))
    assert card_names(chooser) == [option.value for option in PREDICTABLE]
    assert chooser.option() is PaymentOption.BASIC
    assert not chooser.findChild(QComboBox, "clientTermCombo").isVisibleTo(chooser)


def test_r1_not_based_in_france_stays_legacy_and_says_why(chooser: PaymentOptionChooser) -> None:
    feed(chooser, signed_on=date(2026, 1, 5), based_in_france=False)
    assert card_names(chooser) == [option.value for option in LEGACY]
    reason = chooser.findChild(QLabel, "regimeReasonLabel").text()
    in_france = feed_reason_in_france(chooser)
    assert reason != in_france
    assert "France" in reason


def feed_reason_in_france(chooser: PaymentOptionChooser) -> str:
    feed(chooser, signed_on=date(2026, 1, 5), based_in_france=True)
    return chooser.findChild(QLabel, "regimeReasonLabel").text()


def test_a_missing_signature_date_asks_for_it(chooser: PaymentOptionChooser) -> None:
    feed(chooser, signed_on=None)
    assert "28/04/2025" in chooser.findChild(QLabel, "regimeReasonLabel").text()
    assert card_names(chooser) == [option.value for option in PREDICTABLE]


# -- R4 and R5: the figures of a typical month ---------------------------------------------
def test_r4_express_card_shows_fee_net_and_date_for_the_month_working_days(
    chooser: PaymentOptionChooser,
) -> None:
    express = card(chooser, PaymentOption.EXPRESS)
    amount_ht = Decimal(600) * NOVEMBER_DAYS  # 20 days
    fee = Decimal("0.025") * 600 * NOVEMBER_DAYS
    net = amount_ht * Decimal("1.20") - fee
    assert money(str(fee)) in text(express, "optionFee")
    assert money(str(net)) in text(express, "optionNet")
    assert format_date(date(2026, 12, 28)) in text(express, "optionDate")  # 30 days
    basis = chooser.findChild(QLabel, "chooserBasisLabel").text()
    assert "20" in basis
    assert money(str(amount_ht)) in basis


def test_r4_the_figures_follow_the_rate_without_a_button(chooser: PaymentOptionChooser) -> None:
    express = card(chooser, PaymentOption.EXPRESS)
    feed(chooser, rate=Decimal("6000"))
    assert money("3000") in text(express, "optionFee")
    feed(chooser, rate=Decimal("650.50"))
    assert money("325.25") in text(express, "optionFee")


def test_r4_the_cra_days_replace_the_working_days(chooser: PaymentOptionChooser) -> None:
    feed(chooser, days=Decimal("18.5"))
    flash = card(chooser, PaymentOption.FLASH)
    assert money("555") in text(flash, "optionFee")  # 5 % x 600 x 18.5
    assert "18,5" in chooser.findChild(QLabel, "chooserBasisLabel").text()


def test_r4_without_a_rate_the_cards_keep_their_terms_and_dates(
    chooser: PaymentOptionChooser,
) -> None:
    feed(chooser, rate=None)
    express = card(chooser, PaymentOption.EXPRESS)
    assert not express.findChild(QLabel, "optionNet").isVisibleTo(express)
    assert "2,5" in text(express, "optionFee")
    assert format_date(date(2026, 12, 28)) in text(express, "optionDate")


def test_r4_the_vat_franchise_nets_the_ht_amount(chooser: PaymentOptionChooser) -> None:
    feed(chooser, vat=Decimal("0"))
    basic = card(chooser, PaymentOption.BASIC)
    assert money(str(600 * NOVEMBER_DAYS)) in text(basic, "optionNet")


def test_speed_cost_is_shown_as_a_yearly_rate_for_express_and_flash(
    chooser: PaymentOptionChooser,
) -> None:
    express = text(card(chooser, PaymentOption.EXPRESS), "optionAnnualRate")
    flash = text(card(chooser, PaymentOption.FLASH), "optionAnnualRate")
    assert "30,4" in express
    assert "30" in express
    assert "32,0" in flash
    assert "57" in flash
    assert (
        not card(chooser, PaymentOption.BASIC)
        .findChild(QLabel, "optionAnnualRate")
        .isVisibleTo(chooser)
    )


def test_r5_legacy_cards_show_windows_and_follow_the_client_term(
    chooser: PaymentOptionChooser, qtbot: QtBot
) -> None:
    feed(chooser, signed_on=date(2024, 9, 1), term=30)
    immediate = text(card(chooser, PaymentOption.IMMEDIATE), "optionDate")
    assert format_date(date(2026, 12, 1)) in immediate
    assert format_date(date(2026, 12, 3)) in immediate
    on_payment = card(chooser, PaymentOption.ON_CLIENT_PAYMENT)
    client_pays = date(2026, 12, 28)
    assert format_date(add_working_days(client_pays, 5)) in text(on_payment, "optionDate")

    combo = chooser.findChild(QComboBox, "clientTermCombo")
    with qtbot.waitSignal(chooser.clientTermChanged) as changed:
        combo.setCurrentIndex(combo.findData(60))
    assert changed.args == [60]
    assert chooser.client_term_days() == 60
    late = date(2027, 1, 27)
    assert format_date(add_working_days(late, 5)) in text(on_payment, "optionDate")
    assert format_date(add_working_days(late, 8)) in text(on_payment, "optionDate")
    assert money("400") in text(card(chooser, PaymentOption.IMMEDIATE), "optionFee")


# -- selecting a card --------------------------------------------------------------------------
def test_a_card_is_chosen_with_the_mouse(chooser: PaymentOptionChooser, qtbot: QtBot) -> None:
    flash = card(chooser, PaymentOption.FLASH)
    with qtbot.waitSignal(chooser.optionChanged) as changed:
        qtbot.mouseClick(flash, Qt.MouseButton.LeftButton)
    assert changed.args == ["FLASH"]
    assert chooser.option() is PaymentOption.FLASH
    assert flash.isChecked()
    assert not card(chooser, PaymentOption.BASIC).isChecked()


def test_cards_are_chosen_with_the_arrow_keys_and_space(
    chooser: PaymentOptionChooser, qtbot: QtBot
) -> None:
    chooser.activateWindow()
    qtbot.waitActive(chooser)
    basic = card(chooser, PaymentOption.BASIC)
    basic.setFocus()
    qtbot.keyClick(basic, Qt.Key.Key_Right)
    assert chooser.option() is PaymentOption.EXPRESS
    express = card(chooser, PaymentOption.EXPRESS)
    assert express.hasFocus()
    qtbot.keyClick(express, Qt.Key.Key_Left)
    assert chooser.option() is PaymentOption.BASIC

    flash = card(chooser, PaymentOption.FLASH)
    flash.setFocus()
    qtbot.keyClick(flash, Qt.Key.Key_Space)
    assert chooser.option() is PaymentOption.FLASH


def test_cards_are_focusable_and_named_for_assistive_technologies(
    chooser: PaymentOptionChooser,
) -> None:
    # As for radio buttons, Tab reaches the chosen card and the arrows move between cards.
    assert card(chooser, chooser.option()).focusPolicy() & Qt.FocusPolicy.TabFocus
    for option in PREDICTABLE:
        widget = card(chooser, option)
        assert widget.focusPolicy() & Qt.FocusPolicy.ClickFocus
        assert widget.isCheckable()
        assert widget.accessibleName()
        assert text(widget, "optionDate") in widget.accessibleDescription()


def test_set_option_ignores_an_option_of_the_other_regime(chooser: PaymentOptionChooser) -> None:
    chooser.set_option(PaymentOption.EXPRESS)
    chooser.set_option(PaymentOption.IMMEDIATE)
    assert chooser.option() is PaymentOption.EXPRESS


# -- R2: the lock ------------------------------------------------------------------------------
def test_r2_a_locked_option_cannot_change_and_says_why(
    chooser: PaymentOptionChooser, qtbot: QtBot
) -> None:
    chooser.set_option(PaymentOption.EXPRESS)
    chooser.set_locked(True, "Option verrouillée : un CRA a déjà été validé pour cette mission")
    lock = chooser.findChild(QLabel, "optionLockLabel")
    assert lock.isVisibleTo(chooser)
    assert lock.text().startswith("Option verrouillée")
    assert not chooser.findChild(QLabel, "optionLockIcon").pixmap().isNull()

    flash = card(chooser, PaymentOption.FLASH)
    assert not flash.isEnabled()
    qtbot.mouseClick(flash, Qt.MouseButton.LeftButton)
    express = card(chooser, PaymentOption.EXPRESS)
    express.setFocus()
    qtbot.keyClick(express, Qt.Key.Key_Right)
    assert chooser.option() is PaymentOption.EXPRESS

    chooser.set_locked(False)
    assert not lock.isVisibleTo(chooser)
    assert flash.isEnabled()
