"""The app's small status icons, drawn with QPainter.

An icon-font library cost about 400 ms on the start-up path (its import, then loading
its font for the first icon) for a dozen glyphs. Drawing them here takes well under a
millisecond per icon and size, and needs no font file and no SVG module.

Every icon is drawn on a 24 × 24 grid, scaled to the size asked for, so it stays sharp at
16 px and at any device pixel ratio. Documents and banknotes carry a badge at the
bottom right: the outline is cleared around the badge so that it reads at 16 px.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from math import cos, radians, sin

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

__all__ = ["ICON_SIZES", "IconName", "icon", "pixmap"]

GRID = 24.0
# The sizes a QIcon holds ready; other sizes are scaled by Qt from the nearest one.
ICON_SIZES = (16, 24, 32)
# Centre and radius of the badge on documents and banknotes, and the gap around it.
BADGE_CENTER = QPointF(17.5, 17.5)
BADGE_RADIUS = 5.0
BADGE_CLEARANCE = 2.0


class IconName(StrEnum):
    BELL = "bell"
    LOCK = "lock"
    INVOICE_SPECIMEN = "invoice-specimen"  # a document with an eye
    INVOICE_TO_IMPORT = "invoice-to-import"  # a document with an arrow going up
    INVOICE_IN_REVIEW = "invoice-in-review"  # a document with a clock
    INVOICE_FINAL = "invoice-final"  # a document with a check mark
    INVOICE_PAID = "invoice-paid"  # a banknote with a check mark
    INVOICE_CANCELLED = "invoice-cancelled"  # a document with a cross
    CRA_DRAFT = "cra-draft"  # a pencil
    CRA_SUBMITTED = "cra-submitted"  # a paper plane with a clock
    CRA_VALIDATED = "cra-validated"  # a rosette with a check mark
    CRA_REJECTED = "cra-rejected"  # a circle with a cross


# -- drawing helpers: the painter's pen already has the colour and the stroke width -------
def _fill(painter: QPainter, path: QPainterPath) -> None:
    painter.fillPath(path, painter.pen().color())


def _clear(painter: QPainter, path: QPainterPath, stroke: bool = False) -> None:
    """Make ``path`` (its outline with ``stroke``) transparent again: cut-outs and gaps."""
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    if stroke:
        painter.strokePath(path, painter.pen())
    else:
        painter.fillPath(path, Qt.GlobalColor.black)
    painter.restore()


def _circle(center: QPointF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(center, radius, radius)
    return path


def _polyline(*points: tuple[float, float]) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(*point)
    return path


def _check(center: QPointF, half: float) -> QPainterPath:
    x, y = center.x(), center.y()
    return _polyline((x - half, y), (x - half * 0.35, y + half * 0.65), (x + half, y - half * 0.7))


def _cross(center: QPointF, half: float) -> QPainterPath:
    x, y = center.x(), center.y()
    path = _polyline((x - half, y - half), (x + half, y + half))
    path.moveTo(x + half, y - half)
    path.lineTo(x - half, y + half)
    return path


def _clock(painter: QPainter, center: QPointF, radius: float) -> None:
    painter.drawPath(_circle(center, radius))
    x, y = center.x(), center.y()
    painter.drawPath(_polyline((x, y - radius * 0.6), (x, y), (x + radius * 0.5, y)))


def _badge(painter: QPainter, draw_mark: Callable[[QPainter, QPointF], None]) -> None:
    """Clear the corner, then draw the mark in it."""
    _clear(painter, _circle(BADGE_CENTER, BADGE_RADIUS + BADGE_CLEARANCE))
    draw_mark(painter, BADGE_CENTER)


def _document(painter: QPainter) -> None:
    """A page with a folded corner, the bottom right left for a badge."""
    page = _polyline((14.0, 3.0), (5.0, 3.0), (5.0, 21.0), (19.0, 21.0), (19.0, 8.0), (14.0, 3.0))
    page.closeSubpath()
    painter.drawPath(page)
    painter.drawPath(_polyline((13.5, 3.0), (13.5, 8.5), (19.0, 8.5)))


def _document_with(draw_mark: Callable[[QPainter, QPointF], None]) -> Callable[[QPainter], None]:
    def draw(painter: QPainter) -> None:
        _document(painter)
        _badge(painter, draw_mark)

    return draw


# -- badges ---------------------------------------------------------------------------------
def _eye(painter: QPainter, center: QPointF) -> None:
    x, y = center.x(), center.y()
    outline = QPainterPath(QPointF(x - 5.0, y))
    outline.quadTo(x, y - 6.5, x + 5.0, y)
    outline.quadTo(x, y + 6.5, x - 5.0, y)
    painter.drawPath(outline)
    _fill(painter, _circle(center, 1.7))


def _arrow_up(painter: QPainter, center: QPointF) -> None:
    x, y = center.x(), center.y()
    painter.drawPath(_polyline((x, y + 5.0), (x, y - 4.5)))
    painter.drawPath(_polyline((x - 4.0, y - 0.5), (x, y - 4.5), (x + 4.0, y - 0.5)))


def _clock_badge(painter: QPainter, center: QPointF) -> None:
    _clock(painter, center, BADGE_RADIUS)


def _check_badge(painter: QPainter, center: QPointF) -> None:
    painter.drawPath(_check(center, 4.5))


def _cross_badge(painter: QPainter, center: QPointF) -> None:
    painter.drawPath(_cross(center, 3.5))


# -- whole icons ----------------------------------------------------------------------------
def _bell(painter: QPainter) -> None:
    body = QPainterPath(QPointF(4.0, 17.0))
    body.cubicTo(6.0, 15.5, 6.0, 13.5, 6.0, 11.0)
    body.cubicTo(6.0, 7.5, 8.5, 5.0, 12.0, 5.0)
    body.cubicTo(15.5, 5.0, 18.0, 7.5, 18.0, 11.0)
    body.cubicTo(18.0, 13.5, 18.0, 15.5, 20.0, 17.0)
    body.closeSubpath()
    painter.drawPath(body)
    painter.drawPath(_polyline((12.0, 2.5), (12.0, 5.0)))
    clapper = QPainterPath(QPointF(9.5, 19.0))
    clapper.arcTo(QRectF(9.5, 16.5, 5.0, 5.0), 180.0, 180.0)
    painter.drawPath(clapper)


def _lock(painter: QPainter) -> None:
    shackle = QPainterPath(QPointF(8.0, 11.0))
    shackle.lineTo(8.0, 8.0)
    shackle.arcTo(QRectF(8.0, 4.0, 8.0, 8.0), 180.0, -180.0)
    shackle.lineTo(16.0, 11.0)
    painter.drawPath(shackle)
    body = QPainterPath()
    body.addRoundedRect(QRectF(4.5, 10.0, 15.0, 11.5), 2.0, 2.0)
    _fill(painter, body)
    keyhole = _circle(QPointF(12.0, 14.8), 1.9)
    keyhole.addRect(QRectF(11.2, 15.0, 1.6, 3.6))
    _clear(painter, keyhole.simplified())


def _banknote_with_check(painter: QPainter) -> None:
    note = QPainterPath()
    note.addRoundedRect(QRectF(2.0, 4.0, 19.0, 11.5), 1.5, 1.5)
    painter.drawPath(note)
    painter.drawPath(_circle(QPointF(11.0, 9.75), 2.4))
    _badge(painter, _check_badge)


def _pencil(painter: QPainter) -> None:
    # Drawn lying along x with the tip on the left, then turned to point down-left.
    painter.save()
    painter.translate(12.0, 12.0)
    painter.rotate(-45.0)
    body = _polyline((-10.5, 0.0), (-6.0, -3.3), (10.0, -3.3), (10.0, 3.3), (-6.0, 3.3))
    body.closeSubpath()
    painter.drawPath(body)
    painter.drawPath(_polyline((-6.0, -3.3), (-6.0, 3.3)))
    painter.drawPath(_polyline((5.5, -3.3), (5.5, 3.3)))
    painter.restore()


def _paper_plane_with_clock(painter: QPainter) -> None:
    plane = _polyline((2.5, 2.5), (21.0, 9.0), (2.5, 15.5), (5.0, 9.0))
    plane.closeSubpath()
    painter.drawPath(plane)
    painter.drawPath(_polyline((5.0, 9.0), (10.0, 9.0)))
    _badge(painter, _clock_badge)


def _rosette_with_check(painter: QPainter) -> None:
    # A ten-pointed seal with shallow notches, filled, the check mark cut out of it.
    seal = QPainterPath()
    for index in range(20):
        radius = 10.5 if index % 2 == 0 else 8.6
        point = QPointF(12.0, 12.0) + _unit(index * 18.0 - 90.0) * radius
        if index == 0:
            seal.moveTo(point)
        else:
            seal.lineTo(point)
    seal.closeSubpath()
    _fill(painter, seal)
    _clear(painter, _check(QPointF(12.0, 12.2), 4.5), stroke=True)


def _unit(degrees: float) -> QPointF:
    return QPointF(cos(radians(degrees)), sin(radians(degrees)))


def _circle_with_cross(painter: QPainter) -> None:
    painter.drawPath(_circle(QPointF(12.0, 12.0), 9.0))
    painter.drawPath(_cross(QPointF(12.0, 12.0), 3.6))


_DRAWINGS: dict[IconName, Callable[[QPainter], None]] = {
    IconName.BELL: _bell,
    IconName.LOCK: _lock,
    IconName.INVOICE_SPECIMEN: _document_with(_eye),
    IconName.INVOICE_TO_IMPORT: _document_with(_arrow_up),
    IconName.INVOICE_IN_REVIEW: _document_with(_clock_badge),
    IconName.INVOICE_FINAL: _document_with(_check_badge),
    IconName.INVOICE_PAID: _banknote_with_check,
    IconName.INVOICE_CANCELLED: _document_with(_cross_badge),
    IconName.CRA_DRAFT: _pencil,
    IconName.CRA_SUBMITTED: _paper_plane_with_clock,
    IconName.CRA_VALIDATED: _rosette_with_check,
    IconName.CRA_REJECTED: _circle_with_cross,
}


def _stroke_width(pixels: float) -> float:
    """2 grid units, but never under 1.5 device pixels so that small icons stay solid."""
    return max(2.0, 1.5 * GRID / pixels)


def _render(name: IconName, color: str, size: int, ratio: float) -> QPixmap:
    pixels = max(1, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(pixels / GRID, pixels / GRID)
    pen = QPen(QColor(color), _stroke_width(pixels))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _DRAWINGS[IconName(name)](painter)
    painter.end()
    result = QPixmap.fromImage(image)
    result.setDevicePixelRatio(ratio)
    return result


def _color_key(color: QColor | str) -> str:
    return QColor(color).name(QColor.NameFormat.HexArgb)


@cache
def _pixmap(name: IconName, color: str, size: int, ratio: float) -> QPixmap:
    return _render(name, color, size, ratio)


def pixmap(name: IconName, color: QColor | str, size: int, ratio: float = 1.0) -> QPixmap:
    """The icon drawn at exactly ``size`` logical pixels for a ``ratio`` screen (for labels)."""
    return _pixmap(IconName(name), _color_key(color), size, ratio)


@cache
def _icon(name: IconName, color: str, ratio: float) -> QIcon:
    result = QIcon()
    ratios = {1.0, ratio}
    for size in ICON_SIZES:
        for each_ratio in sorted(ratios):
            result.addPixmap(_render(name, color, size, each_ratio))
    return result


def icon(name: IconName, color: QColor | str) -> QIcon:
    """The icon in ``color``, ready at ICON_SIZES for the screens' pixel ratio; made once."""
    application = QGuiApplication.instance()
    ratio = application.devicePixelRatio() if isinstance(application, QGuiApplication) else 1.0
    return _icon(IconName(name), _color_key(color), float(ratio))
