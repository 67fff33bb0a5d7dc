"""The drawing pad on screen: a 32×32 bitmap drawn with the mouse, with the 8×8 blocks it is
counted into ruled over it, as the UCI digits were made (core/data/digit_pad.py)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.data.digit_pad import BITMAP, BLOCK, DigitPad
from ...core.data.digits import SIDE
from ..kit import theme


class DigitPadView(QWidget):
    changed = Signal()  # a stroke ended, or a digit was put on the pad, or it was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = DigitPad()
        self.shown: np.ndarray | None = None  # a data set's digit (64 values), drawn as grey
        # A hovered hidden unit's 64 weights (8×8, −1 … 1), drawn over the digit meanwhile
        self.weights: np.ndarray | None = None
        self._lut = theme.lut()
        self._stroke: list[tuple[float, float]] = []
        self.setMinimumSize(72, 72)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(192, 192)

    def _square(self) -> QRectF:
        side = min(self.width(), self.height()) - 2
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_pad(self, pos: QPointF) -> tuple[float, float]:
        r = self._square()
        return ((pos.x() - r.x()) / r.width() * BITMAP, (pos.y() - r.y()) / r.height() * BITMAP)

    def clear(self) -> None:
        self.pad.clear()
        self.shown = None
        self.update()
        self.changed.emit()

    def show_digit(self, pixels: np.ndarray) -> None:
        """A data set's digit: its 64 counts, drawn as blocks of grey."""
        self.pad.show(pixels)
        self.shown = np.asarray(pixels, dtype=float).reshape(SIDE, SIDE)
        self.update()
        self.changed.emit()

    def show_weights(self, picture: np.ndarray | None) -> None:
        """A unit's weights as an 8×8 picture (blue +, orange −, as the diagram's), or
        (None) the digit again."""
        self.weights = None if picture is None else np.clip(picture, -1.0, 1.0)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.shown is not None:  # drawing starts on a clean pad
            self.pad.clear()
            self.shown = None
        self._stroke = [self._to_pad(event.position())]
        self.pad.stroke(self._stroke)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._stroke:
            self._stroke.append(self._to_pad(event.position()))
            self.pad.stroke(self._stroke[-2:])
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._stroke:
            self._stroke = []
            self.changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        r = self._square()
        painter.fillRect(r, QColor("white"))
        cell = r.width() / BITMAP
        if self.weights is not None:
            block = BLOCK * cell
            index = np.rint((self.weights + 1) / 2 * (len(self._lut) - 1)).astype(int)
            for (row, col), k in np.ndenumerate(index):
                painter.fillRect(QRectF(r.x() + col * block, r.y() + row * block, block,
                                        block), QColor(*map(int, self._lut[k])))
        elif self.shown is not None:
            block = BLOCK * cell
            for (row, col), value in np.ndenumerate(self.shown):
                grey = int(255 - 225 * value)
                painter.fillRect(QRectF(r.x() + col * block, r.y() + row * block, block,
                                        block), QColor(grey, grey, grey))
        else:
            ink = QColor(30, 30, 30)
            for row, col in np.argwhere(self.pad.bitmap):
                painter.fillRect(QRectF(r.x() + col * cell, r.y() + row * cell, cell, cell),
                                 ink)
        painter.setPen(QPen(QColor(180, 200, 220), 1.0))
        for k in range(1, SIDE):  # the 4×4 blocks each of the 64 inputs counts
            x = r.x() + k * BLOCK * cell
            y = r.y() + k * BLOCK * cell
            painter.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        painter.setPen(QPen(QColor(60, 60, 60), 1.5))
        painter.drawRect(r)
