"""A big network's links and thumbnails, each drawn by one item instead of thousands.

At 10 hidden layers of 32 units a diagram has 9,312 links. As items, setting their pens
took 14 ms a frame and painting them 20 ms; and at that density no single link can be seen
or clicked anyway. This layer draws the strongest MAX_DRAWN links (the rest are faint in
Playground too) as straight lines, grouped by colour and by one of WIDTHS widths, each group
one path built from NumPy arrays (pyqtgraph's arrayToQPath): a few milliseconds a frame.

Its 320 neurons cost too: QGraphicsView calls each item's Python paint() (some 10 µs a call
before it draws anything), 3 ms a frame. ThumbnailLayer paints them all in one call; the
neuron items stay for hovering, tooltips and clicks, with no contents of their own.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..kit import theme
from .network_items import HIGHLIGHT, NeuronItem, link_width

MAX_DRAWN = 1200  # links a frame: ~4 ms of painting on the project's machine
# Presenting, links are at least 3 px wide: 1,200 of them into a 32-unit column were one
# orange wall at 1280×720; the strongest 400 show where each unit looks.
MAX_DRAWN_PRESENTING = 400
WIDTHS = 4  # width classes a colour


class LinkLayer(QGraphicsItem):
    """starts, ends: (n, 2) scene points of every link, in the order of the weights
    flattened layer by layer (each W row-major)."""

    def __init__(self, starts: np.ndarray, ends: np.ndarray) -> None:
        super().__init__()
        self.starts, self.ends = starts, ends
        self.total = len(starts)
        self.shown = 0
        self.min_width = 1.0
        self.most = MAX_DRAWN  # links drawn at most (fewer presenting)
        self._groups: list[tuple[QPen, QPainterPath]] = []
        lo, hi = np.minimum(starts, ends).min(0), np.maximum(starts, ends).max(0)
        self._rect = QRectF(lo[0], lo[1] - 10, hi[0] - lo[0], hi[1] - lo[1] + 20)
        self.setZValue(-1)
        self.setAcceptHoverEvents(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_weights(self, w: np.ndarray) -> None:
        """w: (n,) the weights in the links' order."""
        strength = np.abs(w)
        chosen = np.arange(self.total)
        if self.total > self.most:
            chosen = np.argpartition(strength, self.total - self.most)[-self.most:]
        chosen = chosen[np.isfinite(strength[chosen])]
        self.shown = len(chosen)
        # Playground's width for each link, rounded to one of WIDTHS classes.
        top = link_width(5.0, self.min_width)
        widths = self.min_width + np.minimum(strength[chosen], 5.0) / 5.0 * (
            top - self.min_width)
        step = (top - self.min_width) / (WIDTHS - 1)
        width_class = np.rint((widths - self.min_width) / step).astype(int)
        positive = w[chosen] >= 0
        groups = []
        for sign in (True, False):
            for k in range(WIDTHS):
                pick = chosen[(positive == sign) & (width_class == k)]
                if not len(pick):
                    continue
                x = np.column_stack([self.starts[pick, 0], self.ends[pick, 0]]).ravel()
                y = np.column_stack([self.starts[pick, 1], self.ends[pick, 1]]).ravel()
                connect = np.zeros(len(x), dtype=bool)
                connect[0::2] = True  # each link its own segment
                pen = QPen(theme.weight_color(1.0 if sign else -1.0),
                           self.min_width + k * step)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                groups.append((pen, pg.arrayToQPath(x, y, connect)))
        self._groups = groups
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        for pen, path in self._groups:
            painter.setPen(pen)
            painter.drawPath(path)


class ThumbnailLayer(QGraphicsItem):
    """Every neuron's thumbnail and frame, for the items given (which then draw nothing)."""

    def __init__(self, neurons: list[NeuronItem]) -> None:
        super().__init__()
        self.neurons = neurons
        rects = [n.mapRectToScene(n.rect()) for n in neurons]
        self._rects = rects
        self._rect = rects[0].united(rects[-1])
        for r in rects:
            self._rect = self._rect.united(r)
        for n in neurons:
            n.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setAcceptHoverEvents(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        empty = QColor(245, 245, 245)
        for n, r in zip(self.neurons, self._rects, strict=True):
            if n.image is not None and n.active:
                painter.drawImage(r, n.image)
            else:
                painter.fillRect(r, empty)
        painter.setPen(QPen(QColor(40, 40, 40), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRects(self._rects)
        for n, r in zip(self.neurons, self._rects, strict=True):
            if n.highlighted or n.isUnderMouse():
                painter.setPen(QPen(HIGHLIGHT, 4.0) if n.highlighted
                               else QPen(QColor(40, 40, 40), 2.0))
                painter.drawRect(r)
