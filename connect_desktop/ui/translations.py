"""The interface language: which one to use, and loading its translations into Qt."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from connect_desktop.app import LANGUAGES
from connect_desktop.resources import resource_path

log = logging.getLogger(__name__)

TRANSLATIONS_FOLDER = "translations"


def _language_code(value: str | None) -> str:
    """``"fr_FR"``, ``"fr-CA"``, ``"FR"`` -> ``"fr"``; empty for nothing."""
    if not value:
        return ""
    return value.strip().lower().replace("-", "_").split("_")[0].split(".")[0]


def choose_language(cli: str | None, profile: str | None, system_locale_name: str) -> str:
    """The interface language: ``--lang``, else the profile's choice, else French on a
    French system and English everywhere else."""
    for choice in (cli, profile):
        code = _language_code(choice)
        if code in LANGUAGES:
            return code
    return "fr" if _language_code(system_locale_name) == "fr" else "en"


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own for ``language``.

    The sources are English: in English, ours only gives the plural forms ("1 invoice",
    "2 invoices") and Qt needs none. Also sets Qt's default locale (date and number
    widgets). The translators belong to ``app``; they are returned so that a caller can
    remove them.
    """
    QLocale.setDefault(QLocale("fr_FR" if language == "fr" else "en_US"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = resource_path(TRANSLATIONS_FOLDER)
    names = [(f"connect_desktop_{language}", ours)]
    if language != "en":
        names.insert(0, (f"qtbase_{language}", qt_folder))
    translators = []
    for name, folder in names:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.info("No translation %s in %s", name, folder)
    return translators
