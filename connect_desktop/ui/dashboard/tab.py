"""The "Tableau de bord" tab: the money that is coming, month by month, and what speed
costs (DESIGN.md section 5).

The figures are computed off the UI thread by ``services.dashboard`` whenever data
changes; a tab that is hidden only notes that it is stale and reloads when shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.domain.money import ZERO, format_date, format_money
from connect_desktop.services.dashboard import Dashboard, load_dashboard
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.dashboard.chart import PaymentsChart
from connect_desktop.ui.dashboard.panels import FigureCard, TablePanel
from connect_desktop.ui.dashboard.table_models import OverduePaymentsModel, UpcomingPaymentsModel
from connect_desktop.ui.dashboard.year_panels import (
    OptionCostsPanel,
    OptionYearPanel,
    average_delay_text,
)
from connect_desktop.ui.empty_state import empty_state_page
from connect_desktop.ui.operations import run_job

# The payment tables fit their columns to their first rows and their widest amount and
# delay: formatting hundreds of rows would hold the UI thread.
PAYMENT_SAMPLE_ROWS = 12


class DashboardTab(QWidget):
    invoiceRequested = Signal(int)  # show this invoice in the invoices tab

    CONTENT_PAGE, EMPTY_PAGE = 0, 1

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTab")
        self.context = context
        self.dashboard: Dashboard | None = None
        self._stale = True
        self._generation = 0
        self.loads = 0  # figures shown so far (tests wait on it)
        locale = context.locale

        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.upcoming_card = FigureCard("upcomingCard", self.tr("To receive within 90 days"))
        self.overdue_card = FigureCard("overdueCard", self.tr("Overdue"))
        self.billed_card = FigureCard("billedCard", self.tr("Billed excl. VAT this year"))
        self.fees_card = FigureCard("feesCard", self.tr("Fees paid this year"))
        cards = QHBoxLayout()
        for card in (self.upcoming_card, self.overdue_card, self.billed_card, self.fees_card):
            cards.addWidget(card, 1)

        self.chart = PaymentsChart(locale)
        self.upcoming_model = UpcomingPaymentsModel(locale, self)
        self.upcoming_panel = TablePanel(
            "upcomingPanel",
            self.tr("Payments to come (next 90 days)"),
            self.upcoming_model,
            self.tr("No payment expected in the next 90 days."),
            stretch_column=UpcomingPaymentsModel.MISSION,
            sample_rows=PAYMENT_SAMPLE_ROWS,
        )
        self.overdue_model = OverduePaymentsModel(locale, self)
        self.overdue_panel = TablePanel(
            "overduePanel",
            self.tr("Overdue invoices"),
            self.overdue_model,
            self.tr("No overdue invoice: every payment due has been received."),
            stretch_column=OverduePaymentsModel.MISSION,
            sample_rows=PAYMENT_SAMPLE_ROWS,
        )
        self.undated_label = QLabel()
        self.undated_label.setObjectName("undatedLabel")
        self.option_year_panel = OptionYearPanel(locale)
        self.costs_panel = OptionCostsPanel(locale)
        for panel in (self.upcoming_panel, self.overdue_panel):
            panel.invoiceActivated.connect(self.invoiceRequested)

        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.addWidget(self.chart, 0, 0, 2, 1)
        grid.addWidget(self.upcoming_panel, 0, 1)
        grid.addWidget(self.overdue_panel, 1, 1)
        year_row = QHBoxLayout()
        year_row.addWidget(self.option_year_panel, 1, Qt.AlignmentFlag.AlignTop)
        year_row.addWidget(self.costs_panel, 1, Qt.AlignmentFlag.AlignTop)

        content = QWidget()  # no word-wrapped label in it (see panels.py)
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        layout.addLayout(year_row)
        layout.addWidget(self.undated_label)
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        content.setMinimumWidth(900)

        self.pages = QStackedWidget()
        self.pages.addWidget(scroll)
        self.pages.addWidget(
            empty_state_page(
                "dashboardEmptyState",
                "dashboardEmptyLabel",
                self.tr(
                    "Nothing to show yet. Once a client validates a CRA, this page shows "
                    "the payments to come and their dates, overdue invoices, what you "
                    "receive month by month and what the payment options cost you."
                ),
                560,
            )
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.pages.setCurrentIndex(self.EMPTY_PAGE)

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot()
    def refresh(self) -> None:
        """Data changed: recompute now if the tab is on screen, else when it is shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    @Slot()
    def reload(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        engine, today = self.context.engine, self.context.today()
        run_job(
            self,
            lambda: load_dashboard(engine, today),
            lambda dashboard: self._loaded(generation, dashboard),
            self._failed,
        )

    def _loaded(self, generation: int, dashboard: Dashboard) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        self.show_dashboard(dashboard)
        self.loads += 1

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ValueError):
            QMessageBox.warning(self, self.tr("Dashboard"), str(error))
            return
        raise error

    # -- showing -------------------------------------------------------------------------
    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        if dashboard.is_empty:
            self.pages.setCurrentIndex(self.EMPTY_PAGE)
            return
        self.pages.setCurrentIndex(self.CONTENT_PAGE)
        locale, today, totals = self.context.locale, dashboard.today, dashboard.totals
        self.heading.setText(
            self.tr("<b>Your payments as of {date}</b>").format(date=format_date(today, locale))
        )
        self.upcoming_card.set_figure(
            format_money(dashboard.upcoming_total, locale),
            self.tr("%n payment(s) expected", "", len(dashboard.upcoming)),
        )
        self.overdue_card.set_figure(
            format_money(dashboard.overdue_total, locale),
            self.tr("%n invoice(s) past the payment date", "", len(dashboard.overdue)),
        )
        self.billed_card.caption.setText(
            self.tr("Billed excl. VAT in {year}").format(year=totals.year)
        )
        self.billed_card.set_figure(
            format_money(totals.billed_ht, locale),
            self.tr("%n invoice(s) · average delay {delay}", "", totals.invoices_billed).format(
                delay=average_delay_text(totals.average_delay_days, locale)
            ),
        )
        self.billed_card.setToolTip(
            self.tr("Average delay: from the client's CRA validation to the payment.")
        )
        self.fees_card.caption.setText(self.tr("Fees paid in {year}").format(year=totals.year))
        fees_detail = self.tr("Received: {received}").format(
            received=format_money(totals.received, locale)
        )
        if totals.shortfall:
            fees_detail += self.tr(" · short by {amount} on partial payments").format(
                amount=format_money(totals.shortfall, locale)
            )
        self.fees_card.set_figure(format_money(totals.fees_paid, locale), fees_detail)
        self.chart.set_months(dashboard.months)
        self.upcoming_model.set_payments(dashboard.upcoming, today)
        self.overdue_model.set_overdue(dashboard.overdue)
        self.option_year_panel.set_totals(totals)
        self.costs_panel.set_costs(dashboard.costs, totals.year)
        undated = dashboard.undated
        self.undated_label.setVisible(bool(undated))
        if undated:
            amount = sum((record.net for record in undated), ZERO)
            self.undated_label.setText(
                self.tr(
                    "Waiting for the payment delay to start: %n invoice(s) ({amount}). "
                    "Import the invoice, then record LBC Finance's validation.",
                    "",
                    len(undated),
                ).format(amount=format_money(amount, locale))
            )
        self.setAccessibleDescription(self.chart.summary())

    def is_showing_content(self) -> bool:
        return self.pages.currentIndex() == self.CONTENT_PAGE
