"""The mini-batch walkthrough in the real window: the Batch box starts it on the data's
first rows, the keys step through samples, means and updates, the diagram marks the
parameter, the language switches in place, and the notes export."""

import argparse
import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from mlpviz.core.session import commands as c

from .conftest import ROOT
from .test_walkthrough_window import TIMEOUT, start_lecture


def test_a_batch_of_the_four_xor_rows(qtbot, window, tmp_path):
    start_lecture(qtbot, window)
    panel, wm = window.walkthrough_panel, window.walkthrough
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) == 4,
                    timeout=TIMEOUT)
    panel.batch_box.setValue(4)
    assert wm.batch is not None and wm.walk is None
    phases = [r["phase"] for r in wm.steps]
    assert phases == ["sample"] * 4 + ["mean"] * 9 + ["step"] * 9 + ["apply"]
    text = panel.text.toPlainText()
    assert "Sample 1 of 4" in text and "∂E/∂w5 = 0.076776" in text  # the lecture's number
    view = window.network_view
    for _ in range(8):  # to the mean of w5
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert wm.step["param"] == "w5"
    text = panel.text.toPlainText()
    assert "0.076776 − 0.03216 − 0.03141 + 0.089018) / 4 = 0.025556" in text
    assert (1, 0, 0) in wm.highlight().links
    for _ in range(9):  # to w5's update
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert "w5 ← w5 − η·ḡ = 0.5 − 0.2 × 0.025556 = 0.494889" in panel.text.toPlainText()
    assert wm.parameter_values()[("w", 1, 0, 0)] == wm.step["new"]
    window.set_language("ko")
    qtbot.waitUntil(lambda: "평균으로 w5 갱신" in panel.text.toPlainText(), timeout=TIMEOUT)
    window.set_language("en")
    qtbot.waitUntil(lambda: "Update w5 on the mean" in panel.text.toPlainText(),
                    timeout=TIMEOUT)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert wm.step["phase"] == "apply" and "→" in panel.text.toPlainText()
    path = tmp_path / "batch.md"
    with qtbot.waitSignal(panel.runs.writer.written, timeout=TIMEOUT):
        panel.runs.export(str(path), "md")
    assert "| w5 | 0.076776 | -0.03216 | -0.03141 | 0.089018 | 0.025556 |" in \
        path.read_text(encoding="utf-8")
    with qtbot.waitSignal(panel.runs.writer.written, timeout=TIMEOUT):
        panel.runs.export(str(tmp_path / "batch.json"), "json")
    saved = json.loads((tmp_path / "batch.json").read_text(encoding="utf-8"))
    assert saved["optimizer"] == "sgd" and len(saved["trace"]) == 23
    panel.batch_box.setValue(1)  # back to the one sample typed in
    assert wm.walk is not None and wm.batch is None


def test_a_batch_steps_by_the_windows_optimizer(qtbot, window):
    window.model.send(c.SetTraining(optimizer="momentum"))
    qtbot.waitUntil(lambda: window.model.snapshot.settings.train.optimizer == "momentum",
                    timeout=TIMEOUT)
    window.action_set.walkthrough.trigger()
    window.walkthrough_panel.batch_box.setValue(10)
    wm = window.walkthrough
    assert wm.batch.optimizer == "momentum"
    step = next(r for r in wm.steps if r["phase"] == "step")
    wm.go(wm.steps.index(step))
    assert "v ← β·v + ḡ" in window.walkthrough_panel.text.toPlainText()


def test_walkthrough_on_a_softmax_network_takes_a_point_whose_target_fits(qtbot, window):
    """The default target 0 has one number; a three-class network has three outputs: the
    walkthrough starts on the data's first training point, not with an error message."""
    messages = []
    window.model.message.connect(lambda text, is_error: messages.append(text))
    window.model.send(c.SetData(dataset="spiral3"))
    qtbot.waitUntil(lambda: window.model.snapshot.units[-1] == 3, timeout=TIMEOUT)
    window.action_set.walkthrough.trigger()
    panel, wm, d = window.walkthrough_panel, window.walkthrough, window.model.snapshot.data
    assert wm.walk is not None and messages == []
    target = [0.0, 0.0, 0.0]
    target[int(d.train_labels[0])] = 1.0
    assert [float(v) for v in panel.t_edit.text().split(",")] == target
    assert list(wm.walk.x[:2]) == pytest.approx(d.train_points[0], abs=1e-3)


def test_screenshot_flags_open_a_batch_of_the_lecture_rows(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from mlpviz.gui.shell.launch import _show_walkthrough

    args = argparse.Namespace(preset="lecture", walk_batch=4, walk_step=20, matrix=False)
    _show_walkthrough(QApplication.instance(), window, args)
    wm = window.walkthrough
    assert wm.batch is not None and wm.index == 19 and wm.step["param"] == "b1"
    assert "b1 ← b1 − η·ḡ = 0.1 − 0.2 × 0.005379 = 0.098924" in \
        window.walkthrough_panel.text.toPlainText()


@pytest.mark.parametrize("flags, says", [
    (["--walk-batch", "3"], "--walk-batch goes with --screenshot"),
    (["--screenshot", "x.png", "--walk-batch", "33"], "--walk-batch: give 1 … 32"),
])
def test_walk_batch_flag_refused_in_one_line(flags, says):
    proc = subprocess.run([sys.executable, "-m", "mlpviz", *flags], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and says in proc.stderr
