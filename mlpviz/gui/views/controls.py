"""The control panel: data, problem, and the hyper-parameters, as Playground's top bar and
data column. Every change is a command to the worker; the widgets follow the settings in each
snapshot, so what they show is what the worker uses."""

from __future__ import annotations

import contextlib

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.data.datasets import DIGITS, make_dataset
from ...core.data.digits import SIDE
from ...core.nn.activations import ELEMENTWISE
from ...core.session.snapshot import Snapshot
from ...core.training.scenario import Scenario
from ...model.session import SessionModel
from ..kit import theme
from ..kit.i18n import tr_activation
from ..kit.widgets import Section, form_label

DATASETS = [("circle", "classification"), ("xor", "classification"),
            ("gauss", "classification"), ("spiral", "classification"),
            ("xor4", "classification"), ("and4", "classification"), ("or4", "classification"),
            ("plane", "regression"), ("multigauss", "regression"), ("spiral3", "multiclass"),
            ("digits", "multiclass")]
LEARNING_RATES = ["0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1",
                  "3", "10"]
REG_RATES = ["0", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"]
ICON = 38  # a data set's thumbnail, in pixels


def dataset_icon(dataset_id: str, size: int = 44) -> QIcon:
    """A small scatter of the data set, as Playground's data thumbnails; for the digits,
    one of them."""
    d = make_dataset(dataset_id, 0.0, seed=0)
    pix = QPixmap(size, size)
    pix.fill(QColor(250, 250, 250))
    p = QPainter(pix)
    if dataset_id == DIGITS:
        digit = d.points[int(np.flatnonzero(d.labels == 2)[0])].reshape(SIDE, SIDE)
        cell = (size - 8) / SIDE
        for (row, col), ink in np.ndenumerate(digit):
            grey = int(250 - 220 * ink)
            p.fillRect(QRectF(4 + col * cell, 4 + row * cell, cell, cell),
                       QColor(grey, grey, grey))
        p.end()
        return QIcon(pix)
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
    def __init__(self, model: SessionModel, remembered: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.remembered = remembered  # the window's settings: the stop condition is kept there
        self._settings: Scenario | None = None
        self.data_section = Section(self._data_box())
        self.training_section = Section(self._training_box())
        layout = QVBoxLayout(self)
        layout.addWidget(self.data_section)
        layout.addWidget(self.training_section)
        layout.addStretch()
        self.retranslate()
        model.snapshot_changed.connect(self.on_snapshot)
        model.message.connect(self._on_message)

    # -- building ------------------------------------------------------------------------
    def _data_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout()
        grid.setSpacing(2)
        self.dataset_group = QButtonGroup(self)
        self.dataset_buttons: dict[str, QToolButton] = {}
        for n, (dataset_id, _) in enumerate(DATASETS):
            b = QToolButton()
            b.setCheckable(True)
            b.setIcon(dataset_icon(dataset_id))
            b.setIconSize(QSize(ICON, ICON))
            b.clicked.connect(lambda _=False, d=dataset_id: self._pick_dataset(d))
            self.dataset_group.addButton(b)
            self.dataset_buttons[dataset_id] = b
            grid.addWidget(b, n // 5, n % 5)
        self.noise, self.ratio, self.batch = (self._slider(0, 50, 5), self._slider(10, 90, 10),
                                              self._slider(1, 30, 1))
        self.noise.valueChanged.connect(lambda v: self.model.data.set_noise(v / 100))
        self.ratio.valueChanged.connect(self.model.data.set_ratio)
        self.batch.valueChanged.connect(
            lambda v: self.model.set_training(batch_size=v))
        self.noise_label, self.ratio_label, self.batch_label = QLabel(), QLabel(), QLabel()
        self.data_form = QFormLayout()
        for label, slider in ((self.noise_label, self.noise), (self.ratio_label, self.ratio),
                              (self.batch_label, self.batch)):
            slider.sliderMoved.connect(lambda v, lab=label: lab.setText(str(v)))
            self.data_form.addRow(QLabel(), self._with_label(slider, label))
        self.regen = QPushButton()
        self.regen.clicked.connect(self.model.data.regenerate)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(4, 0, 4, 4)
        box_layout.addLayout(grid)
        box_layout.addLayout(self.data_form)
        box_layout.addWidget(self.regen)
        return box

    def _training_box(self) -> QWidget:
        box = QWidget()
        self.training_form = form = QFormLayout(box)
        form.setContentsMargins(4, 0, 4, 4)
        self.problem = self._combo(["classification", "regression", "multiclass"],
                                   self._set_problem)
        self.loss = self._combo(["mse", "cross_entropy"], self.model.network.set_loss)
        self.lr = QComboBox()
        self.lr.setEditable(True)
        self.lr.addItems(LEARNING_RATES)
        self._lr_edit().editingFinished.connect(self._set_lr)
        self.lr.activated.connect(lambda _: self._set_lr())
        self.activation = self._combo(list(ELEMENTWISE), self.model.network.set_activation)
        self.optimizer = self._combo(["sgd", "momentum", "adam", "perceptron"],
                                     lambda v: self.model.set_training(optimizer=v))
        self.reg = self._combo(["none", "l1", "l2"],
                               lambda v: self.model.set_training(regularization=v))
        self.reg_rate = self._combo([float(r) for r in REG_RATES],
                                    lambda v: self.model.set_training(reg_rate=v))
        for i, r in enumerate(REG_RATES):
            self.reg_rate.setItemText(i, r)
        self.stop_epoch = self._stop_box("stop_epoch")
        self.patience = self._stop_box("stop_patience")
        if self.stop_epoch.value() or self.patience.value():
            self._set_stop()
        for widget in (self.problem, self.loss, self.lr, self.activation, self.optimizer,
                       self.reg, self.reg_rate, self.stop_epoch, self.patience):
            form.addRow(QLabel(), widget)
        return box

    def _stop_box(self, key: str) -> QSpinBox:
        """A stop condition's number, 0 for none (its special text says so), as it was
        left last time."""
        box = QSpinBox()
        box.setRange(0, 1_000_000_000)
        box.setGroupSeparatorShown(True)
        box.setObjectName(key)
        if self.remembered is not None:
            # (a hand-edited settings file: start without a stop)
            with contextlib.suppress(TypeError, ValueError):
                # Any type may be stored; what int() refuses is suppressed.
                box.setValue(int(self.remembered.value(key, 0)))  # type: ignore[call-overload]
        box.valueChanged.connect(self._set_stop)
        return box

    def _set_stop(self) -> None:
        epoch, patience = self.stop_epoch.value(), self.patience.value()
        self.model.set_stop(epoch or None, patience or None)
        if self.remembered is not None:
            self.remembered.setValue("stop_epoch", epoch)
            self.remembered.setValue("stop_patience", patience)

    def retranslate(self) -> None:
        self.data_section.set_title(self.tr("Data"))
        self.training_section.set_title(self.tr("Training"))
        for dataset_id, problem in DATASETS:
            self.dataset_buttons[dataset_id].setToolTip(self.tr("Data set '{0}' ({1})").format(
                dataset_id, self._problem_name(problem)))
        for row, (label, tip) in enumerate((
                (self.tr("Noise"), self.tr(
                    "Noise in percent: flips labels near the boundary (or moves points). "
                    "Changing it draws new data and starts training anew.")),
                (self.tr("Train %"), self.tr(
                    "Percent of the points used for training; the rest are test points.")),
                (self.tr("Batch size"), self.tr(
                    "Samples per update. Small batches: noisy, quick steps; large: smooth, "
                    "slow.")))):
            form_label(self.data_form, row).setText(label)
            (self.noise, self.ratio, self.batch)[row].setToolTip(tip)
        self.regen.setText(self.tr("Regenerate"))
        self.stop_epoch.setSpecialValueText(self.tr("never"))
        self.patience.setSpecialValueText(self.tr("off"))
        self.patience.setSuffix(self.tr(" epochs"))
        self.regen.setToolTip(self.tr("Draw new points from the same data set (a new seed). "
                                      "The network keeps its weights."))
        for i in range(self.problem.count()):
            self.problem.setItemText(i, self._problem_name(self.problem.itemData(i)))
        for combo, texts in (
                (self.loss, [self.tr("MSE  ½Σ(y−t)²"), self.tr("Cross-entropy")]),
                (self.activation, [tr_activation(a) for a in ELEMENTWISE]),
                (self.optimizer, ["SGD", self.tr("Momentum (β 0.9)"), "Adam",
                                  self.tr("Perceptron rule")]),
                (self.reg, [self.tr("None"), "L1", "L2"])):
            for i, text in enumerate(texts):
                combo.setItemText(i, text)
        for row, (label, widget, tip) in enumerate((
                (self.tr("Problem type"), self.problem, self.tr(
                    "What the network predicts: a class, a number, or one of several "
                    "classes. Picks a matching data set.")),
                (self.tr("Loss"), self.loss, self.tr(
                    "Loss function: how wrong the output is. Cross-entropy gives a sigmoid "
                    "or softmax output.")),
                (self.tr("Learning rate"), self.lr, self.tr(
                    "Learning rate η: the size of each step down the gradient "
                    "(w ← w − η·∂E/∂w). Pick one or type a number.")),
                (self.tr("Activation"), self.activation, self.tr(
                    "Activation function of every hidden layer (set one layer's from its "
                    "header in the diagram).")),
                (self.tr("Optimizer"), self.optimizer, self.tr(
                    "How gradients become steps: plain SGD, SGD with momentum, or Adam. The "
                    "perceptron rule (no gradient) trains a single layer of step units.")),
                (self.tr("Regularization"), self.reg, self.tr(
                    "Regularization pulls weights towards 0 to fight overfitting.")),
                (self.tr("Regularization rate"), self.reg_rate,
                 self.tr("Regularization rate λ.")),
                (self.tr("Stop at epoch"), self.stop_epoch, self.tr(
                    "Play stops when training reaches this epoch.")),
                (self.tr("Stop if no better"), self.patience, self.tr(
                    "Play stops once the test loss has not improved for this many epochs "
                    "(early stopping; the training loss where there are no test points)."))
                )):
            form_label(self.training_form, row).setText(label)
            widget.setToolTip(tip)

    def _problem_name(self, problem: str) -> str:
        return {"classification": self.tr("Classification"), "regression":
                self.tr("Regression"), "multiclass": self.tr("Multi-class")}[problem]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _slider(lo: int, hi: int, step: int) -> QSlider:
        s = QSlider(Qt.Orientation.Horizontal)
        s.setRange(lo, hi)
        s.setSingleStep(step)
        s.setPageStep(step)
        s.setTickInterval(step)
        s.setTracking(False)  # one command on release, not one per pixel dragged
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

    @staticmethod
    def _combo(values: list, on_pick) -> QComboBox:
        """A combo box of `values` (their texts are set by retranslate)."""
        box = QComboBox()
        # Narrow docks may squeeze a box to 8 characters: its list still shows all of it.
        box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        for value in values:
            box.addItem(str(value), value)
        box.activated.connect(lambda i: on_pick(box.itemData(i)))
        return box

    # -- actions -------------------------------------------------------------------------
    def _pick_dataset(self, dataset: str) -> None:
        """A data set's icon: the current one again changes nothing (its network and run
        stay); another starts training anew on it."""
        if self._settings is None or self._settings.dataset != dataset:
            self.model.data.choose(dataset)

    def _set_problem(self, problem: str) -> None:
        first = next(d for d, p in DATASETS if p == problem)
        self.model.data.choose(first)

    def _lr_edit(self) -> QLineEdit:
        """The learning rate's field, where it is typed."""
        edit = self.lr.lineEdit()
        assert edit is not None, "the learning rate's combo box is editable"
        return edit

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
        self.model.set_training(lr=value)
        self._lr_edit().setModified(False)

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
            # The user's own points (or a CSV) are no data set: no icon lit for them.
            self.dataset_group.setExclusive(False)
            for key, button in self.dataset_buttons.items():
                button.setChecked(key == s.dataset)
            self.dataset_group.setExclusive(True)
            self.noise.setValue(round(s.noise * 100))
            self.ratio.setValue(round(s.ratio))
            self.batch.setValue(s.train.batch_size)
            self.noise_label.setText(str(self.noise.value()))
            self.ratio_label.setText(str(self.ratio.value()))
            self.batch_label.setText(str(self.batch.value()))
            _select(self.problem, snap.data.problem)
            _select(self.loss, snap.loss_name)
            if not self._lr_edit().isModified():  # not while the user is typing one
                self.lr.setCurrentText(f"{s.train.lr:g}")
            # The hidden layers' activation (the last one's), or the output's when there
            # is no hidden layer (the perceptron's step).
            _select(self.activation, snap.activations[-2] if len(snap.activations) > 1
                    else snap.activations[-1])
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
