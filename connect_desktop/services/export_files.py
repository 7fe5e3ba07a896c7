"""What every export shares: an all-or-nothing output file, progress and cancelling.

An export writes into a hidden temporary file beside the target and moves it onto the
target only once everything is written and flushed to disk, so an interrupted export
(an error, a full disk, the user's Cancel) never leaves a half file under the chosen
name, and an older file there stays untouched until the new one is complete.
"""

from __future__ import annotations

from collections.abc import Callable

from connect_desktop.services.files import atomic_output

__all__ = [
    "PROGRESS_STEP",
    "ExportCancelled",
    "NothingToExport",
    "Progress",
    "atomic_output",
    "report",
    "report_every",
]

# ``progress(done, total)``: called by the exports as they go; the UI's version raises
# ``ExportCancelled`` when the user cancels.
Progress = Callable[[int, int], None]

# How many rows an export writes between two progress calls: often enough for a smooth
# bar, rarely enough that relaying them to the UI costs nothing.
PROGRESS_STEP = 500


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written under the target name."""


class NothingToExport(Exception):
    """The database holds nothing this export would write (no file is created)."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Call ``progress`` if there is one."""
    if progress is not None:
        progress(done, total)


def report_every(progress: Progress | None, done: int, total: int) -> None:
    """Call ``progress`` every ``PROGRESS_STEP`` items and at the last one."""
    if progress is not None and (done % PROGRESS_STEP == 0 or done == total):
        progress(done, total)
