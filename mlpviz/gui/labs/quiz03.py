"""Quiz 03: the same network with linear, ReLU and sigmoid activations on Playground's XOR,
trained side by side (off the GUI thread) in three boundary views with their test losses,
at a pace a class can watch: the boundaries bend (or do not) over two seconds."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ...core.data.datasets import make_dataset, split
from ...core.data.grid import EXTENT
from ...core.lessons.presets import QUIZ03_ACTIVATIONS, QUIZ03_EPOCHS, quiz03_run
from ..kit import theme
from ..kit.i18n import tr_activation

EPOCHS_A_SECOND = 150  # the three train in step at this pace: watchable, and soon done


class _Runner(QObject):
    progress = Signal(int, object)  # epoch, results so far
    done = Signal(object)

    def __init__(self, epochs: int) -> None:
        super().__init__()
        self.epochs = epochs
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        start, results = time.perf_counter(), None
        for epoch, results in quiz03_run(self.epochs, stop=lambda: self.cancelled):
            self.progress.emit(epoch, results)
            wait = epoch / EPOCHS_A_SECOND - (time.perf_counter() - start)
            if wait > 0 and not self.cancelled:
                time.sleep(wait)
        if not self.cancelled and results is not None:
            self.done.emit(results)


class Quiz03Lab(QWidget):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.epochs = QSpinBox()
        self.epochs.setRange(10, 5000)
        self.epochs.setValue(QUIZ03_EPOCHS)
        self.button = QPushButton()
        self.button.clicked.connect(self.start)
        grid = QGridLayout()
        self.images, self.labels, self.plots = {}, {}, {}
        self.results: dict | None = None
        self.shown_epochs: list[int] = []  # the epochs the class saw the boundaries at
        data = split(make_dataset("xor", 0.0, 0), 50, 0)
        palette = [pg.mkBrush(*c) for c in theme.CLASS_COLORS]
        for col, act in enumerate(QUIZ03_ACTIVATIONS):
            plot = pg.PlotWidget(background="w", title=tr_activation(act))
            plot.setAspectLocked(True)
            plot.setRange(xRange=(-EXTENT, EXTENT), yRange=(-EXTENT, EXTENT), padding=0)
            img = pg.ImageItem(axisOrder="row-major")
            img.setColorMap(theme.pale_cmap())
            plot.addItem(img)
            plot.addItem(pg.ScatterPlotItem(pos=data.train_points, size=5,
                                            brush=[palette[c] for c in data.train_labels],
                                            pen=pg.mkPen("w", width=0.8)))
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(plot, 0, col)
            grid.addWidget(label, 1, col)
            self.images[act], self.labels[act], self.plots[act] = img, label, plot
        top = QGridLayout()
        self.intro, self.epochs_label = QLabel(), QLabel()
        self.intro.setWordWrap(True)
        top.addWidget(self.intro, 0, 0, 1, 3)
        top.addWidget(self.epochs_label, 1, 0)
        top.addWidget(self.epochs, 1, 1)
        top.addWidget(self.button, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.runner_thread: QThread | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.epochs.setToolTip(self.tr("Epochs each network trains"))
        self.button.setText(self.tr("Train all three"))
        self.intro.setText(self.tr(
            "<b>Quiz 03.</b> One network shape (2 hidden layers of 4 and 2) on Playground's "
            "XOR, with each activation. Linear cannot bend its boundary; ReLU and sigmoid "
            "can (sigmoid learns more slowly)."))
        self.epochs_label.setText(self.tr("epochs"))
        for act, plot in self.plots.items():
            plot.setTitle(tr_activation(act))
        for act, label in self.labels.items():
            if self.runner_thread is not None:
                label.setText(self.tr("training…"))
            elif self.results is not None and act in self.results:
                r = self.results[act]
                label.setText(self.tr("test loss {0:.3f}, accuracy {1:.0%}").format(
                    r["test_loss"], r["test_accuracy"]))
            else:
                label.setText(self.tr("not trained yet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        if self.runner_thread is not None:
            return
        self.button.setEnabled(False)
        self.shown_epochs = []
        for label in self.labels.values():
            label.setText(self.tr("training…"))
        self.runner_thread = QThread(self)
        self.runner_thread.setObjectName("mlpviz-quiz03")  # named in Qt's messages
        self.runner = _Runner(self.epochs.value())
        self.runner.moveToThread(self.runner_thread)
        self.runner_thread.started.connect(self.runner.run)
        self.runner.progress.connect(self.show_progress)
        self.runner.done.connect(self.show_results)
        self.runner_thread.start()

    @Slot(int, object)
    def show_progress(self, epoch: int, results: dict) -> None:
        """The three boundaries and scores at `epoch`, as they train."""
        if self.runner_thread is None:
            return  # stopped meanwhile
        self.shown_epochs.append(epoch)
        self._draw(results, lambda r: self.tr(
            "epoch {0}: test loss {1:.3f}, accuracy {2:.0%}").format(
                epoch, r["test_loss"], r["test_accuracy"]))

    def _draw(self, results: dict, label: Callable[[dict], str]) -> None:
        for act, r in results.items():
            self.images[act].setImage(np.clip(r["map"], -1, 1), levels=(-1, 1))
            self.images[act].setRect(-EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT)
            self.labels[act].setText(label(r))

    @Slot(object)
    def show_results(self, results: dict) -> None:
        self.results = results
        self._draw(results, lambda r: self.tr("test loss {0:.3f}, accuracy {1:.0%}").format(
            r["test_loss"], r["test_accuracy"]))
        self.stop()
        self.button.setEnabled(True)
        self.finished.emit()

    def stop(self) -> None:
        """End the training thread (between two epochs: well within a second)."""
        if self.runner_thread is not None:
            self.runner.cancelled = True
            self.runner_thread.quit()
            self.runner_thread.wait()  # (a running QThread destroyed aborts the process)
            self.runner_thread = None
