"""What the payment-option chooser says: the regime's reason and each card's figures.

Every figure comes from ``domain.payment`` (``quote``, ``payment_window``...) for a
typical month (the CRA's days when given, else the working days of the current month),
as if the CRA were validated today. Plain inputs in, translated text out: no widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QObject

from connect_desktop.domain.calendar import working_days_of_month
from connect_desktop.domain.invoice import InvoicingMode
from connect_desktop.domain.money import (
    format_date,
    format_days,
    format_money,
    format_percent,
    round_money,
)
from connect_desktop.domain.payment import (
    DEFAULT_VAT_RATE,
    IMMEDIATE_PAYOUT_DAYS,
    LEGACY_PAYOUT_WORKING_DAYS,
    OPTION_TERMS,
    PREDICTABLE_FROM,
    PaymentOption,
    Quote,
    RegimeReason,
    days_sooner_than_basic,
    equivalent_annual_rate,
    payment_window,
    quote,
    regime_reason,
)
from connect_desktop.ui.missions.labels import option_label
from connect_desktop.ui.missions.option_card import CardTexts


@dataclass(frozen=True, slots=True)
class ChooserInputs:
    """Everything the figures depend on."""

    today: date
    daily_rate: Decimal | None = None  # None while the rate is missing or invalid
    signed_on: date | None = None
    based_in_france: bool = True
    days: Decimal | None = None  # the CRA's days; None for the current month's working days
    client_term_days: int = 30
    vat_rate: Decimal = DEFAULT_VAT_RATE
    zone: str | None = None
    mode: InvoicingMode = InvoicingMode.PLATFORM

    def typical_days(self) -> tuple[Decimal, bool]:
        """The days of the typical month and whether they come from a CRA."""
        if self.days is not None and self.days > 0:
            return self.days, True
        count = len(working_days_of_month(self.today.year, self.today.month, self.zone))
        return Decimal(count), False

    def quote(self, option: PaymentOption) -> Quote | None:
        """The typical month's quote, or None while there is no valid rate."""
        if self.daily_rate is None or self.daily_rate <= 0:
            return None
        days, _from_cra = self.typical_days()
        return quote(
            option,
            daily_rate=self.daily_rate,
            days=days,
            clock_start=self.today,
            vat_rate=self.vat_rate,
            client_term_days=self.client_term_days,
            zone=self.zone,
        )


def format_rate_one_decimal(rate: Decimal, locale: str) -> str:
    """``32,0 %``: a yearly rate keeps its decimal so that 30,4 % and 32,0 % compare."""
    from babel import Locale
    from babel.numbers import format_percent as babel_percent

    pattern = Locale.parse(locale).percent_formats[None].pattern
    return babel_percent(rate, format=pattern.replace("#,##0", "#,##0.0"), locale=locale)


