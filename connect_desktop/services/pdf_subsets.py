"""The font subsets documents embed, kept so that the next document with the same glyphs
need not make them again.

When fpdf2 writes a document it cuts each font down to the glyphs used (fontTools'
subsetter) and saves the result: for one page of text, most of the writing time. Here the
font fpdf2 cuts is given a ``save`` that records what it writes. A document with the same
glyphs as a recorded one then gets that subset as its font: fpdf2 cuts a few dozen glyphs
instead of a few hundred. Once cutting a recorded subset has been seen to give it back
byte for byte, its ``save`` writes the recorded bytes without compiling them again. A
subset that does not come back the same is not reused. The output is the same either way.

Only fonts whose glyph names survive subsetting can be reused like this (the reduced fonts
of ``pdf_render``). fontTools is imported only when a document is written. No Qt here.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, Literal

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

MAX_KEPT = 64  # glyph sets per font; documents of one kind share most of theirs

State = Literal["recorded", "checked", "unusable"]


@dataclass
class _Kept:
    data: bytes
    state: State  # recorded: not yet seen to survive a second cut; checked: it does


_lock = threading.Lock()
_kept: OrderedDict[tuple[str, frozenset[str]], _Kept] = OrderedDict()


def _font(data: bytes, save: Callable[[TTFont, BinaryIO], None]) -> TTFont:
    """A TrueType font on ``data`` whose ``save(file)`` is ``save(font, file)``."""
    from fontTools import ttLib

    class Font(ttLib.TTFont):  # type: ignore[misc]
        def save(self, file: BinaryIO, reorderTables: bool | None = True) -> None:
            save(self, file)

    return Font(io.BytesIO(data), recalcTimestamp=False, lazy=True)


def _record(font: TTFont, file: BinaryIO, done: Callable[[bytes], None]) -> None:
    """Save ``font`` as fontTools does, and hand what was written to ``done``."""
    from fontTools import ttLib

    out = io.BytesIO()
    ttLib.TTFont.save(font, out)
    data = out.getvalue()
    file.write(data)
    done(data)


def _store(key: tuple[str, frozenset[str]], entry: _Kept) -> None:
    with _lock:
        _kept[key] = entry
        _kept.move_to_end(key)
        while len(_kept) > MAX_KEPT:
            _kept.popitem(last=False)


def font_for(name: str, font_data: bytes, glyph_names: Collection[str]) -> TTFont:
    """The font to give fpdf2 for a document that uses ``glyph_names`` of the font
    ``font_data`` (called ``name``), just before it is written."""
    from fontTools import ttLib

    key = (name, frozenset(glyph_names))
    with _lock:
        entry = _kept.get(key)
        if entry is not None:
            _kept.move_to_end(key)
    if entry is None:  # first time: record what fpdf2 makes of the whole font

        def keep(data: bytes) -> None:
            _store(key, _Kept(data, "recorded"))

        return _font(font_data, lambda font, file: _record(font, file, keep))
    if entry.state == "checked":
        kept = entry.data
        return _font(kept, lambda _font, file: file.write(kept))
    if entry.state == "recorded":  # see whether cutting the subset again gives it back

        def check(data: bytes) -> None:
            _store(key, _Kept(entry.data, "checked" if data == entry.data else "unusable"))

        subset = _font(entry.data, lambda font, file: _record(font, file, check))
        if key[1] <= set(subset.getGlyphOrder()):
            return subset
        _store(key, _Kept(entry.data, "unusable"))  # the subset named its glyphs otherwise
    return ttLib.TTFont(io.BytesIO(font_data), recalcTimestamp=False, lazy=True)


def forget() -> None:
    """Drop every kept subset (for tests)."""
    with _lock:
        _kept.clear()
