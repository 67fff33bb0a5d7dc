"""The walkthrough in the real window: keys move it, the panel shows the lecture's numbers,
the diagram highlights the step's items."""

import json

import pytest
from PySide6.QtCore import Qt

from mlpviz.core.session import commands as c

TIMEOUT = 20_000

# (step, text the panel must show, highlighted neurons, highlighted links)
LECTURE = [
    (1, ["0.1·0.0 + 0.3·0.0 + 0.1 = <b>0.1</b>", "<b>0.524979</b>"], {(0, 0)},
     {(0, 0, 0), (0, 1, 0)}),
    (2, ["<b>0.549834</b>"], {(0, 1)}, {(0, 0, 1), (0, 1, 1)}),
    (3, ["0.5·0.524979 + 0.6·0.549834 + 0.3 = <b>0.89239</b>", "<b>0.709383</b>"],
     {(1, 0)}, {(1, 0, 0), (1, 1, 0)}),
    (4, ["(0.0 − 0.709383)² = <b>0.251612</b>"], {(1, 0)}, set()),
    (5, ["0.709383 × 0.206159 × 0.524979", "<b>0.076776</b>"], {(1, 0), (0, 0)},
     {(1, 0, 0)}),
    (6, ["0.709383 × 0.206159 × 0.549834", "<b>0.080411</b>"], {(1, 0), (0, 1)},
     {(1, 1, 0)}),
    (7, ["<b>0.146246</b>"], {(1, 0)}, set()),
    (8, ["Σ<sub>k</sub>", "0.709383 × 0.206159 × 0.5", "<b>0.0</b>"], {(0, 0), (1, 0)},
     {(0, 0, 0)}),
    (12, ["<b>0.018235</b>"], {(0, 0), (1, 0)}, set()),
    (14, ["0.5 − 0.2 × 0.076776 = <b>0.484645</b>"], {(1, 0)}, {(1, 0, 0)}),
    (15, ["<b>0.583918</b>"], {(1, 0)}, {(1, 1, 0)}),
    (16, ["<b>0.270751</b>"], {(1, 0)}, set()),
    (21, ["<b>0.096353</b>"], {(0, 0)}, set()),
    (22, ["<b>0.195656</b>"], {(0, 1)}, set()),
    (23, ["0.251612 → <b>0.244687</b>", "0.699553"], {(1, 0)}, set()),
]


def start_lecture(qtbot, window, preset="lecture"):
    window.action_set.walkthrough.trigger()
    assert window.action_set.walkthrough.isChecked()
    window.walkthrough_panel.apply_preset(preset)
    qtbot.waitUntil(lambda: window.model.snapshot.units == [2, 1]
                    and bool(window.network_view.overlay.items), timeout=TIMEOUT)


def panel_html(window):
    return window.walkthrough_panel.text.toHtml()


def test_lecture_walkthrough_with_keys(qtbot, window):
    start_lecture(qtbot, window)
    view = window.network_view
    step = 1
    for target, texts, neurons, links in LECTURE:
        while step < target:
            qtbot.keyClick(view, Qt.Key.Key_Right)
            step += 1
        assert window.walkthrough.index == step - 1
        html = window.walkthrough_panel.text.toPlainText()
        source = _source(window)
        for text in texts:
            assert text in source, (step, text, html)
        lit = {k for k, n in view.neurons.items() if n.highlighted}
        assert neurons <= lit, (step, lit)
        on = {k for k, link in view.links.items() if link.emphasis == "on"}
        assert on == links, (step, on)
    # The diagram's labels show the updated values.
    labels = view.overlay.param_labels
    assert labels[("w", 1, 0, 0)].text() == "w5 0.484645"
    assert labels[("b", 0, 0)].text() == "b1 0.096353"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert window.walkthrough.index == 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert window.walkthrough.index == len(window.walkthrough.steps) - 1
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.walkthrough.index == len(window.walkthrough.steps) - 2


