"""The profile and settings dialog: identity, tax and payment, preferences.

The profile is loaded and saved through ``run_job``; checks come from
``connect_desktop.services.profile`` (python-stdnum), which returns problem codes that
this dialog turns into French (translated) sentences under each field. A field is
checked when the user leaves it, and every field when OK is pressed; OK refuses to
close, and nothing is saved, while a field is invalid.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.domain.calendar import HOLIDAY_ZONES
from connect_desktop.services.profile import (
    LEGAL_FORMS,
    ProfileData,
    ProfileInvalid,
    display_bic,
    display_iban,
    display_siret,
    display_vat_number,
    for_display,
    load_profile,
    save_profile,
    validate_profile,
)
from connect_desktop.store.database import BACKUP_FOLDER
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.operations import run_job

IDENTITY_PAGE, TAX_PAGE, PREFERENCES_PAGE = range(3)
# Language names are shown in their own language, whatever the interface language.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def open_folder(path: Path) -> None:
    """Show ``path`` in the system's file manager (a function that tests replace)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass(slots=True)
class _Field:
    """A line edit of the form with the label under it that explains its problem."""

    edit: QLineEdit
    error: QLabel
    page: int


class ProfileDialog(QDialog):
    """Edit the profile; ``accept()`` validates, saves through a job, then closes."""

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Profile and settings"))
        self.setMinimumWidth(660)

        self.is_loaded = False
        self.saved_profile: ProfileData | None = None
        self._loaded_profile = ProfileData()
        self._saving = False
        self._check_all = False
        self._touched: set[str] = set()
        self._fields: dict[str, _Field] = {}

        self.tabs = QTabWidget()
        self.tabs.setObjectName("profileTabs")
        self.tabs.addTab(self._identity_page(), self.tr("&Identity"))
        self.tabs.addTab(self._tax_page(), self.tr("Ta&x and payment"))
        self.tabs.addTab(self._preferences_page(), self.tr("&Preferences"))

        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)

        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttonBox)

        self._set_tab_order()
        self._update_vat_regime()
        self._set_busy(True, self.tr("Loading the profile…"))
        run_job(self, lambda: load_profile(context.engine), self._fill, self._job_failed)

    # -- building ------------------------------------------------------------------------
    def _line_edit(self, name: str, object_name: str, page: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        error = QLabel()
        error.setObjectName(object_name.removesuffix("Edit") + "Error")
        error.setWordWrap(True)
        error.setPalette(self._error_palette(error))
        error.hide()
        self._fields[name] = _Field(edit, error, page)
        edit.editingFinished.connect(lambda: self._left_field(name))
        edit.textEdited.connect(lambda _text: self._refresh_errors(add_new=False))
        return edit

    def _row(self, form: QFormLayout, text: str, name: str, hint: QLabel | None = None) -> None:
        """A form row whose label (with its mnemonic) points at the field's line edit."""
        field = self._fields[name]
        self._add_row(form, text, field.edit, field.error, hint)

    def _add_row(
        self,
        form: QFormLayout,
        text: str,
        widget: QWidget,
        *below: QLabel | None,
    ) -> None:
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

    def _form(self, page: QWidget) -> QFormLayout:
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _hint(self, text: str, object_name: str) -> QLabel:
        hint = QLabel(text)
        hint.setObjectName(object_name)
        hint.setWordWrap(True)
        palette = hint.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        hint.setPalette(palette)
        return hint

    def _error_palette(self, label: QLabel) -> QPalette:
        """A red readable on the current palette's window colour (light or dark theme)."""
        palette = label.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
        return palette

    def _identity_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("identityPage")
        self.fullNameEdit = self._line_edit("full_name", "fullNameEdit", IDENTITY_PAGE)
        self.legalFormCombo = QComboBox()
        self.legalFormCombo.setObjectName("legalFormCombo")
        for form in LEGAL_FORMS:
            self.legalFormCombo.addItem(self.tr("Other") if form == "autre" else form, form)
        self.tradeNameEdit = self._line_edit("trade_name", "tradeNameEdit", IDENTITY_PAGE)
        self.siretEdit = self._line_edit("siret", "siretEdit", IDENTITY_PAGE)
        self.siretEdit.setPlaceholderText(self.tr("14 digits, needed before your first invoice"))
        self.addressLine1Edit = self._line_edit("address_line1", "addressLine1Edit", IDENTITY_PAGE)
        self.addressLine2Edit = self._line_edit("address_line2", "addressLine2Edit", IDENTITY_PAGE)
        self.postcodeEdit = self._line_edit("postcode", "postcodeEdit", IDENTITY_PAGE)
        self.cityEdit = self._line_edit("city", "cityEdit", IDENTITY_PAGE)
        self.countryEdit = self._line_edit("country", "countryEdit", IDENTITY_PAGE)
        self.emailEdit = self._line_edit("email", "emailEdit", IDENTITY_PAGE)
        self.phoneEdit = self._line_edit("phone", "phoneEdit", IDENTITY_PAGE)

        form = self._form(page)
        self._row(form, self.tr("Full &name"), "full_name")
        self._add_row(form, self.tr("&Legal form"), self.legalFormCombo)
        self._row(form, self.tr("&Trade name"), "trade_name")
        self._row(form, self.tr("&SIRET"), "siret")
        self._row(form, self.tr("&Address"), "address_line1")
        self._row(form, self.tr("Address line &2"), "address_line2")
        self._row(form, self.tr("Post&code"), "postcode")
        self._row(form, self.tr("Cit&y"), "city")
        self._row(form, self.tr("Co&untry"), "country")
        self._row(form, self.tr("&Email"), "email")
        self._row(form, self.tr("P&hone"), "phone")
        return page

    def _tax_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("taxPage")
        self.basedInFranceCheck = QCheckBox(self.tr("&Based in France"))
        self.basedInFranceCheck.setObjectName("basedInFranceCheck")
        based_hint = self._hint(
            self.tr(
                "The guarantee of predictable payments (Basic, Express, Flash) is for "
                "freelancers based in France, on missions signed from 28 April 2025. "
                "Existing missions keep the situation they were signed under."
            ),
            "basedInFranceHint",
        )
        self.vatRegimeCombo = QComboBox()
        self.vatRegimeCombo.setObjectName("vatRegimeCombo")
        self.vatRegimeCombo.addItem(self.tr("20 % VAT"), False)
        self.vatRegimeCombo.addItem(self.tr("VAT franchise (art. 293 B of the CGI)"), True)
        self.vatRegimeCombo.currentIndexChanged.connect(self._update_vat_regime)
        self.franchiseHint = self._hint(
            self.tr(
                "Your invoices will carry no VAT and state “TVA non applicable, art. 293 B du CGI”."
            ),
            "franchiseHint",
        )
        self.vatNumberEdit = self._line_edit("vat_number", "vatNumberEdit", TAX_PAGE)
        self.vatNumberEdit.setPlaceholderText(self.tr("FR, then the key and the SIREN"))
        self.ibanEdit = self._line_edit("iban", "ibanEdit", TAX_PAGE)
        self.bicEdit = self._line_edit("bic", "bicEdit", TAX_PAGE)
        self.invoicePrefixEdit = self._line_edit("invoice_prefix", "invoicePrefixEdit", TAX_PAGE)
        self.invoicePrefixEdit.setMaxLength(12)

        form = self._form(page)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.basedInFranceCheck)
        column.addWidget(based_hint)
        box.setFocusProxy(self.basedInFranceCheck)
        form.addRow(QLabel(), box)  # in the field column, aligned with the fields below
        self._add_row(form, self.tr("&VAT regime"), self.vatRegimeCombo, self.franchiseHint)
        self._row(form, self.tr("VAT n&umber"), "vat_number")
        self._row(form, self.tr("IBA&N"), "iban")
        self._row(form, self.tr("BI&C"), "bic")
        self._row(form, self.tr("Invoice number p&refix"), "invoice_prefix")
        return page

    def _preferences_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("preferencesPage")
        zone_names = {
            None: self.tr("Metropolitan France"),
            "57": self.tr("Moselle"),
            "6AE": self.tr("Alsace (Bas-Rhin, Haut-Rhin)"),
            "971": self.tr("Guadeloupe"),
            "972": self.tr("Martinique"),
            "973": self.tr("French Guiana"),
            "974": self.tr("Réunion"),
            "976": self.tr("Mayotte"),
        }
        self.holidayZoneCombo = QComboBox()
        self.holidayZoneCombo.setObjectName("holidayZoneCombo")
        for code, french_name in HOLIDAY_ZONES.items():
            self.holidayZoneCombo.addItem(zone_names.get(code, french_name), code)

        self.languageCombo = QComboBox()
        self.languageCombo.setObjectName("languageCombo")
        self.languageCombo.addItem(self.tr("System default"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.languageCombo.addItem(name, code)
        self.languageCombo.currentIndexChanged.connect(self._update_language_notice)
        self.languageNotice = self._hint(
            self.tr("The new language applies at the next start."), "languageNotice"
        )
        self.languageNotice.hide()

        self.dataDirLabel = QLabel(str(self.context.data_dir))
        self.dataDirLabel.setObjectName("dataDirLabel")
        self.dataDirLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.openDataDirButton = QPushButton(self.tr("&Open"))
        self.openDataDirButton.setObjectName("openDataDirButton")
        self.openDataDirButton.setAutoDefault(False)
        self.openDataDirButton.clicked.connect(self._open_data_dir)
        data_row = QWidget()
        data_layout = QHBoxLayout(data_row)
        data_layout.setContentsMargins(0, 0, 0, 0)
        data_layout.addWidget(self.dataDirLabel, 1)
        data_layout.addWidget(self.openDataDirButton)

        self.backupsDirLabel = QLabel(str(self.context.data_dir / BACKUP_FOLDER))
        self.backupsDirLabel.setObjectName("backupsDirLabel")
        self.backupsDirLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backups_hint = self._hint(
            self.tr("Copies of the database taken before each migration."), "backupsHint"
        )

        form = self._form(page)
        self._add_row(form, self.tr("&Holiday zone"), self.holidayZoneCombo)
        self._add_row(form, self.tr("&Language"), self.languageCombo, self.languageNotice)
        form.addRow(QLabel(self.tr("Data folder")), data_row)
        backups = QWidget()
        column = QVBoxLayout(backups)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.backupsDirLabel)
        column.addWidget(backups_hint)
        form.addRow(QLabel(self.tr("Backups")), backups)
        return page

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.tabs.tabBar(),
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
            *self.buttonBox.buttons(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- texts ---------------------------------------------------------------------------
    def problem_text(self, code: str) -> str:
        """The sentence shown under a field for a problem code of the profile service."""
        texts = {
            "name_missing": self.tr("Enter your full name"),
            "legal_form_invalid": self.tr("Choose a legal form from the list"),
            "siret_invalid": self.tr("Invalid SIRET: 14 digits including the check digit"),
            "postcode_invalid": self.tr("Invalid postcode: 5 digits in France"),
            "email_invalid": self.tr("Invalid email address"),
            "phone_invalid": self.tr("Invalid phone number"),
            "vat_number_invalid": self.tr(
                "Invalid VAT number: check the country code and the digits"
            ),
            "vat_number_siren_mismatch": self.tr(
                "This VAT number does not match the SIREN (the first 9 digits of the SIRET)"
            ),
            "iban_invalid": self.tr(
                "Invalid IBAN: check the country code, the key and the account number"
            ),
            "bic_invalid": self.tr("Invalid BIC: 8 or 11 letters and digits"),
            "prefix_invalid": self.tr(
                "1 to 12 letters, digits, hyphens (-) or underscores (_), without spaces"
            ),
            "holiday_zone_invalid": self.tr("Choose a zone from the list"),
            "language_invalid": self.tr("Choose a language from the list"),
        }
        return texts.get(code, self.tr("Invalid value"))

    # -- data ----------------------------------------------------------------------------
    def data(self) -> ProfileData:
        """What the form holds now (the VAT number is dropped under the franchise)."""
        franchise = bool(self.vatRegimeCombo.currentData())
        return ProfileData(
            full_name=self.fullNameEdit.text(),
            legal_form=str(self.legalFormCombo.currentData()),
            trade_name=self.tradeNameEdit.text(),
            siret=self.siretEdit.text(),
            address_line1=self.addressLine1Edit.text(),
            address_line2=self.addressLine2Edit.text(),
            postcode=self.postcodeEdit.text(),
            city=self.cityEdit.text(),
            country=self.countryEdit.text(),
            email=self.emailEdit.text(),
            phone=self.phoneEdit.text(),
            based_in_france=self.basedInFranceCheck.isChecked(),
            vat_franchise=franchise,
            vat_number="" if franchise else self.vatNumberEdit.text(),
            iban=self.ibanEdit.text(),
            bic=self.bicEdit.text(),
            invoice_prefix=self.invoicePrefixEdit.text(),
            holiday_zone=self.holidayZoneCombo.currentData(),
            language=self.languageCombo.currentData(),
        )

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        for index in range(combo.count()):
            if combo.itemData(index) == value:
                combo.setCurrentIndex(index)
                return

    def _fill(self, profile: ProfileData) -> None:
        self._loaded_profile = profile
        shown = for_display(profile)
        for name, field in self._fields.items():
            field.edit.setText(getattr(shown, name))
        self._select(self.legalFormCombo, profile.legal_form)
        self.basedInFranceCheck.setChecked(profile.based_in_france)
        self.vatRegimeCombo.setCurrentIndex(1 if profile.vat_franchise else 0)
        self._select(self.holidayZoneCombo, profile.holiday_zone)
        self._select(self.languageCombo, profile.language)
        self._update_vat_regime()
        self._update_language_notice()
        self.is_loaded = True
        self._set_busy(False)
        self.tabs.setCurrentIndex(IDENTITY_PAGE)
        self.fullNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit()

    # -- behaviour -----------------------------------------------------------------------
    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.tabs.setEnabled(not busy)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self._show_message(message)

    def _show_message(self, message: str, error: bool = False) -> None:
        self.message_label.setText(message)
        self.message_label.setPalette(
            self._error_palette(self.message_label) if error else self.palette()
        )
        self.message_label.setVisible(bool(message))

    @Slot()
    def _update_vat_regime(self) -> None:
        franchise = bool(self.vatRegimeCombo.currentData())
        self.vatNumberEdit.setEnabled(not franchise)
        self.franchiseHint.setVisible(franchise)
        if franchise:
            self._refresh_errors(add_new=False)

    @Slot()
    def _update_language_notice(self) -> None:
        self.languageNotice.setVisible(
            self.is_loaded and self.languageCombo.currentData() != self._loaded_profile.language
        )

    def _left_field(self, name: str) -> None:
        if not self.is_loaded or self._saving:
            return
        self._touched.add(name)
        problems = self._refresh_errors(add_new=True)
        if name not in problems:
            self._reformat(name)

    def _reformat(self, name: str) -> None:
        """Space a valid identifier as people read it, once the user has left it."""
        formats = {
            "siret": display_siret,
            "iban": display_iban,
            "bic": display_bic,
            "vat_number": display_vat_number,
        }
        edit = self._fields[name].edit
        if name in formats and edit.text().strip():
            shown = formats[name](edit.text().strip())
            if shown != edit.text():
                edit.setText(shown)

    def _refresh_errors(self, add_new: bool) -> dict[str, str]:
        """Show the problems of the fields the user has left (all of them after OK).

        With ``add_new`` false (while typing), problems only disappear: a field being
        typed into is not judged before the user leaves it.
        """
        problems = validate_profile(self.data())
        for name, field in self._fields.items():
            code = problems.get(name)
            judged = self._check_all or name in self._touched
            if code is None or not judged or (not add_new and field.error.isHidden()):
                field.error.hide()
                field.error.clear()
                field.edit.setAccessibleDescription("")
                continue
            text = self.problem_text(code)
            field.error.setText(text)
            field.error.show()
            field.edit.setAccessibleDescription(text)
        all_clear = all(field.error.isHidden() for field in self._fields.values())
        if all_clear and self.message_label.text() == self._attention_text():
            self._show_message("")
        return problems

    def _attention_text(self) -> str:
        return self.tr("Some fields need your attention.")

    def _show_problems(self, problems: dict[str, str]) -> None:
        self._check_all = True
        self._refresh_errors(add_new=True)
        unknown = [code for name, code in problems.items() if name not in self._fields]
        message = self._attention_text()
        if unknown:
            message += " " + " ".join(self.problem_text(code) for code in unknown)
        self._show_message(message, error=True)
        first = next((self._fields[name] for name in self._fields if name in problems), None)
        if first is not None:
            self.tabs.setCurrentIndex(first.page)
            first.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def accept(self) -> None:
        """OK: check every field; save through a job only when all of them are valid."""
        if not self.is_loaded or self._saving:
            return
        data = self.data()
        problems = validate_profile(data)
        if problems:
            self._show_problems(problems)
            return
        self._saving = True
        self._set_busy(True, self.tr("Saving…"))
        engine = self.context.engine
        run_job(self, lambda: save_profile(engine, data), self._saved, self._save_failed)

    def _saved(self, profile: ProfileData) -> None:
        self._saving = False
        self.saved_profile = profile
        self._set_busy(False)
        self.saved.emit(profile)
        super().accept()

    def _save_failed(self, error: Exception) -> None:
        self._saving = False
        self._set_busy(False)
        if isinstance(error, ProfileInvalid):
            self._show_problems(error.problems)
        elif isinstance(error, ValueError):
            self._show_message(
                self.tr("The profile could not be saved: {error}").format(error=error),
                error=True,
            )
        else:
            raise error

    def _job_failed(self, error: Exception) -> None:
        raise error

    @Slot()
    def reject(self) -> None:
        if self._saving:  # the save is under way: let it finish and close the dialog
            return
        super().reject()

    @Slot()
    def _open_data_dir(self) -> None:
        open_folder(self.context.data_dir)


def edit_profile(parent: QWidget | None, context: AppContext) -> bool:
    """Show the profile dialog; True when the profile was saved (tests replace this)."""
    dialog = ProfileDialog(context, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
