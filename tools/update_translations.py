"""Refresh the French translation file from the sources, then compile it.

    python3 tools/update_translations.py          # lupdate + lrelease
    python3 tools/update_translations.py --check  # fail if a string lacks French

``pyside6-lupdate`` keeps the translations already in the .ts file and adds new source
strings as unfinished; translate them (Qt Linguist, or by hand in the XML), then run the
script again so that ``pyside6-lrelease`` writes the .qm the app loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "connect_desktop"
TS_FILE = PACKAGE / "resources" / "translations" / "connect_desktop_fr.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def translatable_sources() -> list[Path]:
    """Modules that may show text: the UI package and the bootstrap."""
    return sorted([*(PACKAGE / "ui").rglob("*.py"), PACKAGE / "app.py"])


def run_lupdate(ts_file: Path) -> None:
    command = [
        "pyside6-lupdate",
        *map(str, translatable_sources()),
        "-no-obsolete",
        "-locations",
        "none",
        "-target-language",
        "fr_FR",
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    command = ["pyside6-lrelease", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def untranslated(ts_file: Path) -> list[str]:
    """Source strings without a finished French translation, as ``context: source``."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.find("numerusform") is not None:
                continue
            unfinished = translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
            }
            if unfinished or not (translation.text or "").strip():
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def check() -> list[str]:
    """Run lupdate on a copy so that the committed file is left as it is."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / TS_FILE.name
        shutil.copy(TS_FILE, copy)
        run_lupdate(copy)
        return untranslated(copy)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing strings")
    args = parser.parse_args()
    if args.check:
        missing = check()
        print("\n".join(missing) or "Every string has a French translation.")
        return 1 if missing else 0
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    run_lupdate(TS_FILE)
    run_lrelease(TS_FILE, QM_FILE)
    missing = untranslated(TS_FILE)
    print(f"{len(missing)} string(s) still need French." if missing else "Up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
