"""The Qt binding itself: a release that leaks references to None crashes the app.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call that
returns nothing; after enough repaints Python aborts ("deallocating None").
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qapp: QApplication, qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.setObjectName("probe")
        widget.update()
    # Python 3.12+ makes None immortal (a constant count); 3.11 must not lose any.
    assert sys.getrefcount(None) >= before - 10
