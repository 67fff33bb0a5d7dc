"""The control panel: data, problem, and the hyper-parameters, as Playground's top bar and
data column. Every change is a command to the worker; the widgets follow the settings in each
snapshot, so what they show is what the worker uses."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.data.datasets import make_dataset
from ..core.nn.activations import ELEMENTWISE
from ..core.session import commands as c
from ..core.session.snapshot import Snapshot
from ..core.training.scenario import Scenario
from ..model.session import SessionModel
from . import theme
from .i18n import tr_activation

DATASETS = [("circle", "classification"), ("xor", "classification"),
            ("gauss", "classification"), ("spiral", "classification"),
            ("xor4", "classification"), ("and4", "classification"), ("or4", "classification"),
            ("plane", "regression"), ("multigauss", "regression"), ("spiral3", "multiclass")]
LEARNING_RATES = ["0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1",
                  "3", "10"]
REG_RATES = ["0", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"]


def dataset_icon(dataset_id: str, size: int = 44) -> QIcon:
    """A small scatter of the data set, as Playground's data thumbnails."""
    d = make_dataset(dataset_id, 0.0, seed=0)
    pix = QPixmap(size, size)
    pix.fill(QColor(250, 250, 250))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    pts = d.points
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    span = (hi - lo).max() or 1.0
    table = theme.lut()
    r = 3.5 if len(pts) < 10 else 1.6
    for (x, y), label in zip(pts[::2 if len(pts) > 10 else 1], d.labels[::2 if len(pts) > 10
                                                                           else 1], strict=True):
        if d.problem == "regression":
            c = table[int(min(max((label + 1) / 2, 0), 1) * 255)]
            p.setBrush(QColor(int(c[0]), int(c[1]), int(c[2])))
        else:
            p.setBrush(theme.qcolor(theme.CLASS_COLORS[int(label)]))
        px = 4 + (x - lo[0]) / span * (size - 8)
        py = size - 4 - (y - lo[1]) / span * (size - 8)
        p.drawEllipse(int(px - r), int(py - r), int(2 * r), int(2 * r))
    p.end()
    return QIcon(pix)


