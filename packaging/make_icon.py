"""Draw the application icon and save it as ``connect_desktop/resources/icons/app.png``.

A rounded blue square, a white "C" and, in its opening, a small calendar page with a
euro sign. Everything is drawn with paths (no font), so the result is the same on every
machine. Run: ``python packaging/make_icon.py`` (no display needed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
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
ICON_PATH = (
    Path(__file__).resolve().parent.parent / "connect_desktop" / "resources" / "icons" / "app.png"
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


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICON_PATH.parent.mkdir(parents=True, exist_ok=True)
    if not draw_icon().save(str(ICON_PATH), "PNG"):
        print(f"Could not write {ICON_PATH}", file=sys.stderr)
        return 1
    print(ICON_PATH)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
