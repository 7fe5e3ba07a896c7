"""The main window: tabs, menus, shortcuts, status bar and the first-run welcome."""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from connect_desktop import APP_NAME, __version__
from connect_desktop.resources import resource_path
from connect_desktop.services.overview import StartupState, load_startup_state
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.exports import build_export_menu
from connect_desktop.ui.main_tabs import MainTabs
from connect_desktop.ui.operations import call_when_idle, run_job
from connect_desktop.ui.reminders.center import ReminderCenter
from connect_desktop.ui.status import next_payment_text
from connect_desktop.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from connect_desktop.ui.cra.tab import CraTab
    from connect_desktop.ui.dashboard.tab import DashboardTab
    from connect_desktop.ui.invoices.tab import InvoicesTab
    from connect_desktop.ui.missions.tab import MissionsTab


def edit_profile(
    parent: QWidget, context: AppContext, on_restore: Callable[[Path], None] | None = None
) -> bool:
    """Open Profile and settings (its modules load on first use; tests replace this)."""
    from connect_desktop.ui.profile.dialog import edit_profile as open_profile_dialog

    return open_profile_dialog(parent, context, on_restore=on_restore)


def prepare_pdf_work() -> None:
    """Start the process that reads imported PDFs and parse the fonts documents are made
    with (on the job thread), so that the first import or specimen does not wait."""
    from connect_desktop.services.pdf_render import prepare_fonts
    from connect_desktop.services.pdf_sandbox import start_reader

    start_reader()
    prepare_fonts()


