"""The main window's four tabs: each built the first time it is needed, and how a change
made in one reaches the others.

Only the tab shown at start is built (and its modules imported, and its data loaded)
before the window first appears; the others wait until they are shown or asked for. A
change reaches the tabs that exist: a tab built later reads fresh data anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from connect_desktop.ui.context import AppContext
from connect_desktop.ui.tab_page import TabPage

if TYPE_CHECKING:
    from connect_desktop.ui.cra.tab import CraTab
    from connect_desktop.ui.dashboard.tab import DashboardTab
    from connect_desktop.ui.invoices.tab import InvoicesTab
    from connect_desktop.ui.missions.tab import MissionsTab


class MainTabs(QTabWidget):
    DASHBOARD, MISSIONS, CRA, INVOICES = range(4)

    dataChanged = Signal()  # missions, CRAs or invoices changed in one of the tabs
    invoiceRequested = Signal(int)  # the dashboard asks to show this invoice
    invoicesBuilt = Signal()  # the invoices tab exists now (files may be dropped on it)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainTabs")
        self.setDocumentMode(True)
        self._loading = False  # tabs that load on request wait for the start-up state
        self._show_archived = False
        self._synced_mission: int | None = None
        self._dashboard = TabPage(self._build_dashboard, self._dashboard_built)
        self._missions = TabPage(self._build_missions, self._missions_built)
        self._cra = TabPage(self._build_cra, self._cra_built)
        self._invoices = TabPage(self._build_invoices, self._invoices_built)
        # The window's own translation context: these are its tabs' names.
        self.addTab(self._dashboard, QCoreApplication.translate("MainWindow", "&Dashboard"))
        self.addTab(self._missions, QCoreApplication.translate("MainWindow", "&Missions"))
        self.addTab(self._cra, QCoreApplication.translate("MainWindow", "&CRA"))
        self.addTab(self._invoices, QCoreApplication.translate("MainWindow", "Connect &invoices"))
        self.currentChanged.connect(self._current_changed)

    # -- the tabs ------------------------------------------------------------------------
    @property
    def dashboard(self) -> DashboardTab:
        return self._dashboard.content()

    @property
    def missions(self) -> MissionsTab:
        return self._missions.content()

    @property
    def cra(self) -> CraTab:
        return self._cra.content()

    @property
    def invoices(self) -> InvoicesTab:
        return self._invoices.content()

    def current_tab(self) -> QWidget:
        """The widget of the tab shown (built by now: showing a tab builds it)."""
        return self.widget_at(self.currentIndex())

    def widget_at(self, index: int) -> QWidget:
        page = self.widget(index)
        return page.content() if isinstance(page, TabPage) else page

    def _build_dashboard(self) -> DashboardTab:
        from connect_desktop.ui.dashboard.tab import DashboardTab

        return DashboardTab(self.context)

    def _dashboard_built(self, tab: DashboardTab) -> None:
        tab.invoiceRequested.connect(self.invoiceRequested)

    def _build_missions(self) -> MissionsTab:
        from connect_desktop.ui.missions.tab import MissionsTab

        return MissionsTab(self.context)

    def _missions_built(self, tab: MissionsTab) -> None:
        tab.missionsChanged.connect(self._missions_changed)
        tab.set_show_archived(self._show_archived)
        if self._loading:
            tab.reload()

    def _build_cra(self) -> CraTab:
        from connect_desktop.ui.cra.tab import CraTab

        return CraTab(self.context)

    def _cra_built(self, tab: CraTab) -> None:
        tab.craChanged.connect(self._cra_changed)

    def _build_invoices(self) -> InvoicesTab:
        from connect_desktop.ui.invoices.tab import InvoicesTab

        return InvoicesTab(self.context)

    def _invoices_built(self, tab: InvoicesTab) -> None:
        tab.invoicesChanged.connect(self._invoices_changed)
        self.invoicesBuilt.emit()

    @Slot(int)
    def _current_changed(self, index: int) -> None:
        """Build the tab on its first showing; going to the CRA tab shows the mission last
        selected in the Missions tab."""
        self.widget_at(index)
        if index != self.CRA or (missions := self._missions.built()) is None:
            return
        view = missions.selected_view()
        if view is not None and view.id != self._synced_mission:
            self._synced_mission = view.id
            self.cra.select_mission(view.id)

    # -- what the window asks ------------------------------------------------------------
    def start_loading(self) -> None:
        """The start-up state is known: the tabs that load on request may load now."""
        if self._loading:
            return
        self._loading = True
        if (missions := self._missions.built()) is not None:
            missions.reload()
        if (cra := self._cra.built()) is not None:
            cra.reload_missions()

    def set_show_archived(self, show: bool) -> None:
        self._show_archived = show
        if (missions := self._missions.built()) is not None:
            missions.set_show_archived(show)

    def refresh_dashboard(self) -> None:
        if (dashboard := self._dashboard.built()) is not None:
            dashboard.refresh()

    def new_day(self) -> None:
        """Past midnight, payments fall due or late: the figures that count days are redone."""
        self.refresh_dashboard()
        if (invoices := self._invoices.built()) is not None:
            invoices.refresh()

    # -- a change in one tab reaches the others ------------------------------------------
    @Slot()
    def _missions_changed(self) -> None:
        if (cra := self._cra.built()) is not None:
            cra.reload_missions()
        if (invoices := self._invoices.built()) is not None:
            invoices.refresh()
        self._changed()

    @Slot()
    def _cra_changed(self) -> None:
        if (missions := self._missions.built()) is not None:
            missions.reload()
        if (invoices := self._invoices.built()) is not None:
            invoices.refresh()
        self._changed()

    @Slot()
    def _invoices_changed(self) -> None:
        self._changed()

    def _changed(self) -> None:
        self.refresh_dashboard()
        self.dataChanged.emit()
