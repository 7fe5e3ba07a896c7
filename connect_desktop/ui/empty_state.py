"""The page a list shows while it has nothing yet: one centred, wrapped sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def empty_state_page(page_name: str, label_name: str, text: str, width: int) -> QWidget:
    page = QWidget()
    page.setObjectName(page_name)
    label = QLabel(text)
    label.setObjectName(label_name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    # A wrapped label centred in a stretchy layout needs its width to get its height.
    label.setFixedWidth(width)
    label.setMinimumHeight(label.heightForWidth(width))
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(2)
    return page
