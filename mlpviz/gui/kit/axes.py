"""A plot axis whose tick labels keep apart on a short plot.

pyqtgraph puts at least 2.25 major intervals on an axis whatever its length, and lets a
vertical axis's labels overlap: the loss curve under the digits' view, presenting at 1280×720
(about 60 px tall, its labels 16 px), printed 0, 0.5, 1, 1.5 and 2 on top of one another.
Here the major spacing grows (1, 2, 5 × 10ⁿ) until each label has a line of room.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

ROOM = 2.0  # a label's height of axis for each label: a line of text and a line of gap


def coarser(spacing: float) -> float:
    """The next spacing of 1, 2, 5 × 10ⁿ above `spacing`."""
    power = 10.0 ** math.floor(math.log10(spacing) + 1e-9)
    for step in (2.0, 5.0, 10.0):
        if step * power > spacing * (1 + 1e-9):
            return step * power
    return 10.0 * power


class RoomyAxis(pg.AxisItem):
    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickSpacing(minVal, maxVal, size)
        span = abs(maxVal - minVal)
        if not levels or span == 0 or size <= 0:
            return levels
        font = self.style.get("tickFont") or self.font()
        most = max(1.0, size / (ROOM * QFontMetrics(font).height()))  # labels that fit
        major = levels[0][0]
        if span / major <= most:
            return levels
        while span / major > most:
            major = coarser(major)
        return [(major, 0.0), (major / 5, 0.0)]
