"""Shrink the ICU data library a Linux build carries: keep the languages the app speaks.

PySide6's Qt on Linux links ICU, whose data library (``libicudata.so.NN``, 31 MB) holds
locale data for some 800 locales (names of currencies, zones, languages and regions,
collation and number spelling rules) and 190 converters for legacy character sets. The
app speaks French and English, in UTF-8: this keeps those locales (and the root locale
they fall back to) and every shared table (normalisation, break iterators, time zones),
then links a new ``libicudata.so.NN`` that exports the same symbol. A locale left out
falls back to the root locale; Qt's UTF-8, UTF-16 and Latin-1 need no converter.

Needs ``icupkg`` (Debian's icu-devtools) and a C compiler; without them the library is
left as it is. Windows and macOS builds do not carry ICU. Run by build.spec, or by hand:

    python3 packaging/trim_icu.py dist/connect-desktop/_internal/PySide6/Qt/lib/libicudata.so.73
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# res_index (the list of a tree's locales) looks like a locale name but is not one.
KEPT_LOCALES = ("root", "en", "en_US", "fr", "fr_FR", "res_index")
# Locale trees of the data: "fr.res", "curr/fr.res", "coll/fr.res"...
LOCALE_TREES = (None, "curr", "zone", "lang", "region", "unit", "coll", "rbnf")
LOCALE_ITEM = re.compile(r"^(?:(?P<tree>[a-z]+)/)?(?P<locale>[a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$")


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def items_to_remove(items: list[str]) -> list[str]:
    """The items of locales other than the kept ones, and the legacy converters."""
    removed = []
    for item in items:
        if item.endswith(".cnv"):
            removed.append(item)
            continue
        match = LOCALE_ITEM.match(item)
        if match is None or match.group("tree") not in LOCALE_TREES:
            continue
        if match.group("locale") not in KEPT_LOCALES:
            removed.append(item)
    return removed


def _data_blob(library: Path, symbol: str) -> bytes:
    """The bytes of ``symbol`` (the packaged ICU data) inside ``library``."""
    found = re.search(
        rf"^([0-9a-f]+) ([0-9a-f]+) \w {symbol}$", _run("nm", "-D", "-S", str(library)), re.M
    )
    if found is None:
        raise ValueError(f"{library.name} exports no {symbol}")
    address, size = int(found.group(1), 16), int(found.group(2), 16)
    for line in _run("readelf", "-S", "-W", str(library)).splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            offset = address - section_address + section_offset
            return library.read_bytes()[offset : offset + size]
    raise ValueError(f"{library.name} has no .rodata section")


def trim_icu_data(library: Path) -> tuple[int, int] | None:
    """Replace ``library`` by a smaller one; its (old, new) sizes, or None when the tools
    are missing or the library is not what this expects (it is then left untouched)."""
    version = re.fullmatch(r"libicudata\.so\.(\d+)", library.name)
    compiler = shutil.which("cc") or shutil.which("gcc")
    if version is None or not (shutil.which("icupkg") and compiler and shutil.which("nm")):
        return None
    symbol = f"icudt{version.group(1)}_dat"
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        # icupkg names the items inside a package after its file ("icudt73l/fr.res"), and
        # ICU looks them up by that name: the smaller package keeps the file name.
        name = f"{symbol[: -len('_dat')]}l.dat"
        full, small = work / name, work / "out" / name
        small.parent.mkdir()
        full.write_bytes(_data_blob(library, symbol))
        items = _run("icupkg", "-l", str(full)).split()
        (work / "remove.txt").write_text("\n".join(items_to_remove(items)) + "\n")
        _run("icupkg", "-r", str(work / "remove.txt"), str(full), str(small))
        source = work / "icudata.S"
        source.write_text(
            "    .section .rodata\n    .balign 16\n"
            f"    .globl {symbol}\n    .type {symbol}, @object\n{symbol}:\n"
            f'    .incbin "{small}"\n    .size {symbol}, . - {symbol}\n'
            '    .section .note.GNU-stack,"",@progbits\n'
        )
        rebuilt = work / library.name
        _run(
            compiler,
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            str(rebuilt),
            str(source),
        )
        shutil.copyfile(rebuilt, library)
    return before, library.stat().st_size


if __name__ == "__main__":
    result = trim_icu_data(Path(sys.argv[1]))
    if result is None:
        sys.exit("ICU data left as it is (icupkg, a C compiler or nm is missing).")
    print(f"ICU data: {result[0] / 1e6:.1f} MB -> {result[1] / 1e6:.1f} MB")
