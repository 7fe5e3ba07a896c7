"""PySide's per-module source scan is skipped: modules imported after Qt are not read."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest

from connect_desktop.ui.pyside_features import FEATURE_MODULE, skip_feature_scan


def test_modules_imported_after_qt_are_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert skip_feature_scan()
    (tmp_path / "freshly_written_module.py").write_text("VALUE = 42\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    sources_read: list[str] = []
    real_getsource = inspect.getsource

    def counting_getsource(target: object) -> str:
        sources_read.append(getattr(target, "__name__", "?"))
        return real_getsource(target)  # type: ignore[arg-type]

    monkeypatch.setattr(inspect, "getsource", counting_getsource)
    # An import statement, which goes through PySide's wrapper (importlib does not).
    module = __import__("freshly_written_module")
    assert module.VALUE == 42
    assert "freshly_written_module" not in sources_read
    # PySide recorded the module as one that selects no feature.
    assert sys.modules[FEATURE_MODULE].pyside_feature_dict["freshly_written_module"] == -1
    monkeypatch.delitem(sys.modules, "freshly_written_module")


def test_qt_still_works_after_the_scan_is_skipped() -> None:
    skip_feature_scan()
    from PySide6.QtCore import QDate

    assert QDate(2026, 11, 28).toString("dd/MM/yyyy") == "28/11/2026"
