"""The network's gradient quiver: the training loss over two parameters you pick on the
diagram, on a grid around their current values, with the arrows of −∇E and the path the
two parameters take while training runs; flat, or as a surface in 3-D with the path going
down it.

The grid is computed from a snapshot of the weights on the training data by a thread of its
own, a few times a second and only when the weights have moved, so the GUI never waits for
it and training loses little time to it.
"""

from __future__ import annotations

import time
from collections import deque

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.data.features import compute_features
from ...core.nn.naming import shown_bias_name, shown_weight_name
from ...core.nn.targets import encode
from ...core.session.snapshot import Snapshot
from ...core.training.landscape import Landscape, loss_landscape
from ...model.session import SessionModel
from ..kit import theme
from ..kit.arrows import arrow_segments, quiver_item
from ..kit.surface3d import Surface3D, why_no_gl
from ..kit.widgets import ElidedLabel

MIN_PLOT_HEIGHT = 250
REFRESH_MS = 500  # two landscapes a second: the path moves smoothly, training barely slows
GRID = 11
GRID_3D = 21  # a surface needs finer steps than arrows do
PATH_3D_MS = 100  # the 3-D path follows training ten times a second


class _LandscapeWorker(QObject):
    ready = Signal(object, float)  # Landscape, seconds it took
    failed = Signal(str)  # why there is none: the next request must not wait for it

    @Slot(object)
    def compute(self, job: tuple) -> None:
        start = time.perf_counter()
        try:
            land = loss_landscape(*job)
        except Exception as e:
            self.failed.emit(str(e))
            return
        self.ready.emit(land, time.perf_counter() - start)


