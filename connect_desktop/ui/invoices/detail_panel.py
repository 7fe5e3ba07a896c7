"""Under the table: the selected invoice's amounts, history, files and allowed actions.

The panel only shows an ``InvoiceDetail`` and emits what the user asks for; the tab runs
the work. Only the actions the detail allows (R8, the invoicing mode) are shown.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.money import format_date, format_days, format_money, format_percent
from connect_desktop.services.invoices import (
    AttachmentView,
    InvoiceAction,
    InvoiceDetail,
)
from connect_desktop.ui.invoices.detail_texts import NO_VALUE, InvoiceDetailTexts
from connect_desktop.ui.invoices.drop_import import takes_files
from connect_desktop.ui.invoices.labels import (
    invoice_status_label,
    kind_label,
    period_text,
    status_color,
    status_icon,
)
from connect_desktop.ui.palette_colors import error_color


def _value(name: str, bold: bool = False) -> QLabel:
    label = QLabel(NO_VALUE)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # some values come from imported files
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


# A specimen goes with an invoice still on its way (the service refuses the others).
SPECIMEN_STATUSES = frozenset(
    {InvoiceStatus.SPECIMEN, InvoiceStatus.TO_IMPORT, InvoiceStatus.IN_REVIEW}
)


class InvoiceDetailPanel(QWidget):
    actionRequested = Signal(object)  # InvoiceAction
    openRequested = Signal(object)  # AttachmentView
    saveRequested = Signal(object)  # AttachmentView
    specimenRequested = Signal()
    importRequested = Signal()
    detailShown = Signal(object)  # InvoiceDetail | None, once shown

    def __init__(self, locale: str = "fr_FR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceDetailPanel")
        self.locale = locale
        self.texts = InvoiceDetailTexts(locale, self)
        self._detail: InvoiceDetail | None = None
        self._today = date.today()

        self.heading = QLabel()
        self.heading.setObjectName("invoiceHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_icon = QLabel()
        self.status_icon.setObjectName("invoiceStatusIcon")
        self.status_label = QLabel()
        self.status_label.setObjectName("invoiceStatusLabel")
        self.status_label.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("invoiceSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addSpacing(12)
        heading_row.addWidget(self.status_icon)
        heading_row.addWidget(self.status_label)
        heading_row.addStretch(1)

        self.days_label = _value("invoiceDaysLabel")
        self.ht_label = _value("invoiceHtLabel")
        self.vat_title = QLabel(self.tr("VAT"))
        self.vat_label = _value("invoiceVatLabel")
        self.ttc_label = _value("invoiceTtcLabel")
        self.option_label = _value("invoiceOptionLabel")
        self.fee_label = _value("invoiceFeeLabel")
        self.net_label = _value("invoiceNetLabel", bold=True)
        self.expected_label = _value("invoiceExpectedLabel")
        self.paid_label = _value("invoicePaidLabel")
        self.figures = QFormLayout()
        self.figures.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.figures.addRow(self.tr("Days × daily rate"), self.days_label)
        self.figures.addRow(self.tr("Amount excl. VAT"), self.ht_label)
        self.figures.addRow(self.vat_title, self.vat_label)
        self.figures.addRow(self.tr("Total incl. VAT"), self.ttc_label)
        self.figures.addRow(self.tr("Payment option"), self.option_label)
        self.figures.addRow(self.tr("Fee deducted"), self.fee_label)
        self.figures.addRow(self.tr("Net paid to you"), self.net_label)
        self.figures.addRow(self.tr("Expected payment"), self.expected_label)
        self.figures.addRow(self.tr("Received"), self.paid_label)
        amounts = QGroupBox(self.tr("Amounts"))
        amounts.setLayout(self.figures)

        self.history_list = QListWidget()
        self.history_list.setObjectName("invoiceHistoryList")
        self.history_list.setAccessibleName(self.tr("History of the invoice"))
        self.history_list.setWordWrap(True)
        self.history_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        history = QGroupBox(self.tr("History"))
        QVBoxLayout(history).addWidget(self.history_list)

        self.files_list = QListWidget()
        self.files_list.setObjectName("invoiceFilesList")
        self.files_list.setAccessibleName(self.tr("Attached files"))
        self.files_list.setWordWrap(True)
        self.files_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files_list.itemActivated.connect(lambda _item: self._emit_file(self.openRequested))
        self.files_list.currentRowChanged.connect(lambda _row: self._update_file_buttons())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("invoiceOpenFileButton")
        self.open_button.setToolTip(self.tr("Open the file with the system's viewer"))
        self.open_button.clicked.connect(lambda: self._emit_file(self.openRequested))
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setObjectName("invoiceSaveCopyButton")
        self.save_button.clicked.connect(lambda: self._emit_file(self.saveRequested))
        self.specimen_button = QPushButton(self.tr("Specimen P&DF"))
        self.specimen_button.setObjectName("invoiceSpecimenButton")
        self.specimen_button.setToolTip(
            self.tr("Write the specimen of this invoice as a PDF and attach it")
        )
        self.specimen_button.clicked.connect(self.specimenRequested)
        self.attach_button = QPushButton(self.tr("Import an invoice…"))
        self.attach_button.setObjectName("invoiceImportButton")
        self.attach_button.setToolTip(
            self.tr("Check a PDF against this invoice and attach it (Ctrl+I), or drop it here")
        )
        self.attach_button.clicked.connect(self.importRequested)
        file_buttons = QGridLayout()
        file_buttons.addWidget(self.open_button, 0, 0)
        file_buttons.addWidget(self.save_button, 0, 1)
        file_buttons.addWidget(self.specimen_button, 1, 0)
        file_buttons.addWidget(self.attach_button, 1, 1)
        files = QGroupBox(self.tr("Files"))
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(self.files_list, 1)
        files_layout.addLayout(file_buttons)

        self.action_buttons: dict[InvoiceAction, QPushButton] = {}
        actions_row = QHBoxLayout()
        actions_row.addWidget(QLabel(self.tr("Next step:")))
        for action, name, text, tip in self.texts.actions():
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, a=action: self.actionRequested.emit(a))
            self.action_buttons[action] = button
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        self._actions_row = actions_row
        self.no_action_label = QLabel()
        self.no_action_label.setObjectName("invoiceNoActionLabel")
        actions_row.insertWidget(1, self.no_action_label)

        columns = QHBoxLayout()
        columns.addWidget(amounts, 5)
        columns.addWidget(history, 5)
        columns.addWidget(files, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(heading_row)
        layout.addWidget(self.subtitle)
        layout.addLayout(columns, 1)
        layout.addLayout(actions_row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.show_detail(None)

    # -- showing an invoice --------------------------------------------------------------
    def detail(self) -> InvoiceDetail | None:
        return self._detail

    def set_today(self, today: date) -> None:
        self._today = today
        if self._detail is not None:
            self.show_detail(self._detail)

    def show_detail(self, detail: InvoiceDetail | None) -> None:
        self._detail = detail
        if detail is None:
            self.heading.setText(self.tr("No invoice selected"))
            self.subtitle.setText(
                self.tr("Select an invoice in the list to see its amounts, history and files.")
            )
            self.status_label.clear()
            self.status_icon.clear()
            for label in self._values():
                label.setText(NO_VALUE)
            self.history_list.clear()
            self.files_list.clear()
        else:
            self._show_heading(detail)
            self._show_figures(detail)
            self._show_history(detail)
            self._show_files(detail)
        self._update_actions()
        self._update_file_buttons()
        self.detailShown.emit(detail)

    def add_action_button(self, button: QPushButton) -> None:
        """A button another module manages, placed after the lifecycle actions."""
        self._actions_row.insertWidget(self._actions_row.count() - 1, button)

    def _values(self) -> list[QLabel]:
        return [
            self.days_label,
            self.ht_label,
            self.vat_label,
            self.ttc_label,
            self.option_label,
            self.fee_label,
            self.net_label,
            self.expected_label,
            self.paid_label,
        ]

    def _show_heading(self, detail: InvoiceDetail) -> None:
        row = detail.row
        number = row.number or self.tr("(no number yet)")
        self.heading.setText(f"{kind_label(row.kind)} {number}")
        color = status_color(row.status, self.palette())
        palette = self.status_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.status_label.setPalette(palette)
        self.status_label.setText(invoice_status_label(row.status))
        size = self.status_label.fontMetrics().height()
        self.status_icon.setPixmap(status_icon(row.status, self.palette()).pixmap(size, size))
        parts = [
            row.mission_title,
            detail.client_name,
            period_text(row.period_start, row.period_end, self.locale),
        ]
        if detail.lbc_reference:
            parts.append(detail.lbc_reference)
        if row.invoicing_mode is InvoicingMode.MANUAL_IMPORT:
            parts.append(self.tr("you import your own invoices"))
        self.subtitle.setText(" · ".join(part for part in parts if part))

    def _money(self, amount: object) -> str:
        return format_money(amount, self.locale)  # type: ignore[arg-type]

    def _show_figures(self, detail: InvoiceDetail) -> None:
        row = detail.row
        self.days_label.setText(
            self.tr("{days} d × {rate}").format(
                days=format_days(row.days, self.locale), rate=self._money(detail.daily_rate)
            )
        )
        self.ht_label.setText(self._money(row.amount_ht))
        if detail.vat_rate:
            self.vat_title.setText(
                self.tr("VAT ({rate})").format(rate=format_percent(detail.vat_rate, self.locale))
            )
            self.vat_label.setText(self._money(detail.vat))
        else:
            self.vat_title.setText(self.tr("VAT"))
            self.vat_label.setText(self.tr("Not applicable, art. 293 B of the CGI"))
        self.ttc_label.setText(self._money(row.amount_ttc))
        self.option_label.setText(self.texts.option(row.payment_option))
        self.fee_label.setText(self._money(row.fee))
        self.fee_label.setToolTip(self.texts.fee_rule(row.payment_option))
        self.option_label.setToolTip(self.texts.fee_rule(row.payment_option))
        self.net_label.setText(self._money(row.net))
        self.expected_label.setText(self.texts.expected(detail, self._today))
        self.paid_label.setText(self.texts.paid(detail))
        overdue = row.is_overdue(self._today)
        palette = self.expected_label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            error_color(self.palette())
            if overdue
            else self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.expected_label.setPalette(palette)

    def _show_history(self, detail: InvoiceDetail) -> None:
        self.history_list.clear()
        for event in detail.events:
            item = QListWidgetItem(self.texts.history_step(event))
            item.setToolTip(
                self.tr("Recorded on {date}").format(
                    date=format_date(event.recorded_at.date(), self.locale)
                )
            )
            self.history_list.addItem(item)
        if detail.refusal_reason and detail.row.status is InvoiceStatus.TO_IMPORT:
            item = QListWidgetItem(
                self.tr("Last refusal: {reason}").format(reason=detail.refusal_reason)
            )
            item.setForeground(error_color(self.palette()))
            self.history_list.addItem(item)

    def _show_files(self, detail: InvoiceDetail) -> None:
        self.files_list.clear()
        for attachment in detail.attachments:
            item = QListWidgetItem(self.texts.attachment_line(attachment))
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            # Tooltips guess rich text: the name, from outside, is escaped to show as typed.
            item.setToolTip(f"<p>{html.escape(attachment.original_name)}</p>")
            self.files_list.addItem(item)
        if self.files_list.count():
            self.files_list.setCurrentRow(self.files_list.count() - 1)
        else:
            placeholder = QListWidgetItem(self.tr("No file yet: drop the invoice's PDF here."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.files_list.addItem(placeholder)

    # -- files and actions ---------------------------------------------------------------
    def current_file(self) -> AttachmentView | None:
        item = self.files_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, AttachmentView) else None

    def _emit_file(self, signal: Signal) -> None:
        attachment = self.current_file()
        if attachment is not None:
            signal.emit(attachment)  # type: ignore[attr-defined]

    def _update_file_buttons(self) -> None:
        has_file = self.current_file() is not None
        self.open_button.setEnabled(has_file)
        self.save_button.setEnabled(has_file)
        detail = self._detail
        self.specimen_button.setEnabled(
            detail is not None
            and detail.row.kind is InvoiceKind.INVOICE
            and detail.row.status in SPECIMEN_STATUSES
        )
        self.attach_button.setEnabled(detail is not None and takes_files(detail))

    def _update_actions(self) -> None:
        allowed = set(self._detail.actions) if self._detail is not None else set()
        for action, button in self.action_buttons.items():
            button.setVisible(action in allowed)
        self.no_action_label.setText(
            self.tr("nothing more to record on this invoice")
            if self._detail is not None and not allowed
            else ""
        )
        self.no_action_label.setVisible(self._detail is not None and not allowed)

    def allowed_buttons(self) -> list[str]:
        """The object names of the action buttons shown (for tests and accessibility)."""
        return [
            button.objectName()
            for action, button in self.action_buttons.items()
            if self._detail is not None and action in self._detail.actions
        ]
