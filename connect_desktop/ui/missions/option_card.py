"""One payment option shown as a card: a checkable, focusable button holding its figures.

Cards are ``QAbstractButton`` subclasses in an exclusive ``QButtonGroup``, so the mouse,
Space and the arrow keys select them as they would radio buttons, and assistive
technologies see a checkable button with an accessible name that reads the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.domain.payment import PaymentOption


@dataclass(frozen=True, slots=True)
class CardTexts:
    """What a card says; empty strings hide their line."""

    name: str
    delay: str
    fee: str = ""
    net: str = ""
    pay_date: str = ""
    annual: str = ""


def _blend(first: QColor, second: QColor, ratio: float) -> QColor:
    """``ratio`` of ``second`` over ``first`` (colours taken from the palette)."""
    return QColor.fromRgbF(
        first.redF() * (1 - ratio) + second.redF() * ratio,
        first.greenF() * (1 - ratio) + second.greenF() * ratio,
        first.blueF() * (1 - ratio) + second.blueF() * ratio,
    )


class OptionCard(QAbstractButton):
    def __init__(self, option: PaymentOption, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payment_option = PaymentOption(option)
        self.setObjectName(f"optionCard_{self.payment_option.value}")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(150)
        # QAbstractButton's default vertical policy is Fixed at the size hint, which cuts
        # wrapped lines: let the card grow to the height its width needs.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

        self.name_label = self._label("optionName")
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_label.setFont(font)
        self.selected_label = self._label("optionSelectedTag")
        self.selected_label.setText(self.tr("✓ Chosen"))
        self.selected_label.setForegroundRole(QPalette.ColorRole.Highlight)
        self.selected_label.setWordWrap(False)
        self.delay_label = self._label("optionDelay")
        self.fee_label = self._label("optionFee")
        self.net_label = self._label("optionNet")
        bold = self.net_label.font()
        bold.setBold(True)
        self.net_label.setFont(bold)
        self.date_label = self._label("optionDate")
        self.annual_label = self._label("optionAnnualRate")
        self.annual_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.selected_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(header)
        for label in (
            self.delay_label,
            self.fee_label,
            self.net_label,
            self.date_label,
            self.annual_label,
        ):
            layout.addWidget(label)
        layout.addStretch(1)
        self.toggled.connect(self._show_checked)
        self._show_checked(False)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setForegroundRole(QPalette.ColorRole.Text)
        # Clicks anywhere on the card reach the button.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def set_texts(self, texts: CardTexts) -> None:
        self.name_label.setText(texts.name)
        self.setText(texts.name)
        for label, text in (
            (self.delay_label, texts.delay),
            (self.fee_label, texts.fee),
            (self.net_label, texts.net),
            (self.date_label, texts.pay_date),
            (self.annual_label, texts.annual),
        ):
            label.setText(text)
            label.setVisible(bool(text))
        lines = [texts.delay, texts.fee, texts.net, texts.pay_date, texts.annual]
        self.setAccessibleName(texts.name)
        self.setAccessibleDescription(". ".join(line for line in lines if line))
        self.setToolTip("\n".join(line for line in lines if line))

    def _show_checked(self, checked: bool) -> None:
        self.selected_label.setVisible(checked)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if self.isChecked():
            background = _blend(base, highlight, 0.12)
            pen = QPen(highlight, 2.0)
        else:
            background = base
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1.0)
        if not self.isEnabled():
            background = palette.color(QPalette.ColorRole.Window)
        painter.setPen(pen)
        painter.setBrush(background)
        frame = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.drawRoundedRect(frame, 6, 6)
        if self.hasFocus():
            focus_pen = QPen(highlight, 1.0, Qt.PenStyle.DashLine)
            painter.setPen(focus_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(4, 4, -4, -4), 4, 4)
        painter.end()
