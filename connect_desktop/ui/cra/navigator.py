"""The CRA tab's top bar: which mission, which month.

``changed`` is emitted once whenever the user picks another mission or month (through
the selector, the arrows, "Today" or the month and year pickers); the code's own
changes (``set_missions``, ``set_year_month(..., emit=False)``) stay silent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from connect_desktop.domain.mission import MissionStatus
from connect_desktop.domain.money import format_date
from connect_desktop.services.cra import CraMission
from connect_desktop.ui.cra.labels import month_names
from connect_desktop.ui.missions.labels import status_label

FIRST_YEAR, LAST_YEAR = 2000, 2100


class CraNavigator(QWidget):
    changed = Signal()

    def __init__(
        self, locale: str, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("craNavigator")
        self.locale = locale
        self.today = today
        self._quiet = False

        self.mission_combo = QComboBox()
        self.mission_combo.setObjectName("craMissionCombo")
        self.mission_combo.setAccessibleName(self.tr("Mission"))
        self.mission_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mission_combo.setMinimumContentsLength(28)
        self.mission_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        mission_label = QLabel(self.tr("M&ission:"))
        mission_label.setBuddy(self.mission_combo)

        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousMonthButton")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setToolTip(self.tr("Previous month (Ctrl+PgUp or Alt+Left)"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextMonthButton")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("Next month (Ctrl+PgDown or Alt+Right)"))
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("monthCombo")
        self.month_combo.setAccessibleName(self.tr("Month"))
        self.month_combo.addItems(month_names(locale))
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setKeyboardTracking(False)  # 2, 20, 202 are not years to load
        self.year_spin.setGroupSeparatorShown(False)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setObjectName("todayButton")
        self.today_button.setToolTip(self.tr("Go to the current month"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(mission_label)
        layout.addWidget(self.mission_combo, 1)
        layout.addSpacing(16)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.month_combo)
        layout.addWidget(self.year_spin)
        layout.addWidget(self.next_button)
        layout.addWidget(self.today_button)

        self._set(today().year, today().month)
        self.mission_combo.currentIndexChanged.connect(self._user_changed)
        self.month_combo.currentIndexChanged.connect(self._user_changed)
        self.year_spin.valueChanged.connect(self._user_changed)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)

    # -- missions ------------------------------------------------------------------------
    def set_missions(self, missions: list[CraMission], select_id: int | None) -> None:
        """Fill the selector, keeping ``select_id`` (else the current one, else the first)."""
        wanted = select_id if select_id is not None else self.mission_id()
        self._quiet = True
        try:
            self.mission_combo.clear()
            for mission in missions:
                text = self.tr("{title} — {client}").format(
                    title=mission.title, client=mission.client_name
                )
                if mission.status is not MissionStatus.ACTIVE:
                    text = self.tr("{mission} ({status})").format(
                        mission=text, status=status_label(mission.status).lower()
                    )
                self.mission_combo.addItem(text, mission.id)
                index = self.mission_combo.count() - 1
                self.mission_combo.setItemData(
                    index, self._dates(mission), Qt.ItemDataRole.ToolTipRole
                )
            index = self.mission_combo.findData(wanted) if wanted is not None else -1
            self.mission_combo.setCurrentIndex(max(index, 0) if missions else -1)
        finally:
            self._quiet = False

    def _dates(self, mission: CraMission) -> str:
        start = format_date(mission.start_on, self.locale)
        if mission.end_on is None:
            return self.tr("From {start}").format(start=start)
        return self.tr("From {start} to {end}").format(
            start=start, end=format_date(mission.end_on, self.locale)
        )

    def mission_id(self) -> int | None:
        data = self.mission_combo.currentData()
        return int(data) if data is not None else None

    def select_mission(self, mission_id: int) -> bool:
        """Select a mission the selector lists (``changed`` follows); False if absent."""
        index = self.mission_combo.findData(mission_id)
        if index < 0:
            return False
        self.mission_combo.setCurrentIndex(index)
        return True

    # -- months --------------------------------------------------------------------------
    def year_month(self) -> tuple[int, int]:
        return self.year_spin.value(), self.month_combo.currentIndex() + 1

    def set_year_month(self, year: int, month: int, *, emit: bool = True) -> None:
        if (year, month) == self.year_month():
            return
        self._set(year, month)
        if emit:
            self.changed.emit()

    def _set(self, year: int, month: int) -> None:
        self._quiet = True
        try:
            self.year_spin.setValue(year)
            self.month_combo.setCurrentIndex(month - 1)
        finally:
            self._quiet = False

    def step(self, months: int) -> None:
        year, month = self.year_month()
        index = year * 12 + month - 1 + months
        year, month = divmod(index, 12)
        if FIRST_YEAR <= year <= LAST_YEAR:
            self.set_year_month(year, month + 1)

    def go_today(self) -> None:
        today = self.today()
        self.set_year_month(today.year, today.month)

    def _user_changed(self) -> None:
        if not self._quiet:
            self.changed.emit()
