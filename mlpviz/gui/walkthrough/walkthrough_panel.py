"""The walkthrough panel: choose a network and one sample, then step through its forward
pass, loss, backprop and update with the formulas and the real numbers, in scalar or matrix
form. Presets set up the lecture's 2-2-1 network and its Quiz 04 (ReLU)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.data.features import compute_features, sample_input
from ...core.errors import MlpvizError
from ...core.lessons.presets import walkthrough_network
from ...core.nn.naming import unit_name
from ...core.nn.network import MLP
from ...core.nn.targets import encode
from ...core.translatable import QT_TRANSLATE_NOOP
from ...model.session import SessionModel
from ...model.walkthrough import MAX_FULL_UNITS, WalkthroughModel
from ..kit.i18n import tr_core, tr_walk
from ..kit.widgets import form_label
from .walkthrough_runs import WalkthroughRuns
from .walkthrough_text import STYLE, StepText, set_point_size

PRESETS = {"lecture": QT_TRANSLATE_NOOP("WalkthroughPanel", "Lecture 2-2-1 (sigmoid)"),
           "quiz04": QT_TRANSLATE_NOOP("WalkthroughPanel", "Quiz 04 (ReLU)")}
TEXT_PT = 15  # the formulas' size at scale 1 (presentation mode scales it)
LEFT_WIDTH = 420  # the set-up column's most, at scale 1
MAX_BATCH = 32  # samples a batch walkthrough lays out: the window trains in batches of ≤ 30


class WalkthroughPanel(QWidget):
    """Two columns, to sit under the diagram across its width: the set-up and the controls on
    the left, the current step's formulas on the right, whole, without scrolling."""

    # The height it needs changed: a new walk, scale or width (True), or language (False:
    # the dock may grow then, not shrink, so switching back and forth does not move it).
    content_changed = Signal(bool)

    def __init__(self, model: SessionModel, wm: WalkthroughModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.wm = model, wm
        self.step_text = StepText(wm)
        self.preset: str | None = None
        self._follow_units: list[int] = []
        self._sized_for: tuple = (None, None, None)
        self.text = QTextBrowser()
        self.text.document().setDefaultStyleSheet(STYLE)
        self._text_pt = float(TEXT_PT)  # its size at this scale; smaller if it must fit
        font = QFont()
        font.setPointSizeF(self._text_pt)
        self.text.setFont(font)
        self.runs = WalkthroughRuns(model, wm, self.start, lambda: self.preset,
                                    lambda: self.preset_box.currentText())
        column = QVBoxLayout()
        column.addLayout(self._setup_form())
        column.addLayout(self._nav_row())
        column.addWidget(self.runs, 1)
        self.left = QWidget()
        self.left.setLayout(column)
        self.left.setMaximumWidth(LEFT_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.left)
        layout.addWidget(self.text, 1)
        self.retranslate()
        wm.changed.connect(self.refresh)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _setup_form(self) -> QFormLayout:
        form = self.setup_form = QFormLayout()
        self.preset_box = QComboBox()
        self.preset_box.addItem("", None)
        for key in PRESETS:
            self.preset_box.addItem("", key)
        self.preset_box.activated.connect(
            lambda i: self.apply_preset(self.preset_box.itemData(i)))
        self.x_edit, self.t_edit, self.lr_edit = QLineEdit("0, 0"), QLineEdit("0"), \
            QLineEdit("0.2")
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        form.addRow(QLabel(), self.preset_box)
        row = QHBoxLayout()
        self.x_label, self.t_label = QLabel(), QLabel()
        for label, edit in ((self.x_label, self.x_edit), (self.t_label, self.t_edit),
                            (QLabel("η"), self.lr_edit)):
            row.addWidget(label)
            row.addWidget(edit)
        row.addWidget(self.start_button)
        form.addRow(row)
        return form

    def _nav_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icons = QStyle.StandardPixmap
        self.nav_buttons = []
        for icon, slot in ((icons.SP_MediaSkipBackward, self.wm.first),
                           (icons.SP_MediaSeekBackward, self.wm.prev),
                           (icons.SP_MediaSeekForward, self.wm.next),
                           (icons.SP_MediaSkipForward, self.wm.last)):
            b = QPushButton(self.style().standardIcon(icon), "")
            b.setFixedWidth(40)
            b.clicked.connect(slot)
            row.addWidget(b)
            self.nav_buttons.append(b)
        self.position = QLabel()
        self.position.setWordWrap(True)
        row.addWidget(self.position, 1)
        self.matrix_box = QCheckBox()
        self.matrix_box.toggled.connect(self.wm.set_matrix_view)
        self.follow = QComboBox()
        self.follow.activated.connect(lambda _: self.start())
        self.follow.hide()
        self.batch_label = QLabel()
        self.batch_box = QSpinBox()  # 1: the sample typed in; k: the data's first k rows
        self.batch_box.setRange(1, MAX_BATCH)
        self.batch_box.valueChanged.connect(lambda _: self.start())
        column = QVBoxLayout()
        column.addLayout(row)
        below = QHBoxLayout()
        below.addWidget(self.batch_label)
        below.addWidget(self.batch_box)
        below.addWidget(self.matrix_box)
        below.addWidget(self.follow)
        below.addStretch()
        column.addLayout(below)
        return column  # type: ignore[return-value]

    def retranslate(self) -> None:
        self.text.setToolTip(self.tr("The current step's formula with the real numbers. "
                                     "① ② ③ are the chain rule's three factors."))
        self.preset_box.setItemText(0, self.tr("The current network"))
        for i, text in enumerate(PRESETS.values(), start=1):
            self.preset_box.setItemText(i, self.tr(text))
        self.preset_box.setToolTip(self.tr("Walk through the network in the window, or load "
                                           "the lecture's 2-2-1 example (or its ReLU quiz)."))
        form_label(self.setup_form, 0).setText(self.tr("Network"))
        self.x_label.setText(self.tr("x"))
        self.t_label.setText(self.tr("target t"))
        self.x_edit.setToolTip(self.tr("The sample's point (x1, x2); or click a data point "
                                       "in the output view"))
        self.t_edit.setToolTip(self.tr("The target, in the output's range (0/1 for sigmoid, "
                                       "−1/+1 for tanh)"))
        self.lr_edit.setToolTip(self.tr("Learning rate η of the one update"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Compute the walkthrough for this network and "
                                             "sample"))
        for button, tip in zip(self.nav_buttons, (
                self.tr("First step (Home)"), self.tr("Previous step (←)"),
                self.tr("Next step (→)"), self.tr("Last step (End)")), strict=True):
            button.setToolTip(tip)
        self.batch_label.setText(self.tr("Batch"))
        self.batch_box.setToolTip(self.tr(
            "1: the one sample typed in. 2 or more: a mini-batch of the data's first training "
            "points: each sample's gradient, their mean, and one update by the window's "
            "optimizer"))
        self.matrix_box.setText(self.tr("Matrix form"))
        self.matrix_box.setToolTip(self.tr("Show the same pass as Z = X·W + B with the actual "
                                           "matrices and their shapes"))
        self.follow.setToolTip(self.tr("A network with more than 8 neurons in a layer is "
                                       "walked through along one neuron's paths: choose it"))
        for i in range(self.follow.count()):
            l, j = self.follow.itemData(i)
            self.follow.setItemText(i, self._follow_text(l, j))
        self.refresh()
        self.content_changed.emit(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.content_changed.emit(True)  # lines wrap anew: the height needed changes

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions -------------------------------------------------------------------------
    def apply_preset(self, name: str | None) -> None:
        """Load a preset into the window (data: the XOR truth table) and start on it."""
        self.preset = name
        self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(name)))
        self.runs.clear()
        if name is None:
            self.start()
            return
        net = walkthrough_network(name)
        self.x_edit.setText("0, 0")
        self.t_edit.setText("0")
        self.lr_edit.setText("0.2")
        self.model.data.choose("xor4")
        self.model.network.load(net)
        self.wm.start(net, np.zeros(2), np.zeros(1), 0.2)

    def _numbers(self, edit: QLineEdit, what: str) -> np.ndarray:
        try:
            values = [float(v) for v in edit.text().replace(";", ",").split(",") if v.strip()]
        except ValueError:
            raise MlpvizError(self.tr("{0}: '{1}' is not a list of numbers").format(
                what, edit.text())) from None
        if not values or not np.isfinite(values).all():
            raise MlpvizError(self.tr("{0}: give finite numbers").format(what))
        return np.array(values)

    def current_network(self) -> MLP | None:
        snap = self.model.snapshot
        if snap is None:
            return None
        if snap.fallback is not None:
            self.model.report(self.tr("Training diverged: the walkthrough needs weights that "
                                      "are numbers. Reset (R) or Rewind (Shift+R) first."))
            return None
        return snap.network()

    def sample(self, net: MLP) -> tuple[np.ndarray, np.ndarray, float]:
        try:
            x = sample_input(self._numbers(self.x_edit, "x"), net.features)
        except MlpvizError as e:
            raise MlpvizError(tr_core(str(e))) from None
        t = self._numbers(self.t_edit, self.tr("target"))
        if len(t) != net.units[-1]:
            raise MlpvizError(self.tr("target: the network has {0} outputs").format(
                net.units[-1]))
        lr = self._numbers(self.lr_edit, "η")[0]
        if lr <= 0:
            raise MlpvizError(self.tr("η must be greater than 0"))
        return x, t, float(lr)

    def start(self) -> None:
        """Walk through the window's network on the sample typed in; a preset starts over
        from its own network (the window's too, which runs may have trained)."""
        self.runs.following = False
        if self.batch_box.value() > 1:
            self._start_batch(self.batch_box.value())
            return
        if self.preset is not None and self.wm.active:
            self.apply_preset(self.preset)
            return
        net = self.current_network() if self.preset is None else walkthrough_network(self.preset)
        if net is None:
            return
        if self.preset is None and not self._target_fits(net):
            self.use_point(*self._first_point())  # (it starts again, with a target that fits)
            return
        try:
            x, t, lr = self.sample(net)
        except MlpvizError as e:
            self.model.report(str(e))
            return
        self.wm.start(net, x, t, lr, self._focus(net))

    def _start_batch(self, k: int) -> None:
        """The first k training rows of the window's data as a mini-batch, stepped by the
        window's optimizer (SGD for the perceptron rule, which has no gradient)."""
        snap = self.model.snapshot
        net = self.current_network() if self.preset is None else walkthrough_network(self.preset)
        if net is None or snap is None:
            return
        d = snap.data
        if len(d.train_points) == 0:
            self.model.report(self.tr("A batch needs training points: add some or choose a "
                                      "data set."))
            return
        try:
            lr = self.sample(net)[2]
            x = compute_features(d.train_points[:k], net.features)
            t = encode(d.train_labels[:k], d.problem, net.output_activation, net.units[-1])
            optimizer = snap.settings.train.optimizer
            self.wm.start_batch(net, x, t, lr, "sgd" if optimizer == "perceptron" else optimizer)
        except MlpvizError as e:
            self.model.report(str(e))

    def _target_fits(self, net: MLP) -> bool:
        """Whether the target typed in has one number per output. It may not, after a
        change of problem (the default 0 for a three-class softmax); then the data's first
        training point is the sample, rather than an error message on pressing Walkthrough."""
        snap = self.model.snapshot
        if snap is None or len(snap.data.train_points) == 0:
            return True  # nothing else to take: sample() says what is wrong
        try:
            return len(self._numbers(self.t_edit, "t")) == net.units[-1]
        except MlpvizError:
            return True

    def _first_point(self) -> tuple[np.ndarray, float]:
        d = self.model.latest().data  # (both callers saw one, with training points)
        return d.train_points[0], d.train_labels[0]

    def start_on_data(self, k: int) -> None:
        """The data's first k training points: the first alone as the sample (k = 1), or a
        mini-batch; on the window's network, or the preset's (its XOR rows)."""
        snap = self.model.snapshot
        if snap is None or len(snap.data.train_points) == 0:
            self.model.report(self.tr("A batch needs training points: add some or choose a "
                                      "data set."))
            return
        self.batch_box.blockSignals(True)
        self.batch_box.setValue(k)
        self.batch_box.blockSignals(False)
        if k == 1 and self.preset is None:
            self.use_point(*self._first_point())
        else:
            self.start()

    def _focus(self, net: MLP) -> tuple[int, int] | None:
        """The hidden neuron a large network's walkthrough follows (the user's choice)."""
        if max(net.units) <= MAX_FULL_UNITS:
            self.follow.hide()
            return None
        keys = [(l, j) for l, n in enumerate(net.units[:-1]) for j in range(n)]
        chosen = self.follow.currentData()
        if [self.follow.itemData(i) for i in range(self.follow.count())] != keys:
            self.follow.clear()
            self._follow_units = list(net.units)
            for l, j in keys:
                self.follow.addItem(self._follow_text(l, j), (l, j))
        self.follow.show()
        if chosen in keys:
            self.follow.setCurrentIndex(keys.index(chosen))
        return self.follow.currentData()

    def _follow_text(self, l: int, j: int) -> str:
        return self.tr("follow {0}").format(unit_name(self._follow_units, l, j))

    def use_point(self, point: np.ndarray, label: float) -> None:
        """A data point (its class or value as in the data) becomes the sample."""
        snap = self.model.snapshot
        if snap is None:
            return
        t = encode(np.array([label]), snap.data.problem, snap.output_activation,
                   snap.units[-1])[0]
        self.preset = None
        self.preset_box.setCurrentIndex(0)
        self.x_edit.setText(", ".join(f"{v:.4g}" for v in point))  # (a digit: 64 values)
        self.t_edit.setText(", ".join(f"{v:g}" for v in t))
        for edit in (self.x_edit, self.t_edit):
            edit.setCursorPosition(0)  # the start in view: "-0.9569, 1.303", not "9569, 1.303"
        self.start()

    def set_scale(self, scale: float, high_contrast: bool = False) -> None:
        self.left.setMaximumWidth(int(LEFT_WIDTH * scale))  # its buttons' text grows too
        self._text_pt = TEXT_PT * scale
        set_point_size(self.text, self._text_pt)
        self.content_changed.emit(True)

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        wm = self.wm
        r = wm.step
        if r is None or not wm.active or wm.net is None:
            self.position.setText(self.tr("Press Start, or pick a preset"))
            self.text.setHtml(self.tr(
                "<h3>Backprop, step by step</h3><p>Choose a network and one sample, then "
                "press Start. → and ← move through the forward pass, the loss, the backward "
                "pass and the updates.</p>"))
            return
        self.position.setText(self.tr("Step {0} of {1}: {2}").format(
            wm.index + 1, len(wm.steps), tr_walk(r["phase"])))
        self.text.setHtml(self.step_text.body(r))
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft)
        sized_for = (wm.walk, wm.batch, wm.matrix_view)  # by identity: a walk's == compares
        if wm.index == 0 or any(a is not b for a, b in zip(self._sized_for, sized_for,
                                                           strict=True)):  # (arrays)
            self._sized_for = sized_for
            self.content_changed.emit(True)

    def prepare_form(self, matrix: bool) -> None:
        """The other form's text laid out ahead (StepText.prepare)."""
        if self.wm.steps and self.wm.batch is None:
            self.step_text.prepare(self.text, self._text_pt, matrix)

    def needed_height(self, limit: int | None = None) -> int:
        """The panel's height that shows the tallest step whole, at the text's width: the
        window sizes the walkthrough's dock by it, so no step needs scrolling. Where that is
        over `limit` (the most the window gives it) the text is set smaller (StepText.fit)."""
        if not self.wm.steps:
            return self.sizeHint().height()
        chrome = self.height() - self.text.viewport().height() + 2
        short = self.step_text.short
        needed = self.step_text.fit(self.text, self._text_pt, limit, chrome)
        if self.step_text.short != short:
            self.refresh()  # the step with its notes, or without them
        return needed
