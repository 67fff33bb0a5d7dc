"""Colours and colour maps: Playground's orange (−) → light grey (0) → blue (+)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from ...core.nn.activations import get_activation

ORANGE = (245, 147, 34)
GREY = (232, 234, 235)
BLUE = (8, 119, 189)
# Extra class colours for multi-class problems, after orange and blue.
CLASS_COLORS = [ORANGE, BLUE, (46, 160, 67), (200, 60, 160), (120, 90, 40), (30, 180, 190),
                (230, 60, 60), (110, 110, 110), (150, 120, 230), (250, 200, 40)]
# Shapes carry the class as well as hue does (colour-blind viewers, grey projectors).
CLASS_SYMBOLS = ["o", "s", "t", "d", "+", "star", "h", "p", "t1", "x"]
TRAIN_LOSS_COLOR = (40, 40, 40)
TEST_LOSS_COLOR = (245, 147, 34)


def diverging_cmap() -> pg.ColorMap:
    return pg.ColorMap([0.0, 0.5, 1.0], [ORANGE, GREY, BLUE])


def pale(rgb: tuple[int, int, int], amount: float = 0.35) -> tuple[int, int, int]:
    """Mixed towards white: the boundary map is drawn pale so the data points stand out."""
    return tuple(int(c + (255 - c) * amount) for c in rgb)  # type: ignore[return-value]


def pale_cmap() -> pg.ColorMap:
    return pg.ColorMap([0.0, 0.5, 1.0], [pale(ORANGE), pale(GREY), pale(BLUE)])


def qcolor(rgb: tuple[int, int, int], alpha: int = 255) -> QColor:
    return QColor(rgb[0], rgb[1], rgb[2], alpha)


def weight_color(w: float) -> QColor:
    return qcolor(BLUE if w >= 0 else ORANGE)


def lut(n: int = 256) -> np.ndarray:
    """(n, 3) uint8 lookup table of the diverging map, −1 at 0 and +1 at n − 1."""
    return diverging_cmap().getLookupTable(0.0, 1.0, n, alpha=False)


def map_range(activation: str | None, values: np.ndarray) -> tuple[float, float]:
    """The colour scale of a neuron's map: an input (activation None) by its own largest
    magnitude, a unit by its activation's entry (0 … 1 where its output lies in [0, 1])."""
    if activation is None:
        m = float(np.nanmax(np.abs(values))) if values.size else 0.0
        return -(m or 1.0), (m or 1.0)
    return get_activation(activation).color_scale


def bgrx_table(table: np.ndarray) -> np.ndarray:
    """(n, 3) RGB → (n, 4) in the byte order of QImage.Format_RGB32 (B, G, R, 255)."""
    return np.column_stack([table[:, 2], table[:, 1], table[:, 0],
                            np.full(len(table), 255)]).astype(np.uint8)


def maps_to_images(maps: np.ndarray, lo: float, hi: float, table: np.ndarray
                   ) -> list[QImage]:
    """(k, h, w) maps, row 0 at the bottom, to k QImages in one pass of NumPy.

    `table` comes from bgrx_table: RGB32 is the raster engine's own format, so painting
    the images needs no conversion (RGB888 was converted on every paint)."""
    # fmax/fmin clip and map NaN (a diverged net) to the low end in two ufunc calls;
    # nan_to_num and clip cost far more in Python overhead, and this runs every frame.
    scaled = np.fmin(np.fmax((maps[:, ::-1] - lo) / (hi - lo), 0.0), 1.0)
    idx = (scaled * (len(table) - 1)).astype(np.intp)
    px = np.ascontiguousarray(table[idx])  # (k, h, w, 4)
    k, h, w = maps.shape
    return [QImage(px[i].data, w, h, 4 * w, QImage.Format.Format_RGB32).copy()
            for i in range(k)]


def class_image(probs: np.ndarray, discretize: bool) -> np.ndarray:
    """(h, w, K) class scores → (h, w, 3) uint8: each class's colour, mixed by its share."""
    k = probs.shape[2]
    colors = np.array([pale(c) for c in CLASS_COLORS[:k]], dtype=float)  # (K, 3)
    p = np.clip(np.nan_to_num(probs.astype(float)), 0.0, None)
    if discretize:
        p = np.eye(k)[p.argmax(axis=2)]
    p = p / np.maximum(p.sum(axis=2, keepdims=True), 1e-12)
    rgb = p @ colors
    # Fade towards grey where the net is unsure (largest share near 1/K).
    sure = (p.max(axis=2, keepdims=True) - 1.0 / k) / (1.0 - 1.0 / k)
    rgb = np.array(GREY) + (rgb - np.array(GREY)) * np.clip(sure, 0.0, 1.0)
    return rgb.astype(np.uint8)


def scale_axes(plot: pg.PlotItem, scale: float) -> None:
    """Axis tick labels and titles at `scale` times the normal size."""
    from PySide6.QtGui import QFont

    font = QFont()
    font.setPointSizeF(9 * scale)
    # Room above and to the right for half a tick label: the top one ("1.5") and the
    # last one were cut at the plot's edge.
    half = int(9 * scale * 96 / 72 / 2) + 2
    plot.layout.setContentsMargins(2, half, half, 2)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=font)
        # (in the theme's ink, as paint_plots set it: black until then)
        axis.setPen(pg.mkPen(axis.pen().color(), width=max(1.0, scale)))
        axis.setTextPen(pg.mkPen(axis.textPen().color()))
        axis.label.setFont(font)


def scale_plots(widget: QWidget, scale: float) -> None:
    """Every plot inside `widget` (the labs' window) at `scale` times the normal size: axes,
    titles (pyqtgraph's 11 pt) and legends (9 pt). Their text is drawn by pyqtgraph in sizes
    of its own, so the application's font, which presentation mode scales, does not reach it."""
    for view in widget.findChildren(pg.PlotWidget):
        item = view.getPlotItem()
        scale_axes(item, scale)
        labels = [item.titleLabel] if item.titleLabel.text else []
        item.titleLabel.setAttr("size", f"{11 * scale:g}pt")
        if item.legend is not None:
            item.legend.opts["labelTextSize"] = f"{9 * scale:g}pt"
            for _, label in item.legend.items:
                label.setAttr("size", item.legend.opts["labelTextSize"])
                labels.append(label)
        for label in labels:
            label.setText(label.text)  # drawn again in the size just set
