"""The dialog shown when a bug reaches the global exception hook.

It holds a read-only, copyable report (version, OS, Python and Qt versions, traceback).
``show_crash_report`` is the one place that opens it, so that tests can replace it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from connect_desktop import APP_NAME


class CrashDialog(QDialog):
    def __init__(
        self, report: str, log_file: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.report = report
        self.setWindowTitle(self.tr("{name}: unexpected error").format(name=APP_NAME))

        explanation = self.tr(
            "{name} ran into an unexpected error and could not finish what it was doing. "
            "Changes saved before the error are kept.\n"
            "Please copy the report below and send it with a few words about what you "
            "were doing."
        ).format(name=APP_NAME)
        if log_file is not None:
            explanation += "\n" + self.tr("The report is also in the log: {path}").format(
                path=log_file
            )
        self.message = QLabel(explanation)
        self.message.setObjectName("crashMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )

        self.report_view = QPlainTextEdit(report)
        self.report_view.setObjectName("crashReport")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report_view.setAccessibleName(self.tr("Error report"))

        self.copied_label = QLabel()
        self.copied_label.setObjectName("crashCopiedLabel")

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy the report"))
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeCrashButton")
        self.close_button.setDefault(True)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)
        self.resize(720, 460)

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copied_label.setText(self.tr("The report is on the clipboard."))


def show_crash_report(report: str, log_file: Path | None = None) -> None:
    """Show the report in a modal dialog (tests replace this function)."""
    dialog = CrashDialog(report, log_file, QApplication.activeWindow())
    dialog.exec()
    dialog.deleteLater()
