"""The problems of the profile form's fields, in words, under the fields.

``connect_desktop.services.profile`` (python-stdnum) reports problems as codes; this
module turns them into French (translated) sentences and shows or hides them in the
label under each line edit. The sentences keep the translation context
"ProfileDialog", where their French lives in the translation file.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit


@dataclass(slots=True)
class FieldWithError:
    """A line edit of the form with the label under it that explains its problem."""

    edit: QLineEdit
    error: QLabel
    page: int


def error_palette(label: QLabel) -> QPalette:
    """A red readable on the current palette's window colour (light or dark theme)."""
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
    return palette


def new_error_label(edit_object_name: str) -> QLabel:
    """The hidden label for the problem of a line edit: ``siretEdit`` gets ``siretError``."""
    error = QLabel()
    error.setObjectName(edit_object_name.removesuffix("Edit") + "Error")
    error.setWordWrap(True)
    error.setPalette(error_palette(error))
    error.hide()
    return error


def problem_text(code: str) -> str:
    """The sentence shown under a field for a problem code of the profile service."""
    # Literal calls (not a helper) so that pyside6-lupdate finds every string.
    texts = {
        "name_missing": QCoreApplication.translate("ProfileDialog", "Enter your full name"),
        "legal_form_invalid": QCoreApplication.translate(
            "ProfileDialog", "Choose a legal form from the list"
        ),
        "siret_invalid": QCoreApplication.translate(
            "ProfileDialog", "Invalid SIRET: 14 digits including the check digit"
        ),
        "postcode_invalid": QCoreApplication.translate(
            "ProfileDialog", "Invalid postcode: 5 digits in France"
        ),
        "email_invalid": QCoreApplication.translate("ProfileDialog", "Invalid email address"),
        "phone_invalid": QCoreApplication.translate("ProfileDialog", "Invalid phone number"),
        "vat_number_invalid": QCoreApplication.translate(
            "ProfileDialog", "Invalid VAT number: check the country code and the digits"
        ),
        "vat_number_siren_mismatch": QCoreApplication.translate(
            "ProfileDialog",
            "This VAT number does not match the SIREN (the first 9 digits of the SIRET)",
        ),
        "iban_invalid": QCoreApplication.translate(
            "ProfileDialog",
            "Invalid IBAN: check the country code, the key and the account number",
        ),
        "bic_invalid": QCoreApplication.translate(
            "ProfileDialog", "Invalid BIC: 8 or 11 letters and digits"
        ),
        "prefix_invalid": QCoreApplication.translate(
            "ProfileDialog",
            "1 to 12 letters, digits, hyphens (-) or underscores (_), without spaces",
        ),
        "holiday_zone_invalid": QCoreApplication.translate(
            "ProfileDialog", "Choose a zone from the list"
        ),
        "language_invalid": QCoreApplication.translate(
            "ProfileDialog", "Choose a language from the list"
        ),
    }
    return texts.get(code, QCoreApplication.translate("ProfileDialog", "Invalid value"))


def show_field_problems(
    fields: Mapping[str, FieldWithError],
    problems: Mapping[str, str],
    judged: Collection[str],
    add_new: bool,
) -> None:
    """Show the problems of the ``judged`` fields under them, and hide the others.

    With ``add_new`` false (while typing), problems only disappear: a field being
    typed into is not judged before the user leaves it.
    """
    for name, field in fields.items():
        code = problems.get(name)
        if code is None or name not in judged or (not add_new and field.error.isHidden()):
            field.error.hide()
            field.error.clear()
            field.edit.setAccessibleDescription("")
            continue
        text = problem_text(code)
        field.error.setText(text)
        field.error.show()
        field.edit.setAccessibleDescription(text)


def all_clear(fields: Mapping[str, FieldWithError]) -> bool:
    """No field shows a problem."""
    return all(field.error.isHidden() for field in fields.values())
