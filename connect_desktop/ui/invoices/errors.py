"""French (translated) wording of what the invoice actions and the import can refuse.

The services raise ``ValueError`` subclasses with English messages meant for logs; the
import's refusals carry a ``code``. The known ones become sentences for the user; the
others are wrapped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from connect_desktop.domain.errors import TransitionError


class InvoiceErrors(QObject):
    def text(self, error: ValueError) -> str:
        """The message for an error a service raised in English."""
        code = getattr(error, "code", None)
        if isinstance(code, str):
            known = self.refusal(code)
            if known:
                return known
        if type(error).__name__ == "NoInvoiceChosen":
            return self.tr("Select the invoice this file belongs to, then drop it again.")
        if isinstance(error, TransitionError):
            return self.tr(
                "This action is not possible in the invoice's current status: "
                "reload the list and try again."
            )
        message = str(error)
        for needles, text in self._known():
            if any(needle in message for needle in needles):
                return text
        return self.tr("The invoice was not changed: {reason}").format(reason=message)

    def refusal(self, code: str) -> str:
        """The message for the ``code`` of an ``ImportRefused`` or ``ActionRefused``
        ("" if unknown)."""
        messages = {
            # The import's refusals (invoice_import.ImportRefused).
            "not_pdf": self.tr("This file is not a PDF"),
            "empty": self.tr("The file is empty"),
            "truncated": self.tr("The PDF is incomplete or damaged"),
            "damaged": self.tr("The PDF is incomplete or damaged"),
            "encrypted": self.tr("The PDF is protected by a password"),
            "too_large": self.tr("The file is larger than 10 MB"),
            "several_files": self.tr("Drop one file at a time"),
            "folder": self.tr("A folder cannot be imported"),
            "missing": self.tr("The file disappeared during the import"),
            "too_many_pages": self.tr("The PDF has too many pages for an invoice"),
            "timeout": self.tr("The PDF took too long to read: it may be damaged"),
            "crashed": self.tr("The PDF could not be read: it may be damaged"),
            # The actions' refusals (invoice_actions.ActionRefused).
            "already_attached": self.already_attached(),
            "future_date": self.tr("The date cannot be in the future."),
            "before_last_step": self.tr("The date cannot be before the invoice's last step."),
            "reason_missing": self.tr("Enter the reason."),
            "number_missing": self.tr("Enter the invoice number."),
            "number_taken": self.tr("This invoice number is already used by another invoice."),
            "amount_invalid": self.tr("Enter the amount received, for example 1 234,56."),
            "files_locked": self.tr(
                "The files of a final or paid invoice no longer change (a final invoice "
                "takes its final PDF once)."
            ),
            "credit_note": self.tr("A credit note is final: nothing is recorded on it."),
            "not_on_client_payment": self.tr(
                "Only invoices paid on client payment wait for the client."
            ),
            "not_issued": self.tr("The invoice has not reached the client yet."),
            "not_allowed": self.tr(
                "This action is not possible in the invoice's current status: "
                "reload the list and try again."
            ),
        }
        return messages.get(code, "")

    def already_attached(self) -> str:
        return self.tr("This file is already attached to this invoice")

    def _known(self) -> list[tuple[tuple[str, ...], str]]:
        """English message fragments of errors that carry no code, and what the user reads."""
        return [
            (("is a folder",), self.refusal("folder")),
            (("is too large", "is larger than"), self.refusal("too_large")),
            (("does not exist", "vanished", "cannot be read"), self.refusal("missing")),
            ((" is empty",), self.refusal("empty")),
            (("is not a PDF",), self.refusal("not_pdf")),
            (("cannot be in the future",), self.refusal("future_date")),
            (
                ("client cannot pay before",),
                self.tr("The client cannot pay before the invoice was issued."),
            ),
            (("There is no invoice",), self.tr("This invoice no longer exists.")),
        ]
