"""The French translation is complete, compiled, and what the app loads; English gets its
plural forms."""

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


def test_compiled_translations_match_the_ts_files(tmp_path: Path) -> None:
    tool = load_translation_tool()
    english_ts = tmp_path / "en.ts"
    tool.write_english_plurals(tool.TS_FILE, english_ts)
    assert english_ts.read_bytes() == tool.EN_TS_FILE.read_bytes(), (
        "connect_desktop_en.ts is stale: run python3 tools/update_translations.py"
    )
    for ts_file, qm_file in ((tool.TS_FILE, tool.QM_FILE), (tool.EN_TS_FILE, tool.EN_QM_FILE)):
        fresh = tmp_path / qm_file.name
        tool.run_lrelease(ts_file, fresh)
        assert fresh.read_bytes() == qm_file.read_bytes(), (
            f"{qm_file.name} is stale: run python3 tools/update_translations.py"
        )


def test_every_count_is_a_plural_message() -> None:
    """A ``%n`` string only gets plural forms from ``self.tr(text, "", n)``: lupdate reads
    ``QCoreApplication.translate(context, text, "", n)`` as a plain message, or skips it
    when ``n`` is an expression."""
    tool = load_translation_tool()
    import xml.etree.ElementTree as ET

    flat = [
        message.findtext("source", "")
        for message in ET.parse(tool.TS_FILE).getroot().iter("message")
        if "%n" in message.findtext("source", "") and message.get("numerus") != "yes"
    ]
    assert flat == []
    offending = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in tool.translatable_sources()
        for line in path.read_text(encoding="utf-8").splitlines()
        if "translate(" in line and '"%n' in line
    ]
    assert offending == []


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
