"""The profile dialog, driven as a user would: typing, leaving fields, keyboard only."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func
from sqlmodel import select

from connect_desktop.services.profile import ProfileData, load_profile, save_profile
from connect_desktop.store.database import read_session
from connect_desktop.store.models import Profile
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.operations import wait_for_jobs
from connect_desktop.ui.profile import dialog as profile_dialog
from connect_desktop.ui.profile.dialog import ProfileDialog, edit_profile

# The offscreen platform says so whenever a top-level window gets a minimum size; it is
# a limit of the headless plugin, not a problem of the dialog.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

SAVED = ProfileData(
    full_name="Camille Martin",
    siret="90765432100005",
    address_line1="18 rue des Lilas",
    postcode="44000",
    city="Nantes",
    email="camille.martin@example.fr",
    vat_number="FR24907654321",
    iban="FR7630006000011234567890189",
    bic="BNPAFRPP",
    invoice_prefix="CM-",
    holiday_zone="57",
    language="en",
)

# A few entries of the French translation, compiled for the test (the context is the class).
FRENCH = {
    "Invalid SIRET: 14 digits including the check digit": (
        "SIRET invalide : 14 chiffres dont la clé de contrôle"
    ),
    "&SIRET": "&SIRET",
    "Full &name": "&Nom et prénom",
    "Some fields need your attention.": "Certains champs sont à corriger.",
}


def profile_rows(engine: Engine) -> int:
    with read_session(engine) as session:
        return session.exec(select(func.count()).select_from(Profile)).one()


def ok_button(dialog: ProfileDialog) -> QAbstractButton:
    button = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def error_label(dialog: ProfileDialog, name: str) -> QLabel:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label


def leave(qtbot: QtBot, widget: QWidget) -> None:
    """Press Tab, as a user leaving the field does."""
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def type_into(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


@pytest.fixture
def open_dialog(qtbot: QtBot, context: AppContext) -> Iterator[Callable[[], ProfileDialog]]:
    """Open the dialog, wait for the profile to arrive from its job, make it active."""

    def open_() -> ProfileDialog:
        dialog = ProfileDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.is_loaded)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    yield open_
    wait_for_jobs()


@pytest.fixture
def french(qtbot: QtBot, tmp_path: Path) -> Iterator[None]:
    """Install a French translator holding the few strings of ``FRENCH``."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(PySide6.__file__).parent / "lrelease")
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(french)}</translation></message>"
        for source, french in FRENCH.items()
    )
    ts = tmp_path / "fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        '<TS version="2.1" language="fr_FR"><context><name>ProfileDialog</name>'
        f"{messages}</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "fr.qm"
    try:
        subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"lrelease is not usable here: {error}")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_an_empty_database_opens_the_defaults(
    open_dialog: Callable[[], ProfileDialog], engine: Engine
) -> None:
    dialog = open_dialog()
    assert dialog.objectName() == "profileDialog"
    assert dialog.fullNameEdit.text() == ""
    assert dialog.legalFormCombo.currentData() == "EI"
    assert dialog.countryEdit.text() == "France"
    assert dialog.basedInFranceCheck.isChecked()
    assert dialog.vatRegimeCombo.currentData() is False
    assert dialog.invoicePrefixEdit.text() == "F"
    assert dialog.holidayZoneCombo.currentData() is None
    assert dialog.languageCombo.currentData() is None
    assert dialog.fullNameEdit.hasFocus()
    assert profile_rows(engine) == 0  # opening writes nothing


def test_the_saved_profile_is_shown_with_spaced_identifiers(
    open_dialog: Callable[[], ProfileDialog], engine: Engine
) -> None:
    save_profile(engine, replace(SAVED, legal_form="SASU", vat_franchise=False))
    dialog = open_dialog()
    assert dialog.fullNameEdit.text() == "Camille Martin"
    assert dialog.legalFormCombo.currentText() == "SASU"
    assert dialog.siretEdit.text() == "907 654 321 00005"
    assert dialog.ibanEdit.text() == "FR76 3000 6000 0112 3456 7890 189"
    assert dialog.vatNumberEdit.text() == "FR24907654321"
    assert dialog.invoicePrefixEdit.text() == "CM-"
    assert dialog.holidayZoneCombo.currentData() == "57"
    assert dialog.languageCombo.currentData() == "en"
    assert dialog.languageNotice.isHidden()
    errors = [
        label for label in dialog.findChildren(QLabel) if label.objectName().endswith("Error")
    ]
    assert len(errors) == 14  # one per line edit
    assert all(label.isHidden() for label in errors)


