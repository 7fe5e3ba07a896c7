"""The French translation is complete, compiled, and what the app loads."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None, reason="Qt's lupdate is not installed"
)


def load_translation_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_source_string_has_a_french_translation() -> None:
    tool = load_translation_tool()
    assert tool.check() == []


def test_compiled_translation_matches_the_ts_file(tmp_path: Path) -> None:
    tool = load_translation_tool()
    fresh = tmp_path / "fresh.qm"
    tool.run_lrelease(tool.TS_FILE, fresh)
    assert fresh.read_bytes() == tool.QM_FILE.read_bytes(), (
        "connect_desktop_fr.qm is stale: run python3 tools/update_translations.py"
    )


def test_french_translation_loads(qapp: QCoreApplication) -> None:
    tool = load_translation_tool()
    translator = QTranslator()
    assert translator.load(str(tool.QM_FILE))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        assert QCoreApplication.translate("WelcomePage", "Complete my profile") == (
            "Compléter mon profil"
        )
    finally:
        QCoreApplication.removeTranslator(translator)
