"""A rotatable 3-D surface z = f(x, y) with paths going down it, as the lecture's
`plot_surface` figures draw gradient descent (pyqtgraph.opengl, which needs PyOpenGL and an
OpenGL-capable Qt platform).

The surface is fitted into a fixed box, whatever the function's range, so one camera suits
f = x² + y² (0 … 50) and Rosenbrock (0 … 2,500) alike; paths are mapped by the same scale and
drawn a little above the surface, and between their points at the surface's own height, so a
step that jumps across the valley is seen to.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QFont, QGuiApplication, QOpenGLContext, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ...core.translatable import QT_TRANSLATE_NOOP

HALF = 10.0  # x and y fill −HALF … HALF in the box
HEIGHT = 11.0  # z fills 0 … HEIGHT
LIFT = 0.3  # paths float this far above the surface, so it never hides them
NO_GL_PLATFORMS = ("offscreen", "minimal", "vnc")

Heights = Callable[[np.ndarray, np.ndarray], np.ndarray]


# Why there is no 3-D view, said in the current language where it is shown.
WHY_NO_GL = {
    "platform": QT_TRANSLATE_NOOP("surface3d", "Qt's {0} platform draws without OpenGL"),
    "pyopengl": QT_TRANSLATE_NOOP("surface3d", "PyOpenGL is not installed"),
    "context": QT_TRANSLATE_NOOP("surface3d", "no OpenGL context could be created"),
    "version": QT_TRANSLATE_NOOP("surface3d", "OpenGL {0} is older than 2.1"),
}


@cache
def _gl_missing() -> tuple[str, str] | None:
    """(reason, detail) where this process cannot draw in 3-D, None where it can. Cached:
    the answer cannot change while the application runs."""
    platform = QGuiApplication.platformName()
    if platform in NO_GL_PLATFORMS:
        return "platform", platform
    try:
        import OpenGL.GL  # noqa: F401
        import pyqtgraph.opengl  # noqa: F401
    except Exception:
        return "pyopengl", ""
    context = QOpenGLContext()
    if not context.create():
        return "context", ""
    version = context.format().version()
    if not context.isOpenGLES() and version < (2, 1):
        return "version", f"{version[0]}.{version[1]}"
    return None


def why_no_gl() -> str | None:
    """Why this process cannot draw in 3-D, as a sentence in the current language; None
    where it can."""
    missing = _gl_missing()
    if missing is None:
        return None
    reason, detail = missing
    return QCoreApplication.translate("surface3d", WHY_NO_GL[reason]).format(detail)


def _unit(values: np.ndarray, low: float, high: float) -> np.ndarray:
    span = high - low
    return (values - low) / span if span > 0 else np.zeros_like(values)


class Surface3D(QWidget):
    """The surface, a floor grid, and named paths with a dot at their ends. Drag to turn it,
    wheel to zoom (pyqtgraph's camera)."""

    def __init__(self, colormap: str = "viridis", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph.opengl as gl

        self._gl = gl
        self.colormap = pg.colormap.get(colormap)
        self.view = gl.GLViewWidget()
        self.view.setCameraPosition(distance=38, elevation=38, azimuth=-60)
        self.view.opts["center"] = pg.Vector(0, 0, HEIGHT * 0.35)
        floor = self.floor = gl.GLGridItem(color=(0, 0, 0, 60))
        floor.setSize(2 * HALF, 2 * HALF)
        floor.setSpacing(2 * HALF / 10, 2 * HALF / 10)
        floor.translate(0, 0, -1.0)  # below the lowest point: never in the surface's plane
        self.view.addItem(floor)
        self.surface = gl.GLSurfacePlotItem(glOptions="opaque", showGrid=True,
                                             lineColor=(0, 0, 0, 0.18))
        self.surface.setVisible(False)  # an empty one cannot be painted
        self.view.addItem(self.surface)
        self.paths: dict[str, tuple] = {}
        self.x_range = self.y_range = (-1.0, 1.0)
        self.z_range = (0.0, 1.0)
        self.heights: Heights | None = None
        self.grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # x, y, z
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        from OpenGL import GL

        # Blended over, not added (pyqtgraph's default makes dark text vanish on white), and
        # without the depth test, which would drop the painter's flat text.
        over = {GL.GL_DEPTH_TEST: False, GL.GL_BLEND: True,
                "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA)}
        self.labels = [gl.GLTextItem(color=(30, 30, 30, 255), font=font, glOptions=over)
                       for _ in range(2)]
        for label in self.labels:
            self.view.addItem(label)
        # The window's theme, as its palette says now (set_theme follows a change)
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        self.set_dark(window.lightness() < 128)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_dark(self, dark: bool) -> None:
        """Dark paper and light ink for the dark theme, white and dark otherwise (the
        themes set the 3-D views as they set the plots: kit/themes.paint_plots)."""
        ink = (225, 225, 225) if dark else (30, 30, 30)
        self.view.setBackgroundColor((24, 24, 26) if dark else "w")
        self.floor.setColor((*ink, 60))
        for label in self.labels:
            label.setData(color=(*ink, 255))

    # -- the surface -------------------------------------------------------------------
    def set_surface(self, x: np.ndarray, y: np.ndarray, z: np.ndarray,
                    heights: Heights | None = None) -> None:
        """x (n,) and y (m,) the grid's values, z (m, n) the heights (row i is y[i], as an
        image). `heights(xs, ys)` gives the height anywhere, for the paths between grid
        points; without it they are interpolated from the grid."""
        finite = z[np.isfinite(z)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        self.x_range, self.y_range, self.z_range = (x[0], x[-1]), (y[0], y[-1]), (low, high)
        self.grid = (x, y, np.nan_to_num(z, nan=high, posinf=high, neginf=low))
        self.heights = heights
        level = _unit(self.grid[2], low, high)  # (m, n) in 0 … 1
        colors = self.colormap.map(level.T, mode="float")  # (n, m, 4): x first, as GL wants
        self.surface.setData(x=self._bx(x), y=self._by(y), z=HEIGHT * level.T, colors=colors)
        self.surface.setVisible(True)
        for path in list(self.paths):
            self._draw(path)

    def set_axis_names(self, x_name: str, y_name: str) -> None:
        """Beside the floor's two edges nearest the camera."""
        for label, name, pos in zip(self.labels, (x_name, y_name),
                                    ((0, -HALF - 2, -1), (HALF + 2, 0, -1)), strict=True):
            label.setData(pos=pos, text=name)

    def clear(self) -> None:
        self.surface.setVisible(False)
        for name in self.paths:
            self.set_path(name, np.zeros((0, 2)))

    # -- paths -------------------------------------------------------------------------
    def set_path(self, name: str, points: np.ndarray, color: str = "#d62728",
                 width: float = 4.0) -> None:
        """points (k, 2) in the surface's x, y; drawn on the surface, k = 0 hides it."""
        if name not in self.paths:
            line = self._gl.GLLinePlotItem(glOptions="opaque", antialias=True)
            dot = self._gl.GLScatterPlotItem(glOptions="opaque")
            self.view.addItem(line)
            self.view.addItem(dot)
            self.paths[name] = (line, dot, points, color, width)
        line, dot, *_ = self.paths[name]
        self.paths[name] = (line, dot, np.asarray(points, dtype=float).reshape(-1, 2),
                            color, width)
        self._draw(name)

    def _draw(self, name: str) -> None:
        line, dot, points, color, width = self.paths[name]
        inside = self._inside(points)
        points = points[inside]
        rgba = pg.mkColor(color).getRgbF()
        if len(points) == 0 or (self.grid is None and self.heights is None):
            # (a path may come before its surface, the landscape being computed on a
            # thread: set_surface draws it then)
            line.setVisible(False)
            dot.setVisible(False)
            return
        dense = _densify(points, 8 if len(points) < 2_000 else 1)  # long paths: short steps
        line.setData(pos=self._box(dense), color=rgba, width=width)
        sizes = np.full(len(points), 6.0)
        sizes[-1] = 14.0  # where the path is now
        dot.setData(pos=self._box(points), color=rgba, size=sizes)
        line.setVisible(len(points) > 1)
        dot.setVisible(True)

    def _inside(self, points: np.ndarray) -> np.ndarray:
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        return (np.isfinite(points).all(axis=1) & (points[:, 0] >= min(x0, x1))
                & (points[:, 0] <= max(x0, x1)) & (points[:, 1] >= min(y0, y1))
                & (points[:, 1] <= max(y0, y1)))

    def _box(self, points: np.ndarray) -> np.ndarray:
        """(k, 2) surface coordinates → (k, 3) positions in the box, on the surface."""
        xs, ys = points[:, 0], points[:, 1]
        zs = self.heights(xs, ys) if self.heights is not None else self._interpolate(xs, ys)
        level = np.clip(_unit(np.asarray(zs, dtype=float), *self.z_range), 0.0, 1.0)
        return np.column_stack([self._bx(xs), self._by(ys), HEIGHT * level + LIFT])

    def _interpolate(self, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        """Bilinear heights from the grid (the loss landscape has no formula)."""
        assert self.grid is not None, "without heights, _draw draws only once there is a grid"
        gx, gy, z = self.grid
        fx = np.interp(xs, gx, np.arange(len(gx)))
        fy = np.interp(ys, gy, np.arange(len(gy)))
        i0 = np.clip(np.floor(fx).astype(int), 0, len(gx) - 2)
        j0 = np.clip(np.floor(fy).astype(int), 0, len(gy) - 2)
        a, b = fx - i0, fy - j0
        return ((1 - a) * (1 - b) * z[j0, i0] + a * (1 - b) * z[j0, i0 + 1]
                + (1 - a) * b * z[j0 + 1, i0] + a * b * z[j0 + 1, i0 + 1])

    def _bx(self, x: np.ndarray) -> np.ndarray:
        return HALF * (2 * _unit(np.asarray(x, dtype=float), *self.x_range) - 1)

    def _by(self, y: np.ndarray) -> np.ndarray:
        return HALF * (2 * _unit(np.asarray(y, dtype=float), *self.y_range) - 1)


def _densify(points: np.ndarray, per_step: int) -> np.ndarray:
    """(k, 2) → ((k − 1)·per_step + 1, 2): points between each pair, so a segment follows
    the surface instead of cutting through it."""
    if len(points) < 2:
        return points
    t = np.linspace(0.0, 1.0, per_step, endpoint=False)[None, :, None]  # (1, s, 1)
    start, step = points[:-1, None, :], np.diff(points, axis=0)[:, None, :]
    between = (start + t * step).reshape(-1, 2)
    return np.vstack([between, points[-1:]])


def grab(widget: QWidget) -> QPixmap:
    """widget.grab() with its 3-D views as the screen shows them: QWidget.grab() draws them
    without the text pyqtgraph paints over the GL scene (the axis names)."""
    image = widget.grab()
    if _gl_missing() is not None:
        return image
    import pyqtgraph.opengl as gl

    painter = QPainter(image)
    for view in widget.findChildren(gl.GLViewWidget):
        # Not those of its own windows (a lab's): they are grabbed apart.
        if view.window() is widget.window() and view.isVisibleTo(widget) and view.width():
            corner = view.mapTo(widget, QPoint(0, 0))
            # Only what is seen of it: a dock too small for it clips it.
            painter.setClipRegion(view.visibleRegion().translated(corner))
            painter.drawImage(QRect(corner, view.size()), view.grabFramebuffer())
    painter.end()
    return image
