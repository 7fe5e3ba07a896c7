"""The packaging helpers that run outside the app: what the Linux build keeps of ICU."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icu_keeps_french_english_and_shared_tables_only() -> None:
    trim = load("trim_icu")
    items = [
        "root.res", "fr.res", "fr_FR.res", "fr_CA.res", "en.res", "en_US.res", "en_GB.res",
        "de.res", "zh_Hant_TW.res", "coll/fr.res", "coll/de.res", "coll/de_.res",
        "curr/ja.res", "curr/pool.res", "brkitr/cjdict.dict", "brkitr/line.brk",
        "nfc.nrm", "ucadata.icu", "supplementalData.res", "zoneinfo64.res", "metaZones.res",
        "res_index.res", "pool.res", "gb18030.cnv", "cnvalias.icu",
    ]  # fmt: skip
    removed = set(trim.items_to_remove(items))
    assert removed == {
        "fr_CA.res", "en_GB.res", "de.res", "zh_Hant_TW.res", "coll/de.res",
        "coll/de_.res", "curr/ja.res", "gb18030.cnv",
    }  # fmt: skip


def test_icu_library_is_left_alone_without_the_tools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trim = load("trim_icu")
    library = tmp_path / "libicudata.so.73"
    library.write_bytes(b"not touched")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert trim.trim_icu_data(library) is None
    assert library.read_bytes() == b"not touched"
