"""The test digits the network gets wrong, each with its two best answers: where a class
looks for its lesson ("a 9 read as a 4, then a 9"). Clicking one puts it on the pad."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...core.data.digits import SIDE
from ...core.nn.network import MLP

SHOWN = 6  # mistakes shown at most: a row (a projector's dock has room for one)
ICON = 30  # px a digit's picture


def digit_icon(pixels: np.ndarray) -> QIcon:
    """A digit's 8×8 pixels as an icon: ink dark on white, its blocks kept square."""
    grey = (255 - 225 * np.clip(pixels.reshape(SIDE, SIDE), 0, 1)).astype(np.uint8)
    image = QImage(np.ascontiguousarray(grey).data, SIDE, SIDE, SIDE,
                   QImage.Format.Format_Grayscale8).copy()
    return QIcon(QPixmap.fromImage(image).scaled(ICON, ICON, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.FastTransformation))


class MistakeGallery(QWidget):
    picked = Signal(object, int)  # a digit's 64 pixels and the digit it is

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.grid = QGridLayout()
        self.grid.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        self._shown: tuple[int, ...] | None = None
        self._counts = (0, 0)
        self.retranslate()

    def update_from(self, net: MLP, points: np.ndarray, labels: np.ndarray) -> None:
        """The mistakes of `net` on these digits (rebuilt only when they change)."""
        if not len(points):
            return
        answers = net.predict(points)
        order = np.argsort(-answers, axis=1)
        wrong = np.flatnonzero(order[:, 0] != labels)
        self._counts = (len(wrong), len(points))
        shown = tuple(int(i) for i in wrong[:SHOWN])
        if shown != self._shown:
            self._shown = shown
            self._fill(points, labels, order)
        self.retranslate()

    def _fill(self, points: np.ndarray, labels: np.ndarray, order: np.ndarray) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for n, i in enumerate(self._shown or ()):
            button = QToolButton()
            button.setIcon(digit_icon(points[i]))
            button.setIconSize(QSize(ICON, ICON))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            truth, first, second = int(labels[i]), int(order[i, 0]), int(order[i, 1])
            button.setText(f"{truth}→{first}")
            button.setToolTip(self.tr("A {0}, read as {1}; its second answer {2}").format(
                truth, first, second))
            button.clicked.connect(lambda _=False, p=points[i], t=truth: self.picked.emit(p, t))
            self.grid.addWidget(button, n // 6, n % 6)

    def retranslate(self) -> None:
        wrong, total = self._counts
        self.title.setText(self.tr("Test digits it reads wrong: {0} of {1}").format(
            wrong, total) if total else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._shown = None  # the tooltips again, in the new language, at the next frame
        super().changeEvent(event)
