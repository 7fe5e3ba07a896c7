"""Colours chosen against the palette, so that they read on light and dark themes alike.

A small module of its own: the dashboard needs the error red at start-up without
importing the mission form, which the Missions tab loads when it is first shown.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def error_color(palette: QPalette) -> QColor:
    """A red that stays readable on the palette's window colour (light or dark theme)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")
