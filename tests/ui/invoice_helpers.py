"""Helpers of the invoices tab tests: missions with a validated CRA, PDFs made with fpdf2,
drops of files on the tab, and waiting for the tab's jobs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

import connect_desktop
from connect_desktop.domain.invoice import InvoicingMode
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services import cra as cra_service
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.missions import create_mission
from connect_desktop.store.profile import save_profile
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.invoices.tab import InvoicesTab
from connect_desktop.ui.invoices.table_model import INVOICE_ID_ROLE
from connect_desktop.ui.operations import wait_for_jobs

TODAY = date(2026, 11, 28)  # the context's day, a Saturday
FONT = Path(connect_desktop.__file__).parent / "resources" / "fonts" / "DejaVuSans.ttf"
NNBSP, NBSP = "\u202f", "\xa0"
MY_SIRET = "73282932000074"


def plain(text: str) -> str:
    return text.replace(NNBSP, " ").replace(NBSP, " ")


def new_mission(engine: Engine, **overrides: Any) -> int:
    fields: dict[str, Any] = {
        "title": "Refonte du SI",
        "client_name": "Banque Exemple",
        "start_on": date(2026, 1, 5),
        "daily_rate": Decimal("600"),
        "signed_on": date(2025, 12, 15),
        "payment_option": PaymentOption.EXPRESS,
        "invoicing_mode": InvoicingMode.PLATFORM,
    }
    fields.update(overrides)
    with unit_of_work(engine) as session:
        mission = create_mission(session, **fields)
        assert mission.id is not None
        return mission.id


def set_siret(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, full_name="Jean Dupont", siret=MY_SIRET)


def working_days(year: int, month: int, count: Decimal) -> dict[date, int]:
    """``count`` days (full days, a half day last) on the month's first working days."""
    from connect_desktop.domain.calendar import days_of_month, is_working_day

    halves = int(count * 2)
    days: dict[date, int] = {}
    for day in days_of_month(year, month):
        if halves <= 0:
            break
        if is_working_day(day, None):
            days[day] = min(2, halves)
            halves -= days[day]
    return days


def validated_cra(
    engine: Engine,
    mission_id: int,
    year: int = 2026,
    month: int = 11,
    days: Decimal = Decimal("5"),
    validated_on: date = date(2026, 11, 27),
    data_dir: Path | None = None,
) -> None:
    """A CRA entered, submitted and validated through the CRA service: it creates the
    invoice (and, with ``data_dir``, its specimen PDF)."""
    cra = cra_service.set_days(
        engine, mission_id, year, month, working_days(year, month, days), TODAY
    )
    assert cra.cra_id is not None
    cra_service.submit(engine, cra.cra_id, validated_on)
    cra_service.record_validation(engine, cra.cra_id, validated_on, TODAY, data_dir=data_dir)


def text_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with these lines (fpdf2, the bundled DejaVu font)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    for line in lines:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))
    return path


def invoice_lines(
    number: str = "FA-2026-011",
    ht: str = "11 100,00",
    vat: str = "2 220,00",
    ttc: str = "13 320,00",
    period: str = "Période du 01/11/2026 au 30/11/2026",
    siret: str = "732 829 320 00074",
) -> list[str]:
    """A freelancer's invoice to LBC: 18,5 days x 600 € for November 2026 by default."""
    return [
        "Jean Dupont EI",
        "12 rue des Lilas, 69001 Lyon",
        f"SIRET : {siret}",
        f"Facture n° {number}",
        "Date : 28/11/2026",
        "Facturé à :",
        "LITTLE BIG CONNECTION SAS",
        "7 rue de Châteaudun, 75009 Paris",
        "SIRET 793 569 757 00016",
        period,
        "Prestation de développement : 18,5 jours × 600,00 €",
        f"Total HT : {ht} €",
        f"TVA 20 % : {vat} €",
        f"Total TTC : {ttc} €",
        "Pas d'escompte pour paiement anticipé.",
    ]


def blank_pdf(path: Path) -> Path:
    """A page with a drawing and no text (what a scan looks like to the reader)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 60, style="F")
    path.write_bytes(bytes(pdf.output()))
    return path


def settle(qtbot: QtBot, rounds: int = 4) -> None:
    """Let queued jobs run and deliver their results (a job may queue another)."""
    for _ in range(rounds):
        assert wait_for_jobs()
        qtbot.wait(15)


def open_tab(qtbot: QtBot, context: AppContext) -> InvoicesTab:
    tab = InvoicesTab(context)
    qtbot.addWidget(tab)
    tab.resize(1300, 820)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(tab.rows_loaded, timeout=10_000)
    settle(qtbot)
    return tab


def reload(qtbot: QtBot, tab: InvoicesTab) -> None:
    tab.reload()
    settle(qtbot)
    qtbot.waitUntil(tab.rows_loaded, timeout=10_000)
    settle(qtbot)


def ids(tab: InvoicesTab) -> list[int]:
    model = tab.model
    return [model.index(row, 0).data(INVOICE_ID_ROLE) for row in range(model.rowCount())]


def cell(tab: InvoicesTab, invoice_id: int, column: int) -> str:
    row = tab.model.row_of(invoice_id)
    assert row >= 0, invoice_id
    return plain(tab.model.index(row, column).data() or "")


def row_point(tab: InvoicesTab, invoice_id: int) -> QPoint:
    """The centre of an invoice's row, in the tab's coordinates."""
    index = tab.model.index(tab.model.row_of(invoice_id), 1)
    rect = tab.table.visualRect(index)
    return tab.table.viewport().mapTo(tab, rect.center())


def drop(qtbot: QtBot, tab: InvoicesTab, paths: list[Path], at: QPoint | None = None) -> bool:
    """Drag files over the tab and drop them (at ``at``, else on the filter bar)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = at if at is not None else QPoint(8, 8)
    action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, mime, button, modifiers)
    QApplication.sendEvent(tab, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(point), action, mime, button, modifiers)
    QApplication.sendEvent(tab, event)
    settle(qtbot)
    return True


def wait_for(qtbot: QtBot, condition: Callable[[], bool], timeout: int = 10_000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)
    settle(qtbot)
