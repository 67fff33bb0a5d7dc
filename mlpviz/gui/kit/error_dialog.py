"""The dialog for what went wrong inside mlpviz: one plain sentence, and a Details… button
holding the report (the one place a traceback may reach a user, for bug reports).

Plain text only: a report can quote file names and values, which must never be read as rich
text. The dialog deletes itself when closed; while one is open, further reports are added
to it rather than stacked in new windows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
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

MAX_REPORT_CHARS = 100_000


class ErrorDialog(QDialog):
    def __init__(self, sentence: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("mlpviz: something went wrong"))
        self.sentence = QLabel(sentence)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlainText(details[-MAX_REPORT_CHARS:])
        self.details.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("The technical report, for a bug report"))
        self.details_button.toggled.connect(self._show_details)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.details.toPlainText()))
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.hide()  # after addButton, which shows it
        buttons.accepted.connect(self.accept)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.sentence, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 160)

    def add_report(self, details: str) -> None:
        """Another failure while this one is open: its report goes below the first."""
        text = self.details.toPlainText() + "\n" + "-" * 60 + "\n" + details
        self.details.setPlainText(text[-MAX_REPORT_CHARS:])

    def _show_details(self, on: bool) -> None:
        self.details.setVisible(on)
        self.copy_button.setVisible(on)
        self.resize(self.width(), 460 if on else 160)
