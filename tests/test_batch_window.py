"""The mini-batch walkthrough in the real window: the Batch box starts it on the data's
first rows, the keys step through samples, means and updates, the diagram marks the
parameter, the language switches in place, and the notes export."""

import json

from PySide6.QtCore import Qt

from mlpviz.core.session import commands as c

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
