"""The walkthrough's runs and exports: train a copy on the one sample N times (the slide's
"after 10,000 steps"), go on with the whole XOR table, or save every step as Markdown or
JSON."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.lessons.batch_trace import parameters
from ...core.lessons.presets import (
    LECTURE_RUNS,
    LECTURE_SLIDE_DIGITS,
    LECTURE_SLIDE_RUN,
    is_lecture_walk,
)
from ...core.session import commands as c
from ...core.translatable import QT_TRANSLATE_NOOP
from ...model.session import SessionModel
from ...model.walkthrough import WalkthroughModel
from ...report.batch_text import batch_markdown
from ...report.numbers import fmt
from ...report.walkthrough_markdown import walkthrough_markdown
from ..kit.background_writer import BackgroundWriter, GilBreaks, json_text

SLIDE_NOTE = QT_TRANSLATE_NOOP(
    "WalkthroughRuns", "The slide says y = {0}, E = {1} after {2:,} steps. mlpviz computes y = {3}, E = {4} after {2:,} steps, and y = {6}, E = {7} after {5:,}: the slide's figure is what {5:,} steps give, its last digit cut.")  # noqa: E501
FOLLOW_SECONDS = 0.25  # while Go on with XOR trains, the walkthrough's numbers follow it


class WalkthroughRuns(QWidget):
    """`start`: starts the walkthrough if it is not running; `preset`: the preset shown, if
    any (the lecture's gets the note on the slide's numbers); `name`: the network's name."""

    def __init__(self, model: SessionModel, wm: WalkthroughModel, start: Callable[[], None],
                 preset: Callable[[], str | None], name: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.wm, self._start, self._preset = model, wm, start, preset
        self._name = name  # the network's name, for the notes' heading
        self.last_run: c.SampleRun | None = None
        self.following = False  # the walkthrough follows the training network
        self._followed = 0.0
        self.writer = BackgroundWriter(self)
        self.writer.written.connect(self._exported)
        self.writer.failed.connect(self._export_failed)
        model.snapshot_changed.connect(self._follow)
        self.run_result = QLabel()
        self.run_result.setWordWrap(True)
        self.run_result.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._run_row())
        layout.addWidget(self.run_result)
        layout.addStretch()
        layout.addLayout(self._export_row())
        self.retranslate()

    def _run_row(self) -> QVBoxLayout:
        """N steps and Run on one line, Go on with XOR below: the column stays narrow in
        presentation mode's large type."""
        row = QHBoxLayout()
        self.steps_box = QSpinBox()
        self.steps_box.setRange(1, 1_000_000)
        self.steps_box.setValue(10_000)
        self.steps_box.setSingleStep(1000)
        self.steps_box.setGroupSeparatorShown(True)
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.run_steps)
        self.xor_button = QPushButton()
        self.xor_button.clicked.connect(self.continue_on_xor)
        row.addWidget(QLabel("N"))
        row.addWidget(self.steps_box, 1)
        row.addWidget(self.run_button)
        xor = QHBoxLayout()
        xor.addWidget(self.xor_button)
        xor.addStretch()
        rows = QVBoxLayout()
        rows.addLayout(row)
        rows.addLayout(xor)
        return rows

    def _export_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.md_button = QPushButton()
        self.md_button.clicked.connect(lambda: self._export("md"))
        self.json_button = QPushButton()
        self.json_button.clicked.connect(lambda: self._export("json"))
        row.addWidget(self.md_button)
        row.addWidget(self.json_button)
        row.addStretch()
        return row

    def retranslate(self) -> None:
        self.steps_box.setToolTip(self.tr("How many updates on this one sample"))
        self.run_button.setText(self.tr("Run N steps"))
        self.run_button.setToolTip(self.tr("Train a copy of the network on this sample N times "
                                           "and show the output and the loss"))
        self.xor_button.setText(self.tr("Go on with XOR"))
        self.xor_button.setToolTip(self.tr(
            "The lecture's sample is the first row of the XOR truth table: train this network "
            "on all four rows and watch it solve XOR"))
        self.md_button.setText(self.tr("Export Markdown…"))
        self.md_button.setToolTip(self.tr("Lecture notes: every step with LaTeX math"))
        self.json_button.setText(self.tr("Export JSON…"))
        self.json_button.setToolTip(self.tr("Every record of the walkthrough as data"))
        if self.last_run is not None:
            self.show_run_result(self.last_run, follow=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def run_steps(self) -> None:
        if not self.wm.active:
            self._start()
        w = self.wm.walk
        if w is None:
            return
        self.run_result.setText(self.tr("Running…"))
        self.model.train_sample(tuple(map(float, w.x)), tuple(map(float, w.target)),
                                float(w.lr), self.steps_box.value())

    def show_run_result(self, result: c.SampleRun, follow: bool = True) -> None:
        """The run's outcome; the walkthrough goes on with the trained network (its labels
        and formulas show the new numbers; the loss curve shows the run)."""
        self.last_run = result
        out = ", ".join(fmt(v) for v in result.output)
        text = self.tr("After {0:,} steps: output {1}, E = {2}").format(
            result.steps, out, fmt(result.loss))
        if self._preset() == "lecture":
            steps, y, e = LECTURE_SLIDE_RUN
            (y_n, e_n), (more, (y_m, e_m)) = LECTURE_RUNS[steps], max(LECTURE_RUNS.items())
            text += "<br><i>" + self.tr(SLIDE_NOTE).format(
                f"{y:.6f}", f"{e:.6f}", steps, f"{y_n:.6f}", f"{e_n:.6f}", more, f"{y_m:.6f}",
                f"{e_m:.6f}") + "</i>"
        self.run_result.setText(text)
        if follow and self.wm.active:
            self.wm.follow(result.network)

    def clear(self) -> None:
        """A new walkthrough: no result, nothing followed."""
        self.last_run, self.following = None, False
        self.run_result.clear()

    def _follow(self, snap) -> None:
        """While Go on with XOR trains, the walkthrough's numbers follow the network (a few
        times a second, and once more when it stops)."""
        if not (self.following and self.wm.active):
            return
        net = self.wm.net
        assert net is not None, "an active walk has the network it was started on"
        if snap.units != net.units or snap.fallback is not None:
            return
        now = time.monotonic()
        if snap.playing and now - self._followed < FOLLOW_SECONDS:
            return
        self._followed = now
        self.wm.follow(snap.network())

    def continue_on_xor(self) -> None:
        w = self.wm.walk
        lr = w.lr if w is not None else 0.2
        self.model.data.choose("xor4", keep_network=True)
        self.model.set_training(lr=lr, batch_size=1, shuffle=False)
        self.model.play()
        self.following = True
        self.run_result.setText(self.tr(
            "Training this network on all four rows of XOR (η = {0}, one row a step). Watch "
            "the output map: the net solves XOR in a few thousand epochs.").format(fmt(lr)))

    def _export(self, kind: str) -> None:
        if not self.wm.active:
            self._start()
        if not self.wm.active:
            return
        pattern = "Markdown (*.md)" if kind == "md" else "JSON (*.json)"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export walkthrough"),
                                              f"walkthrough.{kind}", pattern)
        if path:
            self.export(path, kind)

    def export(self, path: str, kind: str) -> None:
        """Made and written on a thread (writer): a big walkthrough takes seconds."""
        w, net = self.wm.walk, self.wm.net
        assert net is not None
        if self.wm.batch is not None:
            started = self._export_batch(path, kind, net)
        elif kind == "md":
            assert w is not None, "no batch's walk: a sample's, which export needs"
            lecture = is_lecture_walk(net, np.array(w.x), np.array(w.target), w.lr)
            name = self._name() or self.tr("the window's network")
            digits = LECTURE_SLIDE_DIGITS if lecture else None
            started = self.writer.write(
                path, lambda: walkthrough_markdown(w, name, digits, GilBreaks()))
        else:
            assert w is not None, "no batch's walk: a sample's, which export needs"
            started = self.writer.write(path, lambda: json_text(w.to_json(), GilBreaks()))
        if started:
            self.model.report(self.tr("Exporting the walkthrough to {0}…").format(path), False)
        else:
            self.model.report(self.tr("Still writing the last export"))

    def _export_batch(self, path: str, kind: str, net) -> bool:
        b = self.wm.batch
        assert b is not None, "export calls this only for a batch's walk"
        if kind == "json":
            return self.writer.write(path, lambda: json_text(b.to_json(), GilBreaks()))
        names = [p["param"] for p in parameters(net)]
        name = self._name() or self.tr("the window's network")
        return self.writer.write(path, lambda: batch_markdown(b, names, name))

    def _exported(self, path: str) -> None:
        self.model.report(self.tr("Exported {0}").format(path), False)

    def _export_failed(self, text: str) -> None:
        message = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot export"), text,
                              QMessageBox.StandardButton.Ok, self)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        message.open()

