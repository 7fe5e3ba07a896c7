"""The filters above the invoices table: mission, year, status, overdue only, free text.

The bar applies each choice to the table model; the text waits for a short pause in typing so
that 100 000 rows are not filtered again on every key.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.ui.invoices.labels import invoice_status_label
from connect_desktop.ui.invoices.table_model import InvoiceTableModel

TEXT_DELAY_MS = 200


class InvoiceFilterBar(QWidget):
    changed = Signal()  # a filter was applied to the model

    def __init__(self, model: InvoiceTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceFilterBar")
        self.model = model

        self.mission_combo = QComboBox()
        self.mission_combo.setObjectName("invoiceMissionFilter")
        self.mission_combo.setAccessibleName(self.tr("Mission"))
        self.mission_combo.setMinimumContentsLength(12)
        self.mission_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mission_combo.addItem(self.tr("All missions"), None)
        self.mission_combo.currentIndexChanged.connect(self._mission_changed)

        self.year_combo = QComboBox()
        self.year_combo.setObjectName("invoiceYearFilter")
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_combo.addItem(self.tr("All years"), None)
        self.year_combo.currentIndexChanged.connect(self._year_changed)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("invoiceStatusFilter")
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in InvoiceStatus:
            self.status_combo.addItem(invoice_status_label(status), status.value)
        self.status_combo.setMinimumContentsLength(10)
        self.status_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_combo.currentIndexChanged.connect(self._status_changed)

        self.overdue_check = QCheckBox(self.tr("Overd&ue"))
        self.overdue_check.setObjectName("overdueOnlyCheck")
        self.overdue_check.setToolTip(self.tr("Only the invoices past their latest payment date"))
        self.overdue_check.toggled.connect(self._overdue_changed)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("invoiceSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search a number or a mission…"))
        self.search_edit.setAccessibleName(self.tr("Search the invoices"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(140)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_text)
        self.search_edit.textChanged.connect(lambda _text: self._text_timer.start())
        self.search_edit.returnPressed.connect(self.apply_text)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The combos say what they filter ("All missions", "All years"...): no labels.
        layout.addWidget(self.mission_combo, 2)
        layout.addWidget(self.year_combo)
        layout.addWidget(self.status_combo)
        layout.addWidget(self.overdue_check)
        layout.addSpacing(8)
        layout.addWidget(self.search_edit, 3)

    # -- choices -------------------------------------------------------------------------
    def set_choices(self, missions: Iterable[tuple[int, str]], years: Iterable[int]) -> None:
        """The missions and years the invoices have; the current choices are kept if left."""
        self._refill(self.mission_combo, [(title, mission_id) for mission_id, title in missions])
        self._refill(self.year_combo, [(str(year), year) for year in years])

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
        finally:
            combo.blockSignals(False)
        if combo.currentData() != current:
            self._apply_combos()

    # -- applying ------------------------------------------------------------------------
    def _apply_combos(self) -> None:
        self.model.set_mission(self.mission_combo.currentData())
        self.model.set_year(self.year_combo.currentData())
        status = self.status_combo.currentData()
        self.model.set_status(InvoiceStatus(status) if status else None)
        self.changed.emit()

    def _mission_changed(self) -> None:
        self.model.set_mission(self.mission_combo.currentData())
        self.changed.emit()

    def _year_changed(self) -> None:
        self.model.set_year(self.year_combo.currentData())
        self.changed.emit()

    def _status_changed(self) -> None:
        status = self.status_combo.currentData()
        self.model.set_status(InvoiceStatus(status) if status else None)
        self.changed.emit()

    def _overdue_changed(self, checked: bool) -> None:
        self.model.set_overdue_only(checked)
        self.changed.emit()

    def apply_text(self) -> None:
        self._text_timer.stop()
        self.model.set_text(self.search_edit.text())
        self.changed.emit()

    def select_mission(self, mission_id: int | None) -> None:
        index = self.mission_combo.findData(mission_id) if mission_id is not None else 0
        self.mission_combo.setCurrentIndex(max(index, 0))

    def select_status(self, status: InvoiceStatus | None) -> None:
        index = self.status_combo.findData(status.value) if status is not None else 0
        self.status_combo.setCurrentIndex(max(index, 0))

    def select_year(self, year: int | None) -> None:
        index = self.year_combo.findData(year) if year is not None else 0
        self.year_combo.setCurrentIndex(max(index, 0))

    def clear(self) -> None:
        """Show every invoice again (all missions, years and statuses, no search)."""
        for combo in (self.mission_combo, self.year_combo, self.status_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue_check.blockSignals(True)
        self.overdue_check.setChecked(False)
        self.overdue_check.blockSignals(False)
        self.model.set_overdue_only(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.set_text("")
        self._apply_combos()
