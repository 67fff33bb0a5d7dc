"""The diagram's input column for a digits network: its 64 inputs drawn as the one 8×8
picture they are (a digit of the data), each link starting at its own pixel, so the first
hidden layer's links show where on the digit each unit looks."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...core.data.digits import SIDE
from .network_items import NODE

if TYPE_CHECKING:
    from .network_view import NetworkView

PIXEL = 14.0  # scene units a pixel, at least
MOST_PIXEL = 40.0


def pixel_size(tallest_layer: float) -> float:
    """A pixel's side: the picture about half as tall as the tallest layer's column, so it
    reads beside 32 hidden units as well as beside 4."""
    return min(MOST_PIXEL, max(PIXEL, tallest_layer / (2 * SIDE)))


class DigitInputItem(QGraphicsItem):
    def __init__(self, pixel: float = PIXEL) -> None:
        super().__init__()
        self.pixel = pixel
        self.pixels = np.zeros(SIDE * SIDE)  # 0 … 1, row by row from the top

    def show_digit(self, pixels: np.ndarray) -> None:
        self.pixels = np.clip(np.asarray(pixels, dtype=float).reshape(-1), 0.0, 1.0)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, SIDE * self.pixel + 2, SIDE * self.pixel + 2)

    def link_start(self, i: int) -> QPointF:
        """Where input `i` (pixel row i // 8, column i % 8) sends its links: its centre."""
        row, col = divmod(i, SIDE)
        return self.scenePos() + QPointF((col + 0.5) * self.pixel, (row + 0.5) * self.pixel)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        for i, value in enumerate(self.pixels):
            row, col = divmod(i, SIDE)
            ink = int(255 - 215 * value)  # white paper, dark ink
            painter.fillRect(QRectF(col * self.pixel, row * self.pixel, self.pixel,
                                    self.pixel), QColor(ink, ink, ink))
        painter.setPen(QPen(QColor(40, 40, 40), 1.0))
        painter.drawRect(QRectF(0, 0, SIDE * self.pixel, SIDE * self.pixel))


def label_digit_outputs(view: NetworkView, last: int) -> None:
    """Each of the ten outputs (layer `last`) named by the digit it stands for."""
    for j in range(10):
        unit = view.neurons.get((last, j))
        if unit is None:
            return
        label = view.diagram_text(str(j), 16, bold=True)
        label.setPos(unit.x() + NODE + 6, unit.y() + (NODE - 20) / 2)
        view.scene().addItem(label)
