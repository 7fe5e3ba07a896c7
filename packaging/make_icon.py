"""Draw the application icon and save it under ``connect_desktop/resources/icons/``.

A rounded blue square, a white "C" and, in its opening, a small calendar page with a
euro sign. Everything is drawn with paths (no font), so the result is the same on every
machine. One run writes ``app.png`` (512 px), ``app.ico`` (Windows, 16 to 256 px) and
``app.icns`` (macOS, 16 to 1024 px); every size is drawn from the paths rather than
scaled down from one bitmap, so small sizes stay sharp.
Run: ``python packaging/make_icon.py`` (no display needed).
"""

from __future__ import annotations

import io
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

SIZE = 512
ICONS_DIR = Path(__file__).resolve().parent.parent / "connect_desktop" / "resources" / "icons"
ICON_PATH = ICONS_DIR / "app.png"
ICO_PATH = ICONS_DIR / "app.ico"
ICNS_PATH = ICONS_DIR / "app.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types and their pixel sizes: each point size from 16 to 512, at 1x and @2x.
ICNS_ELEMENTS = (
    (b"icp4", 16),
    (b"ic11", 32),
    (b"icp5", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)
BLUE_TOP = QColor("#2F7DE1")
BLUE_BOTTOM = QColor("#1B4FA8")
WHITE = QColor("#FFFFFF")
ACCENT = QColor("#F2B233")


def draw_icon(size: int = SIZE) -> QImage:
    scale = size / SIZE
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)

    # Background: a rounded square with a soft vertical gradient, a margin for the shadow.
    tile = QRectF(24, 24, 464, 464)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0, BLUE_TOP)
    gradient.setColorAt(1, BLUE_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 40))
    painter.drawRoundedRect(tile.translated(0, 6), 104, 104)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(tile, 104, 104)

    # The "C": a thick arc open to the right.
    pen = QPen(WHITE, 64, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    ring = QRectF(104, 104, 304, 304)
    painter.drawArc(ring, 50 * 16, 260 * 16)

    # A small calendar page in the opening of the C.
    page = QRectF(286, 262, 150, 150)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 50))
    painter.drawRoundedRect(page.translated(0, 5), 26, 26)
    painter.setBrush(WHITE)
    painter.drawRoundedRect(page, 26, 26)
    header = QPainterPath()
    header.addRoundedRect(page, 26, 26)
    band = QPainterPath()
    band.addRect(QRectF(page.left(), page.top(), page.width(), 40))
    painter.setBrush(ACCENT)
    painter.drawPath(header.intersected(band))
    painter.setBrush(BLUE_BOTTOM)
    for x in (page.left() + 40, page.right() - 40):
        painter.drawRoundedRect(QRectF(x - 8, page.top() - 16, 16, 36), 8, 8)

    # A euro sign on the page: an open arc and two bars.
    centre = QPointF(page.center().x() + 4, page.center().y() + 22)
    euro_pen = QPen(BLUE_BOTTOM, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(euro_pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(centre.x() - 34, centre.y() - 38, 76, 76), 45 * 16, 270 * 16)
    bar_pen = QPen(BLUE_BOTTOM, 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(bar_pen)
    for dy in (-10, 10):
        painter.drawLine(
            QPointF(centre.x() - 50, centre.y() + dy), QPointF(centre.x() + 10, centre.y() + dy)
        )
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    """Hand a Qt image to Pillow through PNG, which also undoes Qt's premultiplied alpha."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    result = Image.open(io.BytesIO(data.data()))
    result.load()
    return result.convert("RGBA")


def png_bytes(image: Image.Image) -> bytes:
    stream = io.BytesIO()
    image.save(stream, "PNG", optimize=True)
    return stream.getvalue()


def write_ico(renders: dict[int, Image.Image]) -> None:
    # Pillow takes the exact frames from append_images; the first image must be the
    # largest, since sizes above its own are skipped.
    largest, *others = (renders[size] for size in sorted(ICO_SIZES, reverse=True))
    largest.save(
        ICO_PATH,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=others,
    )


def write_icns(renders: dict[int, Image.Image]) -> None:
    # Written by hand: Pillow's ICNS writer has no 16 and 32 px (1x) elements. Every
    # element holds a PNG, which macOS reads for all these types (the app needs 11+).
    payloads = {size: png_bytes(renders[size]) for _, size in ICNS_ELEMENTS}
    elements = [(kind, payloads[size]) for kind, size in ICNS_ELEMENTS]
    toc = b"TOC " + struct.pack(">I", 8 + 8 * len(elements))
    toc += b"".join(kind + struct.pack(">I", 8 + len(data)) for kind, data in elements)
    body = toc + b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    ICNS_PATH.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS_DIR.mkdir(parents=True, exist_ok=True)
    if not draw_icon().save(str(ICON_PATH), "PNG"):
        print(f"Could not write {ICON_PATH}", file=sys.stderr)
        return 1
    sizes = {*ICO_SIZES, *(size for _, size in ICNS_ELEMENTS)}
    renders = {size: to_pillow(draw_icon(size)) for size in sorted(sizes)}
    write_ico(renders)
    write_icns(renders)
    for path in (ICON_PATH, ICO_PATH, ICNS_PATH):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
