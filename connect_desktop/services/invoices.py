"""Connect invoices for the invoices tab, without Qt (DESIGN.md R3-R5, R8, R9; issue 5).

The API lives in three modules, gathered here:

- ``invoice_rows``: the table's row type, an invoice's detail with its history and
  files, and the actions its status allows (the tab's listing is ``invoice_table``);
- ``invoice_actions``: what the user records (final invoice received, own invoice
  imported, Finance's validation or refusal, payment, client payment, cancellation with
  its credit note, a PDF attached), each in one unit of work;
- ``invoice_specimen``: the specimen PDF, rendered and attached.
"""

from __future__ import annotations

from connect_desktop.services.invoice_actions import (
    ATTACHMENT_ROLES,
    CLIENT_PAID_NOTE,
    ROLE_CREDIT_NOTE,
    ROLE_DOCUMENT,
    ROLE_FINAL,
    ROLE_IMPORTED,
    ROLE_SPECIMEN,
    ActionRefused,
    attach_pdf,
    cancel_invoice,
    import_own_invoice,
    record_client_payment,
    record_final,
    record_finance_refusal,
    record_finance_validation,
    record_payment,
)
from connect_desktop.services.invoice_rows import (
    AttachmentView,
    EventView,
    InvoiceAction,
    InvoiceDetail,
    InvoiceRow,
    allowed_actions,
    list_invoice_rows,
    load_invoice_detail,
)
from connect_desktop.services.invoice_specimen import generate_specimen

__all__ = [
    "ATTACHMENT_ROLES",
    "CLIENT_PAID_NOTE",
    "ROLE_CREDIT_NOTE",
    "ROLE_DOCUMENT",
    "ROLE_FINAL",
    "ROLE_IMPORTED",
    "ROLE_SPECIMEN",
    "ActionRefused",
    "AttachmentView",
    "EventView",
    "InvoiceAction",
    "InvoiceDetail",
    "InvoiceRow",
    "allowed_actions",
    "attach_pdf",
    "cancel_invoice",
    "generate_specimen",
    "import_own_invoice",
    "list_invoice_rows",
    "load_invoice_detail",
    "record_client_payment",
    "record_final",
    "record_finance_refusal",
    "record_finance_validation",
    "record_payment",
]
