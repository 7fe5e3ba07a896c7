"""The status icons drawn by ``ui/icons.py``: visible, in the colour asked for, distinct,
made once, and used by the widgets that show a status."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.ui import icons
from connect_desktop.ui.cra import labels as cra_labels
from connect_desktop.ui.icons import ICON_SIZES, IconName
from connect_desktop.ui.invoices import labels as invoice_labels
from connect_desktop.ui.reminders.banner import ReminderBanner

COLOR = QColor("#1565c0")


def image_of(name: IconName, size: int, color: QColor | str = COLOR) -> QImage:
    image = icons.pixmap(name, color, size).toImage()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def opaque_pixels(image: QImage) -> list[QColor]:
    """The pixels fully covered by the drawing (antialiased edges left out)."""
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return [pixel for pixel in pixels if pixel.alpha() == 255]


def covered_share(image: QImage) -> float:
    pixels = image.width() * image.height()
    covered = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 0
    )
    return covered / pixels


@pytest.mark.parametrize("size", [16, 32])
@pytest.mark.parametrize("name", list(IconName))
def test_each_icon_is_drawn_in_the_colour_asked_for(
    qtbot: QtBot, name: IconName, size: int
) -> None:
    image = image_of(name, size)
    assert (image.width(), image.height()) == (size, size)
    solid = opaque_pixels(image)
    assert len(solid) >= size  # at least a line's worth of ink, not a faint smudge
    assert {pixel.rgb() for pixel in solid} == {COLOR.rgb()}
    # An icon, not a filled square: some of the square stays transparent.
    assert 0.08 < covered_share(image) < 0.8
    assert image.pixelColor(0, 0).alpha() == 0


def test_an_other_colour_gives_the_same_drawing_in_that_colour(qtbot: QtBot) -> None:
    blue = image_of(IconName.BELL, 24, "#1565c0")
    red = image_of(IconName.BELL, 24, QColor("#b3261e"))
    assert {pixel.rgb() for pixel in opaque_pixels(red)} == {QColor("#b3261e").rgb()}
    for x, y in itertools.product(range(24), repeat=2):
        assert blue.pixelColor(x, y).alpha() == red.pixelColor(x, y).alpha()


def test_different_icons_differ(qtbot: QtBot) -> None:
    def shape(name: IconName) -> bytes:
        image = image_of(name, 24)
        return bytes(image.pixelColor(x, y).alpha() for y in range(24) for x in range(24))

    shapes = {name: shape(name) for name in IconName}
    for first, second in itertools.combinations(IconName, 2):
        differing = sum(a != b for a, b in zip(shapes[first], shapes[second], strict=True))
        assert differing > 24, (first, second)


def test_the_icon_holds_every_size_and_is_made_once_per_name_and_colour(qtbot: QtBot) -> None:
    icon = icons.icon(IconName.LOCK, "#2e7d32")
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert {(size, size) for size in ICON_SIZES} <= sizes
    assert icons.icon(IconName.LOCK, QColor("#2e7d32")).cacheKey() == icon.cacheKey()
    assert icons.icon(IconName.LOCK, "#2e7d33").cacheKey() != icon.cacheKey()
    assert icons.icon(IconName.BELL, "#2e7d32").cacheKey() != icon.cacheKey()
    assert icons.pixmap(IconName.LOCK, "#2e7d32", 16).cacheKey() == (
        icons.pixmap(IconName.LOCK, QColor("#2e7d32"), 16).cacheKey()
    )


def test_a_high_density_screen_gets_more_pixels_for_the_same_size(qtbot: QtBot) -> None:
    sharp = icons.pixmap(IconName.CRA_VALIDATED, COLOR, 16, 2.0)
    assert (sharp.width(), sharp.height()) == (32, 32)
    assert sharp.devicePixelRatio() == 2.0
    assert sharp.deviceIndependentSize().width() == 16


def test_an_icon_from_its_pixmap_keeps_the_colour(qtbot: QtBot) -> None:
    image = icons.icon(IconName.INVOICE_PAID, COLOR).pixmap(32, 32).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    assert {pixel.rgb() for pixel in opaque_pixels(image)} == {COLOR.rgb()}


def test_every_status_has_its_own_icon(qtbot: QtBot) -> None:
    assert set(invoice_labels.STATUS_ICONS) == set(InvoiceStatus)
    assert set(cra_labels.STATUS_ICONS) == set(CraStatus)
    both = [*invoice_labels.STATUS_ICONS.values(), *cra_labels.STATUS_ICONS.values()]
    assert len(set(both)) == len(both)
    palette = QPalette()
    icon = invoice_labels.status_icon(InvoiceStatus.FINAL, palette)
    color = invoice_labels.status_color(InvoiceStatus.FINAL, palette)
    image = icon.pixmap(16, 16).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert {pixel.rgb() for pixel in opaque_pixels(image)} == {color.rgb()}


def test_the_reminder_banner_shows_the_bell_in_its_text_colour(qtbot: QtBot) -> None:
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    image = banner.icon_label.pixmap().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    text = banner.palette().color(QPalette.ColorRole.WindowText)
    assert banner.icon_label.pixmap().deviceIndependentSize().width() == 20
    assert {pixel.rgb() for pixel in opaque_pixels(image)} == {text.rgb()}


def test_drawing_the_icons_loads_no_other_module() -> None:
    # Icons are drawn when the first status shows: nothing may be imported for them.
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import connect_desktop\n"
        "before = set(sys.modules)\n"
        "from connect_desktop.ui import icons\n"
        "for name in icons.IconName:\n"
        "    icons.icon(name, '#000000').pixmap(16, 16)\n"
        "print(sorted(set(sys.modules) - before))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "['connect_desktop.ui', 'connect_desktop.ui.icons']"
