"""The forms of the invoice actions' dialogs: a date, and what each action needs.

Every form validates inline (a date neither in the future nor before the invoice's last
step, a number, a reason or an amount where one is needed); OK closes only when the form
is complete. ``dialogs.py`` opens them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from connect_desktop.domain.money import CENT, format_money, to_decimal
from connect_desktop.ui.checked_dialog import CheckedDialog
from connect_desktop.ui.missions.date_edit import make_date_edit, to_date, to_qdate


def _shown(day: date) -> str:
    return day.strftime("%d/%m/%Y")


@dataclass(frozen=True, slots=True)
class FinalAnswer:
    on: date
    number: str
    pdf: Path | None


class FormDialog(CheckedDialog):
    """A date field, more fields below, one line of error text and OK / Cancel; OK closes
    only when ``errors()`` finds nothing."""

    def __init__(
        self,
        object_name: str,
        title: str,
        intro: str,
        default: date,
        earliest: date | None,
        latest: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(object_name, parent, min_width=480)
        self.setWindowTitle(title)
        self.earliest = earliest
        self.latest = latest
        self.intro.setText(intro)
        self.date_edit = make_date_edit("invoiceDateEdit")
        self.date_edit.setDate(to_qdate(default))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.dateChanged.connect(self.refresh)
        self.form.addRow(self.tr("&Date:"), self.date_edit)

    def value(self) -> date:
        return to_date(self.date_edit.date())

    def errors(self) -> list[str]:
        problems = []
        chosen = self.value()
        if chosen > self.latest:
            problems.append(
                self.tr("The date cannot be in the future (today is {today}).").format(
                    today=_shown(self.latest)
                )
            )
        elif self.earliest is not None and chosen < self.earliest:
            problems.append(
                self.tr("The date cannot be before the invoice's last step ({date}).").format(
                    date=_shown(self.earliest)
                )
            )
        return problems + self.more_errors()

    def more_errors(self) -> list[str]:
        return []


class ReasonDialog(FormDialog):
    """A date and, with ``reason_label``, a reason that must be given."""

    def __init__(self, *args: object, reason_label: str = "", **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.reason_edit: QLineEdit | None = None
        if reason_label:
            self.reason_edit = QLineEdit()
            self.reason_edit.setObjectName("invoiceReasonEdit")
            self.reason_edit.setAccessibleName(self.tr("Reason"))
            self.reason_edit.setMinimumWidth(320)
            self.reason_edit.textChanged.connect(self.refresh)
            self.form.addRow(reason_label, self.reason_edit)
        self.refresh()

    def reason(self) -> str:
        return self.reason_edit.text().strip() if self.reason_edit is not None else ""

    def more_errors(self) -> list[str]:
        if self.reason_edit is not None and not self.reason() and self.attempted:
            return [self.tr("Enter the reason.")]
        return []


class FinalDialog(FormDialog):
    """The final invoice the platform issued: its date, its number, optionally its PDF."""

    def __init__(
        self,
        default: date,
        earliest: date | None,
        latest: date,
        number: str = "",
        pdf: Path | None = None,
        parent: QWidget | None = None,
        choose_pdf: Callable[[QWidget], Path | None] | None = None,
    ) -> None:
        super().__init__(
            "finalInvoiceDialog",
            QCoreApplication.translate("InvoiceDialogs", "Final invoice received"),
            QCoreApplication.translate(
                "InvoiceDialogs",
                "Enter the number of the final invoice the platform issued and the date it "
                "was issued. Its PDF is optional.",
            ),
            default,
            earliest,
            latest,
            parent,
        )
        self.number_edit = QLineEdit(number)
        self.number_edit.setObjectName("invoiceNumberEdit")
        self.number_edit.setPlaceholderText(self.tr("As printed on the invoice"))
        self.number_edit.setAccessibleName(self.tr("Invoice number"))
        self.number_edit.textChanged.connect(self.refresh)
        self.form.addRow(self.tr("&Number:"), self.number_edit)
        self._pdf = pdf
        self._choose = choose_pdf
        self.pdf_label = QLabel()
        self.pdf_label.setObjectName("finalPdfLabel")
        self.pdf_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pdf_button = QPushButton(self.tr("C&hoose…"))
        self.pdf_button.setObjectName("finalPdfButton")
        self.pdf_button.clicked.connect(self._choose_pdf)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_label, 1)
        pdf_row.addWidget(self.pdf_button)
        self.form.addRow(self.tr("PDF:"), pdf_row)
        self._show_pdf()
        self.refresh()

    def _choose_pdf(self) -> None:
        chosen = self._choose(self) if self._choose is not None else None
        if chosen is not None:
            self._pdf = chosen
            self._show_pdf()

    def _show_pdf(self) -> None:
        self.pdf_label.setText(self._pdf.name if self._pdf else self.tr("None (optional)"))

    def answer(self) -> FinalAnswer:
        return FinalAnswer(self.value(), self.number_edit.text().strip(), self._pdf)

    def more_errors(self) -> list[str]:
        if not self.number_edit.text().strip() and self.attempted:
            return [self.tr("Enter the invoice number.")]
        return []


class PaymentDialog(FormDialog):
    """The date and amount received; an amount other than the expected one is allowed."""

    def __init__(
        self,
        default: date,
        earliest: date | None,
        latest: date,
        expected: Decimal,
        locale: str = "fr_FR",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "paymentDialog",
            QCoreApplication.translate("InvoiceDialogs", "Payment received"),
            QCoreApplication.translate(
                "InvoiceDialogs",
                "Enter the date the payment reached your account and the amount received.",
            ),
            default,
            earliest,
            latest,
            parent,
        )
        self.expected = expected
        self.locale = locale
        shown = format_money(expected, locale).replace("€", "").strip()
        self.amount_edit = QLineEdit(shown)
        self.amount_edit.setObjectName("paymentAmountEdit")
        self.amount_edit.setAccessibleName(self.tr("Amount received"))
        self.amount_edit.textChanged.connect(self.refresh)
        self.form.addRow(self.tr("&Amount received (€):"), self.amount_edit)
        self.note_label = QLabel()
        self.note_label.setObjectName("paymentNoteLabel")
        self.note_label.setWordWrap(True)
        self.form.addRow(self.note_label)
        self.refresh()

    def amount(self) -> Decimal | None:
        try:
            value = to_decimal(self.amount_edit.text())
        except ValueError:
            return None
        if value <= 0 or value != value.quantize(CENT):
            return None
        return value

    def refresh(self) -> None:
        super().refresh()
        amount = self.amount()
        note = ""
        if amount is not None and amount != self.expected:
            note = self.tr("Expected {expected}: the difference ({difference}) will be shown.")
            note = note.format(
                expected=format_money(self.expected, self.locale),
                difference=format_money(amount - self.expected, self.locale),
            )
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    def more_errors(self) -> list[str]:
        if self.amount() is None:
            return [self.tr("Enter the amount received, for example 1 234,56.")]
        return []