class NetworkQuiver(QWidget):
    request = Signal(object)

    def __init__(self, model: SessionModel, network_view, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.model, self.network_view = model, network_view
        self.keys: list[tuple] = []
        self.path: deque[tuple[float, float]] = deque(maxlen=20_000)
        self.busy = False
        self.shown = False  # its dock's visibilityChanged says (a tab behind stays "visible")
        self.last_job_weights: np.ndarray | None = None
        self.compute_seconds: deque[float] = deque(maxlen=100)
        self.title = ElidedLabel()  # one line beside the buttons; the whole in its tooltip
        self.pick = QPushButton()
        self.pick.setCheckable(True)
        self.pick.toggled.connect(self._picking)
        self.span = QDoubleSpinBox()
        self.span.setRange(0.1, 20.0)
        self.span.setValue(2.0)
        self.span.setPrefix("± ")
        self.span.valueChanged.connect(self._invalidate)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.span)
        row.addWidget(self.pick)
        self.button_3d = QToolButton()  # sized to its text: the dock stays narrow
        self.button_3d.setText("3-D")
        self.button_3d.setCheckable(True)
        self.button_3d.toggled.connect(self.set_3d)
        row.addWidget(self.button_3d)
        self.plot = pg.PlotWidget(background="w")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.plot.addItem(self.image)
        self.arrows = quiver_item("#ffffff")
        self.plot.addItem(self.arrows)
        self.trail = self.plot.plot([], [], pen=pg.mkPen("#d62728", width=2))
        self.here = pg.ScatterPlotItem(size=12, brush=pg.mkBrush("#d62728"),
                                       pen=pg.mkPen("w", width=2))
        self.plot.addItem(self.here)
        self.surface3d: Surface3D | None = None  # made when first asked for
        self.path_drawn_at = 0.0
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.gl_note = QLabel()  # why the 3-D view cannot be had, once it was asked for
        self.gl_note.setWordWrap(True)
        self.gl_note.hide()
        self.note = QLabel()  # what the plot shows, for its tooltip and Help ▸ What am I seeing
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.gl_note)
        layout.addWidget(self.stack, 1)
        self.landscape_thread = QThread(self)
        self.landscape_thread.setObjectName("mlpviz-landscape")  # named in Qt's messages
        self.worker = _LandscapeWorker()
        self.worker.moveToThread(self.landscape_thread)
        self.request.connect(self.worker.compute)
        self.worker.ready.connect(self.show_landscape)
        self.worker.failed.connect(self._no_landscape)
        self.landscape_thread.start()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        model.snapshot_changed.connect(self.on_snapshot)
        model.structure_changed.connect(lambda snap: self.set_parameters([]))
        self.retranslate()

    def retranslate(self) -> None:
        self.pick.setText(self.tr("Pick two parameters"))
        self.pick.setToolTip(self.tr("Then click two links or biases on the diagram"))
        self.span.setToolTip(self.tr("How far around the current values the grid reaches"))
        self.note.setText(self.tr(
            "What am I seeing? The colour is the training loss E over two parameters (dark "
            "low, bright high), all others fixed; arrows are −∇E, the way gradient descent "
            "steps; the red line is the path the two parameters have taken."))
        self.setToolTip(self.note.text())
        why = why_no_gl()
        self.button_3d.setToolTip(
            self.tr("The loss as a surface in 3-D, with the path going down it: drag to "
                    "turn it, scroll to zoom") if why is None else
            self.tr("No 3-D view here: {0}").format(why))
        if why is not None:
            self.gl_note.setText(self.tr("The 3-D view is not available: {0}. The flat view "
                                         "shows the same landscape.").format(why))
        self._set_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_title(self) -> None:
        snap = self.model.snapshot
        names = ("", "")
        if self.pick.isChecked():
            title = self.tr("Click two links or biases on the diagram")
        elif snap is not None and snap.fallback is not None:
            title = self.tr("Training diverged: the weights are not numbers, there is no "
                            "landscape. Reset (R) or Rewind (Shift+R).")
        elif snap is not None and len(snap.data.train_points) == 0:
            title = self.tr("No training points: the loss is not defined. Add points or "
                            "choose a data set.")
        elif snap is not None and len(self.keys) == 2:
            names = (self._name(self.keys[0], snap), self._name(self.keys[1], snap))
            title = (self.tr("log₁₀ of the training loss E (the height) over {0} and {1}, "
                             "the other parameters as they are") if self.in_3d else
                     self.tr("log₁₀ of the training loss E over {0} (across) and {1} (up), "
                             "the other parameters as they are")).format(*names)
        else:
            title = ""
        if title != self.title.text():
            self.title.setText(title)
            self.plot.setLabel("bottom", names[0])
            self.plot.setLabel("left", names[1])

    # -- 3-D ------------------------------------------------------------------------------
    @property
    def in_3d(self) -> bool:
        return self.surface3d is not None and self.stack.currentWidget() is self.surface3d

    def set_3d(self, on: bool) -> None:
        """The landscape in 3-D or flat; where OpenGL is missing it stays flat, and says
        why."""
        if on and why_no_gl() is not None:
            self.gl_note.show()
            self.button_3d.setChecked(False)
            return
        if on and self.surface3d is None:
            self.surface3d = Surface3D()
            self.stack.addWidget(self.surface3d)
        if on:
            assert self.surface3d is not None, "made just above, if it was not yet"
            self.stack.setCurrentWidget(self.surface3d)
        else:
            self.stack.setCurrentWidget(self.plot)
        self.button_3d.setChecked(on)
        self._set_title()
        self._invalidate()  # the 3-D surface wants a finer grid
        self.refresh()

    def _draw_path_3d(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.in_3d or (not force and now - self.path_drawn_at < PATH_3D_MS / 1000):
            return
        self.path_drawn_at = now
        assert self.surface3d is not None, "in_3d: it is the stack's current widget"
        self.surface3d.set_path("training", np.array(self.path, dtype=float).reshape(-1, 2))

    # -- choosing ------------------------------------------------------------------------
    def _picking(self, on: bool) -> None:
        self.network_view.pick_callback = self._picked if on else None
        if on:
            self.keys = []
        self._set_title()

    def _picked(self, key: tuple) -> None:
        self.keys = [k for k in self.keys if k != key][-1:] + [key]
        if len(self.keys) == 2:
            self.pick.setChecked(False)
            self.set_parameters(self.keys)

    def set_parameters(self, keys: list[tuple]) -> None:
        snap = self.model.snapshot
        if not keys and snap is not None:  # default: the first two weights into the output
            l = len(snap.units) - 1
            n_in = snap.weights[l].shape[0]
            keys = [("w", l, 0, 0), ("w", l, 1, 0) if n_in > 1 else ("b", l, 0)]
        self.keys = list(keys)
        self.path.clear()
        self._invalidate()
        self._mark()

    def _mark(self) -> None:
        """The two parameters stand out on the diagram while this view is shown."""
        self.network_view.mark_parameters(self.keys if self.shown else [])

    def set_shown(self, on: bool) -> None:
        """Whether the user can see this view (its dock's tab is the current one): the
        landscape is computed, and the parameters marked, only then. Its least height
        holds only while it is seen: a tab behind the loss curve held the whole column's
        split (the digits' view above could not take the height it needs)."""
        self.shown = on
        self.stack.setMinimumHeight(MIN_PLOT_HEIGHT if on else 0)
        self._mark()
        if on and self.model.snapshot is not None:
            self.on_snapshot(self.model.snapshot)
            self.refresh()

    def _name(self, key: tuple, snap: Snapshot) -> str:
        if key[0] == "w":
            return shown_weight_name(snap.units, len(snap.features), *key[1:])
        return shown_bias_name(snap.units, len(snap.features), *key[1:])

    def _value(self, key: tuple, snap: Snapshot) -> float:
        return float(snap.weights[key[1]][key[2], key[3]] if key[0] == "w"
                     else snap.biases[key[1]][key[2]])

    def _invalidate(self) -> None:
        self.last_job_weights = None

    # -- following training --------------------------------------------------------------
    def on_snapshot(self, snap: Snapshot) -> None:
        if len(self.keys) != 2:
            if self.pick.isChecked():
                return  # the user is choosing the two
            self.set_parameters([])
        if snap.history_reset:
            self.path.clear()
        point = (self._value(self.keys[0], snap), self._value(self.keys[1], snap))
        if not self.path or self.path[-1] != point:
            self.path.append(point)
        if not self.shown:
            return  # the path is kept; drawing waits until the dock is shown
        self.here.setData([point[0]], [point[1]])
        self._draw_path_3d()
        self._set_title()

    def refresh(self) -> None:
        """Ask for a new landscape if the weights moved and none is being computed."""
        snap = self.model.snapshot
        if snap is None or not self.shown:
            return
        if snap.fallback is not None or len(snap.data.train_points) == 0:
            self._set_title()  # says why there is nothing to compute
            self._clear_landscape()  # nor shows a landscape that no longer holds
            return
        if self.busy or len(self.keys) != 2:
            return
        flat = np.concatenate([w.ravel() for w in snap.weights]
                              + [b.ravel() for b in snap.biases])
        if self.last_job_weights is not None and np.allclose(flat, self.last_job_weights,
                                                             atol=1e-3 * self.span.value()):
            return
        self.last_job_weights = flat
        net = snap.network()
        d = snap.data
        x = compute_features(d.train_points, list(snap.features))
        t = encode(d.train_labels, d.problem, snap.output_activation, snap.units[-1])
        self.busy = True
        grid = GRID_3D if self.in_3d else GRID
        self.request.emit((net, x, t, self.keys[0], self.keys[1], self.span.value(), grid))

    @Slot(str)
    def _no_landscape(self, why: str) -> None:
        self.busy = False
        self.title.setText(why)
        self._clear_landscape()

    def _clear_landscape(self) -> None:
        self.last_job_weights = None  # computed again once there is something to show
        if self.surface3d is not None:
            self.surface3d.clear()
        if self.image.image is None:
            return
        self.image.clear()
        self.arrows.setData([], [])

    @Slot(object, float)
    def show_landscape(self, land: Landscape, seconds: float) -> None:
        self.busy = False
        self.compute_seconds.append(seconds)
        loss = np.log10(np.clip(np.nan_to_num(land.loss, nan=1e6), 1e-12, 1e6))
        if self.in_3d:
            assert self.surface3d is not None, "in_3d: it is the stack's current widget"
            self.surface3d.set_surface(land.p1, land.p2, loss)
            self.surface3d.set_axis_names(self.plot.getAxis("bottom").labelText,
                                          self.plot.getAxis("left").labelText)
            self._draw_path_3d(force=True)
            return
        self.image.setImage(loss, autoLevels=True)
        n = len(land.p1)
        (a, b), (c, d) = (land.p1[0], land.p1[-1]), (land.p2[0], land.p2[-1])
        step1, step2 = (b - a) / (n - 1), (d - c) / (n - 1)
        self.image.setRect(a - step1 / 2, c - step2 / 2, b - a + step1, d - c + step2)
        p1, p2 = np.meshgrid(land.p1, land.p2)
        self.arrows.setData(*arrow_segments(p1, p2, -land.grad1, -land.grad2,
                                            0.9 * min(step1, step2)))
        if self.path:
            trail = np.array(self.path)
            self.trail.setData(trail[:, 0], trail[:, 1])
        self.plot.setRange(xRange=(a, b), yRange=(c, d), padding=0.02)

    def set_scale(self, scale: float, high_contrast: bool = False) -> None:
        """Presentation mode: the axes' text grows with the application's font."""
        theme.scale_axes(self.plot.getPlotItem(), scale)

    def shutdown(self) -> None:
        """The landscape thread ended and waited for, however long its last grid takes
        (the first may load the compiled kernels): a QThread destroyed while it runs
        aborts the process, as SIGTERM right after start showed."""
        self.timer.stop()
        self.landscape_thread.quit()
        self.landscape_thread.wait()



