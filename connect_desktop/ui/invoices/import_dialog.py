"""The check before a PDF is attached (R9): what the file says beside what the CRA says.

Each line is marked ✓ (same), ✗ (different) or ? (not found in the file), in palette-safe
colours. A PDF with no readable text can be attached only once the user confirms having
checked the amounts. When the file matches another invoice, the dialog offers to switch.
``ask_import_confirmation`` opens it; tests replace that function.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.services.import_check import ImportReview
from connect_desktop.services.invoices import InvoiceRow
from connect_desktop.ui.invoices.labels import is_dark, period_text
from connect_desktop.ui.palette_colors import error_color

MARKS = {"match": "✓", "mismatch": "✗", "missing": "?"}


class ImportChoice(Enum):
    ATTACH = "attach"  # attach the file to the invoice it was dropped on
    SWITCH = "switch"  # review it again against the invoice it matches


def mark_color(status: str, palette: QPalette) -> QColor:
    if status == "mismatch":
        return error_color(palette)
    dark = is_dark(palette)
    if status == "match":
        return QColor("#a5d6a7" if dark else "#2e7d32")
    return QColor("#ffcc80" if dark else "#9a4f00")


class ImportComparisonDialog(QDialog):
    FIELD, EXPECTED, FOUND, MARK = range(4)

    def __init__(
        self,
        review: ImportReview,
        effect: str,
        locale: str = "fr_FR",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importComparisonDialog")
        self.setWindowTitle(self.tr("Check the invoice before attaching it"))
        self.review = review
        self.locale = locale
        self.choice: ImportChoice | None = None
        row = review.detail.row

        period = period_text(row.period_start, row.period_end, locale)
        if row.number:
            intro_text = self.tr(
                "File “{name}” for the invoice {invoice} ({mission}, {period})."
            ).format(
                name=review.extracted.original_name,
                invoice=row.number,
                mission=row.mission_title,
                period=period,
            )
        else:
            intro_text = self.tr("File “{name}” for {mission}, {period}.").format(
                name=review.extracted.original_name, mission=row.mission_title, period=period
            )
        intro = QLabel(intro_text)
        intro.setObjectName("importIntroLabel")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label = QLabel(self._source_text())
        self.source_label.setObjectName("importSourceLabel")
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setVisible(bool(self.source_label.text()))

        self.table = QTableWidget(len(review.lines), 4)
        self.table.setObjectName("importComparisonTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("CRA and invoice"), self.tr("In the file"), ""]
        )
        self.table.setAccessibleName(self.tr("Comparison of the file with the CRA"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.FOUND, QHeaderView.ResizeMode.Stretch)
        self._fill_table()
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(line) for line in range(self.table.rowCount()))
        self.table.setMinimumHeight(height)
        self.table.setMaximumHeight(height)

        self.summary_label = QLabel(self._summary_text())
        self.summary_label.setObjectName("importSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self._paint(self.summary_label, self._summary_status())
        self.summary_label.setVisible(bool(self.summary_label.text()))
        self.effect_label = QLabel(effect)
        self.effect_label.setObjectName("importEffectLabel")
        self.effect_label.setWordWrap(True)
        self.effect_label.setTextFormat(Qt.TextFormat.PlainText)

        self.no_text_label = QLabel(
            self.tr("No readable text in this PDF: check the amounts yourself")
        )
        self.no_text_label.setObjectName("importNoTextLabel")
        self.no_text_label.setWordWrap(True)
        self.no_text_label.setTextFormat(Qt.TextFormat.PlainText)
        self._paint(self.no_text_label, "missing")
        self.checked_box = QCheckBox(self.tr("I have checked the amounts against the CRA"))
        self.checked_box.setObjectName("importCheckedBox")
        self.checked_box.toggled.connect(self._update_buttons)
        self.no_text_label.setVisible(not review.readable)
        self.checked_box.setVisible(not review.readable)

        self.switch_frame = self._switch_frame(review.proposed)

        self.buttons = QDialogButtonBox()
        self.attach_button = self.buttons.addButton(
            self.tr("&Attach the invoice"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.attach_button.setObjectName("importAttachButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._attach)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.source_label)
        layout.addWidget(self.no_text_label)
        layout.addWidget(self.table)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.switch_frame)
        layout.addWidget(self.effect_label)
        layout.addWidget(self.checked_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._update_buttons()

    # -- contents ------------------------------------------------------------------------
    def field_label(self, field: str) -> str:
        labels = {
            "total_ht": self.tr("Total excl. VAT"),
            "vat": self.tr("VAT"),
            "total_ttc": self.tr("Total incl. VAT"),
            "period": self.tr("Period"),
            "number": self.tr("Invoice number"),
            "seller_siret": self.tr("Your SIRET"),
            "buyer": self.tr("Billed to"),
        }
        return labels.get(field, field)

    def _fill_table(self) -> None:
        palette = self.palette()
        for line_number, line in enumerate(self.review.lines):
            expected = line.expected or self.tr("(not known)")
            found = line.found or self.tr("(not found)")
            cells = (self.field_label(line.field), expected, found, MARKS[line.status])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (self.FOUND, self.MARK):
                    item.setForeground(mark_color(line.status, palette))
                if column == self.MARK:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.status_text(line.status))
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.status_text(line.status))
                self.table.setItem(line_number, column, item)

    def status_text(self, status: str) -> str:
        texts = {
            "match": self.tr("Same"),
            "mismatch": self.tr("Different"),
            "missing": self.tr("Not found in the file"),
        }
        return texts[status]

    def _source_text(self) -> str:
        source = self.review.extracted.source
        if source == "facturx":
            return self.tr("Read from the Factur-X data embedded in the PDF.")
        if source == "text":
            return self.tr("Read from the PDF's text.")
        return ""

    def _summary_text(self) -> str:
        if self.review.matches:
            return self.tr("✓ Everything matches the CRA.")
        if not self.review.readable:
            return ""  # the no-text warning says it all
        differences = sum(line.status == "mismatch" for line in self.review.lines)
        missing = sum(line.status == "missing" for line in self.review.lines)
        if differences and missing:
            return self.tr(
                "✗ {differences} difference(s) and {missing} value(s) not found: check them "
                "before attaching the file."
            ).format(differences=differences, missing=missing)
        if differences:
            return self.tr(
                "✗ {differences} difference(s): check them before attaching the file."
            ).format(differences=differences)
        return self.tr(
            "? {missing} value(s) not found in the file: check them before attaching it."
        ).format(missing=missing)

    def _summary_status(self) -> str:
        if self.review.matches:
            return "match"
        if any(line.status == "mismatch" for line in self.review.lines):
            return "mismatch"
        return "missing"

    def _switch_frame(self, proposed: InvoiceRow | None) -> QFrame:
        frame = QFrame()
        frame.setObjectName("importSwitchFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.switch_button: QPushButton | None = None
        if proposed is None:
            frame.setVisible(False)
            return frame
        text = QLabel(
            self.tr(
                "This file matches the invoice {invoice} ({mission}, {period}) by its amount "
                "and period."
            ).format(
                invoice=proposed.number or "—",
                mission=proposed.mission_title,
                period=period_text(proposed.period_start, proposed.period_end, self.locale),
            )
        )
        text.setObjectName("importSwitchLabel")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.switch_button = QPushButton(self.tr("&Use that invoice"))
        self.switch_button.setObjectName("importSwitchButton")
        self.switch_button.clicked.connect(self._switch)
        row = QHBoxLayout(frame)
        row.addWidget(text, 1)
        row.addWidget(self.switch_button)
        return frame

    def _paint(self, label: QLabel, status: str) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, mark_color(status, self.palette()))
        label.setPalette(palette)

    # -- answers -------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        self.attach_button.setEnabled(self.review.readable or self.checked_box.isChecked())

    def _attach(self) -> None:
        if self.attach_button.isEnabled():
            self.choice = ImportChoice.ATTACH
            self.accept()

    def _switch(self) -> None:
        self.choice = ImportChoice.SWITCH
        self.accept()


def ask_import_confirmation(
    parent: QWidget | None, review: ImportReview, effect: str, locale: str
) -> ImportChoice | None:
    """Show the comparison; ATTACH, SWITCH (to ``review.proposed``) or None (cancelled)."""
    dialog = ImportComparisonDialog(review, effect, locale, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice
