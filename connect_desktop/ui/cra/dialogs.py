"""The CRA tab's small dialogs: the client's validation date, its refusal, an adjustment.

Each dialog validates inline (a date not in the future and not before the submission, a
reason or a comment required) and is opened through a module-level function that tests
replace.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QWidget,
)

from connect_desktop.ui.checked_dialog import CheckedDialog
from connect_desktop.ui.cra.labels import month_title
from connect_desktop.ui.missions.date_edit import make_date_edit, to_date, to_qdate


def _shown(day: date) -> str:
    """A date as the date fields show it (``28/11/2026``)."""
    return day.strftime("%d/%m/%Y")


class _FormDialog(CheckedDialog):
    """The CRA's answer dialogs: at least 460 px wide."""

    def __init__(self, object_name: str, parent: QWidget | None) -> None:
        super().__init__(object_name, parent, min_width=460)


class DateDialog(_FormDialog):
    """Asks the date of the client's answer; with ``ask_reason``, the reason too."""

    def __init__(
        self,
        title: str,
        intro: str,
        default: date,
        earliest: date | None,
        latest: date,
        *,
        ask_reason: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("refusalDialog" if ask_reason else "validationDialog", parent)
        self.setWindowTitle(title)
        self.earliest = earliest
        self.latest = latest
        self.intro.setText(intro)
        self.date_edit = make_date_edit("answerDateEdit")
        self.date_edit.setDate(to_qdate(default))
        self.date_edit.setAccessibleName(self.tr("Date of the client's answer"))
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.reason_edit: QLineEdit | None = None
        if ask_reason:
            self.reason_edit = QLineEdit()
            self.reason_edit.setObjectName("refusalReasonEdit")
            self.reason_edit.setPlaceholderText(self.tr("What the client asked to change"))
            self.reason_edit.setAccessibleName(self.tr("Reason for the refusal"))
            self.reason_edit.setMinimumWidth(320)
            self.reason_edit.textChanged.connect(self.refresh)
            self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.date_edit.dateChanged.connect(self.refresh)
        self.refresh()

    def value(self) -> date:
        return to_date(self.date_edit.date())

    def reason(self) -> str:
        return self.reason_edit.text().strip() if self.reason_edit is not None else ""

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
                self.tr("The date cannot be before the CRA was submitted ({date}).").format(
                    date=_shown(self.earliest)
                )
            )
        if self.reason_edit is not None and not self.reason() and self.attempted:
            problems.append(self.tr("Enter the reason the client gave."))
        return problems


class AdjustmentDialog(_FormDialog):
    """Plus or minus days (in half days) with a comment, on a later month."""

    def __init__(
        self,
        months: list[tuple[int, int]],
        locale: str = "fr_FR",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("adjustmentDialog", parent)
        self.setWindowTitle(self.tr("Adjust a validated CRA"))
        self.intro.setText(
            self.tr(
                "A validated CRA is never changed: the correction is added to the CRA of a "
                "later month, with a comment that explains it."
            )
        )
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("adjustmentMonthCombo")
        self.month_combo.setAccessibleName(self.tr("Month that carries the adjustment"))
        for year, month in months:
            self.month_combo.addItem(month_title(year, month, locale), (year, month))
        self.form.addRow(self.tr("On the &month of:"), self.month_combo)
        self.days_spin = QDoubleSpinBox()
        self.days_spin.setObjectName("adjustmentDaysSpin")
        french = locale.startswith("fr")
        language = QLocale.Language.French if french else QLocale.Language.English
        self.days_spin.setLocale(QLocale(language))
        self.days_spin.setDecimals(1)
        self.days_spin.setSingleStep(0.5)
        self.days_spin.setRange(-31.0, 31.0)
        self.days_spin.setValue(0.5)
        self.days_spin.setAccessibleName(self.tr("Days to add or remove"))
        self.days_spin.setToolTip(self.tr("Positive to add days, negative to remove them"))
        self.days_spin.valueChanged.connect(self.refresh)
        self.form.addRow(self.tr("&Days (+/-):"), self.days_spin)
        self.comment_edit = QLineEdit()
        self.comment_edit.setObjectName("adjustmentCommentEdit")
        self.comment_edit.setPlaceholderText(self.tr("Why the validated CRA is corrected"))
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.comment_edit.setMinimumWidth(320)
        self.comment_edit.textChanged.connect(self.refresh)
        self.form.addRow(self.tr("&Comment:"), self.comment_edit)
        self.refresh()

    def halves(self) -> int | None:
        """The adjustment in half days, or None if the value is not a multiple of 0.5."""
        doubled = Decimal(str(self.days_spin.value())) * 2
        if doubled != doubled.to_integral_value():
            return None
        return int(doubled)

    def target(self) -> tuple[int, int]:
        return self.month_combo.currentData()

    def comment(self) -> str:
        return self.comment_edit.text().strip()

    def errors(self) -> list[str]:
        problems = []
        halves = self.halves()
        if self.month_combo.count() == 0:
            problems.append(self.tr("No later month can carry the adjustment."))
        if halves is None:
            problems.append(self.tr("Enter whole or half days (for example 1 or -0.5)."))
        elif halves == 0:
            problems.append(self.tr("Enter a number of days other than zero."))
        if not self.comment() and self.attempted:
            problems.append(self.tr("Explain the adjustment in a comment."))
        return problems


def ask_validation_date(
    parent: QWidget | None, default: date, earliest: date | None, latest: date
) -> date | None:
    """The date the client validated the CRA, or None if the user cancelled."""
    dialog = DateDialog(
        QCoreApplication.translate("DateDialog", "Client validation"),
        QCoreApplication.translate(
            "DateDialog",
            "Enter the date the client validated the CRA. The invoice is created and its "
            "payment date counts from this date.",
        ),
        default,
        earliest,
        latest,
        parent=parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()


def ask_refusal(
    parent: QWidget | None, default: date, earliest: date | None, latest: date
) -> tuple[date, str] | None:
    """The date and the reason of the client's refusal, or None if the user cancelled."""
    dialog = DateDialog(
        QCoreApplication.translate("DateDialog", "Client refusal"),
        QCoreApplication.translate(
            "DateDialog",
            "Enter the date the client refused the CRA and the reason. The CRA goes back to "
            "draft so that you can correct it and submit it again.",
        ),
        default,
        earliest,
        latest,
        ask_reason=True,
        parent=parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value(), dialog.reason()


def ask_adjustment(
    parent: QWidget | None, months: list[tuple[int, int]], locale: str
) -> tuple[tuple[int, int], int, str] | None:
    """The month, the half days and the comment of an adjustment, or None if cancelled."""
    dialog = AdjustmentDialog(months, locale, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    halves = dialog.halves()
    assert halves is not None
    return dialog.target(), halves, dialog.comment()
