"""The payment-option chooser: the regime and why, and one card per option with live figures.

The chooser never touches the database: the editor feeds it with ``set_inputs`` on every
keystroke and reads ``option()`` and ``client_term_days()`` back. The sentences and
figures come from ``OptionTexts``.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.domain.invoice import InvoicingMode
from connect_desktop.domain.payment import (
    CLIENT_TERMS,
    PaymentOption,
    Regime,
    default_option,
    options_for,
    regime_for,
)
from connect_desktop.ui import icons
from connect_desktop.ui.missions.labels import regime_title
from connect_desktop.ui.missions.option_card import OptionCard
from connect_desktop.ui.missions.option_texts import ChooserInputs, OptionTexts


class PaymentOptionChooser(QWidget):
    optionChanged = Signal(str)
    clientTermChanged = Signal(int)

    def __init__(self, locale: str = "fr_FR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentOptionChooser")
        self.texts = OptionTexts(locale, self)
        self._inputs = ChooserInputs(today=date.today())
        self._regime: Regime = Regime.PREDICTABLE
        self._option: PaymentOption = default_option(self._regime)
        self._locked = False
        self.cards: dict[PaymentOption, OptionCard] = {}

        self.regime_label = QLabel()
        self.regime_label.setObjectName("regimeLabel")
        self.regime_label.setStyleSheet(
            "QLabel#regimeLabel { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 4px; padding: 2px 8px; font-weight: bold; }"
        )
        self.reason_label = QLabel()
        self.reason_label.setObjectName("regimeReasonLabel")
        self.reason_label.setWordWrap(True)
        regime_row = QHBoxLayout()
        regime_row.addWidget(self.regime_label, 0, Qt.AlignmentFlag.AlignTop)
        regime_row.addWidget(self.reason_label, 1)

        self.basis_label = QLabel()
        self.basis_label.setObjectName("chooserBasisLabel")
        self.basis_label.setWordWrap(True)
        self.basis_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonToggled.connect(self._card_toggled)
        self.cards_row = QHBoxLayout()
        self.cards_row.setSpacing(8)

        self.term_label = QLabel(self.tr("Client &payment term:"))
        self.term_combo = QComboBox()
        self.term_combo.setObjectName("clientTermCombo")
        self.term_combo.setAccessibleName(self.tr("Client payment term"))
        self.term_label.setBuddy(self.term_combo)
        for days in CLIENT_TERMS:
            self.term_combo.addItem(self.tr("{days} days").format(days=days), days)
        self.term_combo.currentIndexChanged.connect(self._term_changed)
        self.term_row = QWidget()
        term_layout = QHBoxLayout(self.term_row)
        term_layout.setContentsMargins(0, 0, 0, 0)
        term_layout.addWidget(self.term_label)
        term_layout.addWidget(self.term_combo)
        term_layout.addStretch(1)

        self.lock_icon = QLabel()
        self.lock_icon.setObjectName("optionLockIcon")
        self.lock_label = QLabel()
        self.lock_label.setObjectName("optionLockLabel")
        self.lock_label.setWordWrap(True)
        self.lock_row = QWidget()
        lock_layout = QHBoxLayout(self.lock_row)
        lock_layout.setContentsMargins(0, 0, 0, 0)
        lock_layout.addWidget(self.lock_icon, 0, Qt.AlignmentFlag.AlignTop)
        lock_layout.addWidget(self.lock_label, 1)
        self.lock_row.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(regime_row)
        layout.addWidget(self.basis_label)
        layout.addLayout(self.cards_row)
        layout.addWidget(self.term_row)
        layout.addWidget(self.lock_row)
        self._build_cards(self._regime)
        self._refresh()

    # -- public API ----------------------------------------------------------------------
    def set_inputs(
        self,
        daily_rate: Decimal | None,
        signed_on: date | None,
        based_in_france: bool,
        days: Decimal | None,
        today: date,
        client_term_days: int,
        vat_rate: Decimal,
        zone: str | None,
    ) -> None:
        """Everything the figures depend on; cheap enough to call on every keystroke.

        Without a signature date the cards are those of a contract signed today, and the
        reason asks for the date.
        """
        self._set_term(client_term_days)
        self._inputs = replace(
            self._inputs,
            daily_rate=daily_rate if daily_rate is not None and daily_rate > 0 else None,
            signed_on=signed_on,
            based_in_france=based_in_france,
            days=days,
            today=today,
            client_term_days=self.client_term_days(),
            vat_rate=vat_rate,
            zone=zone,
        )
        if signed_on is not None:
            regime = regime_for(signed_on, based_in_france)
        else:  # what a contract signed today would have
            regime = regime_for(today, based_in_france)
        if regime is not self._regime:
            self._change_regime(regime)
        self._refresh()

    def set_invoicing_mode(self, mode: InvoicingMode) -> None:
        """Manual import starts the clock at LBC Finance's validation (R3)."""
        self._inputs = replace(self._inputs, mode=InvoicingMode(mode))
        self._refresh()

    def set_option(self, option: PaymentOption | str) -> None:
        """Select ``option`` if the current regime has it (else keep the current one)."""
        card = self.cards.get(PaymentOption(option))
        if card is not None and not card.isChecked():
            card.setChecked(True)

    def option(self) -> PaymentOption:
        return self._option

    def regime(self) -> Regime:
        return self._regime

    def inputs(self) -> ChooserInputs:
        return self._inputs

    def client_term_days(self) -> int:
        return int(self.term_combo.currentData())

    def set_locked(self, locked: bool, reason: str = "") -> None:
        """Once a CRA is validated the option cannot change (R2): say so, refuse changes."""
        self._locked = locked
        self.lock_label.setText(reason)
        self.lock_row.setVisible(locked)
        if locked and self.lock_icon.pixmap().isNull():
            self._load_lock_icon()
        self._apply_lock()

    def is_locked(self) -> bool:
        return self._locked

    # -- regime and cards ----------------------------------------------------------------
    def _change_regime(self, regime: Regime) -> None:
        """New cards for ``regime``; the option falls back to the regime's default."""
        previous = self._option
        self._build_cards(regime)
        if self._option is not previous:
            self.optionChanged.emit(self._option.value)

    def _build_cards(self, regime: Regime) -> None:
        for card in self.cards.values():
            self.group.removeButton(card)
            self.cards_row.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = {}
        self._regime = regime
        self._option = default_option(regime)
        for option in options_for(regime):
            card = OptionCard(option, self)
            self.cards[option] = card
            self.cards_row.addWidget(card, 1)
            self.group.addButton(card)
            card.setVisible(True)  # now, not on the layout's queued show
        self.group.blockSignals(True)
        self.cards[self._option].setChecked(True)
        self.group.blockSignals(False)
        self.term_row.setVisible(regime is Regime.LEGACY)
        self._apply_lock()
        cards = list(self.cards.values())
        for first, second in itertools.pairwise(cards):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(cards[-1], self.term_combo)

    def _apply_lock(self) -> None:
        for option, card in self.cards.items():
            card.setEnabled(not self._locked or option is self._option)

    def _card_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if not checked or not isinstance(button, OptionCard):
            return
        if button.payment_option is self._option:
            return
        self._option = button.payment_option
        self._apply_lock()
        self._refresh()
        self.optionChanged.emit(self._option.value)

    def _set_term(self, days: int) -> None:
        index = self.term_combo.findData(days)
        if index < 0:  # a term the list does not offer, kept as the mission has it
            self.term_combo.addItem(self.tr("{days} days").format(days=days), days)
            index = self.term_combo.count() - 1
        if index != self.term_combo.currentIndex():
            self.term_combo.blockSignals(True)
            self.term_combo.setCurrentIndex(index)
            self.term_combo.blockSignals(False)

    def _term_changed(self, _index: int) -> None:
        self._inputs = replace(self._inputs, client_term_days=self.client_term_days())
        self._refresh()
        self.clientTermChanged.emit(self.client_term_days())

    def _load_lock_icon(self) -> None:
        color = self.palette().color(QPalette.ColorRole.WindowText)
        size = self.fontMetrics().height()
        self.lock_icon.setPixmap(
            icons.pixmap(icons.IconName.LOCK, color, size, self.devicePixelRatioF())
        )

    # -- figures -------------------------------------------------------------------------
    def _refresh(self) -> None:
        inputs = self._inputs
        self.regime_label.setText(regime_title(self._regime))
        self.reason_label.setText(self.texts.reason(inputs.signed_on, inputs.based_in_france))
        self.basis_label.setText(self.texts.basis(inputs))
        for option, card in self.cards.items():
            card.set_texts(self.texts.card(option, inputs))
