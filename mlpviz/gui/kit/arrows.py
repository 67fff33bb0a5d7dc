"""Quiver arrows for pyqtgraph, which has no quiver plot: each arrow is a shaft and two
head strokes, all drawn as one PlotDataItem with connect="pairs"."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg


def arrow_segments(x: np.ndarray, y: np.ndarray, u: np.ndarray, v: np.ndarray,
                   length: float) -> tuple[np.ndarray, np.ndarray]:
    """Arrows at (x, y) pointing along (u, v), their lengths scaled so the longest is
    `length`; returns the xs and ys of segment end pairs."""
    x, y, u, v = (np.ravel(a).astype(float) for a in (x, y, u, v))
    norm = np.hypot(u, v)
    biggest = norm.max() if norm.size and np.isfinite(norm).any() else 0.0
    scale = length / biggest if biggest > 0 else 0.0
    du, dv = np.nan_to_num(u * scale), np.nan_to_num(v * scale)
    tx, ty = x + du, y + dv
    # Head: two strokes back from the tip, 25° off the shaft, a third of its length.
    back = 0.3
    cos, sin = np.cos(np.radians(25)), np.sin(np.radians(25))
    h1x, h1y = tx - back * (du * cos - dv * sin), ty - back * (du * sin + dv * cos)
    h2x, h2y = tx - back * (du * cos + dv * sin), ty - back * (-du * sin + dv * cos)
    xs = np.column_stack([x, tx, tx, h1x, tx, h2x]).ravel()
    ys = np.column_stack([y, ty, ty, h1y, ty, h2y]).ravel()
    return xs, ys


def quiver_item(color: str = "#333") -> pg.PlotDataItem:
    return pg.PlotDataItem(pen=pg.mkPen(color, width=1.5), connect="pairs")
