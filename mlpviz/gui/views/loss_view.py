"""The loss curve: train and test loss per epoch, live.

The points come from the model's History, whose memory stays bounded over a million epochs
(it thins old rows); pyqtgraph's peak downsampling and clip-to-view keep the curve smooth at
any length. A hover readout names the epoch and both losses under the mouse.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.session.snapshot import Snapshot
from ...model.session import SessionModel
from ..kit import theme
from ..kit.axes import RoomyAxis
from ..kit.themes import Theme

REDRAW_SECONDS = 0.5  # the curve moves slowly: two redraws a second while training
# The frame clock paints the plot when it changed; Qt's own updates would paint it twice.
MANUAL = QGraphicsView.ViewportUpdateMode.NoViewportUpdate


class LossView(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        # (its labels keep apart however short the plot: under the digits, presenting)
        self.plot_widget = pg.PlotWidget(background="w", axisItems={"left": RoomyAxis("left")})
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.getAxis("left").enableAutoSIPrefix(False)
        self.train_colour = theme.TRAIN_LOSS_COLOR  # the theme's ink: dark on light paper
        self.train_curve = plot.plot(pen=pg.mkPen(self.train_colour, width=2))
        self.test_curve = plot.plot(pen=pg.mkPen(theme.TEST_LOSS_COLOR, width=2,
                                                 style=Qt.PenStyle.DashLine))
        # The legend above the plot, never over the curve.
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        for curve in (self.train_curve, self.test_curve):
            curve.setDownsampling(auto=True, method="peak")
            # One sample per pixel, not pyqtgraph's five: a redraw then costs the same ~7 ms
            # at 2,000 epochs as at 60,000 (it was 20 ms at 6,000), and peaks stay visible.
            curve.opts["autoDownsampleFactor"] = 1.0
            curve.setClipToView(True)
        self.readout = pg.TextItem(anchor=(0, 1), color=(20, 20, 20), fill=(255, 255, 255, 220))
        self.readout.setZValue(10)
        self.readout.hide()
        plot.addItem(self.readout, ignoreBounds=True)
        self._mouse = pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._on_mouse)
        self.log_box = QCheckBox()
        self.log_box.toggled.connect(lambda on: model.set_option("log_scale", on))
        row = QHBoxLayout()
        row.addWidget(self.log_box)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget, 1)
        layout.addLayout(row)
        self.plot_widget.setViewportUpdateMode(MANUAL)
        self._ranges: tuple[tuple[float, float], tuple[float, float]] | None  # x, y; _fit's
        self._follow, self._ranges = True, None
        plot.vb.disableAutoRange()
        plot.vb.sigRangeChangedManually.connect(self._stop_following)
        plot.autoBtn.clicked.connect(self._follow_again)  # pyqtgraph's "A" button
        self.needs_paint = False
        self._epochs = np.empty(0)
        self._rows = -1
        self._drawn = 0.0
        model.snapshot_changed.connect(self.on_snapshot)
        model.options_changed.connect(self.on_option)
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setLabel("bottom", self.tr("epoch"))
        self.plot.setLabel("left", self.tr("loss"))
        train, test = self.tr("training loss"), self.tr("test loss")  # (lupdate reads no
        self.legend.setText(                                              # tr() in f-strings)
            f"<span style='color:{_hex(self.train_colour)}'>━━</span> {train} &nbsp;&nbsp; "
            f"<span style='color:{_hex(theme.TEST_LOSS_COLOR)}'>╍╍</span> {test}")
        self.log_box.setText(self.tr("Log scale"))
        self.log_box.setToolTip(self.tr("Show the loss on a logarithmic axis: late, small "
                                        "improvements stay visible."))
        self.setToolTip(self.tr("What am I seeing? The loss on the training data (dark) and "
                                "on the test data (orange) after each epoch. Both falling: "
                                "the network learns. Test rising while training falls: "
                                "it overfits."))
        self.needs_paint = True
        self.plot_widget.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_theme(self, themed: Theme) -> None:
        """The training loss in the theme's ink (dark grey was lost on the dark paper)."""
        ink = themed.ink
        self.train_colour = (ink.red(), ink.green(), ink.blue())
        pen = self.train_curve.opts["pen"]
        self.train_curve.setPen(pg.mkPen(self.train_colour, width=pen.widthF()))
        self.retranslate()
        self.needs_paint = True

    def set_scale(self, scale: float, high_contrast: bool) -> None:
        """Presentation mode: lines at least 3 px, bigger axis text."""
        width = max(3.0, 2.0 * scale) if high_contrast else 2.0
        self.train_curve.setPen(pg.mkPen(self.train_colour, width=width))
        self.test_curve.setPen(pg.mkPen(theme.TEST_LOSS_COLOR, width=width,
                                        style=Qt.PenStyle.DashLine))
        theme.scale_axes(self.plot, scale)
        self.needs_paint = True
        self.plot_widget.viewport().update()

    def on_option(self, name: str, value: object) -> None:
        if name == "log_scale":
            if self.log_box.isChecked() != bool(value):
                self.log_box.blockSignals(True)
                self.log_box.setChecked(bool(value))
                self.log_box.blockSignals(False)
            self.plot.setLogMode(y=bool(value))
            self._follow_again()
            self.plot_widget.viewport().update()

    def on_snapshot(self, snap: Snapshot) -> None:
        h = self.model.history
        if len(h) == self._rows and not snap.history_reset:
            return
        now = time.monotonic()
        if snap.playing and not snap.history_reset and now - self._drawn < REDRAW_SECONDS:
            return  # the curve moves slowly: a few redraws a second keep frames short
        self._drawn = now
        self._rows = len(h)
        epochs = h.column("epoch")
        train, test = h.column("train_loss"), h.column("test_loss")
        # Non-finite losses (divergence) are not drawn; huge ones are capped for the plot.
        self.train_curve.setData(epochs, _drawable(train), connect="finite")
        if np.isfinite(test).any():
            self.test_curve.setData(epochs, _drawable(test), connect="finite")
        else:
            self.test_curve.setData([], [])
        self._epochs = epochs
        if self._follow:
            self._fit(epochs, train, test)
        self.needs_paint = True

    def _fit(self, epochs: np.ndarray, train: np.ndarray, test: np.ndarray) -> None:
        """Show all the curve, in ranges that grow by round steps (decades on a log axis).
        Autorange would change both axes at every redraw, and their new ticks were half of a
        redraw's 25 ms; these ranges change a few times a run."""
        losses = np.concatenate([train, test])
        losses = losses[np.isfinite(losses)]
        x_range = (0.0, nice_ceiling(float(epochs[-1]) if len(epochs) else 1.0))
        if self.model.log_scale:
            positive = np.log10(losses[losses > 0]) if len(losses) else np.empty(0)
            y_range = ((np.floor(positive.min()), np.ceil(positive.max()) + 1e-9)
                       if len(positive) else (-3.0, 0.0))
        else:
            y_range = (0.0, nice_ceiling(float(losses.max()) if len(losses) else 1.0))
        if (x_range, y_range) != self._ranges:
            self._ranges = (x_range, y_range)
            self.plot.vb.setRange(xRange=x_range, yRange=y_range, padding=0.02)

    def _stop_following(self, *_: object) -> None:
        self._follow = False  # the user zoomed or panned: leave the ranges to them

    def _follow_again(self) -> None:
        self._follow, self._ranges = True, None
        self.plot.vb.disableAutoRange()
        h = self.model.history
        self._fit(h.column("epoch"), h.column("train_loss"), h.column("test_loss"))
        self.plot_widget.viewport().update()

    def _on_mouse(self, event: tuple) -> None:
        pos = event[0]
        vb = self.plot.vb
        if not self.plot.sceneBoundingRect().contains(pos) or len(self._epochs) == 0:
            self.readout.hide()
            self.plot_widget.viewport().update()
            return
        x = vb.mapSceneToView(pos).x()
        i = int(np.clip(np.searchsorted(self._epochs, x), 0, len(self._epochs) - 1))
        h = self.model.history
        train, test = h.column("train_loss")[i], h.column("test_loss")[i]
        text = self.tr("epoch {0}\ntraining {1:.4f}").format(int(self._epochs[i]), train)
        if np.isfinite(test):
            text += self.tr("\ntest {0:.4f}").format(test)
        self.readout.setText(text)
        y = train if not self.model.log_scale else np.log10(max(train, 1e-300))
        self.readout.setPos(self._epochs[i], y)
        self.readout.show()
        self.plot_widget.viewport().update()


def nice_ceiling(value: float) -> float:
    """The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k) ≥ value > 0:
    the curve fills at least two thirds of the axis, which changes a dozen times a decade."""
    if not value > 0:
        return 1.0
    decade = 10.0 ** np.floor(np.log10(value))
    for step in (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0):
        if step * decade >= value * (1 - 1e-12):
            return float(step * decade)
    return float(10 * decade)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _drawable(values: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(values), np.minimum(values, 1e12), np.nan)
