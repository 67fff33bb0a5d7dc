"""The 2-D gradient-descent lab: the lecture's f = x² + y² (and an elongated bowl, a saddle,
Rosenbrock) as a heatmap with contours and the quiver of −∇f, and descent paths from a start
point you click — SGD, momentum and Adam side by side — and beside it the same surface in
3-D, as the lecture's `plot_surface` draws it, with the paths going down it (where OpenGL is
there; elsewhere a note says why not)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.lessons.descent import SURFACES, descent_path, quiver_grid
from ..kit.arrows import arrow_segments, quiver_item
from ..kit.surface3d import Surface3D, why_no_gl
from ..kit.themes import line_icon
from ..kit.widgets import SquarePlot

CONTOUR_STEP = 2  # the contours use every other point of the map's grid
# Vermilion, sky blue, black: apart for colour-blind eyes (red against green was not) and
# seen over the map's light and dark ends; each its own dot as well
PATH_COLORS = {"sgd": "#d55e00", "momentum": "#56b4e9", "adam": "#000000"}
PATH_SYMBOLS = {"sgd": "o", "momentum": "s", "adam": "t"}


class Descent2DLab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.surface = QComboBox()
        for key, s in SURFACES.items():
            self.surface.addItem(s.formula, key)
        self.surface.activated.connect(lambda _: self.set_surface())
        self.lr = QLineEdit("0.1")
        self.lr.editingFinished.connect(self.draw_paths)
        self.steps = QSpinBox()
        self.steps.setRange(1, 2000)
        self.steps.setValue(40)
        self.steps.valueChanged.connect(self.draw_paths)
        self.boxes = {}
        row = QHBoxLayout()
        row.addWidget(self.surface)
        row.addWidget(QLabel("η"))
        row.addWidget(self.lr)
        self.steps_label = QLabel()
        row.addWidget(self.steps_label)
        row.addWidget(self.steps)
        for name, color in PATH_COLORS.items():
            box = QCheckBox()
            box.setChecked(True)
            box.setIcon(line_icon(color))  # (the text in the theme's own colour)
            box.toggled.connect(self.draw_paths)
            self.boxes[name] = box
            row.addWidget(box)
        row.addStretch()
        self.box_3d = QCheckBox()
        self.box_3d.setChecked(True)
        row.addWidget(self.box_3d)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAspectLocked(True)
        self.plot.addLegend(offset=(10, 10))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.image.setOpacity(0.6)
        self.plot.addItem(self.image)
        self.contours: list[pg.IsocurveItem] = []
        self.quiver = quiver_item()
        self.plot.addItem(self.quiver)
        # SGD drawn widest: on a round bowl the three paths share one line.
        # Momentum widest and underneath, SGD on it with larger dots, Adam thinnest on top:
        # on a round bowl SGD and momentum share one line, and each stays in sight.
        looks = {"momentum": (7.0, 5, 1), "sgd": (3.0, 9, 2), "adam": (1.5, 5, 3)}
        self.path_items = {}
        for name, c in PATH_COLORS.items():
            width, dot, z = looks[name]
            item = self.plot.plot([], [], pen=pg.mkPen(c, width=width), symbol=PATH_SYMBOLS[name],
                                  symbolSize=dot, symbolBrush=c, name=name)
            item.setZValue(z)
            self.path_items[name] = item
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.gl_note = QLabel()  # why there is no 3-D surface, where there is none
        self.gl_note.setWordWrap(True)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(SquarePlot(self.plot))
        self.surface3d: Surface3D | None = None
        if why_no_gl() is None:
            self.surface3d = Surface3D()
            self.surface3d.setMinimumSize(200, 200)
            self.splitter.addWidget(self.surface3d)
            self.splitter.setSizes([1000, 1000])
            self.box_3d.toggled.connect(self.surface3d.setVisible)
        else:
            self.box_3d.setChecked(False)
            self.box_3d.setEnabled(False)
        self.gl_note.setVisible(self.surface3d is None)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.gl_note)
        self.start = (0.0, 0.0)
        self.retranslate()
        self.set_surface()

    def retranslate(self) -> None:
        self.surface.setToolTip(self.tr("The function to descend"))
        self.lr.setToolTip(self.tr("Learning rate η of every path"))
        self.steps_label.setText(self.tr("steps"))
        names = {"sgd": "SGD", "momentum": self.tr("Momentum"), "adam": "Adam"}
        for name, box in self.boxes.items():
            box.setText(names[name])
            label = self.plot.getPlotItem().legend.getLabel(self.path_items[name])
            if label is not None:
                label.setText(names[name])
        self.note.setText(self.tr("Click the plot to start the paths there. The arrows are "
                                  "−∇f: from anywhere, going against the gradient leads "
                                  "downhill."))
        self.box_3d.setText(self.tr("3-D surface"))
        why = why_no_gl()
        if why is None:
            self.box_3d.setToolTip(self.tr("f drawn in 3-D beside the map, with the paths on "
                                           "it: drag to turn it, scroll to zoom"))
        else:
            self.box_3d.setToolTip(why)
            self.gl_note.setText(self.tr("The 3-D surface is not shown: {0}. The flat map "
                                         "shows the same function.").format(why))
        if self.surface3d is not None:
            self.surface3d.set_axis_names("x", "y")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def current(self):
        return SURFACES[self.surface.currentData()]

    def set_surface(self) -> None:
        s = self.current
        self.start = s.start
        n = 200
        c = np.linspace(-s.extent, s.extent, n)
        x, y = np.meshgrid(c, c)
        z = np.log1p(np.abs(s.f(x, y))) * np.sign(s.f(x, y))  # log scale keeps contours apart
        self.image.setImage(z, autoLevels=True)
        self.image.setRect(-s.extent, -s.extent, 2 * s.extent, 2 * s.extent)
        for item in self.contours:
            self.plot.removeItem(item)
        self.contours = []
        # Contours from every other point: pyqtgraph traces them in Python, and ten levels
        # on the 200 × 200 grid took 0.3 s of the labs' opening (a frozen window).
        coarse = z[::CONTOUR_STEP, ::CONTOUR_STEP]
        for level in np.linspace(z.min(), z.max(), 12)[1:-1]:
            iso = pg.IsocurveItem(data=coarse, level=level, pen=pg.mkPen("#ffffff", width=1),
                                  axisOrder="row-major")
            iso.setParentItem(self.image)
            iso.setTransform(QTransform.fromScale(CONTOUR_STEP, CONTOUR_STEP))
            iso.generatePath()  # now, not at the first paint (a lesson makes the lab early)
            self.contours.append(iso)
        if self.surface3d is not None:
            grid = np.linspace(-s.extent, s.extent, 41)
            gx, gy = np.meshgrid(grid, grid)
            self.surface3d.set_surface(grid, grid, s.f(gx, gy), heights=s.f)
        qx, qy, u, v = quiver_grid(s, 20)
        self.quiver.setData(*arrow_segments(qx, qy, u, v, 2 * s.extent / 20 * 0.9))
        self.plot.setRange(xRange=(-s.extent, s.extent), yRange=(-s.extent, s.extent))
        self.draw_paths()

    def draw_paths(self) -> None:
        try:
            lr = float(self.lr.text())
            if not lr > 0:
                raise ValueError
        except ValueError:
            self.note.setText(self.tr("η must be a positive number"))
            return
        s = self.current
        for name, item in self.path_items.items():
            if self.boxes[name].isChecked():
                path = descent_path(s, self.start, name, lr, self.steps.value())
                inside = np.abs(path).max(axis=1) <= 3 * s.extent
                item.setData(path[inside, 0], path[inside, 1])
            else:
                path = np.zeros((0, 2))
                item.setData([], [])
            if self.surface3d is not None:
                self.surface3d.set_path(name, path, PATH_COLORS[name])

    def show_3d(self, on: bool) -> None:
        """The 3-D surface beside the map (if this machine can draw it)."""
        self.box_3d.setChecked(on and self.surface3d is not None)

    def _on_click(self, event) -> None:
        pos = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        self.start = (pos.x(), pos.y())
        self.draw_paths()
