"""Refresh the French translation file from the sources, then compile it.

    python3 tools/update_translations.py          # lupdate + lrelease
    python3 tools/update_translations.py --check  # fail if a string lacks French

``pyside6-lupdate`` keeps the translations already in the .ts file and adds new source
strings as unfinished; translate them (Qt Linguist, or by hand in the XML), then run the
script again so that ``pyside6-lrelease`` writes the .qm the app loads.

The sources are in English, so English needs no translation except for plurals: a
``tr("%n invoice(s)", "", n)`` string gets its English singular and plural forms
("1 invoice", "2 invoices") in ``connect_desktop_en.ts``, which this script writes from
the French file's plural messages.
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
EN_TS_FILE = TS_FILE.with_name("connect_desktop_en.ts")
EN_QM_FILE = EN_TS_FILE.with_suffix(".qm")


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


def _texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a ``%n`` message."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def untranslated(ts_file: Path) -> list[str]:
    """Source strings without a finished French translation, as ``context: source``
    (a plural message needs every one of its forms)."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
            }
            if unfinished or not all(text.strip() for text in _texts(translation)):
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def english_forms(source: str) -> tuple[str, str]:
    """``"%n invoice(s)"`` -> (``"%n invoice"``, ``"%n invoices"``)."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def write_english_plurals(ts_file: Path, en_ts_file: Path) -> int:
    """Write the English plural forms of every ``%n`` message of ``ts_file``."""
    root = ET.parse(ts_file).getroot()
    english = ET.Element("TS", version=root.get("version", "2.1"), language="en_US")
    count = 0
    for context in root.iter("context"):
        plurals = [message for message in context.iter("message") if message.get("numerus")]
        if not plurals:
            continue
        out_context = ET.SubElement(english, "context")
        ET.SubElement(out_context, "name").text = context.findtext("name", "")
        for message in plurals:
            source = message.findtext("source", "")
            out_message = ET.SubElement(out_context, "message", numerus="yes")
            ET.SubElement(out_message, "source").text = source
            comment = message.findtext("comment")
            if comment:
                ET.SubElement(out_message, "comment").text = comment
            translation = ET.SubElement(out_message, "translation")
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
            count += 1
    ET.indent(english)
    tree = ET.ElementTree(english)
    tree.write(en_ts_file, encoding="utf-8", xml_declaration=True)
    return count


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
    write_english_plurals(TS_FILE, EN_TS_FILE)
    run_lrelease(EN_TS_FILE, EN_QM_FILE)
    missing = untranslated(TS_FILE)
    print(f"{len(missing)} string(s) still need French." if missing else "Up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
