"""File > Export (issue 7): the menu on a bare window, each export run off the UI thread
with its pickers replaced, the messages, cancelling and errors."""

from __future__ import annotations

import csv
import threading
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from connect_desktop.services.attachments import store_file
from connect_desktop.services.export_files import ExportCancelled, Progress, atomic_output
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.models import Attachment, Invoice
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.exports import ExportMenu, build_export_menu
from connect_desktop.ui.exports import dialogs as export_dialogs
from connect_desktop.ui.exports import menu as menu_module
from connect_desktop.ui.operations import run_job_with_progress, wait_for_jobs

TODAY = date(2026, 11, 28)


@dataclass
class Dialogs:
    """What the replaced dialogs were asked and what they answer."""

    out: Path
    answer: Path | None = None
    year: int | None = None
    suggested: list[Path] = field(default_factory=list)
    results: list[tuple[str, Path]] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    years: list[list[int]] = field(default_factory=list)

    def choose_save_path(
        self, _parent: Any, _title: str, suggested: Path, _filter: str
    ) -> Path | None:
        self.suggested.append(suggested)
        return self.answer

    def choose_year(self, _parent: Any, _title: str, _label: str, years: list[int]) -> int | None:
        self.years.append(years)
        return self.year

    def show_result(self, _parent: Any, _title: str, text: str, folder: Path) -> None:
        self.results.append((text, folder))

    def show_information(self, _parent: Any, _title: str, text: str) -> None:
        self.infos.append(text)

    def show_error(self, _parent: Any, _title: str, text: str) -> None:
        self.errors.append(text)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Dialogs:
    out = tmp_path / "out"
    out.mkdir()
    fake = Dialogs(out)
    for name in (
        "choose_save_path",
        "choose_year",
        "show_result",
        "show_information",
        "show_error",
    ):
        monkeypatch.setattr(export_dialogs, name, getattr(fake, name))
    return fake


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu(build_export_menu(window, context))
    window.show()
    qtbot.waitExposed(window)
    return window


def export_menu(window: QMainWindow) -> ExportMenu:
    menu = window.findChild(ExportMenu, "exportMenu")
    assert isinstance(menu, ExportMenu)
    return menu


def settle(qtbot: QtBot) -> None:
    for _ in range(4):
        assert wait_for_jobs()
        qtbot.wait(15)


def finish(qtbot: QtBot, menu: ExportMenu) -> None:
    """Wait until the export in progress (if any) has ended and every action is back."""
    settle(qtbot)
    qtbot.waitUntil(lambda: menu.run is None and menu.zip_action.isEnabled(), timeout=20_000)


def test_menu_has_the_four_exports(window: QMainWindow) -> None:
    menu = export_menu(window)
    assert menu.title() == "&Export"
    assert [action.text() for action in menu.actions()] == [
        "Invoices and credit notes (CSV, French format)…",
        "Invoices and credit notes (plain CSV)…",
        "Expected payments (iCalendar)…",
        "PDFs of a year (ZIP)…",
    ]


def test_french_csv_export_writes_the_file(
    qtbot: QtBot, window: QMainWindow, context: AppContext, fake: Dialogs
) -> None:
    fill_demo(context.engine, today=TODAY)
    fake.answer = fake.out / "factures"  # no extension typed: the menu adds it
    menu = export_menu(window)

    menu.csv_french_action.trigger()
    qtbot.waitUntil(lambda: bool(fake.results), timeout=20_000)
    finish(qtbot, menu)

    target = fake.out / "factures.csv"
    assert fake.suggested[0].name == "connect-invoices-2026-11-28.csv"
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    assert rows
    assert rows[0]["Status"] in {"Paid", "Final", "Specimen", "To import", "In review", "Cancelled"}
    assert Decimal(rows[0]["Amount excl. VAT"].replace(",", ".")) > 0
    (text, folder) = fake.results[0]
    assert text == f"{len(rows)} line(s) exported to {target} (invoices and credit notes)."
    assert folder == fake.out
    assert window.statusBar().currentMessage() == text
    assert sorted(path.name for path in fake.out.iterdir()) == ["factures.csv"]
    # The next export starts in the folder used last.
    fake.answer = None
    menu.csv_plain_action.trigger()
    settle(qtbot)
    assert fake.suggested[1] == fake.out / "connect-invoices-2026-11-28-plain.csv"


