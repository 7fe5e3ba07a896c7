"""The freelancer's own invoice from the invoices tab (issue 6 points 2, 4 and 5): refused
with the French list of what the profile lacks; generated, reviewed and issued; cancelled
by a credit note."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from invoice_helpers import TODAY, new_mission, open_tab, settle, validated_cra
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import select

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.services.invoices import load_invoice_detail
from connect_desktop.services.own_invoice_issue import OwnInvoicePreview, issued_own_invoice_for
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.models import OwnInvoice, OwnInvoiceStatus
from connect_desktop.store.profile import save_profile
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.invoices import dialogs, own_invoice_actions
from connect_desktop.ui.invoices.tab import InvoicesTab

PROFILE = {
    "full_name": "Camille Martin",
    "legal_form": "EI",
    "siret": "90765432100005",
    "vat_number": "FR24907654321",
    "address_line1": "12 rue des Lilas",
    "postcode": "75011",
    "city": "Paris",
    "invoice_prefix": "CM-",
}


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def french(qapp: QApplication) -> Any:
    """The French translation installed, as the app does for a French user."""
    translator = QTranslator()
    qm = ROOT / "connect_desktop" / "resources" / "translations" / "connect_desktop_fr.qm"
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def manual_invoice(context: AppContext) -> None:
    mission_id = new_mission(context.engine, invoicing_mode=InvoicingMode.MANUAL_IMPORT)
    validated_cra(context.engine, mission_id, days=Decimal("5"))


def click(qtbot: QtBot, tab: InvoicesTab, button: QPushButton) -> None:
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(tab.rows_loaded, timeout=10_000)
    settle(qtbot)


def status_of(context: AppContext, invoice_id: int) -> InvoiceStatus:
    return load_invoice_detail(context.engine, invoice_id).row.status


def own_rows(context: AppContext) -> list[OwnInvoice]:
    with read_session(context.engine) as session:
        return list(session.exec(select(OwnInvoice).order_by(OwnInvoice.id)))


def test_an_incomplete_profile_is_refused_with_the_french_list(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, french: Any
) -> None:
    manual_invoice(context)
    with unit_of_work(context.engine) as session:
        save_profile(session, full_name="Camille Martin")
    opened: list[Path] = []
    asked: list[Any] = []
    monkeypatch.setattr(dialogs, "open_file", opened.append)
    monkeypatch.setattr(own_invoice_actions, "confirm_issue", lambda *args: asked.append(args))
    tab = open_tab(qtbot, context)
    invoice_id = tab.model.rows()[0].id
    own = tab.own_invoices
    assert not own.credit_button.isVisible()

    click(qtbot, tab, own.generate_button)

    assert tab.message() == (
        "⚠ Votre facture ne peut pas être émise : il manque au profil SIRET, adresse, "
        "numéro de TVA. Complétez-le (Profil et paramètres…), puis réessayez."
    )
    assert opened == []
    assert asked == []
    assert own_rows(context) == []
    assert status_of(context, invoice_id) is InvoiceStatus.TO_IMPORT


def test_generate_review_issue_then_credit_note(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, french: Any
) -> None:
    manual_invoice(context)
    with unit_of_work(context.engine) as session:
        save_profile(session, **PROFILE)
    opened: list[Path] = []
    previews: list[OwnInvoicePreview] = []

    def confirm(parent: Any, preview: OwnInvoicePreview) -> date:
        previews.append(preview)
        return TODAY

    monkeypatch.setattr(dialogs, "open_file", opened.append)
    monkeypatch.setattr(own_invoice_actions, "confirm_issue", confirm)
    tab = open_tab(qtbot, context)
    invoice_id = tab.model.rows()[0].id
    own = tab.own_invoices
    assert own.generate_button.isVisible()
    assert not own.credit_button.isVisible()

    # Generate: the preview is opened for review, then the invoice is issued and imported.
    click(qtbot, tab, own.generate_button)
    assert len(opened) == 1
    assert opened[0].suffix == ".pdf"
    assert opened[0].is_file()
    assert previews[0].data.number == "BROUILLON"
    assert tab.message() == "Facture CM-2026-0001 émise et importée."
    assert status_of(context, invoice_id) is InvoiceStatus.IN_REVIEW
    (issued,) = own_rows(context)
    assert issued.status == OwnInvoiceStatus.ISSUED
    assert issued.number == "CM-2026-0001"
    assert issued_own_invoice_for(context.engine, invoice_id) == (issued.id, "CM-2026-0001")
    qtbot.waitUntil(own.credit_button.isVisible, timeout=5_000)
    assert not own.generate_button.isVisible()

    # Credit note: asks date and reason, cancels the original.
    asked: list[tuple[Any, ...]] = []

    def credit(*args: Any) -> tuple[date, str]:
        asked.append(args)
        return TODAY, "Erreur de période"

    monkeypatch.setattr(own_invoice_actions, "ask_credit_note", credit)
    click(qtbot, tab, own.credit_button)
    assert asked
    assert asked[0][3] == "CM-2026-0001"
    assert tab.message() == "Avoir CM-2026-0002 émis : la facture CM-2026-0001 est annulée."
    original, credit_note = own_rows(context)
    assert original.status == OwnInvoiceStatus.CANCELLED
    assert credit_note.kind is InvoiceKind.CREDIT_NOTE
    assert credit_note.number == "CM-2026-0002"
    assert credit_note.amount_ttc_cents == -original.amount_ttc_cents
    # A corrected invoice can now be issued.
    qtbot.waitUntil(own.generate_button.isVisible, timeout=5_000)
    assert not own.credit_button.isVisible()


def test_a_refused_confirmation_issues_nothing(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    manual_invoice(context)
    with unit_of_work(context.engine) as session:
        save_profile(session, **PROFILE)
    monkeypatch.setattr(dialogs, "open_file", lambda path: None)
    monkeypatch.setattr(own_invoice_actions, "confirm_issue", lambda *args: None)
    tab = open_tab(qtbot, context)
    invoice_id = tab.model.rows()[0].id
    click(qtbot, tab, tab.own_invoices.generate_button)
    assert own_rows(context) == []
    assert status_of(context, invoice_id) is InvoiceStatus.TO_IMPORT


def test_a_platform_mission_offers_no_own_invoice(qtbot: QtBot, context: AppContext) -> None:
    mission_id = new_mission(context.engine)
    validated_cra(context.engine, mission_id, days=Decimal("5"))
    tab = open_tab(qtbot, context)
    assert not tab.own_invoices.generate_button.isVisible()
    assert not tab.own_invoices.credit_button.isVisible()
