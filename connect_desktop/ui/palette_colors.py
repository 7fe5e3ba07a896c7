"""Colours chosen against the palette, so that they read on light and dark themes alike.

A small module of its own: the dashboard needs the error red at start-up without
importing the mission form, which the Missions tab loads when it is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel


def error_color(palette: QPalette) -> QColor:
    """A red that stays readable on the palette's window colour (light or dark theme)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


def show_message(label: QLabel, text: str, error: bool, palette: QPalette) -> None:
    """A tab's message line: ``text`` in ``palette``'s text colour, or, for an error,
    in its error red after a ⚠."""
    color = error_color(palette) if error else palette.color(QPalette.ColorRole.WindowText)
    label_palette = label.palette()
    label_palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(label_palette)
    label.setText("⚠ " + text if text and error else text)