def show_about(parent: QWidget, title: str, text: str) -> None:
    """The About box (a small function so that tests can replace it)."""
    QMessageBox.about(parent, title, text)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.restore_requested: Path | None = None  # a backup to put in place on closing
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        icon_file = resource_path("icons", "app.png")
        if icon_file.exists():
            self.setWindowIcon(QIcon(str(icon_file)))

        self.tabs = MainTabs(context)
        self.tabs.invoiceRequested.connect(self.show_invoice)
        self.tabs.dataChanged.connect(self._data_changed)
        self.tabs.invoicesBuilt.connect(self._invoices_built)
        self._started = False  # the start-up state was applied once

        self.welcome = WelcomePage()
        self.welcome.completeProfileRequested.connect(self.open_profile)
        self.welcome.loadSampleRequested.connect(self.load_sample)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)

        # The reminders' banner sits above the tabs; the center checks at start and daily.
        self.reminders = ReminderCenter(context, self)
        self.reminders.navigateRequested.connect(self._reminder_navigation)
        self.reminders.newDay.connect(self._new_day)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.reminders.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel()
        self.status_label.setObjectName("nextPaymentLabel")
        self.statusBar().addPermanentWidget(self.status_label)

        self._build_menus()
        self._restore_state()
        self.current_tab()  # built now if the restored tab is the first one
        self.refresh()

    # -- tabs ----------------------------------------------------------------------------
    @property
    def dashboard_tab(self) -> DashboardTab:
        return self.tabs.dashboard

    @property
    def missions_tab(self) -> MissionsTab:
        return self.tabs.missions

    @property
    def cra_tab(self) -> CraTab:
        return self.tabs.cra

    @property
    def invoices_tab(self) -> InvoicesTab:
        return self.tabs.invoices

    def current_tab(self) -> QWidget:
        return self.tabs.current_tab()

    @Slot()
    def _invoices_built(self) -> None:
        # Once the window is idle: the invoices tab is where PDFs are dropped and made.
        call_when_idle(
            lambda: run_job(self, prepare_pdf_work, lambda _none: None, self._job_failed)
        )

    @Slot()
    def _data_changed(self) -> None:
        self.refresh()
        if self._started:
            self.reminders.refresh()

    @Slot()
    def _new_day(self) -> None:
        self.tabs.new_day()
        self.refresh()

    # -- menus ---------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_mission_action = self._action(
            self.tr("&New mission"), self.new_mission, QKeySequence.StandardKey.New
        )
        self.new_mission_action.setShortcut(QKeySequence("Ctrl+N"))
        file_menu.addAction(self.new_mission_action)
        file_menu.addSeparator()
        self.settings_action = self._action(
            self.tr("&Profile and settings…"), self.open_profile, "Ctrl+,"
        )
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self._action(self.tr("Open the &data folder"), self.open_data_dir))
        file_menu.addSeparator()
        self.export_menu = build_export_menu(self, self.context)
        file_menu.addMenu(self.export_menu)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(
            self._action(
                self.tr("&Find a mission"), lambda: self.missions_tab.focus_filter(), "Ctrl+F"
            )
        )
        edit_menu.addAction(
            self._action(
                self.tr("&Archive or restore the mission"),
                lambda: self.missions_tab.toggle_archive_selected(),
                "Ctrl+Shift+A",
            )
        )

        view_menu = bar.addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):
            label = self.tabs.tabText(index).replace("&", "")
            view_menu.addAction(
                self._action(
                    label, lambda _checked=False, i=index: self.show_tab(i), f"Ctrl+{index + 1}"
                )
            )
        view_menu.addSeparator()
        self.show_archived_action = QAction(self.tr("Show &archived missions"), self)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.toggled.connect(self.tabs.set_show_archived)
        view_menu.addAction(self.show_archived_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Connect Desktop"), self.about, "F1")
        help_menu.addAction(self.about_action)

    # -- state ---------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.context.settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        tab = settings.value("window/tab", 0)
        self.tabs.setCurrentIndex(int(tab) if str(tab).isdigit() else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self.context.settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.sync()
        super().closeEvent(event)

    # -- actions -------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Reload what the window shows: first-run state, status bar, and the missions
        the first time the tabs appear (the tab reloads itself after its own changes)."""
        run_job(
            self,
            lambda: load_startup_state(self.context.engine, self.context.today()),
            self._apply_startup_state,
            self._job_failed,
        )

    def _apply_startup_state(self, state: StartupState) -> None:
        self.status_label.setText(next_payment_text(state.next_payment, self.context.locale))
        if state.first_run and self.pages.currentWidget() is self.welcome:
            return
        self.pages.setCurrentWidget(self.tabs)
        if not self._started:
            self._started = True
            self.tabs.start_loading()
            self.reminders.start()

    @Slot()
    def refresh_status(self) -> None:
        self.refresh()

    def _job_failed(self, error: Exception) -> None:
        if isinstance(error, ValueError):
            QMessageBox.warning(self, APP_NAME, str(error))
            return
        raise error

    @Slot()
    def new_mission(self) -> None:
        self.pages.setCurrentWidget(self.tabs)
        self.show_tab(MainTabs.MISSIONS)
        self.missions_tab.new_mission()

    @Slot()
    def open_profile(self) -> None:
        if edit_profile(self, self.context, on_restore=self.request_restore):
            self.refresh()
            self.tabs.refresh_dashboard()
            if self._started:
                self.reminders.refresh()  # the choices or the holiday zone may have changed

    @Slot()
    def load_sample(self) -> None:
        from connect_desktop.store.demo import fill_demo

        self.welcome.set_busy(True)
        run_job(
            self,
            lambda: fill_demo(self.context.engine, today=self.context.today()),
            lambda _summary: self._sample_loaded(),
            self._sample_failed,
        )

    def _sample_loaded(self) -> None:
        self.welcome.set_busy(False)
        self.refresh()

    def _sample_failed(self, error: Exception) -> None:
        self.welcome.set_busy(False)
        self._job_failed(error)

    @Slot()
    def open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir)))

    def request_restore(self, backup: Path) -> None:
        """Restore ``backup`` (already checked): the window closes, the database is
        closed and replaced, and a new window opens on the restored data."""
        self.restore_requested = backup
        self.close()

    @Slot(str)
    def _reminder_navigation(self, target: str) -> None:
        self.show_tab(MainTabs.CRA if target == "cra" else MainTabs.INVOICES)

    @Slot(int)
    def show_invoice(self, invoice_id: int) -> None:
        """Go to the invoices tab with this invoice selected."""
        # Before the tab shows, so that its first load selects this invoice.
        self.invoices_tab.reveal_invoice(invoice_id)
        self.show_tab(MainTabs.INVOICES)

    def show_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.pages.setCurrentWidget(self.tabs)
            self.tabs.setCurrentIndex(index)

    @Slot()
    def about(self) -> None:
        text = self.tr(
            "<h3>{name} {version}</h3>"
            "<p>Missions, activity reports, payments and invoices for freelancers on "
            "LittleBig Connection Connect missions. Your data stays on this computer.</p>"
            "<p>Data folder: {folder}<br>Python {python}, {system}</p>"
        ).format(
            name=APP_NAME,
            version=__version__,
            folder=self.context.data_dir,
            python=platform.python_version(),
            system=platform.platform(terse=True),
        )
        show_about(self, self.tr("About {name}").format(name=APP_NAME), text)
