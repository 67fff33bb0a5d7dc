"""A digit drawn by hand, made into the data set's kind of input: the way the UCI digits were
made (a 32×32 bitmap counted into 4×4 blocks, so each of the 8×8 values is how many of its
16 pixels are ink), so a digit a student draws is read as the network was taught to read.

Strokes are line segments between mouse positions in the pad's own units (0 … 32 across),
inked with a round pen; a pixel is ink when its centre is within the pen's radius of the
stroke.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from ..translatable import QT_TRANSLATE_NOOP
from .digits import INK, SIDE

BITMAP = 32  # the scan's side, in pixels
BLOCK = BITMAP // SIDE  # 4: a block's side
PEN = 1.6  # the pen's radius, pixels: a stroke about as thick as the data set's
PAD_EMPTY = QT_TRANSLATE_NOOP("core", "The pad is empty: draw a digit first.")
PAD_FULL = QT_TRANSLATE_NOOP("core", "The pad is all ink: clear it and draw a digit.")


class DigitPad:
    def __init__(self) -> None:
        self.bitmap = np.zeros((BITMAP, BITMAP), dtype=bool)  # row 0 at the top
        centres = np.arange(BITMAP) + 0.5
        self._cx, self._cy = np.meshgrid(centres, centres)

    def clear(self) -> None:
        self.bitmap[...] = False

    def stroke(self, points: list[tuple[float, float]], pen: float = PEN) -> None:
        """Ink the segments between successive (x, y) points (x to the right, y down)."""
        if len(points) == 1:
            points = [points[0], points[0]]
        for (x0, y0), (x1, y1) in zip(points[:-1], points[1:], strict=True):
            self.bitmap |= self._near_segment(x0, y0, x1, y1) <= pen

    def _near_segment(self, x0: float, y0: float, x1: float, y1: float) -> NDArray[np.float64]:
        """Each pixel centre's distance to the segment."""
        dx, dy = x1 - x0, y1 - y0
        length2 = dx * dx + dy * dy
        t = np.zeros_like(self._cx) if length2 == 0 else np.clip(
            ((self._cx - x0) * dx + (self._cy - y0) * dy) / length2, 0.0, 1.0)
        distance: NDArray[np.float64] = np.hypot(self._cx - (x0 + t * dx),
                                                 self._cy - (y0 + t * dy))
        return distance

    def counts(self) -> NDArray[np.int64]:
        """(8, 8): the ink in each 4×4 block, 0 … 16, as the data set counts it."""
        blocks = self.bitmap.reshape(SIDE, BLOCK, SIDE, BLOCK)
        counts: NDArray[np.int64] = blocks.sum(axis=(1, 3)).astype(np.int64)
        return counts

    def pixels(self) -> NDArray[np.float64]:
        """The network's input: the 64 counts row by row, scaled to 0 … 1; MlpvizError
        for a drawing with no ink or all ink (nothing to read)."""
        counts = self.counts()
        if not counts.any():
            raise MlpvizError(PAD_EMPTY)
        if (counts == INK).all():
            raise MlpvizError(PAD_FULL)
        return (counts.reshape(-1) / INK).astype(np.float64)

    def show(self, pixels: NDArray[np.float64]) -> None:
        """Put a data set's digit (64 values, 0 … 1) on the pad: each block inked with as
        many pixels as it counts, from its top-left, so counts() gives it back."""
        counts = np.rint(np.asarray(pixels, dtype=float).reshape(SIDE, SIDE) * INK)
        self.clear()
        for (row, col), n in np.ndenumerate(counts.astype(int)):
            block = np.zeros(BLOCK * BLOCK, dtype=bool)
            block[:n] = True
            self.bitmap[row * BLOCK:(row + 1) * BLOCK,
                        col * BLOCK:(col + 1) * BLOCK] = block.reshape(BLOCK, BLOCK)
