"""Beside the calendar: the month's days and money, its status and history, its actions.

The panel only shows a ``CraMonth`` and emits what the user asks for; the tab runs the
work. Buttons are enabled only when the CRA's status allows their action (R7).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.money import format_date, format_days, format_money, halves_to_days
from connect_desktop.services.cra import CraMonth
from connect_desktop.ui import icons
from connect_desktop.ui.cra.errors import CraErrors
from connect_desktop.ui.cra.labels import (
    STATUS_ICONS,
    cra_status_label,
    invoice_status_label,
    month_title,
    status_color,
)
from connect_desktop.ui.missions.labels import option_label

NO_VALUE = "—"


def _value_label(name: str, bold: bool = False) -> QLabel:
    label = QLabel(NO_VALUE)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _text_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class CraSummaryPanel(QWidget):
    submitRequested = Signal()
    validateRequested = Signal()
    refuseRequested = Signal()
    adjustRequested = Signal()
    exportRequested = Signal()

    def __init__(self, locale: str = "fr_FR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("craSummaryPanel")
        self.locale = locale
        self.errors = CraErrors(locale, self)
        self._month: CraMonth | None = None
        self._exporting = False

        self.heading = QLabel()
        self.heading.setObjectName("craSummaryHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)

        self.status_icon = QLabel()
        self.status_icon.setObjectName("craStatusIcon")
        self.status_label = QLabel()
        self.status_label.setObjectName("craStatusLabel")
        bold = self.status_label.font()
        bold.setBold(True)
        self.status_label.setFont(bold)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status_label, 1)
        self.read_only_label = _text_label("craReadOnlyLabel")
        italic = self.read_only_label.font()
        italic.setItalic(True)
        self.read_only_label.setFont(italic)

        self.entered_label = _value_label("enteredDaysLabel")
        self.billed_label = _value_label("billedDaysLabel")
        self.working_label = _value_label("workingDaysLabel")
        self.ht_label = _value_label("amountHtLabel")
        self.vat_label = _value_label("vatLabel")
        self.ttc_label = _value_label("amountTtcLabel")
        self.fee_label = _value_label("feeLabel")
        self.net_label = _value_label("netLabel", bold=True)
        self.payment_label = _value_label("paymentLabel")
        self.payment_label.setWordWrap(True)
        self.fee_title = QLabel()
        # Only the value wraps: two word-wrapped labels on one form row get clipped.
        self.payment_title = QLabel()
        self.figures = QFormLayout()
        self.figures.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.figures.addRow(self.tr("Days entered"), self.entered_label)
        self._billed_row = self.figures.rowCount()  # shown only when adjustments exist
        self.figures.addRow(self.tr("Days billed (with adjustments)"), self.billed_label)
        self.figures.addRow(self.tr("Working days in the month"), self.working_label)
        self.figures.addRow(_line())
        self.figures.addRow(self.tr("Amount excl. VAT"), self.ht_label)
        self.figures.addRow(self.tr("VAT"), self.vat_label)
        self.figures.addRow(self.tr("Total incl. VAT"), self.ttc_label)
        self.figures.addRow(self.fee_title, self.fee_label)
        self.figures.addRow(self.tr("Net paid to you"), self.net_label)
        self.figures.addRow(self.payment_title, self.payment_label)

        history_title = QLabel(self.tr("History"))
        history_title.setFont(bold)
        self.history_label = _text_label("craHistoryLabel")
        self.adjustments_title = QLabel(self.tr("Adjustments"))
        self.adjustments_title.setFont(bold)
        self.adjustments_label = _text_label("adjustmentsLabel")

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 6, 0)
        content_layout.addWidget(self.heading)
        content_layout.addLayout(status_row)
        content_layout.addWidget(self.read_only_label)
        content_layout.addWidget(_line())
        content_layout.addLayout(self.figures)
        content_layout.addWidget(_line())
        content_layout.addWidget(history_title)
        content_layout.addWidget(self.history_label)
        content_layout.addWidget(self.adjustments_title)
        content_layout.addWidget(self.adjustments_label)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("craSummaryScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self.submit_button = self._button("submitButton", self.tr("&Submit"))
        self.submit_button.setToolTip(self.tr("Send the CRA to the client (Ctrl+Enter)"))
        self.validate_button = self._button("validateButton", self.tr("Client vali&dation…"))
        self.validate_button.setToolTip(
            self.tr("Record the date the client validated the CRA: the invoice is created")
        )
        self.refuse_button = self._button("refuseButton", self.tr("Client ref&usal…"))
        self.refuse_button.setToolTip(
            self.tr("Record the client's refusal: the CRA can be edited again")
        )
        self.adjust_button = self._button("adjustButton", self.tr("&Adjustment…"))
        self.adjust_button.setToolTip(
            self.tr("Correct this validated CRA by adding or removing days on a later month")
        )
        self.export_button = self._button("exportPdfButton", self.tr("Export the CRA (&PDF)…"))
        self.export_button.setToolTip(self.tr("Write the activity report as a PDF (Ctrl+P)"))
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Writing the PDF"))
        self.progress.setVisible(False)
        self.submit_button.clicked.connect(self.submitRequested)
        self.validate_button.clicked.connect(self.validateRequested)
        self.refuse_button.clicked.connect(self.refuseRequested)
        self.adjust_button.clicked.connect(self.adjustRequested)
        self.export_button.clicked.connect(self.exportRequested)

        actions = QVBoxLayout()
        actions.addWidget(self.submit_button)
        client = QHBoxLayout()
        client.addWidget(self.validate_button)
        client.addWidget(self.refuse_button)
        actions.addLayout(client)
        actions.addWidget(self.adjust_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.progress)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)
        self.setMinimumWidth(300)
        self.show_month(None)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    # -- showing a month -----------------------------------------------------------------
    def month(self) -> CraMonth | None:
        return self._month

    def show_month(self, month: CraMonth | None) -> None:
        self._month = month
        if month is None:
            self.heading.setText(self.tr("No mission selected"))
            self.figures.setRowVisible(self._billed_row, False)
            for label in self._values():
                label.setText(NO_VALUE)
            self.fee_title.setText(self.tr("Fee"))
            self.payment_title.setText(self.tr("Expected payment"))
            self.status_label.clear()
            self.status_icon.clear()
            self.read_only_label.setVisible(False)
            self.history_label.clear()
            self.adjustments_title.setVisible(False)
            self.adjustments_label.setVisible(False)
        else:
            self.heading.setText(month_title(month.year, month.month, self.locale))
            self.heading.setToolTip(month.mission_title)
            self._show_status(month)
            self._show_figures(month)
            self.history_label.setText("\n".join(self._history(month)))
            adjustments = self._adjustments(month)
            self.adjustments_label.setText("\n".join(adjustments))
            self.adjustments_title.setVisible(bool(adjustments))
            self.adjustments_label.setVisible(bool(adjustments))
        self._update_buttons()

    def _values(self) -> list[QLabel]:
        return [
            self.entered_label,
            self.billed_label,
            self.working_label,
            self.ht_label,
            self.vat_label,
            self.ttc_label,
            self.fee_label,
            self.net_label,
            self.payment_label,
        ]

    def _show_status(self, month: CraMonth) -> None:
        color = status_color(month.status, self.palette())
        palette = self.status_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.status_label.setPalette(palette)
        self.status_label.setText(cra_status_label(month.status))
        self._show_status_icon(month.status, color)
        note = ""
        if month.status is CraStatus.SUBMITTED:
            note = self.errors.submitted_note()
        elif month.status is CraStatus.VALIDATED:
            note = self.errors.validated_note()
        elif not any(cell.in_mission for cell in month.cells()):
            note = self.tr("This month is outside the mission's dates.")
        self.read_only_label.setText(note)
        self.read_only_label.setVisible(bool(note))

    def _show_status_icon(self, status: CraStatus, color: QColor) -> None:
        size = self.status_label.fontMetrics().height()
        self.status_icon.setPixmap(
            icons.pixmap(STATUS_ICONS[CraStatus(status)], color, size, self.devicePixelRatioF())
        )

    def _show_figures(self, month: CraMonth) -> None:
        self.entered_label.setText(format_days(month.entered_days, self.locale))
        self.billed_label.setText(format_days(month.billed_days, self.locale))
        self.figures.setRowVisible(self._billed_row, bool(month.adjustments))
        self.working_label.setText(str(month.working_days))
        self.fee_title.setText(self.tr("Fee ({option})").format(option=option_label(month.option)))
        figures = month.figures
        hypothetical = figures is None or figures.hypothetical
        self.payment_title.setText(
            self.tr("Expected payment if validated today")
            if hypothetical
            else self.tr("Expected payment")
        )
        if figures is None:
            for label in (self.ht_label, self.vat_label, self.ttc_label, self.fee_label):
                label.setText(NO_VALUE)
            self.net_label.setText(NO_VALUE)
            self.payment_label.setText(NO_VALUE)
            return
        self.ht_label.setText(format_money(figures.amount_ht, self.locale))
        self.vat_label.setText(format_money(figures.vat, self.locale))
        self.ttc_label.setText(format_money(figures.amount_ttc, self.locale))
        self.fee_label.setText(format_money(figures.fee, self.locale))
        self.net_label.setText(format_money(figures.net, self.locale))
        self.payment_label.setText(self._payment(figures.pay_earliest, figures.pay_latest))

    def _payment(self, earliest: date | None, latest: date | None) -> str:
        if earliest is None or latest is None:
            return self.tr("When the client pays")
        if earliest == latest:
            return format_date(earliest, self.locale)
        return self.tr("between {first} and {last}").format(
            first=format_date(earliest, self.locale), last=format_date(latest, self.locale)
        )

    def _history(self, month: CraMonth) -> list[str]:
        events: list[tuple[date, int, str]] = []
        if month.submitted_on is not None:
            events.append(
                (
                    month.submitted_on,
                    0,
                    self.tr("Submitted on {date}").format(date=self._day(month.submitted_on)),
                )
            )
        if month.rejected_on is not None:
            text = self.tr("Refused by the client on {date}: {reason}").format(
                date=self._day(month.rejected_on), reason=month.rejection_reason
            )
            events.append((month.rejected_on, 1, text))
        if month.validated_on is not None:
            text = self.tr("Validated by the client on {date}").format(
                date=self._day(month.validated_on)
            )
            events.append((month.validated_on, 2, text))
        lines = [text for _day, _order, text in sorted(events, key=lambda item: item[:2])]
        if month.invoice_status is not None:
            lines.append(
                self.tr("Invoice: {status}").format(
                    status=invoice_status_label(month.invoice_status)
                )
            )
        if not lines:
            if month.cra_id is None:
                lines.append(self.tr("Nothing entered yet."))
            else:
                lines.append(self.tr("Not submitted yet."))
        return lines

    def _adjustments(self, month: CraMonth) -> list[str]:
        lines = []
        for item in month.adjustments:
            days = format_days(halves_to_days(abs(item.halves)), self.locale)
            signed = ("+" if item.halves > 0 else "−") + days
            if item.corrects is not None:
                year, number = item.corrects
                lines.append(
                    self.tr("{days} d (corrects {month}): {comment}").format(
                        days=signed,
                        month=month_title(year, number, self.locale),
                        comment=item.comment,
                    )
                )
            else:
                lines.append(
                    self.tr("{days} d: {comment}").format(days=signed, comment=item.comment)
                )
        return lines

    def _day(self, day: date) -> str:
        return format_date(day, self.locale)

    # -- actions -------------------------------------------------------------------------
    def set_exporting(self, busy: bool) -> None:
        self._exporting = busy
        self.progress.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        status = self._month.status if self._month is not None else None
        self.submit_button.setEnabled(status is CraStatus.DRAFT)
        self.validate_button.setEnabled(status is CraStatus.SUBMITTED)
        self.refuse_button.setEnabled(status is CraStatus.SUBMITTED)
        self.adjust_button.setEnabled(status is CraStatus.VALIDATED)
        self.export_button.setEnabled(self._month is not None and not self._exporting)
