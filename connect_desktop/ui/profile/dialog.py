"""The profile and settings dialog: identity, tax and payment, preferences, reminders.

The profile is loaded and saved through ``run_job``; checks come from
``connect_desktop.services.profile`` (python-stdnum), which returns problem codes that
the dialog turns into French (translated) sentences under each field (see
``field_errors``). A field is checked when the user leaves it, and every field when OK
is pressed; OK refuses to close, and nothing is saved, while a field is invalid. The
pages themselves are built by ``form_pages``; the reminder choices, which live in the
window settings, by ``reminders_page`` (saved with the profile, once it is saved).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.services.profile import (
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
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.operations import run_job
from connect_desktop.ui.profile.backup_actions import BackupActions
from connect_desktop.ui.profile.field_errors import (
    FieldWithError,
    all_clear,
    error_palette,
    problem_text,
    show_field_problems,
)
from connect_desktop.ui.profile.form_pages import IDENTITY_PAGE, ProfileFormPages
from connect_desktop.ui.profile.reminders_page import RemindersPage


def open_folder(path: Path) -> None:
    """Show ``path`` in the system's file manager (a function that tests replace)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ProfileDialog(QDialog, ProfileFormPages):
    """Edit the profile; ``accept()`` validates, saves through a job, then closes."""

    loaded = Signal()
    saved = Signal(object)
    # A checked backup the user confirmed; the dialog closes without saving.
    restoreRequested = Signal(Path)

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
        self._fields: dict[str, FieldWithError] = {}  # filled as the pages are built

        self.tabs = QTabWidget()
        self.tabs.setObjectName("profileTabs")
        self.tabs.addTab(self._identity_page(), self.tr("&Identity"))
        self.tabs.addTab(self._tax_page(), self.tr("Ta&x and payment"))
        preferences = self._preferences_page(context.data_dir, BackupActions(context))
        self.tabs.addTab(preferences, self.tr("&Preferences"))
        self.remindersPage = RemindersPage()
        self.remindersPage.load(context.settings())
        self.tabs.addTab(self.remindersPage, self.tr("Remin&ders"))
        self._connect_pages()

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

    # -- wiring --------------------------------------------------------------------------
    def _connect_pages(self) -> None:
        for name, field in self._fields.items():
            self._watch_field(name, field.edit)
        self.vatRegimeCombo.currentIndexChanged.connect(self._update_vat_regime)
        self.languageCombo.currentIndexChanged.connect(self._update_language_notice)
        self.openDataDirButton.clicked.connect(self._open_data_dir)
        self.backupActions.restoreRequested.connect(self._restore_requested)

    def _watch_field(self, name: str, edit: QLineEdit) -> None:
        edit.editingFinished.connect(lambda: self._left_field(name))
        edit.textEdited.connect(lambda _text: self._refresh_errors(add_new=False))

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.tabs.tabBar(),
            *self._pages_tab_chain(),
            *self.remindersPage.tab_chain(),
            *self.buttonBox.buttons(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- texts ---------------------------------------------------------------------------
    def problem_text(self, code: str) -> str:
        """The sentence shown under a field for a problem code of the profile service."""
        return problem_text(code)

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
            error_palette(self.message_label) if error else self.palette()
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
        judged = self._fields.keys() if self._check_all else self._touched
        show_field_problems(self._fields, problems, judged, add_new)
        if all_clear(self._fields) and self.message_label.text() == self._attention_text():
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
        self.remindersPage.save(self.context.settings())
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

    def _restore_requested(self, path: Path) -> None:
        self.restoreRequested.emit(path)
        self.reject()


def edit_profile(
    parent: QWidget | None,
    context: AppContext,
    on_restore: Callable[[Path], None] | None = None,
) -> bool:
    """Show the profile dialog; True when the profile was saved (tests replace this).

    ``on_restore`` receives a checked backup the user chose to restore.
    """
    dialog = ProfileDialog(context, parent)
    if on_restore is not None:
        dialog.restoreRequested.connect(on_restore)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
