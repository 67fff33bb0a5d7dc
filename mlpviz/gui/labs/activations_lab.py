"""The activation lab: step, sigmoid, tanh, ReLU, leaky ReLU and linear with their
derivatives and formulas, and "many linear layers equal one" shown on the live network."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.data.grid import EXTENT, GridEvaluator
from ...core.errors import MlpvizError
from ...core.lessons.linear_collapse import collapse, is_equivalent
from ...core.nn.activations import ACTIVATIONS, ELEMENTWISE
from ...core.nn.network import MLP
from ...report.walkthrough_html import matrix_table
from ..kit import theme
from ..kit.i18n import tr_activation
from ..kit.themes import line_icon


class ActivationsLab(QWidget):
    def __init__(self, current_network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_network = current_network  # () -> MLP | None
        z = np.linspace(-5, 5, 801).reshape(-1, 1)
        self.f_plot = pg.PlotWidget(background="w", title="f(z)")
        self.d_plot = pg.PlotWidget(background="w", title="f′(z)")
        self.legends = []
        for p in (self.f_plot, self.d_plot):
            p.showGrid(x=True, y=True, alpha=0.2)
            legend = p.addLegend(offset=(10, 10))
            legend.setColumnCount(2)  # half as tall: it covered the curves' left end
            self.legends.append(legend)
        self.curves, self.boxes = {}, {}
        boxes = QGridLayout()
        for n, name in enumerate(ELEMENTWISE):
            act = ACTIVATIONS[name]
            a = act.forward(z)
            assert act.derivative is not None, "only softmax has none, and it is not element-wise"
            d = act.derivative(z, a)
            pen = pg.mkPen(act.color, width=2.5)
            label = tr_activation(name)
            self.curves[name] = (self.f_plot.plot(z[:, 0], a[:, 0], pen=pen, name=label),
                                 self.d_plot.plot(z[:, 0], d[:, 0], pen=pen, name=label))
            box = self.boxes[name] = QCheckBox()
            box.setChecked(name in ("step", "sigmoid", "tanh", "relu"))
            box.setIcon(line_icon(act.color))  # (the text in the theme's own colour)
            box.toggled.connect(lambda on, k=name: self._show(k, on))
            self._show(name, box.isChecked())
            boxes.addWidget(box, n // 3, n % 3)
        plots = QGridLayout()
        plots.addWidget(self.f_plot, 0, 0)
        plots.addWidget(self.d_plot, 0, 1)
        self.collapse_text = QLabel()
        self.collapse_text.setTextFormat(Qt.TextFormat.RichText)
        self.collapse_text.setWordWrap(True)
        self.maps = [pg.PlotWidget(background="w"), pg.PlotWidget(background="w")]
        self.images = []
        for p in self.maps:
            p.setAspectLocked(True)
            for side in ("bottom", "left"):  # the square plane is all that matters: its
                p.hideAxis(side)  # axis ran −60 … 60 across a wide, low plot
            img = pg.ImageItem(axisOrder="row-major")
            img.setColorMap(theme.pale_cmap())
            p.addItem(img)
            self.images.append(img)
        self.button = button = QPushButton()
        button.clicked.connect(lambda: self.show_collapse())
        maps = QGridLayout()
        maps.addWidget(self.maps[0], 0, 0)
        maps.addWidget(self.maps[1], 0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addLayout(plots, 3)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(button)
        layout.addWidget(self.collapse_text)
        layout.addLayout(maps, 2)
        self._collapsed: MLP | None = None
        self._collapsed_key: tuple | None = None  # what was collapsed last (not again)
        self.retranslate()

    def retranslate(self) -> None:
        for name, box in self.boxes.items():
            label = tr_activation(name)
            box.setText(f"{label}:  {ACTIVATIONS[name].formula}")
            for legend, curve in zip(self.legends, self.curves[name], strict=True):
                item = legend.getLabel(curve)
                if item is not None:
                    item.setText(label)
        for p, title in zip(self.maps, (self.tr("the network"), self.tr("its single layer")),
                            strict=True):
            p.setTitle(title)
        self.button.setText(self.tr("Collapse the current network"))
        self.button.setToolTip(self.tr("With the linear activation everywhere, compute the "
                                       "one W and b that do the same as all the layers"))
        self.intro.setText(self.tr(
            "<b>Many linear layers equal one.</b> X·W1 + B1, then ·W2 + B2 … is X·W + b with "
            "W = W1·W2·…, b = (B1·W2 + B2)·…: without a non-linear activation, depth adds "
            "nothing."))
        if self.collapse_text.text():
            self.show_collapse(self._collapsed, again=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, name: str, on: bool) -> None:
        """A curve and its legend entry: pyqtgraph lists a hidden curve with a crossed-out
        eye, and six entries ran off the bottom of a plot 150 px tall at 1280 × 720."""
        for legend, c in zip(self.legends, self.curves[name], strict=True):
            c.setVisible(on)
            if on and legend.getLabel(c) is None:
                legend.addItem(c, tr_activation(name))
            elif not on:
                legend.removeItem(c)

    def show_collapse(self, net: MLP | None = None, again: bool = False) -> None:
        """Collapse the current network if it is all-linear, else an example 2-3-2-1; not
        again for the same network unless asked (`again`: a new language), since opening
        the lab shows it each time (0.1 s of a lesson's page turn)."""
        net = self._collapsed = net or self.current_network()  # a new language: again
        intro = ""
        if net is None or any(a != "linear" for a in net.activation_names):
            net = None  # the example, the same for every network that is not all-linear
            intro = self.tr("The window's network is not all-linear, so here is an example "
                            "2-3-2-1 linear network. ")
        key = None if net is None else (tuple(net.activation_names),
                                        *(a.tobytes() for a in (*net.weights, *net.biases)))
        if not again and self.collapse_text.text() and key == self._collapsed_key:
            return
        self._collapsed_key = key
        if net is None:
            net = MLP.create(2, [3, 2], 1, "linear", "linear", rng=np.random.default_rng(6))
            for w in net.weights:
                w *= 3
        try:
            one = collapse(net)
        except MlpvizError as e:
            self.collapse_text.setText(str(e))
            return
        grid = GridEvaluator(60, thumb=12)
        x = grid.features(net.features).astype(float)
        same = is_equivalent(net, one, x, tol=1e-6)
        for img, model in zip(self.images, (net, one), strict=True):
            img.setImage(model.predict(x)[:, 0].reshape(60, 60), levels=(-1, 1))
            img.setRect(-EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT)
        self.collapse_text.setText(
            intro + self.tr("W = ") + matrix_table(one.weights[0].T)
            + self.tr(" (transposed), b = ") + matrix_table(one.biases[0].reshape(1, -1))
            + (self.tr("<br>Same output everywhere on the plane: the boundaries are "
                       "identical.") if same else self.tr("<br>The outputs differ!")))
