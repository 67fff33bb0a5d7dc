"""The decision boundary: the network's output over the input plane, with the data on it.

A pyqtgraph ImageItem of the output on the 100×100 grid, a colour bar, training points
(white rim) and test points (black rim). Classification with one output maps it from
'class 0' (orange) to 'class 1' (blue); regression is a continuous map; several classes get
one colour each, faded where the network is unsure. Hovering a neuron in the diagram shows
that neuron's own map here instead.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.data.digits import PIXELS
from ...core.data.grid import PLANE
from ...core.nn.targets import class_range
from ...core.session.snapshot import Snapshot
from ...model.session import SessionModel
from ..kit import theme
from ..kit.widgets import Banner, SquarePlot
from .digit_panel import DigitPanel

MAX_DRAWN_POINTS = 3000  # points a scatter draws at most (a fixed sample of more)


class BoundaryView(QWidget):
    # The digits' view needs another height: shown, hidden, its text rescaled or translated
    # (the window's layout gives it what it needs before the loss curve below takes the rest).
    height_wanted = Signal()

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.plot_widget = pg.PlotWidget(background="w")
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.setAspectLocked(True)
        plot.setRange(xRange=PLANE, yRange=PLANE, padding=0)
        self._bounds = PLANE
        self._scale = 1.0
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.showGrid(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self._placed: tuple | None = None
        self._levels: tuple | None = None
        self.image.setColorMap(theme.pale_cmap())
        plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(-1, 1), colorMap=theme.pale_cmap(),
                                        interactive=False, width=12)
        self.colorbar.setImageItem(self.image, insert_in=plot)
        self.train_points = pg.ScatterPlotItem(size=8, pen=pg.mkPen("w", width=1.4))
        self.test_points = pg.ScatterPlotItem(size=8, pen=pg.mkPen("k", width=1.4))
        plot.addItem(self.train_points)
        plot.addItem(self.test_points)
        # The frame clock paints the plot each frame; Qt's own updates would paint it twice.
        self.plot_widget.setViewportUpdateMode(
            QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.watch = QLabel()
        self.watch.setWordWrap(True)
        self.watch.setStyleSheet("background:#e8f1f8;color:#0b3d62;padding:6px")
        self.watch.hide()
        self.stats = QLabel()
        self.stats.setWordWrap(True)  # its width must not hold the dock wide in any language
        self.stats.setTextFormat(Qt.TextFormat.RichText)
        self.show_test = QCheckBox()
        self.discretize = QCheckBox()
        self.show_test.toggled.connect(lambda on: model.set_option("show_test", on))
        self.discretize.toggled.connect(lambda on: model.set_option("discretize", on))
        self.edit_points = QPushButton()
        self.edit_points.setCheckable(True)
        # While adding points a right click removes one: pyqtgraph's menu must not open too.
        self.edit_points.toggled.connect(lambda on: self.plot.vb.setMenuEnabled(not on))
        self.point_class = QComboBox()
        self.point_class.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.clear = clear = QPushButton()
        clear.clicked.connect(self.model.data.clear_points)
        # Two short rows rather than one long one: the dock can then be narrow.
        options = QHBoxLayout()
        options.addWidget(self.show_test)
        options.addWidget(self.discretize)
        options.addStretch()
        points = QHBoxLayout()
        points.addWidget(self.edit_points)
        points.addWidget(self.point_class)
        points.addWidget(clear)
        points.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.watch)
        layout.addWidget(self.stats)
        self.plot_box = SquarePlot(self.plot_widget)
        layout.addWidget(self.plot_box, 1)
        self.banner = Banner(self.plot_box)  # over the map, taking no room from the layout
        self.banner.setStyleSheet("background:#b00020;color:white;padding:6px;font-weight:bold")
        # In place of the plane, for data that are not points on one (the digits)
        self.no_plane = QLabel()
        self.no_plane.setWordWrap(True)
        self.no_plane.hide()
        layout.addWidget(self.no_plane)
        self.digit_panel = DigitPanel(model)  # the digits' own view, in the plane's place
        self.digit_panel.filled.connect(self.height_wanted)
        self.digit_box = QScrollArea()  # (it scrolls rather than hold a projector's window tall)
        self.digit_box.setWidget(self.digit_panel)
        self.digit_box.setWidgetResizable(True)
        self.digit_box.setFrameShape(QFrame.Shape.NoFrame)
        self.digit_box.hide()
        layout.addWidget(self.digit_box, 1)
        self.sample_note = QLabel()  # "3,000 of 20,000 points drawn", for big data
        self.sample_note.setVisible(False)
        self._counts = (0, 0)
        layout.addWidget(self.sample_note)
        layout.addWidget(self.caption)
        layout.addLayout(options)
        layout.addLayout(points)

        self.retranslate()
        # called with (point, label) when a data point is clicked
        self.on_pick: Callable[[np.ndarray, float], None] | None = None
        plot.scene().sigMouseClicked.connect(self._on_click)
        model.snapshot_changed.connect(self.on_snapshot)
        model.data_changed.connect(self.on_data)
        model.options_changed.connect(self.on_option)

    def retranslate(self) -> None:
        self._show_sample_note()
        self.no_plane.setText(self.tr("64 inputs, no plane: draw a digit, or take a test one"))
        self.no_plane.setToolTip(self.tr(
            "A digit has 64 inputs (its 8×8 pixels), so there is no plane to draw here: draw "
            "a digit instead, or take one of the test digits, and see the ten answers."))
        self.banner.setText(self.tr(
            "Training diverged: the loss became NaN or infinite, and training paused. "
            "Lower the learning rate, then Reset or Rewind."))
        self.show_test.setText(self.tr("Show test data"))
        self.show_test.setToolTip(self.tr("Draw the test points (black rim) too. The network "
                                          "never trains on them: they show how it generalises."))
        self.discretize.setText(self.tr("Discretize output"))
        self.discretize.setToolTip(self.tr("Colour each point of the plane by the class the "
                                           "network picks, instead of by its raw output."))
        self.edit_points.setText(self.tr("✎ Add points"))
        self.edit_points.setToolTip(self.tr(
            "Click the plane to add a training point of the chosen class; right-click a "
            "point to remove it. Your points replace the data set."))
        self.point_class.setToolTip(self.tr("The class (or, for regression, the value) of "
                                            "the points you add"))
        self.clear.setText(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Remove every point, to draw your own data from "
                                      "scratch"))
        self.setToolTip(self.tr(
            "What am I seeing? The colour at each point of the plane is the network's output "
            "there: blue for class 1 (or high values), orange for class 0 (or low values), "
            "grey in between. The dots are the data, coloured by their true class."))
        snap = self.model.snapshot
        if snap is not None:
            self._fill_classes(snap, force=True)
            self._update_stats(snap)
            if self.caption.text():
                self.caption.setText(self.tr("Showing the map of the hovered neuron"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.height_wanted.emit()
        super().changeEvent(event)

    def wanted_height(self) -> int | None:
        """The height that shows the digits' view whole at this width (None on a plane,
        where the plot takes what it is given)."""
        if self.digit_box.isHidden():
            return None
        inner = self.digit_panel.heightForWidth(self.digit_box.viewport().width())
        return self.height() - self.digit_box.height() + inner

    def set_watch(self, text: str) -> None:
        """A preset's one line on what to watch, until another preset replaces it."""
        # (No emoji: not every font has one, and a missing glyph shows as a box.)
        self.watch.setText(self.tr("<b>Watch:</b> {0}").format(html.escape(text))
                           if text else "")
        self.watch.setVisible(bool(text))

    def _on_click(self, event) -> None:
        snap = self.model.snapshot
        if snap is None:
            return
        pos = self.plot.vb.mapSceneToView(event.scenePos())
        if self.edit_points.isChecked():
            if event.button() == Qt.MouseButton.RightButton:
                self.model.data.remove_point(pos.x(), pos.y())
            else:
                self.model.data.add_point(pos.x(), pos.y(), self.point_class.currentData())
            return
        if self.on_pick is None or len(snap.data.train_points) == 0:
            return
        pts = snap.data.train_points
        i = int(np.argmin((pts[:, 0] - pos.x()) ** 2 + (pts[:, 1] - pos.y()) ** 2))
        self.on_pick(pts[i], snap.data.train_labels[i])

    # -- model events --------------------------------------------------------------------
    def on_option(self, name: str, value: object) -> None:
        box = {"show_test": self.show_test, "discretize": self.discretize}.get(name)
        if box is not None and box.isChecked() != bool(value):
            box.blockSignals(True)
            box.setChecked(bool(value))
            box.blockSignals(False)
        if box is not None and self.model.snapshot is not None:
            self.on_data(self.model.snapshot)
            self.on_snapshot(self.model.snapshot)
            self.plot_widget.viewport().update()

    def _fill_classes(self, snap: Snapshot, force: bool = False) -> None:
        d = snap.data
        if d.problem == "regression":
            items = [(f"{v:+g}", float(v)) for v in (1.0, 0.5, 0.0, -0.5, -1.0)]
        else:
            names = [self.tr("● class 0 (orange)"), self.tr("■ class 1 (blue)")]
            items = [(names[k] if k < 2 else self.tr("class {0}").format(k), k)
                     for k in range(max(d.n_classes, 2))]
        if force or [self.point_class.itemData(i) for i in range(self.point_class.count())] \
                != [v for _, v in items]:
            current = self.point_class.currentIndex()
            self.point_class.clear()
            for text, value in items:
                self.point_class.addItem(text, value)
            self.point_class.setCurrentIndex(max(0, min(current, len(items) - 1)))

    def on_data(self, snap: Snapshot) -> None:
        self._fill_classes(snap)
        on_plane = tuple(snap.features) != PIXELS
        if on_plane == self.digit_box.isVisibleTo(self):
            QTimer.singleShot(0, self, self.height_wanted.emit)  # (once laid out anew)
        self.plot_box.setVisible(on_plane)
        self.no_plane.setVisible(not on_plane)
        self.digit_box.setVisible(not on_plane)
        for control in (self.edit_points, self.point_class, self.clear, self.discretize,
                        self.show_test):
            control.setVisible(on_plane)
        if not on_plane:
            self.edit_points.setChecked(False)
            self._counts = (0, 0)
            self._show_sample_note()
            return
        d = snap.data
        if d.bounds != self._bounds:  # a truth table close up, or Playground's plane
            self._bounds = d.bounds
            self.plot.setRange(xRange=d.bounds, yRange=d.bounds, padding=0)
            self._size_points()
        drawn = self._set_points(self.train_points, d.train_points, d.train_labels, snap)
        total = len(d.train_points)
        if self.model.show_test:
            drawn += self._set_points(self.test_points, d.test_points, d.test_labels, snap)
            total += len(d.test_points)
        self.test_points.setVisible(self.model.show_test)
        self._counts = (drawn, total)
        self._show_sample_note()

    def _show_sample_note(self) -> None:
        drawn, total = self._counts
        self.sample_note.setVisible(drawn < total)
        self.sample_note.setText(self.tr("{0:,} of the {1:,} points are drawn, an even "
                                         "sample").format(drawn, total))

    def _set_points(self, item: pg.ScatterPlotItem, points: np.ndarray, labels: np.ndarray,
                    snap: Snapshot) -> int:
        """Returns how many are drawn: at most MAX_DRAWN_POINTS, a fixed random sample
        (each point is a symbol to paint; 20,000 would take most of a frame, and more than
        a few thousand only cover the plane anyway)."""
        if len(points) > MAX_DRAWN_POINTS:
            pick = np.sort(np.random.default_rng(0).choice(len(points), MAX_DRAWN_POINTS,
                                                           replace=False))
            points, labels = points[pick], labels[pick]
        if snap.data.problem == "regression":
            table = theme.lut()
            idx = np.clip((labels + 1) / 2 * 255, 0, 255).astype(int)
            brushes = [pg.mkBrush(*table[i]) for i in idx]
            symbols: str | list[str] = "o"  # one for all, or each point's
        else:
            palette = [pg.mkBrush(*c) for c in theme.CLASS_COLORS]
            brushes = [palette[int(c)] for c in labels]
            symbols = [theme.CLASS_SYMBOLS[int(c)] for c in labels]
        item.setData(pos=points, brush=brushes, symbol=symbols)
        return len(points)

    def _size_points(self) -> None:
        """Points as large as the plane shows them: four truth-table corners close up are
        drawn larger than Playground's hundreds."""
        size = (8 if self._bounds == PLANE else 16) * self._scale
        self.train_points.setSize(size)
        self.test_points.setSize(size)

    def set_scale(self, scale: float, high_contrast: bool) -> None:
        """Presentation mode: bigger points with a dark rim, bigger axis text."""
        rim = ("k", 2.0 * scale) if high_contrast else ("w", 1.4)
        self._scale = scale
        self.watch.setFont(self.font())  # (its style sheet keeps it from following)
        self._size_points()
        self.train_points.setPen(pg.mkPen(rim[0], width=rim[1]))
        self.test_points.setPen(pg.mkPen("k", width=(3.0 if high_contrast else 1.4)))
        theme.scale_axes(self.plot, scale)
        self.plot_widget.viewport().update()
        self.height_wanted.emit()

    def on_snapshot(self, snap: Snapshot) -> None:
        self.banner.setVisible(snap.diverged)
        self._update_stats(snap)
        if tuple(snap.features) == PIXELS:
            return  # nothing to draw over a plane (no_plane says why)
        maps = snap.maps
        if maps.full is not None and snap.hover is not None:
            layer = snap.hover[0]
            act = None if layer < 0 else snap.activations[layer]
            self._show_scalar(maps.full, *theme.map_range(act, maps.full))
            self.caption.setText(self.tr("Showing the map of the hovered neuron"))
            return
        self.caption.setText("")
        out = maps.output
        if out.shape[2] > 1:  # one colour a class: an RGB image, its levels those of bytes
            self.colorbar.hide()
            self.image.setImage(theme.class_image(out, self.model.discretize), autoLevels=False,
                                levels=(0, 255))
            self._levels = None
            self._place_image()
            return
        lo, hi = (-1.0, 1.0) if snap.data.problem == "regression" \
            else class_range(snap.output_activation)
        values = out[:, :, 0]
        if self.model.discretize and snap.data.problem != "regression":
            values = np.where(values > (lo + hi) / 2, hi, lo)
        self._show_scalar(values, lo, hi)

    def _show_scalar(self, values: np.ndarray, lo: float, hi: float) -> None:
        self.colorbar.show()
        # Colours clamp at the levels anyway; clipping first keeps a diverged map's huge
        # values from overflowing pyqtgraph's scaling.
        shown = np.fmin(np.fmax(values, lo), hi)  # NaN → lo, without nan_to_num's overhead
        self.image.setImage(shown, autoLevels=False, levels=(lo, hi))
        if self._levels != (lo, hi):
            self._levels = (lo, hi)
            self.colorbar.setLevels((lo, hi))
            self.plot_widget.viewport().update()  # the colour bar's axis changed
        self._place_image()

    def paint_now(self) -> None:
        """Repaint the plot area (not the static axes) at once: the frame clock's call."""
        vb = self.plot.vb
        rect = self.plot_widget.mapFromScene(vb.sceneBoundingRect()).boundingRect()
        self.plot_widget.viewport().repaint(rect.adjusted(-2, -2, 2, 2))

    def _place_image(self) -> None:
        # The image's rect must be set after it has data (pyqtgraph scales by its size),
        # and only when its size or place changes: a new rect repaints the whole plot.
        shape = (self.image.image.shape, self._bounds)
        if shape != self._placed:
            self._placed = shape
            lo, hi = self._bounds
            self.image.setRect(lo, lo, hi - lo, hi - lo)

    def _update_stats(self, snap: Snapshot) -> None:
        r = snap.result
        if r is None:
            self.stats.setText(self.tr("Test loss —   Training loss —"))
            return
        text = self.tr("Test loss <b>{0}</b> &nbsp; Training loss <b>{1}</b>").format(
            _fmt(r.test_loss), _fmt(r.train_loss))
        if snap.data.problem != "regression":
            text += self.tr(" &nbsp; Test accuracy <b>{0}</b>").format(_pct(r.test_accuracy))
        self.stats.setText(text)


def _fmt(v: float) -> str:
    return "—" if v != v else f"{v:.3f}"


def _pct(v: float) -> str:
    return "—" if v != v else f"{v:.1%}"