def test_an_invalid_siret_shows_a_french_error_and_ok_saves_nothing(
    open_dialog: Callable[[], ProfileDialog], qtbot: QtBot, engine: Engine, french: None
) -> None:
    dialog = open_dialog()
    type_into(qtbot, dialog.fullNameEdit, "Camille Martin")
    type_into(qtbot, dialog.siretEdit, "73282932000075")
    siret_error = error_label(dialog, "siretError")
    assert siret_error.isHidden()  # not judged while typing
    leave(qtbot, dialog.siretEdit)

    assert siret_error.isVisible()
    assert siret_error.text() == "SIRET invalide : 14 chiffres dont la clé de contrôle"
    assert dialog.siretEdit.accessibleDescription() == siret_error.text()

    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    wait_for_jobs()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message_label.text() == "Certains champs sont à corriger."
    assert dialog.siretEdit.hasFocus()
    assert profile_rows(engine) == 0
    assert load_profile(engine) == ProfileData()


def test_the_error_goes_once_the_siret_is_fixed_and_it_is_spaced(
    open_dialog: Callable[[], ProfileDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog()
    type_into(qtbot, dialog.siretEdit, "73282932000075")
    leave(qtbot, dialog.siretEdit)
    siret_error = error_label(dialog, "siretError")
    assert siret_error.isVisible()

    dialog.siretEdit.setFocus()
    qtbot.keyClick(dialog.siretEdit, Qt.Key.Key_Backspace)
    assert siret_error.isVisible()  # still wrong while typing
    qtbot.keyClick(dialog.siretEdit, "4")
    assert siret_error.isHidden()  # fixed: the error goes at once
    leave(qtbot, dialog.siretEdit)
    assert dialog.siretEdit.text() == "732 829 320 00074"
    assert siret_error.isHidden()


def test_ok_checks_every_field_and_shows_the_tab_of_the_first_problem(
    open_dialog: Callable[[], ProfileDialog], qtbot: QtBot, engine: Engine
) -> None:
    dialog = open_dialog()
    type_into(qtbot, dialog.fullNameEdit, "Camille Martin")
    dialog.ibanEdit.setText("FR76 3000 6000 0112 3456 7890 188")  # wrong key, never left
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    wait_for_jobs()

    assert dialog.isVisible()
    assert dialog.tabs.currentWidget().objectName() == "taxPage"
    assert dialog.ibanEdit.hasFocus()
    iban_error = error_label(dialog, "ibanError")
    assert iban_error.isVisible()
    assert iban_error.text() == dialog.problem_text("iban_invalid")
    assert profile_rows(engine) == 0


def test_an_empty_name_is_refused(
    open_dialog: Callable[[], ProfileDialog], qtbot: QtBot, engine: Engine
) -> None:
    dialog = open_dialog()
    qtbot.keyClick(dialog.fullNameEdit, Qt.Key.Key_Return)  # Enter presses OK
    wait_for_jobs()
    assert dialog.isVisible()
    assert error_label(dialog, "fullNameError").text() == dialog.problem_text("name_missing")
    assert profile_rows(engine) == 0


def test_the_vat_number_must_belong_to_the_siren_of_the_siret(
    open_dialog: Callable[[], ProfileDialog], qtbot: QtBot, engine: Engine
) -> None:
    dialog = open_dialog()
    type_into(qtbot, dialog.fullNameEdit, "Camille Martin")
    type_into(qtbot, dialog.siretEdit, "73282932000074")
    dialog.vatNumberEdit.setText("FR24907654321")  # valid, but SIREN 907654321
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    wait_for_jobs()
    vat_error = error_label(dialog, "vatNumberError")
    assert vat_error.isVisible()
    assert vat_error.text() == dialog.problem_text("vat_number_siren_mismatch")
    assert profile_rows(engine) == 0


def test_valid_data_is_saved_through_the_dialog(
    open_dialog: Callable[[], ProfileDialog], qtbot: QtBot, engine: Engine
) -> None:
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.saved) as saved:
        type_into(qtbot, dialog.fullNameEdit, "Camille Martin")
        dialog.legalFormCombo.setCurrentIndex(dialog.legalFormCombo.findData("EURL"))
        type_into(qtbot, dialog.tradeNameEdit, "CM Conseil")
        type_into(qtbot, dialog.siretEdit, "907 654 321 00005")
        type_into(qtbot, dialog.addressLine1Edit, "18 rue des Lilas")
        type_into(qtbot, dialog.postcodeEdit, "44000")
        type_into(qtbot, dialog.cityEdit, "Nantes")
        type_into(qtbot, dialog.emailEdit, "camille.martin@example.fr")
        type_into(qtbot, dialog.phoneEdit, "06 12 34 56 78")
        dialog.tabs.setCurrentIndex(1)
        type_into(qtbot, dialog.vatNumberEdit, "fr 24 907 654 321")
        type_into(qtbot, dialog.ibanEdit, "fr76 3000 6000 0112 3456 7890 189")
        type_into(qtbot, dialog.bicEdit, "bnpafrpp")
        dialog.invoicePrefixEdit.clear()
        type_into(qtbot, dialog.invoicePrefixEdit, "CM-")
        dialog.tabs.setCurrentIndex(2)
        dialog.holidayZoneCombo.setCurrentIndex(dialog.holidayZoneCombo.findData("974"))
        dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("fr"))
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    expected = ProfileData(
        full_name="Camille Martin",
        legal_form="EURL",
        trade_name="CM Conseil",
        siret="90765432100005",
        address_line1="18 rue des Lilas",
        postcode="44000",
        city="Nantes",
        email="camille.martin@example.fr",
        phone="06 12 34 56 78",
        vat_number="FR24907654321",
        iban="FR7630006000011234567890189",
        bic="BNPAFRPP",
        invoice_prefix="CM-",
        holiday_zone="974",
        language="fr",
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved.args == [expected]
    assert load_profile(engine) == expected


def test_the_franchise_disables_the_vat_number(
    open_dialog: Callable[[], ProfileDialog], qtbot: QtBot, engine: Engine
) -> None:
    save_profile(engine, SAVED)
    dialog = open_dialog()
    dialog.tabs.setCurrentIndex(1)
    assert dialog.vatNumberEdit.isEnabled()
    assert dialog.franchiseHint.isHidden()

    dialog.vatNumberEdit.setText("FR00")  # invalid, then the franchise is chosen
    dialog.vatRegimeCombo.setFocus()
    qtbot.keyClick(dialog.vatRegimeCombo, Qt.Key.Key_Down)
    assert dialog.vatRegimeCombo.currentData() is True
    assert not dialog.vatNumberEdit.isEnabled()
    assert dialog.franchiseHint.isVisible()
    assert "293 B" in dialog.vatRegimeCombo.currentText()

    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    stored = load_profile(engine)
    assert stored.vat_franchise is True
    assert stored.vat_number == ""


def test_going_back_to_vat_enables_the_vat_number(
    open_dialog: Callable[[], ProfileDialog], engine: Engine
) -> None:
    save_profile(engine, replace(SAVED, vat_franchise=True, vat_number=""))
    dialog = open_dialog()
    assert dialog.vatRegimeCombo.currentData() is True
    assert not dialog.vatNumberEdit.isEnabled()
    dialog.vatRegimeCombo.setCurrentIndex(0)
    assert dialog.vatNumberEdit.isEnabled()


def test_the_tab_key_follows_the_form_order(
    open_dialog: Callable[[], ProfileDialog], qtbot: QtBot
) -> None:
    open_dialog()
    visited = [QApplication.focusWidget().objectName()]
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    assert visited == [
        "fullNameEdit",
        "legalFormCombo",
        "tradeNameEdit",
        "siretEdit",
        "addressLine1Edit",
        "addressLine2Edit",
        "postcodeEdit",
        "cityEdit",
        "countryEdit",
        "emailEdit",
        "phoneEdit",
    ]


def test_the_whole_dialog_works_from_the_keyboard(
    open_dialog: Callable[[], ProfileDialog], qtbot: QtBot, engine: Engine
) -> None:
    dialog = open_dialog()

    def keys(key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClicks(QApplication.focusWidget(), "Camille Martin")
    keys(Qt.Key.Key_Tab)
    assert dialog.legalFormCombo.hasFocus()
    keys(Qt.Key.Key_Down)  # EI -> EURL
    keys("s", alt)  # &SIRET
    assert dialog.siretEdit.hasFocus()
    qtbot.keyClicks(dialog.siretEdit, "90765432100005")

    keys("x", alt)  # Ta&x and payment
    assert dialog.tabs.currentWidget().objectName() == "taxPage"
    keys("n", alt)  # IBA&N
    assert dialog.ibanEdit.hasFocus()
    qtbot.keyClicks(dialog.ibanEdit, "FR7630006000011234567890189")
    keys("b", alt)  # &Based in France: the mnemonic clicks the check box (animated)
    qtbot.waitUntil(lambda: not dialog.basedInFranceCheck.isChecked())

    keys("p", alt)  # &Preferences
    keys("h", alt)  # &Holiday zone
    assert dialog.holidayZoneCombo.hasFocus()
    keys(Qt.Key.Key_Down)  # -> Moselle
    keys("l", alt)  # &Language
    keys(Qt.Key.Key_Down)  # -> Français
    assert dialog.languageNotice.isVisible()

    keys(Qt.Key.Key_Return)  # the default button: OK
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    stored = load_profile(engine)
    assert stored.full_name == "Camille Martin"
    assert stored.legal_form == "EURL"
    assert stored.siret == "90765432100005"
    assert stored.iban == "FR7630006000011234567890189"
    assert stored.based_in_france is False
    assert stored.holiday_zone == "57"
    assert stored.language == "fr"


def test_escape_cancels_and_saves_nothing(
    open_dialog: Callable[[], ProfileDialog], qtbot: QtBot, engine: Engine
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.fullNameEdit, "Camille Martin")
    qtbot.keyClick(dialog.fullNameEdit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    wait_for_jobs()
    assert profile_rows(engine) == 0


def mnemonics(texts: list[str]) -> list[str]:
    return [match.lower() for text in texts for match in re.findall(r"&([^&])", text)]


def test_mnemonics_are_unique_on_every_tab(open_dialog: Callable[[], ProfileDialog]) -> None:
    dialog = open_dialog()
    tab_keys = mnemonics([dialog.tabs.tabText(i) for i in range(dialog.tabs.count())])
    assert len(tab_keys) == 4
    for index in range(dialog.tabs.count()):
        page = dialog.tabs.widget(index)
        labels = [label for label in page.findChildren(QLabel) if "&" in label.text()]
        texts = [label.text() for label in labels]
        texts += [button.text() for button in page.findChildren(QAbstractButton)]
        keys = tab_keys + mnemonics(texts)
        assert len(keys) == len(set(keys)), (page.objectName(), keys)
        # Every label with a mnemonic leads to a widget that takes the focus.
        for label in labels:
            buddy = label.buddy()
            assert buddy is not None, label.text()
            assert buddy.focusPolicy() != Qt.FocusPolicy.NoFocus, label.text()


def test_a_language_change_says_when_it_applies(
    open_dialog: Callable[[], ProfileDialog],
) -> None:
    dialog = open_dialog()
    assert [dialog.languageCombo.itemData(i) for i in range(3)] == [None, "fr", "en"]
    assert dialog.languageCombo.itemText(1) == "Français"
    assert dialog.languageCombo.itemText(2) == "English"
    dialog.languageCombo.setCurrentIndex(2)
    assert not dialog.languageNotice.isHidden()
    dialog.languageCombo.setCurrentIndex(0)
    assert dialog.languageNotice.isHidden()


def test_every_holiday_zone_is_offered(open_dialog: Callable[[], ProfileDialog]) -> None:
    from connect_desktop.domain.calendar import HOLIDAY_ZONES

    dialog = open_dialog()
    combo = dialog.holidayZoneCombo
    assert [combo.itemData(i) for i in range(combo.count())] == list(HOLIDAY_ZONES)


def test_the_data_folder_is_shown_and_opens(
    open_dialog: Callable[[], ProfileDialog],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(profile_dialog, "open_folder", opened.append)
    dialog = open_dialog()
    assert dialog.dataDirLabel.text() == str(data_dir)
    assert dialog.backupsDirLabel.text() == str(data_dir / "backups")
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.openDataDirButton, Qt.MouseButton.LeftButton)
    assert opened == [data_dir]
    assert dialog.isVisible()  # the button is not the dialog's default


def test_a_failed_save_keeps_the_dialog_open_with_the_reason(
    open_dialog: Callable[[], ProfileDialog],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    engine: Engine,
) -> None:
    def refuse(_engine: Engine, _data: ProfileData) -> ProfileData:
        raise ValueError("database is locked")

    monkeypatch.setattr(profile_dialog, "save_profile", refuse)
    dialog = open_dialog()
    qtbot.keyClicks(dialog.fullNameEdit, "Camille Martin")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "database is locked" in dialog.message_label.text())
    assert dialog.isVisible()
    assert ok_button(dialog).isEnabled()
    assert dialog.tabs.isEnabled()
    assert profile_rows(engine) == 0


def run_modal(qtbot: QtBot, act: Callable[[ProfileDialog], None]) -> None:
    """Call ``act`` on the modal profile dialog once it has loaded its data."""

    def step() -> None:
        dialogs = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, ProfileDialog) and widget.isVisible()
        ]
        if not dialogs or not dialogs[0].is_loaded:
            QTimer.singleShot(10, step)
            return
        act(dialogs[0])

    QTimer.singleShot(0, step)


def test_edit_profile_returns_true_once_saved(
    qtbot: QtBot, context: AppContext, engine: Engine
) -> None:
    def fill_and_accept(dialog: ProfileDialog) -> None:
        dialog.fullNameEdit.setText("Camille Martin")
        dialog.accept()

    run_modal(qtbot, fill_and_accept)
    assert edit_profile(None, context) is True
    assert load_profile(engine).full_name == "Camille Martin"


def test_edit_profile_returns_false_when_cancelled(
    qtbot: QtBot, context: AppContext, engine: Engine
) -> None:
    def fill_and_cancel(dialog: ProfileDialog) -> None:
        dialog.fullNameEdit.setText("Camille Martin")
        dialog.reject()

    run_modal(qtbot, fill_and_cancel)
    assert edit_profile(None, context) is False
    wait_for_jobs()
    assert profile_rows(engine) == 0