def _source(window):
    """The panel's rich text as set (QTextBrowser rewrites its HTML)."""
    wm = window.walkthrough
    from mlpviz.report.walkthrough_html import Names, step_html

    shown = step_html(wm.walk, wm.step, Names(wm.net.units, wm.net.n_inputs))
    assert window.walkthrough_panel.text.toPlainText().split("\n")[0] in \
        _plain(shown)
    return shown


def _plain(html):
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_relu_preset(qtbot, window):
    start_lecture(qtbot, window, "quiz04")
    wm = window.walkthrough
    wm.go(2)
    assert "max(0, 0.47) = <b>0.47</b>" in _source(window)
    wm.go(3)
    assert "<b>0.11045</b>" in _source(window)
    assert {k for k, n in window.network_view.neurons.items() if n.highlighted} == {(1, 0)}


def test_matrix_view_toggle(qtbot, window):
    start_lecture(qtbot, window)
    window.walkthrough_panel.matrix_box.setChecked(True)
    text = window.walkthrough_panel.text.toPlainText()
    assert "(1×2) · (2×2) + (1×2) → (1×2)" in text
    window.walkthrough.go(10)
    assert "δ" in window.walkthrough_panel.text.toPlainText()


def test_run_n_steps_and_the_slide_note(qtbot, window):
    start_lecture(qtbot, window)
    panel = window.walkthrough_panel
    panel.runs.steps_box.setValue(10_000)
    qtbot.mouseClick(_button(panel, "Run N steps"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "0.012088" in panel.runs.run_result.text(), timeout=TIMEOUT)
    assert "40,000" in panel.runs.run_result.text()


def _button(panel, text):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in panel.findChildren(QPushButton) if b.text() == text)


def test_continue_on_xor_keeps_the_network(qtbot, window):
    start_lecture(qtbot, window)
    w5 = window.model.snapshot.weights[1][0, 0]
    qtbot.mouseClick(_button(window.walkthrough_panel, "Go on with XOR"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 5, timeout=TIMEOUT)
    snap = window.model.snapshot
    assert snap.settings.dataset == "xor4" and snap.units == [2, 1]
    assert snap.weights[1][0, 0] != w5  # trained on from the lecture's weights
    assert snap.settings.train.batch_size == 1


@pytest.mark.parametrize("kind", ["md", "json"])
def test_export(qtbot, window, tmp_path, kind):
    start_lecture(qtbot, window)
    path = tmp_path / f"w.{kind}"
    runs = window.walkthrough_panel.runs
    with qtbot.waitSignal(runs.writer.written, timeout=TIMEOUT):  # written on a thread
        runs.export(str(path), kind)
    text = path.read_text(encoding="utf-8")
    if kind == "json":
        assert json.loads(text)["loss"] == pytest.approx(0.2516122, abs=1e-7)
    else:
        assert "0.076776" in text and "$$" in text


def test_leaving_walkthrough_clears_the_diagram(qtbot, window):
    start_lecture(qtbot, window)
    window.action_set.walkthrough.trigger()
    assert not window.walkthrough.active
    assert not window.network_view.overlay.items
    assert all(link.emphasis is None for link in window.network_view.links.values())


def test_a_large_network_follows_the_chosen_neuron(qtbot, window):
    window.model.send(c.AddUnit(0))
    for _ in range(8):
        window.model.send(c.AddUnit(0))
    qtbot.waitUntil(lambda: window.model.snapshot.units[0] == 13, timeout=TIMEOUT)
    window.action_set.walkthrough.trigger()
    panel = window.walkthrough_panel
    assert panel.follow.isVisible() and panel.follow.count() == 13 + 2
    assert window.walkthrough.focus == (0, 0)
    panel.follow.setCurrentIndex(4)
    panel.follow.activated.emit(4)
    assert window.walkthrough.focus == (0, 4)
    forward = [(s["layer"], s["unit"]) for s in window.walkthrough.steps
               if s["phase"] == "forward"]
    assert forward == [(0, 4), (2, 0)]
