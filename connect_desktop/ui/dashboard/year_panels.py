"""The current year in figures, per option, and what the options cost.

"What the options cost" compares, for the payments received this year, the fees paid
with the fees the same invoices (same days, same rate) would have carried under each
option of their regime, beside how long each option takes.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from connect_desktop.domain.forecast import RegimeCosts, YearTotals
from connect_desktop.domain.money import ZERO, format_money
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.ui.dashboard.panels import TablePanel
from connect_desktop.ui.dashboard.table_models import TextTableModel
from connect_desktop.ui.missions.labels import option_label


def average_delay_text(days: Decimal | None, locale: str) -> str:
    if days is None:
        return "–"
    from babel.numbers import format_decimal

    return QCoreApplication.translate("YearPanels", "{days} days").format(
        days=format_decimal(days, format="#,##0.#", locale=locale)
    )


def signed_money(amount: Decimal, locale: str) -> str:
    """``+520,00 €`` / ``−270,00 €`` / ``0,00 €``."""
    text = format_money(abs(amount), locale)
    if amount > 0:
        return f"+{text}"
    if amount < 0:
        return f"\u2212{text}"
    return text


class OptionYearPanel(TablePanel):
    """Payments received this year, per option: count, amount, fees, average delay."""

    OPTION, PAYMENTS, RECEIVED, FEES, DELAY = range(5)

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        self.locale = locale
        model = TextTableModel(
            [
                QCoreApplication.translate("YearPanels", "Option"),
                QCoreApplication.translate("YearPanels", "Payments"),
                QCoreApplication.translate("YearPanels", "Received"),
                QCoreApplication.translate("YearPanels", "Fees"),
                QCoreApplication.translate("YearPanels", "Average delay"),
            ],
            right=(self.PAYMENTS, self.RECEIVED, self.FEES, self.DELAY),
        )
        super().__init__(
            "optionYearPanel",
            QCoreApplication.translate("YearPanels", "Payments received per option"),
            model,
            QCoreApplication.translate("YearPanels", "No payment received this year yet."),
            parent,
            stretch_column=self.OPTION,
            min_rows=len(PaymentOption),
            fixed=True,
        )
        model.setParent(self)
        self.table.setToolTip(
            QCoreApplication.translate(
                "YearPanels", "Average delay: from the client's CRA validation to the payment."
            )
        )

    def set_totals(self, totals: YearTotals) -> None:
        self.title.setText(
            QCoreApplication.translate(
                "YearPanels", "Payments received in {year}, per option"
            ).format(year=totals.year)
        )
        self.model.set_rows(
            [
                [
                    option_label(item.option),
                    str(item.payments),
                    format_money(item.received, self.locale),
                    format_money(item.fees, self.locale),
                    average_delay_text(item.average_delay_days, self.locale),
                ]
                for item in totals.per_option
            ]
        )


class OptionCostsPanel(QWidget):
    """The fees paid this year against each option of the same regime."""

    OPTION, DELAY, FEES, DIFFERENCE, CHOSEN = range(5)

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optionCostsPanel")
        self.locale = locale
        self.model = TextTableModel(
            [
                QCoreApplication.translate("YearPanels", "Option"),
                QCoreApplication.translate("YearPanels", "Delay"),
                QCoreApplication.translate("YearPanels", "Fees"),
                QCoreApplication.translate("YearPanels", "Difference"),
                QCoreApplication.translate("YearPanels", "Invoices"),
            ],
            right=(self.FEES, self.DIFFERENCE, self.CHOSEN),
            parent=self,
        )
        self.table_panel = TablePanel(
            "optionCostsTablePanel",
            QCoreApplication.translate("YearPanels", "What the options cost"),
            self.model,
            QCoreApplication.translate(
                "YearPanels", "No payment received this year yet: nothing to compare."
            ),
            stretch_column=self.OPTION,
            min_rows=len(PaymentOption),
            fixed=True,
        )
        self.summary = QLabel()
        self.summary.setObjectName("optionCostsSummary")
        explanation = self.tr(
            "Each line gives what the same invoices (same days, same daily rate) would have "
            "cost with another option of their regime, and how long it takes to pay."
        )
        self.table_panel.table.setToolTip(explanation)
        self.summary.setToolTip(explanation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table_panel)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def delay_text(self, option: PaymentOption, delay_days: int | None) -> str:
        if delay_days is not None:
            return self.tr("%n day(s)", "", delay_days)
        if option is PaymentOption.IMMEDIATE:
            return self.tr("3 to 5 days")
        return self.tr("After the client pays")

    def set_costs(self, costs: tuple[RegimeCosts, ...], year: int) -> None:
        rows = []
        for regime in costs:
            for item in regime.options:
                rows.append(
                    [
                        option_label(item.option),
                        self.delay_text(item.option, item.delay_days),
                        format_money(item.fees, self.locale),
                        signed_money(item.fees - regime.fees_paid, self.locale),
                        str(item.chosen_for) if item.chosen_for else "",
                    ]
                )
        self.model.set_rows(rows)
        paid = sum((regime.fees_paid for regime in costs), ZERO)
        count = sum(regime.invoices for regime in costs)
        if not costs:
            self.summary.clear()
            return
        self.summary.setText(
            self.tr("Fees paid in {year}: {fees} on %n payment(s).", "", count).format(
                year=year, fees=format_money(paid, self.locale)
            )
        )
