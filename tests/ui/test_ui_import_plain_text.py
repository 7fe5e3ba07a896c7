"""Hostile input (issue 9, item 6): text read from an imported file is shown as plain text.

A PDF whose Factur-X data carries HTML in its invoice number and buyer name, under a file
name with HTML in it, goes through the same sandboxed read as a drop; the comparison dialog,
the detail panel and the tab's messages show the tags literally, never rendered.
"""

from __future__ import annotations

import html
import io
from decimal import Decimal
from pathlib import Path

from invoice_helpers import (
    invoice_lines,
    new_mission,
    open_tab,
    reload,
    set_siret,
    text_pdf,
    validated_cra,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from connect_desktop.domain.invoice import InvoicingMode
from connect_desktop.services.import_check import review_import
from connect_desktop.services.invoice_actions import attach_pdf
from connect_desktop.services.invoices import ROLE_DOCUMENT
from connect_desktop.services.pdf_sandbox import read_invoice_pdf_isolated
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.invoices.errors import InvoiceErrors
from connect_desktop.ui.invoices.import_dialog import ImportComparisonDialog

HOSTILE = "<b>bold</b><img src=x>"
FILE_NAME = "<i>facture<img src=x>.pdf"  # no "/" in a file name


def facturx_pdf(path: Path) -> Path:
    """A text invoice whose embedded Factur-X XML has HTML in its number and buyer."""
    from pypdf import PdfReader, PdfWriter

    escaped = html.escape(HOSTILE)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
 xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
 <rsm:ExchangedDocument><ram:ID>FA-{escaped}</ram:ID></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement>
  <ram:SellerTradeParty><ram:Name>Jean {escaped}</ram:Name></ram:SellerTradeParty>
  <ram:BuyerTradeParty><ram:Name>{escaped} LBC</ram:Name></ram:BuyerTradeParty>
 </ram:ApplicableHeaderTradeAgreement></rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>""".encode()
    text_pdf(path, invoice_lines())
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.add_attachment("factur-x.xml", xml)
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def manual_invoice(context: AppContext) -> int:
    set_siret(context.engine)
    mission_id = new_mission(context.engine, invoicing_mode=InvoicingMode.MANUAL_IMPORT)
    validated_cra(context.engine, mission_id, days=Decimal("18.5"))
    from connect_desktop.services.invoice_rows import list_invoice_rows

    (row,) = list_invoice_rows(context.engine)
    return row.id


def assert_plain_labels(widget: QWidget) -> None:
    labels = widget.findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_the_comparison_dialog_shows_the_file_s_html_literally(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    invoice_id = manual_invoice(context)
    pdf = facturx_pdf(tmp_path / FILE_NAME)
    review = review_import(context.engine, [pdf], invoice_id, [], read_invoice_pdf_isolated)
    assert review.extracted.number == f"FA-{HOSTILE}"
    assert review.extracted.original_name == FILE_NAME

    dialog = ImportComparisonDialog(review, "The file is added.", "en_US")
    qtbot.addWidget(dialog)
    assert_plain_labels(dialog)
    intro = dialog.findChild(QLabel, "importIntroLabel")
    assert FILE_NAME in intro.text()
    found = {
        dialog.table.item(row, dialog.FIELD).text(): dialog.table.item(row, dialog.FOUND).text()
        for row in range(dialog.table.rowCount())
    }
    assert found["Invoice number"] == f"FA-{HOSTILE}"
    assert found["Billed to"] == f"{HOSTILE} LBC"


def test_the_detail_panel_and_messages_show_file_names_literally(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    invoice_id = manual_invoice(context)
    pdf = text_pdf(tmp_path / FILE_NAME, invoice_lines())
    attach_pdf(context.engine, context.data_dir, invoice_id, pdf, ROLE_DOCUMENT)
    tab = open_tab(qtbot, context)
    reload(qtbot, tab)
    assert tab.message_label.textFormat() == Qt.TextFormat.PlainText
    panel = tab.panel
    for label in (panel.heading, panel.subtitle, panel.expected_label, panel.paid_label):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    files = tab.panel.files_list
    item = files.item(files.count() - 1)
    assert FILE_NAME in item.text()  # list items are plain text
    # Tooltips guess rich text: the name is escaped so that it reads as typed.
    assert item.toolTip() == f"<p>{html.escape(FILE_NAME)}</p>"


def test_the_new_refusals_have_messages(qtbot: QtBot) -> None:
    errors = InvoiceErrors()
    for code in ("timeout", "crashed", "too_many_pages"):
        assert errors.refusal(code)
