"""The first-run page: an invitation to fill the profile or to load a sample."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from connect_desktop import APP_NAME


class WelcomePage(QWidget):
    completeProfileRequested = Signal()
    loadSampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to {name}").format(name=APP_NAME))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Keep your Connect missions, fill your monthly activity reports and see "
                "what you will be paid, and when, under each payment option.\n"
                "Everything stays on this computer."
            )
        )

        self.profile_button = QPushButton(self.tr("Complete my profile"))
        self.profile_button.setObjectName("completeProfileButton")
        self.profile_button.setDefault(True)
        self.profile_button.clicked.connect(self.completeProfileRequested)
        self.sample_button = QPushButton(self.tr("Load a sample"))
        self.sample_button.setObjectName("loadSampleButton")
        self.sample_button.clicked.connect(self.loadSampleRequested)
        self.sample_hint = QLabel(
            self.tr("The sample holds five missions and 18 months of activity to explore.")
        )
        self.sample_hint.setEnabled(False)

        # Word-wrapped labels in a centred column: their height is set from the column's
        # fixed width, as the layout alone would size them for one line and clip them.
        column = QWidget()
        column.setFixedWidth(560)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(14)
        for widget in (title, intro, self.sample_hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            widget.setWordWrap(True)
        column_layout.addWidget(title)
        column_layout.addWidget(intro)
        column_layout.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column_layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column_layout.addWidget(self.sample_hint)
        margins = column_layout.contentsMargins()
        text_width = column.width() - margins.left() - margins.right()
        for label in (title, intro, self.sample_hint):
            label.setMinimumHeight(label.heightForWidth(text_width))

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_busy(self, busy: bool) -> None:
        self.profile_button.setEnabled(not busy)
        self.sample_button.setEnabled(not busy)
        self.sample_button.setText(
            self.tr("Loading the sample…") if busy else self.tr("Load a sample")
        )
