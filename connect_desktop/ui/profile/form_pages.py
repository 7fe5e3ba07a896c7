"""The three tab pages of the profile dialog: identity, tax and payment, preferences.

Widgets and layout only: ``ProfileFormPages`` is a mixin of ``ProfileDialog``, in the
manner of a Qt Designer ``Ui_`` class, so the widgets become attributes of the dialog,
which connects their signals. The texts keep the translation context "ProfileDialog"
(``QCoreApplication.translate``, not ``self.tr``, whose context would be the mixin).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.domain.calendar import HOLIDAY_ZONES
from connect_desktop.services.profile import LEGAL_FORMS
from connect_desktop.store.database import BACKUP_FOLDER
from connect_desktop.ui.profile.field_errors import FieldWithError, new_error_label

if TYPE_CHECKING:
    from connect_desktop.ui.profile.backup_actions import BackupActions

IDENTITY_PAGE, TAX_PAGE, PREFERENCES_PAGE = range(3)
# Language names are shown in their own language, whatever the interface language.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def _add_row(form: QFormLayout, text: str, widget: QWidget, *below: QLabel | None) -> None:
    """A form row whose label (with its mnemonic) points at ``widget``, notes under it."""
    label = QLabel(text)
    label.setBuddy(widget)
    extra = [item for item in below if item is not None]
    if not extra:
        form.addRow(label, widget)
        return
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    for item in extra:
        column.addWidget(item)
    box.setFocusProxy(widget)
    form.addRow(label, box)


def _form(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def _hint(text: str, object_name: str) -> QLabel:
    hint = QLabel(text)
    hint.setObjectName(object_name)
    hint.setWordWrap(True)
    palette = hint.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    hint.setPalette(palette)
    return hint


class ProfileFormPages:
    """Builds the pages; every line edit is registered in ``_fields`` with its error label."""

    _fields: dict[str, FieldWithError]

    fullNameEdit: QLineEdit
    legalFormCombo: QComboBox
    tradeNameEdit: QLineEdit
    siretEdit: QLineEdit
    addressLine1Edit: QLineEdit
    addressLine2Edit: QLineEdit
    postcodeEdit: QLineEdit
    cityEdit: QLineEdit
    countryEdit: QLineEdit
    emailEdit: QLineEdit
    phoneEdit: QLineEdit

    basedInFranceCheck: QCheckBox
    vatRegimeCombo: QComboBox
    franchiseHint: QLabel
    vatNumberEdit: QLineEdit
    ibanEdit: QLineEdit
    bicEdit: QLineEdit
    invoicePrefixEdit: QLineEdit

    holidayZoneCombo: QComboBox
    languageCombo: QComboBox
    languageNotice: QLabel
    dataDirLabel: QLabel
    openDataDirButton: QPushButton
    backupsDirLabel: QLabel
    backupActions: BackupActions

    def _line_edit(self, name: str, object_name: str, page: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        self._fields[name] = FieldWithError(edit, new_error_label(object_name), page)
        return edit

    def _row(self, form: QFormLayout, text: str, name: str, hint: QLabel | None = None) -> None:
        """A form row whose label (with its mnemonic) points at the field's line edit."""
        field = self._fields[name]
        _add_row(form, text, field.edit, field.error, hint)

    def _identity_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("identityPage")
        self.fullNameEdit = self._line_edit("full_name", "fullNameEdit", IDENTITY_PAGE)
        self.legalFormCombo = QComboBox()
        self.legalFormCombo.setObjectName("legalFormCombo")
        for form in LEGAL_FORMS:
            self.legalFormCombo.addItem(
                QCoreApplication.translate("ProfileDialog", "Other") if form == "autre" else form,
                form,
            )
        self.tradeNameEdit = self._line_edit("trade_name", "tradeNameEdit", IDENTITY_PAGE)
        self.siretEdit = self._line_edit("siret", "siretEdit", IDENTITY_PAGE)
        self.siretEdit.setPlaceholderText(
            QCoreApplication.translate(
                "ProfileDialog", "14 digits, needed before your first invoice"
            )
        )
        self.addressLine1Edit = self._line_edit("address_line1", "addressLine1Edit", IDENTITY_PAGE)
        self.addressLine2Edit = self._line_edit("address_line2", "addressLine2Edit", IDENTITY_PAGE)
        self.postcodeEdit = self._line_edit("postcode", "postcodeEdit", IDENTITY_PAGE)
        self.cityEdit = self._line_edit("city", "cityEdit", IDENTITY_PAGE)
        self.countryEdit = self._line_edit("country", "countryEdit", IDENTITY_PAGE)
        self.emailEdit = self._line_edit("email", "emailEdit", IDENTITY_PAGE)
        self.phoneEdit = self._line_edit("phone", "phoneEdit", IDENTITY_PAGE)

        form = _form(page)
        self._row(form, QCoreApplication.translate("ProfileDialog", "Full &name"), "full_name")
        _add_row(
            form, QCoreApplication.translate("ProfileDialog", "&Legal form"), self.legalFormCombo
        )
        self._row(form, QCoreApplication.translate("ProfileDialog", "&Trade name"), "trade_name")
        self._row(form, QCoreApplication.translate("ProfileDialog", "&SIRET"), "siret")
        self._row(form, QCoreApplication.translate("ProfileDialog", "&Address"), "address_line1")
        self._row(
            form, QCoreApplication.translate("ProfileDialog", "Address line &2"), "address_line2"
        )
        self._row(form, QCoreApplication.translate("ProfileDialog", "Post&code"), "postcode")
        self._row(form, QCoreApplication.translate("ProfileDialog", "Cit&y"), "city")
        self._row(form, QCoreApplication.translate("ProfileDialog", "Co&untry"), "country")
        self._row(form, QCoreApplication.translate("ProfileDialog", "&Email"), "email")
        self._row(form, QCoreApplication.translate("ProfileDialog", "P&hone"), "phone")
        return page

    def _tax_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("taxPage")
        self.basedInFranceCheck = QCheckBox(
            QCoreApplication.translate("ProfileDialog", "&Based in France")
        )
        self.basedInFranceCheck.setObjectName("basedInFranceCheck")
        based_hint = _hint(
            QCoreApplication.translate(
                "ProfileDialog",
                "The guarantee of predictable payments (Basic, Express, Flash) is for "
                "freelancers based in France, on missions signed from 28 April 2025. "
                "Existing missions keep the situation they were signed under.",
            ),
            "basedInFranceHint",
        )
        self.vatRegimeCombo = QComboBox()
        self.vatRegimeCombo.setObjectName("vatRegimeCombo")
        self.vatRegimeCombo.addItem(QCoreApplication.translate("ProfileDialog", "20 % VAT"), False)
        self.vatRegimeCombo.addItem(
            QCoreApplication.translate("ProfileDialog", "VAT franchise (art. 293 B of the CGI)"),
            True,
        )
        self.franchiseHint = _hint(
            QCoreApplication.translate(
                "ProfileDialog",
                "Your invoices will carry no VAT and state "
                "“TVA non applicable, art. 293 B du CGI”.",
            ),
            "franchiseHint",
        )
        self.vatNumberEdit = self._line_edit("vat_number", "vatNumberEdit", TAX_PAGE)
        self.vatNumberEdit.setPlaceholderText(
            QCoreApplication.translate("ProfileDialog", "FR, then the key and the SIREN")
        )
        self.ibanEdit = self._line_edit("iban", "ibanEdit", TAX_PAGE)
        self.bicEdit = self._line_edit("bic", "bicEdit", TAX_PAGE)
        self.invoicePrefixEdit = self._line_edit("invoice_prefix", "invoicePrefixEdit", TAX_PAGE)
        self.invoicePrefixEdit.setMaxLength(12)

        form = _form(page)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.basedInFranceCheck)
        column.addWidget(based_hint)
        box.setFocusProxy(self.basedInFranceCheck)
        form.addRow(QLabel(), box)  # in the field column, aligned with the fields below
        _add_row(
            form,
            QCoreApplication.translate("ProfileDialog", "&VAT regime"),
            self.vatRegimeCombo,
            self.franchiseHint,
        )
        self._row(form, QCoreApplication.translate("ProfileDialog", "VAT n&umber"), "vat_number")
        self._row(form, QCoreApplication.translate("ProfileDialog", "IBA&N"), "iban")
        self._row(form, QCoreApplication.translate("ProfileDialog", "BI&C"), "bic")
        self._row(
            form,
            QCoreApplication.translate("ProfileDialog", "Invoice number p&refix"),
            "invoice_prefix",
        )
        return page

    def _preferences_page(self, data_dir: Path, backup_actions: BackupActions) -> QWidget:
        page = QWidget()
        page.setObjectName("preferencesPage")
        zone_names = {
            None: QCoreApplication.translate("ProfileDialog", "Metropolitan France"),
            "57": QCoreApplication.translate("ProfileDialog", "Moselle"),
            "6AE": QCoreApplication.translate("ProfileDialog", "Alsace (Bas-Rhin, Haut-Rhin)"),
            "971": QCoreApplication.translate("ProfileDialog", "Guadeloupe"),
            "972": QCoreApplication.translate("ProfileDialog", "Martinique"),
            "973": QCoreApplication.translate("ProfileDialog", "French Guiana"),
            "974": QCoreApplication.translate("ProfileDialog", "Réunion"),
            "976": QCoreApplication.translate("ProfileDialog", "Mayotte"),
        }
        self.holidayZoneCombo = QComboBox()
        self.holidayZoneCombo.setObjectName("holidayZoneCombo")
        for code, french_name in HOLIDAY_ZONES.items():
            self.holidayZoneCombo.addItem(zone_names.get(code, french_name), code)

        self.languageCombo = QComboBox()
        self.languageCombo.setObjectName("languageCombo")
        self.languageCombo.addItem(
            QCoreApplication.translate("ProfileDialog", "System default"), None
        )
        for code, name in LANGUAGE_NAMES.items():
            self.languageCombo.addItem(name, code)
        self.languageNotice = _hint(
            QCoreApplication.translate(
                "ProfileDialog", "The new language applies at the next start."
            ),
            "languageNotice",
        )
        self.languageNotice.hide()

        self.dataDirLabel = QLabel(str(data_dir))
        self.dataDirLabel.setObjectName("dataDirLabel")
        self.dataDirLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.openDataDirButton = QPushButton(QCoreApplication.translate("ProfileDialog", "&Open"))
        self.openDataDirButton.setObjectName("openDataDirButton")
        self.openDataDirButton.setAutoDefault(False)
        data_row = QWidget()
        data_layout = QHBoxLayout(data_row)
        data_layout.setContentsMargins(0, 0, 0, 0)
        data_layout.addWidget(self.dataDirLabel, 1)
        data_layout.addWidget(self.openDataDirButton)

        self.backupsDirLabel = QLabel(str(data_dir / BACKUP_FOLDER))
        self.backupsDirLabel.setObjectName("backupsDirLabel")
        self.backupsDirLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backups_hint = _hint(
            QCoreApplication.translate(
                "ProfileDialog",
                "One backup a day at start (the last 7 days, 4 weeks and 12 months are "
                "kept), a copy before each migration, and the ones you make here.",
            ),
            "backupsHint",
        )

        form = _form(page)
        _add_row(
            form,
            QCoreApplication.translate("ProfileDialog", "&Holiday zone"),
            self.holidayZoneCombo,
        )
        _add_row(
            form,
            QCoreApplication.translate("ProfileDialog", "&Language"),
            self.languageCombo,
            self.languageNotice,
        )
        form.addRow(QLabel(QCoreApplication.translate("ProfileDialog", "Data folder")), data_row)
        backups = QWidget()
        column = QVBoxLayout(backups)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.backupsDirLabel)
        column.addWidget(backups_hint)
        self.backupActions = backup_actions
        column.addWidget(backup_actions)
        form.addRow(QLabel(QCoreApplication.translate("ProfileDialog", "Backups")), backups)
        return page

    def _pages_tab_chain(self) -> list[QWidget]:
        """The widgets of the three pages in the order the Tab key visits them."""
        return [
            self.fullNameEdit,
            self.legalFormCombo,
            self.tradeNameEdit,
            self.siretEdit,
            self.addressLine1Edit,
            self.addressLine2Edit,
            self.postcodeEdit,
            self.cityEdit,
            self.countryEdit,
            self.emailEdit,
            self.phoneEdit,
            self.basedInFranceCheck,
            self.vatRegimeCombo,
            self.vatNumberEdit,
            self.ibanEdit,
            self.bicEdit,
            self.invoicePrefixEdit,
            self.holidayZoneCombo,
            self.languageCombo,
            self.dataDirLabel,
            self.openDataDirButton,
            *self.backupActions.tab_chain(),
        ]
