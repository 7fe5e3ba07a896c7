"""The chart of expected and received net payments per month (Qt Charts).

Qt Charts formats value-axis labels with printf, which cannot write ``12 500 €``; the
amount axis is therefore a ``QCategoryAxis`` whose labels sit on round values computed
here and formatted by babel. Months still to come are drawn in a lighter shade.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from babel.dates import format_date as babel_date
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Slot
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from connect_desktop.domain.forecast import MonthFlow
from connect_desktop.domain.money import ZERO, format_money, format_whole_money
from connect_desktop.ui.cra.labels import month_title
from connect_desktop.ui.invoices.labels import is_dark

# (light theme, dark theme), each readable on its theme's background.
_EXPECTED_COLORS = ("#1565c0", "#90caf9")
_RECEIVED_COLORS = ("#2e7d32", "#a5d6a7")
_NICE_STEPS = (1, 2, 2.5, 5)


def nice_ticks(highest: Decimal, most: int = 6) -> list[int]:
    """Round values from 0 up to at least ``highest``, at most ``most`` intervals apart
    (0, 5 000, 10 000, 15 000...)."""
    top = max(int(highest), 1)
    scale = 1
    while True:
        for step in _NICE_STEPS:
            size = int(step * scale)
            if size and size * most >= top:
                count = -(-top // size)  # ceiling
                return [size * index for index in range(count + 1)]
        scale *= 10


def month_label(year: int, month: int, locale: str) -> str:
    """``nov.`` over ``2026``: short enough for fifteen months side by side."""
    day = date(year, month, 1)
    return f"{babel_date(day, 'MMM', locale=locale)}<br>{year}"


class PaymentsChart(QChartView):
    """Expected and received payments per month; hovering a bar shows its figures."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsChart")
        self.locale = locale
        self.months: tuple[MonthFlow, ...] = ()
        # The axes' labels, kept here: reading them back from Qt (categories(),
        # categoriesLabels()) corrupts the chart's ownership in PySide6 and crashes later.
        self._month_labels: list[str] = []
        self._amount_labels: list[str] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)
        # The view's own chart: replacing it with setChart() would orphan this one.
        chart = self.chart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # Every chart item gets a Qt parent at birth: the chart then owns it in C++
        # alone, and Python never deletes it a second time at exit.
        self.expected_set = QBarSet(QCoreApplication.translate("PaymentsChart", "Expected"), self)
        self.received_set = QBarSet(QCoreApplication.translate("PaymentsChart", "Received"), self)
        self.series = QBarSeries(self)
        self.series.append(self.expected_set)
        self.series.append(self.received_set)
        chart.addSeries(self.series)
        self.month_axis = QBarCategoryAxis(self)
        self.amount_axis = QCategoryAxis(self)
        self.amount_axis.setLabelsPosition(
            QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue
        )
        chart.addAxis(self.month_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.amount_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.month_axis)
        self.series.attachAxis(self.amount_axis)
        self.expected_set.hovered.connect(self._hovered)
        self.received_set.hovered.connect(self._hovered)
        self._apply_palette()

    def _apply_palette(self) -> None:
        palette = self.palette()
        dark = is_dark(palette)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        for bar_set, colors in (
            (self.expected_set, _EXPECTED_COLORS),
            (self.received_set, _RECEIVED_COLORS),
        ):
            color = QColor(colors[1] if dark else colors[0])
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            # Months to come are a forecast: the same colour, lighter.
            future = QColor(color)
            future.setAlpha(110)
            bar_set.setSelectedColor(future)
        chart = self.chart()
        chart.legend().setLabelColor(text)
        for axis in (self.month_axis, self.amount_axis):
            axis.setLabelsColor(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)

    def set_months(self, months: Sequence[MonthFlow]) -> None:
        self.months = tuple(months)
        self.expected_set.remove(0, self.expected_set.count())
        self.received_set.remove(0, self.received_set.count())
        self.expected_set.append([float(item.expected) for item in self.months])
        self.received_set.append([float(item.received) for item in self.months])
        future = [index for index, item in enumerate(self.months) if item.is_future]
        for bar_set in (self.expected_set, self.received_set):
            bar_set.deselectAllBars()
            bar_set.selectBars(future)
        self._month_labels = [
            month_label(item.year, item.month, self.locale) for item in self.months
        ]
        self.month_axis.clear()
        self.month_axis.append(self._month_labels)
        self._set_amount_axis(
            max(
                (max(item.expected, item.received) for item in self.months),
                default=ZERO,
            )
        )
        self.setAccessibleDescription(self.summary())

    def _set_amount_axis(self, highest: Decimal) -> None:
        for label in self._amount_labels:
            self.amount_axis.remove(label)
        ticks = nice_ticks(highest)
        self._amount_labels = [
            format_whole_money(Decimal(value), self.locale) for value in ticks[1:]
        ]
        self.amount_axis.setStartValue(0)
        for label, value in zip(self._amount_labels, ticks[1:], strict=True):
            self.amount_axis.append(label, value)
        self.amount_axis.setRange(0, ticks[-1])

    def labels(self) -> list[str]:
        """The month labels along the bottom axis."""
        return list(self._month_labels)

    def amount_labels(self) -> list[str]:
        return list(self._amount_labels)

    def tooltip(self, index: int) -> str:
        """The figures of one month, as the bar's tooltip shows them."""
        month = self.months[index]
        lines = [
            month_title(month.year, month.month, self.locale),
            QCoreApplication.translate("PaymentsChart", "Expected: {amount}").format(
                amount=format_money(month.expected, self.locale)
            ),
            QCoreApplication.translate("PaymentsChart", "Received: {amount}").format(
                amount=format_money(month.received, self.locale)
            ),
        ]
        if month.overdue:
            lines.append(
                QCoreApplication.translate("PaymentsChart", "Of which overdue: {amount}").format(
                    amount=format_money(month.overdue, self.locale)
                )
            )
        if month.is_future:
            lines.append(
                QCoreApplication.translate("PaymentsChart", "Forecast: the month has not come yet.")
            )
        return "\n".join(lines)

    def summary(self) -> str:
        """What the chart shows, in words (for screen readers)."""
        expected = sum((item.expected for item in self.months if item.is_future), ZERO)
        received = sum((item.received for item in self.months), ZERO)
        return QCoreApplication.translate(
            "PaymentsChart",
            "Received over the last twelve months: {received}. Expected over the next "
            "three months: {expected}.",
        ).format(
            received=format_money(received, self.locale),
            expected=format_money(expected, self.locale),
        )

    @Slot(bool, int)
    def _hovered(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self.months):
            QToolTip.showText(QCursor.pos(), self.tooltip(index), self)
        else:
            QToolTip.hideText()
