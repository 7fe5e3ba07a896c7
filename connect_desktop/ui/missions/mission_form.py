"""The fields of a mission with their inline validation messages.

The form knows how to show a ``MissionDraft``, read the fields back and say what is
wrong with them; it emits ``edited(field_name)`` on every change the user makes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.domain.invoice import InvoicingMode
from connect_desktop.domain.money import to_decimal
from connect_desktop.services.missions import MissionDraft
from connect_desktop.ui.missions.date_edit import (
    OptionalDateEdit,
    make_date_edit,
    to_date,
    to_qdate,
)
from connect_desktop.ui.missions.labels import invoicing_mode_label
from connect_desktop.ui.palette_colors import error_color

# Fields that can show an error, in the order the form shows them.
FIELDS = ("title", "client", "dailyRate", "endDate", "signedOn")


def make_error_label(name: str, palette: QPalette) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label_palette = label.palette()
    label_palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
    label.setPalette(label_palette)
    label.setVisible(False)
    return label


@dataclass(frozen=True, slots=True)
class RateInput:
    value: Decimal | None
    error: str = ""


class MissionForm(QWidget):
    edited = Signal(str)  # the name of the field the user changed

    def __init__(self, today: date, locale: str = "fr_FR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionForm")
        self.locale = locale
        self.today = today
        self._loading = False
        self.errors: dict[str, QLabel] = {}

        self.title_edit = self._line_edit("titleEdit", self.tr("Mission title"))
        self.client_edit = self._line_edit("clientEdit", self.tr("Client"))
        self.reference_edit = self._line_edit("referenceEdit", self.tr("LBC mission reference"))
        self.reference_edit.setPlaceholderText(self.tr("e.g. LBC-2026-04123"))
        self.address_edit = self._line_edit("clientAddressEdit", self.tr("Client address"))
        self.start_edit = make_date_edit("startDateEdit")
        self.end_edit = make_date_edit("endDateEdit")
        self.open_ended_check = QCheckBox(self.tr("&No end date"))
        self.open_ended_check.setObjectName("openEndedCheck")
        self.rate_edit = self._line_edit("dailyRateEdit", self.tr("Daily rate excluding VAT"))
        self.rate_edit.setPlaceholderText(self.tr("e.g. 650 or 650,50"))
        self.rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.signed_edit = OptionalDateEdit(
            "signedOnEdit", self.tr("Not entered"), lambda: self.today
        )
        self.signed_edit.setAccessibleName(self.tr("Contract signature date"))
        self.signed_edit.setToolTip(
            self.tr("The date the Connect contract was signed: it decides the payment regime.")
        )
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("invoicingModeCombo")
        self.mode_combo.setAccessibleName(self.tr("Invoicing mode"))
        self.mode_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mode_combo.setMinimumContentsLength(14)
        for mode in InvoicingMode:
            self.mode_combo.addItem(invoicing_mode_label(mode), mode.value)
        self.weekend_check = QCheckBox(self.tr("&Weekend work allowed"))
        self.weekend_check.setObjectName("weekendWorkCheck")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._row(grid, 0, 0, self.tr("&Title:"), self.title_edit, "title", span=3)
        self._row(grid, 1, 0, self.tr("C&lient:"), self.client_edit, "client")
        self._row(grid, 1, 2, self.tr("LBC referen&ce:"), self.reference_edit)
        self._row(grid, 2, 0, self.tr("Client &address:"), self.address_edit, span=3)
        self._row(grid, 3, 0, self.tr("&Start:"), self.start_edit)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_edit, 1)
        end_row.addWidget(self.open_ended_check)
        self._row(grid, 3, 2, self.tr("En&d:"), end_row, "endDate", buddy=self.end_edit)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_edit, 1)
        rate_row.addWidget(QLabel(self.tr("€ excl. VAT / day")))
        self._row(grid, 4, 0, self.tr("Daily &rate:"), rate_row, "dailyRate", buddy=self.rate_edit)
        self._row(grid, 4, 2, self.tr("Si&gned on:"), self.signed_edit, "signedOn")
        self._row(grid, 5, 0, self.tr("&Invoicing:"), self.mode_combo)
        grid.addWidget(self.weekend_check, 5, 3)
        self._row(grid, 6, 0, self.tr("N&otes:"), self.notes_edit, span=3)
        self._connect_changes()

    def _line_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _row(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        text: str,
        field: QWidget | QHBoxLayout,
        error: str | None = None,
        span: int = 1,
        buddy: QWidget | None = None,
    ) -> None:
        label = QLabel(text)
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(field, QWidget):
            box.addWidget(field)
            label.setBuddy(buddy or field)
        else:
            box.addLayout(field)
            label.setBuddy(buddy)
        if error is not None:
            self.errors[error] = make_error_label(f"{error}Error", self.palette())
            box.addWidget(self.errors[error])
        # As tall as a field, text centred: the label lines up with its field even when
        # an error message grows the cell below it.
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumHeight(self.title_edit.sizeHint().height())
        grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(box, row, column + 1, 1, span)

    def _connect_changes(self) -> None:
        edits = {
            "title": self.title_edit,
            "client": self.client_edit,
            "dailyRate": self.rate_edit,
            "reference": self.reference_edit,
            "address": self.address_edit,
        }
        for name, edit in edits.items():
            edit.textEdited.connect(lambda _text, name=name: self._edited(name))
        self.start_edit.dateChanged.connect(lambda _d: self._edited("endDate"))
        self.end_edit.dateChanged.connect(lambda _d: self._edited("endDate"))
        self.open_ended_check.toggled.connect(self._open_ended_toggled)
        self.signed_edit.dateChanged.connect(lambda _d: self._edited("signedOn"))
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._edited("mode"))
        self.weekend_check.toggled.connect(lambda _c: self._edited("weekend"))
        self.notes_edit.textChanged.connect(lambda: self._edited("notes"))

    def _edited(self, name: str) -> None:
        if not self._loading:
            self.edited.emit(name)

    def _open_ended_toggled(self, checked: bool) -> None:
        self.end_edit.setEnabled(not checked)
        self._edited("endDate")

    # -- showing a draft -----------------------------------------------------------------
    def fill(self, draft: MissionDraft | None) -> None:
        """Show ``draft``, or a blank new mission that starts today with no end date."""
        self._loading = True
        try:
            self.title_edit.setText(draft.title if draft else "")
            self.client_edit.setText(draft.client_name if draft else "")
            self.reference_edit.setText(draft.lbc_reference if draft else "")
            self.address_edit.setText(draft.client_address if draft else "")
            start = draft.start_on if draft else self.today
            end = draft.end_on if draft else None
            self.start_edit.setDate(to_qdate(start))
            self.end_edit.setDate(to_qdate(end or start))
            self.open_ended_check.setChecked(end is None)
            self.end_edit.setEnabled(end is not None)
            self.rate_edit.setText(self._rate_text(draft.daily_rate) if draft else "")
            self.signed_edit.set_value(draft.signed_on if draft else None)
            mode = draft.invoicing_mode if draft else InvoicingMode.PLATFORM
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode.value))
            self.weekend_check.setChecked(draft.weekend_work if draft else False)
            self.notes_edit.setPlainText(draft.notes if draft else "")
        finally:
            self._loading = False

    def _rate_text(self, rate: Decimal) -> str:
        text = f"{rate:f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.locale.startswith("fr") else text

    # -- reading the fields --------------------------------------------------------------
    def invoicing_mode(self) -> InvoicingMode:
        return InvoicingMode(self.mode_combo.currentData())

    def rate_input(self) -> RateInput:
        text = self.rate_edit.text().strip()
        if not text:
            return RateInput(None, self.tr("Enter the daily rate (for example 650 or 650,50)."))
        try:
            rate = to_decimal(text)
        except ValueError:
            return RateInput(
                None,
                self.tr("“{text}” is not an amount: type for example 650 or 650,50.").format(
                    text=text
                ),
            )
        if rate <= 0:
            return RateInput(None, self.tr("The daily rate must be above zero."))
        if rate != rate.quantize(Decimal("0.01")):
            return RateInput(None, self.tr("The daily rate has at most two decimals."))
        return RateInput(rate)

    def start_date(self) -> date:
        return to_date(self.start_edit.date())

    def end_date(self) -> date | None:
        return None if self.open_ended_check.isChecked() else to_date(self.end_edit.date())

    def validate(self) -> dict[str, str]:
        """Field name -> message (French through the translation) for every error."""
        errors: dict[str, str] = {}
        if not self.title_edit.text().strip():
            errors["title"] = self.tr("Enter a title for the mission.")
        if not self.client_edit.text().strip():
            errors["client"] = self.tr("Enter the client's name.")
        rate = self.rate_input()
        if rate.error:
            errors["dailyRate"] = rate.error
        end = self.end_date()
        if end is not None and end < self.start_date():
            errors["endDate"] = self.tr("The end date is before the start date.")
        if self.signed_edit.value() is None:
            errors["signedOn"] = self.tr(
                "Enter the contract signature date: it decides the payment regime."
            )
        return errors

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            text = errors.get(name, "")
            label.setText("⚠ " + text if text else "")
            label.setVisible(bool(text))

    def focus_field(self, name: str) -> None:
        fields: dict[str, QWidget] = {
            "title": self.title_edit,
            "client": self.client_edit,
            "dailyRate": self.rate_edit,
            "endDate": self.end_edit,
            "signedOn": self.signed_edit,
        }
        fields[name].setFocus()

    def state(self) -> tuple[Any, ...]:
        """Everything the user can change, to tell whether the form is dirty."""
        return (
            self.title_edit.text(),
            self.client_edit.text(),
            self.reference_edit.text(),
            self.address_edit.text(),
            self.start_date(),
            self.end_date(),
            self.rate_edit.text(),
            self.signed_edit.value(),
            self.mode_combo.currentData(),
            self.weekend_check.isChecked(),
            self.notes_edit.toPlainText(),
        )
