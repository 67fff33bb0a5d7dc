"""The gradient quiver dock. The labs fill it with −∇ of the loss over two chosen weights;
until then it says so plainly instead of showing an empty plot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class QuiverPlaceholder(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr(
            "<h3>Gradient quiver</h3><p>Coming with the labs: pick two weights on the "
            "diagram to see the loss over them as a landscape, with arrows of −∇E pointing "
            "downhill and the path training takes.</p>"))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