class OptionTexts(QObject):
    """Builds the chooser's sentences in the UI language (context "OptionTexts")."""

    def __init__(self, locale: str = "fr_FR", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale = locale

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.locale)

    def day(self, day: date) -> str:
        return format_date(day, self.locale)

    # -- regime --------------------------------------------------------------------------
    def reason(self, signed_on: date | None, based_in_france: bool) -> str:
        cutoff = self.day(PREDICTABLE_FROM)
        if signed_on is None:
            return self.tr(
                "Enter the contract signature date: contracts signed from {cutoff} by "
                "freelancers based in France have the predictable payments guarantee."
            ).format(cutoff=cutoff)
        reason = regime_reason(signed_on, based_in_france)
        if reason is RegimeReason.SIGNED_BEFORE_CUTOFF:
            text = self.tr("contract signed before {cutoff}").format(cutoff=cutoff)
        elif reason is RegimeReason.NOT_BASED_IN_FRANCE:
            text = self.tr(
                "you are not based in France: the predictable payments guarantee is for "
                "freelancers based in France"
            )
        else:
            text = self.tr("contract signed from {cutoff}, based in France").format(cutoff=cutoff)
        return "— " + text

    # -- the typical month ---------------------------------------------------------------
    def basis(self, inputs: ChooserInputs) -> str:
        from babel.dates import format_date as babel_date

        days, from_cra = inputs.typical_days()
        shown_days = format_days(days, self.locale)
        if from_cra:
            month = self.tr("{days} days (last CRA)").format(days=shown_days)
        else:
            month = self.tr("{days} working days in {month}").format(
                days=shown_days, month=babel_date(inputs.today, "MMMM yyyy", locale=self.locale)
            )
        today = self.day(inputs.today)
        if inputs.mode is InvoicingMode.MANUAL_IMPORT:
            when = self.tr("paid if LBC validated your invoice today ({today})").format(today=today)
        else:
            when = self.tr("paid if the CRA were validated today ({today})").format(today=today)
        if inputs.daily_rate is None:
            return self.tr(
                "Typical month: {month}; {when}. Enter the daily rate to see the amounts."
            ).format(month=month, when=when)
        return self.tr("Typical month: {month} at {rate} = {ht} excl. VAT; {when}.").format(
            month=month,
            rate=self.money(inputs.daily_rate),
            ht=self.money(round_money(inputs.daily_rate * days)),
            when=when,
        )

    # -- one card ------------------------------------------------------------------------
    def card(self, option: PaymentOption, inputs: ChooserInputs) -> CardTexts:
        quoted = inputs.quote(option)
        if quoted is not None:
            earliest, latest = quoted.pay_earliest, quoted.pay_latest
        else:
            earliest, latest = payment_window(
                option, inputs.today, client_term_days=inputs.client_term_days, zone=inputs.zone
            )
        if earliest == latest:
            pay_date = self.tr("Paid on {date}").format(date=self.day(earliest))
        else:
            pay_date = self.tr("Paid between {first} and {last}").format(
                first=self.day(earliest), last=self.day(latest)
            )
        net = self.tr("Net: {amount}").format(amount=self.money(quoted.net)) if quoted else ""
        return CardTexts(
            name=option_label(option),
            delay=self.delay(option, inputs),
            fee=self.fee(option, quoted),
            net=net,
            pay_date=pay_date,
            annual=self.annual(option),
        )

    def fee(self, option: PaymentOption, quoted: Quote | None) -> str:
        terms = OPTION_TERMS[option]
        if terms.fee_rate:
            detail = self.tr("{rate} of the daily rate per day").format(
                rate=format_percent(terms.fee_rate, self.locale)
            )
        elif terms.fee_per_day:
            detail = self.tr("{amount} per day").format(amount=self.money(terms.fee_per_day))
        else:
            return self.tr("No fee")
        if quoted is None:
            return self.tr("Fee: {detail}").format(detail=detail)
        return self.tr("Fee: {amount} ({detail})").format(
            amount=self.money(quoted.fee), detail=detail
        )

    def delay(self, option: PaymentOption, inputs: ChooserInputs) -> str:
        delay = OPTION_TERMS[option].delay_days
        if delay is not None:
            if inputs.mode is InvoicingMode.MANUAL_IMPORT:
                return self.tr("{days} days after LBC validates your invoice").format(days=delay)
            return self.tr("{days} days after the CRA is validated").format(days=delay)
        if option is PaymentOption.IMMEDIATE:
            low, high = IMMEDIATE_PAYOUT_DAYS
            if inputs.mode is InvoicingMode.MANUAL_IMPORT:
                return self.tr("{low} to {high} days after LBC validates your invoice").format(
                    low=low, high=high
                )
            return self.tr("{low} to {high} days after the CRA is validated").format(
                low=low, high=high
            )
        low, high = LEGACY_PAYOUT_WORKING_DAYS
        return self.tr(
            "{low} to {high} working days after the client pays ({term} days after the invoice)"
        ).format(low=low, high=high, term=inputs.client_term_days)

    def annual(self, option: PaymentOption) -> str:
        """What speed costs: the fee as a yearly rate compared with Basic (Express, Flash)."""
        annual = equivalent_annual_rate(option)
        sooner = days_sooner_than_basic(option)
        if annual is None or sooner is None:
            return ""
        return self.tr("{fee} to be paid {days} days sooner, i.e. {annual} a year").format(
            fee=format_percent(OPTION_TERMS[option].fee_rate, self.locale),
            days=sooner,
            annual=format_rate_one_decimal(annual, self.locale),
        )