def test_ics_export_writes_a_calendar(
    qtbot: QtBot, window: QMainWindow, context: AppContext, fake: Dialogs
) -> None:
    fill_demo(context.engine, today=TODAY)
    fake.answer = fake.out / "paiements.ics"
    menu = export_menu(window)

    menu.ics_action.trigger()
    qtbot.waitUntil(lambda: bool(fake.results), timeout=20_000)
    finish(qtbot, menu)

    calendar = icalendar.Calendar.from_ical(fake.answer.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events
    assert fake.results[0][0].startswith(f"{len(events)} expected payment(s) exported to ")
    assert all(str(event["SUMMARY"]).startswith("Expected payment: ") for event in events)


def test_zip_export_asks_for_the_year(
    qtbot: QtBot, window: QMainWindow, context: AppContext, data_dir: Path, fake: Dialogs
) -> None:
    fill_demo(context.engine, today=TODAY)
    with unit_of_work(context.engine) as session:
        for invoice_id in session.exec(Invoice.__table__.select().with_only_columns(Invoice.id)):
            digest = store_file(data_dir, b"%PDF-1.4\n" + str(invoice_id).encode())
            session.add(
                Attachment(
                    invoice_id=invoice_id[0],
                    sha256=digest,
                    original_name="f.pdf",
                    size=10,
                    role="final",
                )
            )
    fake.year = 2026
    fake.answer = fake.out / "pdf.zip"
    menu = export_menu(window)

    menu.zip_action.trigger()
    qtbot.waitUntil(lambda: bool(fake.results), timeout=20_000)
    finish(qtbot, menu)

    assert fake.years == [[2026, 2025]]
    assert fake.suggested[0].name == "connect-pdf-2026.zip"
    assert fake.answer.stat().st_size > 0
    assert "PDF file(s) exported to" in fake.results[0][0]


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("csv_french_action", "There are no invoices to export yet."),
        ("ics_action", "No payment is expected: there is nothing to export."),
        ("zip_action", "There are no PDFs to export yet."),
    ],
)
def test_no_data_says_so_and_asks_for_no_file(
    qtbot: QtBot, window: QMainWindow, fake: Dialogs, action: str, message: str
) -> None:
    menu = export_menu(window)
    getattr(menu, action).trigger()
    qtbot.waitUntil(lambda: bool(fake.infos), timeout=10_000)
    finish(qtbot, menu)
    assert fake.infos == [message]
    assert fake.suggested == []
    assert list(fake.out.iterdir()) == []


def test_cancel_leaves_no_file(
    qtbot: QtBot,
    window: QMainWindow,
    context: AppContext,
    fake: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fill_demo(context.engine, today=TODAY)
    started = threading.Event()
    cancelled = threading.Event()

    def slow_export(_engine: Any, path: Path, *, progress: Progress, **_options: Any) -> int:
        with atomic_output(path, "w") as stream:
            stream.write("half")
            progress(0, 10)
            started.set()
            assert cancelled.wait(10)
            progress(1, 10)  # raises ExportCancelled
        return 10

    monkeypatch.setattr(menu_module, "export_invoices_csv", slow_export)
    fake.answer = fake.out / "factures.csv"
    menu = export_menu(window)

    menu.csv_french_action.trigger()
    qtbot.waitUntil(lambda: menu.run is not None and started.is_set(), timeout=10_000)
    assert not menu.zip_action.isEnabled()  # one export at a time
    assert menu.run is not None
    dialog = menu.run.dialog
    # A long export shows its progress after half a second; its Cancel button stops it.
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    (button,) = dialog.findChildren(QPushButton)
    assert button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    cancelled.set()
    finish(qtbot, menu)

    assert fake.results == []
    assert window.statusBar().currentMessage() == "Export cancelled: no file was written."
    assert list(fake.out.iterdir()) == []


def test_unwritable_target_gets_a_clear_message(
    qtbot: QtBot, window: QMainWindow, context: AppContext, fake: Dialogs
) -> None:
    fill_demo(context.engine, today=TODAY)
    fake.answer = fake.out / "missing-folder" / "factures.csv"
    menu = export_menu(window)

    menu.csv_plain_action.trigger()
    qtbot.waitUntil(lambda: bool(fake.errors), timeout=20_000)
    finish(qtbot, menu)

    assert fake.errors[0].startswith("The file could not be written: No such file or directory.")
    assert fake.results == []
    assert list(fake.out.iterdir()) == []


def test_progress_reaches_the_ui_thread(qtbot: QtBot, window: QMainWindow) -> None:
    seen: list[tuple[int, int, bool]] = []
    results: list[Any] = []
    main_thread = threading.current_thread()

    def work(progress: Progress) -> str:
        for done in range(4):
            progress(done, 3)
        return "ok"

    def on_progress(done: int, total: int) -> None:
        seen.append((done, total, threading.current_thread() is main_thread))

    run_job_with_progress(window, work, results.append, pytest.fail, on_progress)
    qtbot.waitUntil(lambda: results == ["ok"], timeout=10_000)
    assert seen == [(0, 3, True), (1, 3, True), (2, 3, True), (3, 3, True)]


def test_a_cancelled_job_fails_with_export_cancelled(qtbot: QtBot, window: QMainWindow) -> None:
    errors: list[Exception] = []

    def work(_progress: Progress) -> None:
        raise ExportCancelled

    run_job_with_progress(window, work, pytest.fail, errors.append, lambda _d, _t: None)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], ExportCancelled)