class Controls(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._settings: Scenario | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._data_box())
        layout.addWidget(self._training_box())
        layout.addStretch()
        model.snapshot_changed.connect(self.on_snapshot)
        model.message.connect(self._on_message)

    # -- building ------------------------------------------------------------------------
    def _data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data"))
        grid = QGridLayout()
        self.dataset_group = QButtonGroup(self)
        self.dataset_buttons: dict[str, QToolButton] = {}
        for n, (dataset_id, problem) in enumerate(DATASETS):
            b = QToolButton()
            b.setCheckable(True)
            b.setIcon(dataset_icon(dataset_id))
            b.setIconSize(QSize(44, 44))
            b.setToolTip(self.tr("Data set '{0}' ({1})").format(dataset_id, problem))
            b.clicked.connect(lambda _=False, d=dataset_id: self.model.send(c.SetData(dataset=d)))
            self.dataset_group.addButton(b)
            self.dataset_buttons[dataset_id] = b
            grid.addWidget(b, n // 5, n % 5)
        form = QFormLayout()
        self.noise = self._slider(0, 50, 5, self.tr(
            "Noise in percent: flips labels near the boundary (or moves points). Changing it "
            "draws new data and starts training anew."))
        self.noise.valueChanged.connect(
            lambda v: self.model.send(c.SetData(noise=v / 100)))
        self.ratio = self._slider(10, 90, 10, self.tr(
            "Percent of the points used for training; the rest are test points."))
        self.ratio.valueChanged.connect(lambda v: self.model.send(c.SetData(ratio=float(v))))
        self.batch = self._slider(1, 30, 1, self.tr(
            "Samples per update. Small batches: noisy, quick steps; large: smooth, slow."))
        self.batch.valueChanged.connect(
            lambda v: self.model.send(c.SetTraining(batch_size=v)))
        self.noise_label, self.ratio_label, self.batch_label = QLabel(), QLabel(), QLabel()
        for label, slider in ((self.noise_label, self.noise), (self.ratio_label, self.ratio),
                              (self.batch_label, self.batch)):
            slider.sliderMoved.connect(lambda v, lab=label: lab.setText(str(v)))
        form.addRow(self.tr("Noise"), self._with_label(self.noise, self.noise_label))
        form.addRow(self.tr("Train %"), self._with_label(self.ratio, self.ratio_label))
        form.addRow(self.tr("Batch size"), self._with_label(self.batch, self.batch_label))
        regen = QPushButton(self.tr("Regenerate"))
        regen.setToolTip(self.tr("Draw new points from the same data set (a new seed). "
                                 "The network keeps its weights."))
        regen.clicked.connect(lambda: self.model.send(c.Regenerate()))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(grid)
        box_layout.addLayout(form)
        box_layout.addWidget(regen)
        return box

    def _training_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Training"))
        form = QFormLayout(box)
        self.problem = self._combo(
            [(self.tr("Classification"), "classification"),
             (self.tr("Regression"), "regression"), (self.tr("Multi-class"), "multiclass")],
            self.tr("What the network predicts: a class, a number, or one of several classes. "
                    "Picks a matching data set."), self._set_problem)
        self.loss = self._combo(
            [(self.tr("MSE  ½Σ(y−t)²"), "mse"), (self.tr("Cross-entropy"), "cross_entropy")],
            self.tr("Loss function: how wrong the output is. Cross-entropy gives a sigmoid "
                    "or softmax output."), lambda v: self.model.send(c.SetLoss(v)))
        self.lr = QComboBox()
        self.lr.setEditable(True)
        self.lr.addItems(LEARNING_RATES)
        self.lr.setToolTip(self.tr("Learning rate η: the size of each step down the gradient "
                                   "(w ← w − η·∂E/∂w). Pick one or type a number."))
        self.lr.lineEdit().editingFinished.connect(self._set_lr)
        self.lr.activated.connect(lambda _: self._set_lr())
        self.activation = self._combo(
            [(tr_activation(a), a) for a in ELEMENTWISE],
            self.tr("Activation function of every hidden layer (set one layer's from its "
                    "header in the diagram)."),
            lambda v: self.model.send(c.SetActivation(v)))
        self.optimizer = self._combo(
            [("SGD", "sgd"), (self.tr("Momentum (β 0.9)"), "momentum"), ("Adam", "adam"),
             (self.tr("Perceptron rule"), "perceptron")],
            self.tr("How gradients become steps: plain SGD, SGD with momentum, or Adam. The "
                    "perceptron rule (no gradient) trains a single layer of step units."),
            lambda v: self.model.send(c.SetTraining(optimizer=v)))
        self.reg = self._combo(
            [(self.tr("None"), "none"), ("L1", "l1"), ("L2", "l2")],
            self.tr("Regularization pulls weights towards 0 to fight overfitting."),
            lambda v: self.model.send(c.SetTraining(regularization=v)))
        self.reg_rate = self._combo([(r, float(r)) for r in REG_RATES],
                                    self.tr("Regularization rate λ."),
                                    lambda v: self.model.send(c.SetTraining(reg_rate=v)))
        form.addRow(self.tr("Problem type"), self.problem)
        form.addRow(self.tr("Loss"), self.loss)
        form.addRow(self.tr("Learning rate"), self.lr)
        form.addRow(self.tr("Activation"), self.activation)
        form.addRow(self.tr("Optimizer"), self.optimizer)
        form.addRow(self.tr("Regularization"), self.reg)
        form.addRow(self.tr("Regularization rate"), self.reg_rate)
        return box

    def _slider(self, lo: int, hi: int, step: int, tip: str) -> QSlider:
        s = QSlider(Qt.Orientation.Horizontal)
        s.setRange(lo, hi)
        s.setSingleStep(step)
        s.setPageStep(step)
        s.setTickInterval(step)
        s.setTracking(False)  # one command on release, not one per pixel dragged
        s.setToolTip(tip)
        return s

    @staticmethod
    def _with_label(slider: QSlider, label: QLabel) -> QWidget:
        w = QWidget()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        label.setMinimumWidth(24)
        row.addWidget(slider, 1)
        row.addWidget(label)
        return w

    def _combo(self, items: list, tip: str, on_pick) -> QComboBox:  # noqa: ANN001
        c = QComboBox()
        for text, value in items:
            c.addItem(text, value)
        c.setToolTip(tip)
        c.activated.connect(lambda i: on_pick(c.itemData(i)))
        return c

    # -- actions -------------------------------------------------------------------------
    def _set_problem(self, problem: str) -> None:
        first = next(d for d, p in DATASETS if p == problem)
        self.model.send(c.SetData(dataset=first))

    def _set_lr(self) -> None:
        text = self.lr.currentText().strip().replace(",", ".")
        try:
            value = float(text)
            if not 0 < value < float("inf"):
                raise ValueError
        except ValueError:
            self.model.report(self.tr("Learning rate: '{0}' is not a positive number").format(
                text))
            if self._settings is not None:
                self.lr.setCurrentText(f"{self._settings.train.lr:g}")
            return
        self.model.send(c.SetTraining(lr=value))

    # -- following the worker ------------------------------------------------------------
    def _on_message(self, text: str, is_error: bool) -> None:
        """A refused change: show the settings the worker kept, not the one picked."""
        if is_error and self.model.snapshot is not None:
            self._settings = None
            self.on_snapshot(self.model.snapshot)

    def on_snapshot(self, snap: Snapshot) -> None:
        s = snap.settings
        if s is self._settings:
            return
        self._settings = s
        widgets = [self.noise, self.ratio, self.batch, self.problem, self.loss, self.lr,
                   self.activation, self.optimizer, self.reg, self.reg_rate]
        for w in widgets:
            w.blockSignals(True)
        try:
            if s.dataset in self.dataset_buttons:
                self.dataset_buttons[s.dataset].setChecked(True)
            self.noise.setValue(round(s.noise * 100))
            self.ratio.setValue(round(s.ratio))
            self.batch.setValue(s.train.batch_size)
            self.noise_label.setText(str(self.noise.value()))
            self.ratio_label.setText(str(self.ratio.value()))
            self.batch_label.setText(str(self.batch.value()))
            _select(self.problem, snap.data.problem)
            _select(self.loss, snap.loss_name)
            if not self.lr.lineEdit().hasFocus():
                self.lr.setCurrentText(f"{s.train.lr:g}")
            _select(self.activation, s.activation)
            _select(self.optimizer, s.train.optimizer)
            _select(self.reg, s.train.regularization)
            _select(self.reg_rate, s.train.reg_rate)
        finally:
            for w in widgets:
                w.blockSignals(False)


def _select(combo: QComboBox, value: object) -> None:
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)
