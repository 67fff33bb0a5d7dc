"""The digit network's own view, where a plane's view would be: a digit drawn on the pad (or
one of the test digits), the network's ten answers to it as bars, and the loss of that one
answer term by term, E = ½Σ(y − t)² and −log y_t, for the digit it should be; the chapter's
two answers for a "2" one click away (0.03 and 0.81)."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.data.digits import PIXELS, SIDE
from ...core.errors import MlpvizError
from ...core.lessons.one_answer import CHAPTER_ANSWERS, CHAPTER_TARGET, OneAnswer, one_answer
from ...core.nn.network import MLP
from ...core.session.snapshot import Snapshot
from ...model.session import SessionModel
from ..kit import theme
from ..kit.i18n import tr_core
from .digit_gallery import MistakeGallery
from .digit_pad_view import DigitPadView

DIGITS = 10
PICTURE = 144  # px at most, the pad and the bars beside it


class DigitPanel(QWidget):
    digit = Signal(object)  # the 64 pixels on the pad, whenever they change (the diagram's)
    filled = Signal()  # the first network's answers shown: the panel has its full height

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.net: MLP | None = None
        self.chapter: int | None = None  # showing the chapter's answer 0 or 1, not the net's
        self._test_index = -1
        self.answer = ""  # what the loss's first line says: "it reads 2", or why not
        self._gallery_epoch = -1
        self.pad = DigitPadView()
        self.pad.changed.connect(self._drawn)
        self.clear = QPushButton()
        self.clear.clicked.connect(self.pad.clear)
        self.pick = QPushButton()
        self.pick.clicked.connect(self.next_test_digit)
        self.target = QComboBox()
        for k in range(DIGITS):
            self.target.addItem(str(k), k)
        self.target.activated.connect(lambda _: self.refresh())
        self.chapter_good, self.chapter_bad = QPushButton(), QPushButton()
        self.chapter_good.clicked.connect(lambda: self.show_chapter(0))
        self.chapter_bad.clicked.connect(lambda: self.show_chapter(1))
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setMinimumSize(72, 72)  # (a projector's 720 lines hold it all)
        plot = self.plot_widget.getPlotItem()
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.setYRange(0, 1, padding=0.02)
        plot.getAxis("bottom").setTicks([[(k, str(k)) for k in range(DIGITS)]])
        self.bars = pg.BarGraphItem(x=np.arange(DIGITS), height=np.zeros(DIGITS), width=0.7)
        plot.addItem(self.bars)
        # "it reads 2" (or why there is nothing to read), then the loss of that answer: one
        # label, so that the reading takes no row of its own (a projector's 720 lines)
        self.loss = QLabel()
        self.loss.setTextFormat(Qt.TextFormat.RichText)
        self.loss.setWordWrap(True)
        top = QHBoxLayout()  # the digit and the ten answers to it, side by side
        self.pad.setMaximumSize(PICTURE, PICTURE)
        self.plot_widget.setMaximumHeight(PICTURE)
        top.addWidget(self.pad, 1)
        top.addWidget(self.plot_widget, 1)
        # the chapter's network, one click away: sigmoid outputs and the squared error
        self.chapter_outputs = QCheckBox()
        self.chapter_outputs.toggled.connect(self._set_outputs)
        buttons = QHBoxLayout()
        for b in (self.clear, self.pick):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.chapter_outputs)
        chapter = QHBoxLayout()
        chapter.addWidget(self.chapter_good)
        chapter.addWidget(self.chapter_bad)
        chapter.addStretch()
        chapter.addWidget(QLabel("t ="))
        chapter.addWidget(self.target)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(chapter)
        layout.addWidget(self.loss)
        self.gallery = MistakeGallery()
        self.gallery.picked.connect(self._take)
        layout.addWidget(self.gallery)
        layout.addStretch(1)
        self.retranslate()
        model.snapshot_changed.connect(self._on_snapshot)

    def retranslate(self) -> None:
        self.clear.setText(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Draw a digit with the mouse: each of the 64 inputs "
                                      "counts the ink in one of the 4×4 blocks"))
        self.pick.setText(self.tr("A test digit"))
        self.pick.setToolTip(self.tr("The next digit the network has not trained on"))
        self.target.setToolTip(self.tr("The digit it should be: the target t"))
        self.chapter_good.setText(self.tr("Chapter: E = 0.03"))
        self.chapter_bad.setText(self.tr("Chapter: E = 0.81"))
        for b in (self.chapter_good, self.chapter_bad):
            b.setToolTip(self.tr("The chapter's answer for a 2 (그림 6-8), not the network's"))
        self.chapter_outputs.setText(self.tr("Sigmoid + MSE"))
        self.chapter_outputs.setToolTip(self.tr(
            "The chapter's network: ten sigmoid outputs and the squared error "
            "E = ½Σ(y − t)², in place of softmax and cross-entropy (the weights stay)"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what to show ----------------------------------------------------------------------
    def _on_snapshot(self, snap: Snapshot) -> None:
        if tuple(snap.features) != PIXELS or not self.isVisible():
            self.net = None
            return
        first = self.net is None
        self.net = snap.network()
        chapters = self.net.output_activation == "sigmoid" and self.net.loss.name == "mse"
        if chapters != self.chapter_outputs.isChecked():
            self.chapter_outputs.blockSignals(True)  # (the network's, not a click)
            self.chapter_outputs.setChecked(chapters)
            self.chapter_outputs.blockSignals(False)
        if first or snap.epoch != self._gallery_epoch or not snap.playing:
            self._gallery_epoch = snap.epoch  # (all the test digits: once an epoch, not a frame)
            self.gallery.update_from(self.net, snap.data.test_points, snap.data.test_labels)
        if first and not self.pad.pad.bitmap.any():
            self.next_test_digit()  # something to read at once
        else:
            self.refresh()
        self._show_hovered(snap)
        if first:
            self.filled.emit()

    def _show_hovered(self, snap: Snapshot) -> None:
        """A first hidden unit hovered in the diagram: what it looks for, its 64 weights,
        large on the pad (scaled by the layer's largest, as its thumbnail is)."""
        hover, net = snap.hover, self.net
        if hover is None or hover[0] != 0 or net is None or len(net.units) < 2:
            if self.pad.weights is not None:
                self.pad.show_weights(None)
                self.refresh()
            return
        w = net.weights[0]
        peak = float(np.abs(w).max()) or 1.0
        self.pad.show_weights(w[:, hover[1]].reshape(SIDE, SIDE) / peak)
        self.loss.setText(html.escape(self.tr(
            "What unit {0} of the first hidden layer looks for: its 64 weights, blue where "
            "ink raises its sum, orange where ink lowers it").format(hover[1] + 1)))

    def _set_outputs(self, chapters: bool) -> None:
        if chapters:
            self.model.network.set_loss("mse", "sigmoid")
        else:
            self.model.network.set_loss("cross_entropy")

    def next_test_digit(self) -> None:
        snap = self.model.snapshot
        if snap is None or tuple(snap.features) != PIXELS:
            return
        d = snap.data
        points, labels = (d.test_points, d.test_labels) if len(d.test_points) else \
            (d.train_points, d.train_labels)
        if not len(points):
            return
        self._test_index = (self._test_index + 1) % len(points)
        self.target.setCurrentIndex(int(labels[self._test_index]))
        self.pad.show_digit(points[self._test_index])

    def _take(self, pixels: np.ndarray, digit: int) -> None:
        self.target.setCurrentIndex(digit)
        self.pad.show_digit(pixels)

    def _drawn(self) -> None:
        self.chapter = None
        self.refresh()
        if self.pad.pad.bitmap.any():
            self.digit.emit(self.pad.pad.counts().reshape(-1) / 16)

    def show_chapter(self, which: int) -> None:
        self.chapter = which
        self.target.setCurrentIndex(CHAPTER_TARGET)
        self.refresh()

    def refresh(self) -> None:
        """The bars and the loss for what is shown: the chapter's answer, or the
        network's to the pad's digit."""
        if self.chapter is not None:
            y = np.array(CHAPTER_ANSWERS[self.chapter][0], dtype=float)
            answer = self.tr("The chapter's answer for a 2:")
        else:
            if self.net is None:
                return
            try:
                y = self.net.predict(self.pad.pad.pixels()[None, :])[0]
            except MlpvizError as e:
                self._show(None, tr_core(str(e)))
                return
            answer = self.tr("The network reads {0}").format(int(np.argmax(y)))
        self._show(y, answer)

    def _show(self, y: np.ndarray | None, answer: str) -> None:
        self.answer = answer
        if y is None:
            self.bars.setOpts(height=np.zeros(DIGITS))
            self.loss.setText(html.escape(answer))
            return
        best = int(np.argmax(y))
        colors = [theme.BLUE if k == best else theme.GREY for k in range(DIGITS)]
        self.bars.setOpts(height=np.clip(y, 0, 1), brushes=[pg.mkBrush(*c) for c in colors])
        self.loss.setText(self._loss_html(answer, one_answer(y, self.target.currentData())))

    def _loss_html(self, answer: str, a: OneAnswer) -> str:
        """The reading, the ten terms ½(y_k − t_k)² (the target's underlined), then E and
        −log y_t: lines that wrap to the dock's width."""
        t = self.target.currentData()
        terms = "  ".join(f"{'<u>' if k == t else ''}{k}: {v:.3f}{'</u>' if k == t else ''}"
                          for k, v in enumerate(a.squared_terms))
        total = html.escape(self.tr("E = ½Σ(y − t)² = {0}    −log y_t = {1}").format(
            f"{a.squared_error:.4f}", f"{a.cross_entropy:.4f}"))
        return f"{html.escape(answer)}<br>½(y−t)²  {terms}<br><b>{total}</b>"
