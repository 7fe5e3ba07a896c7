"""A small form dialog whose OK button closes it only when the form has no problem."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from connect_desktop.ui.missions.mission_form import make_error_label


class CheckedDialog(QDialog):
    """An intro, a form, one line of error text and OK / Cancel.

    Subclasses fill ``form`` and return their problems from ``errors()`` (first shown
    first); ``attempted`` tells them whether OK was pressed, for fields that should only
    be reported as missing after a first try.
    """

    def __init__(self, object_name: str, parent: QWidget | None, min_width: int) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.attempted = False
        self.intro = QLabel()
        self.intro.setObjectName("dialogIntroLabel")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # it may quote an invoice number
        self.form = QFormLayout()
        self.error_label = make_error_label("dialogErrorLabel", self.palette())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(min_width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def errors(self) -> list[str]:
        return []

    def refresh(self) -> None:
        """Show the first problem, or nothing."""
        problems = self.errors()
        text = problems[0] if problems else ""
        self.error_label.setText("⚠ " + text if text else "")
        self.error_label.setVisible(bool(text))

    def accept(self) -> None:
        self.attempted = True
        self.refresh()
        if not self.errors():
            super().accept()
