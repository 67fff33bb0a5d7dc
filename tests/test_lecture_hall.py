"""The lecture hall: a pace a class can watch, every view right, and the defects found by
trying it in front of one (each test fails on the code before its fix)."""

import json
import subprocess
import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from mlpviz.core.session import commands as c
from mlpviz.core.session.training_session import TrainingSession
from mlpviz.gui.diagram.network_items import activation_menu

from .conftest import ROOT, make_window, written

TIMEOUT = 20_000


# -- pace ----------------------------------------------------------------------------------
def test_a_paced_session_trains_at_its_rate():
    """A pace is a limit: never ahead of it (one epoch's grace), and on a quiet or a loaded
    machine alike well above half of it (20 epochs a second of a tiny network is no work);
    the absolute figures are `mlpviz bench --gui --speed N`'s."""
    s = TrainingSession()
    s.apply(c.SetPace(20.0))
    s.apply(c.Play())
    start = time.perf_counter()
    while time.perf_counter() - start < 1.5:
        s.loop.play_for(0.004)
        time.sleep(max(0.0, min(s.loop.pace_wait, 0.01)))
    asked = 20.0 * (time.perf_counter() - start)
    assert 0.5 * asked <= s.trainer.epoch <= asked + 1


def test_one_epoch_a_frame():
    s = TrainingSession()
    s.apply(c.SetPace(None, per_frame=True))
    s.apply(c.Play())
    for frame in range(12):
        for _ in range(5):  # however often the worker asks, one epoch a frame
            s.loop.play_for(0.05, frames=frame)
    assert s.trainer.epoch == 12


def test_a_pace_out_of_range_is_refused():
    s = TrainingSession()
    with pytest.raises(Exception, match="pace must be 0.1"):
        s.apply(c.SetPace(0.01))


def test_the_window_keeps_its_pace(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, pace=None)  # the app's own default
    combo = window.action_set.pace
    assert combo.currentData() == "frame"
    combo.setCurrentIndex(combo.findData("10"))
    combo.activated.emit(combo.currentIndex())
    assert window.settings.value("pace") == "10"
    window.model.play()
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 1, timeout=TIMEOUT)
    start, epoch = time.perf_counter(), window.model.snapshot.epoch
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= epoch + 10, timeout=TIMEOUT)
    # ten epochs at ten a second: never sooner than the pace allows (a snapshot's grace)
    assert time.perf_counter() - start >= 0.8
    window.close()
    again = make_window(qtbot, tmp_path, pace=None)  # the same settings file
    assert again.action_set.pace.currentData() == "10"


@pytest.mark.parametrize("args, ok", [(["--speed", "fast"], False), (["--speed", "0"], False),
                                      (["--speed", "20000"], False)])
def test_a_bad_speed_is_one_line_and_exit_2(args, ok):
    proc = subprocess.run([sys.executable, "-m", "mlpviz", "bench", "--gui", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    assert "--speed" in proc.stderr


@pytest.mark.slow
def test_bench_at_ten_epochs_a_second():
    proc = subprocess.run([sys.executable, "-m", "mlpviz", "bench", "--gui", "--speed", "10",
                           "--seconds", "3", "--json"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert 0.5 <= d["epochs_per_second"] / 10 <= 1.2  # the pace, as a share of what was asked
    assert d["frames_per_second"] > 0  # the rate itself is the bench's figure, not a test's


# -- every view right ----------------------------------------------------------------------
def test_three_classes_in_three_colours(qtbot, window):
    window.model.send(c.SetData(dataset="spiral3"))
    window.model.send(c.SetFeatures(("x1", "x2", "sinx1", "sinx2")))
    window.model.send(c.SetTraining(lr=0.1))
    window.model.send(c.TrainEpochs(200))
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 200
                    and window.model.snapshot.units[-1] == 3, timeout=TIMEOUT)
    window.clock.flush()
    rgb = window.boundary_view.image.image  # (h, w, 3) bytes
    levels = window.boundary_view.image.levels
    assert rgb.ndim == 3 and tuple(np.ravel(levels)[:2]) == (0, 255)
    hues = {tuple(int(v) // 40 for v in px) for px in rgb.reshape(-1, 3)[::37]}
    assert len(hues) >= 6 and rgb.mean() < 235  # colours, not a white map


def test_a_truth_table_is_seen_close_up(qtbot, window):
    window.model.send(c.SetData(dataset="xor4"))
    qtbot.waitUntil(lambda: window.model.snapshot.data.bounds == (-0.5, 1.5), timeout=TIMEOUT)
    (x0, x1), (y0, y1) = window.boundary_view.plot.vb.viewRange()
    assert x0 >= -0.7 and x1 <= 1.7 and y0 >= -0.7 and y1 <= 1.7
    maps = window.model.snapshot.maps.output
    assert maps.shape[:2] == (100, 100)  # the whole grid on the four corners


def test_the_square_plot_wastes_no_range(qtbot, window):
    (x0, x1), (y0, y1) = window.boundary_view.plot.vb.viewRange()
    assert x1 - x0 == pytest.approx(y1 - y0, rel=0.05) and x1 - x0 <= 12.5


def test_the_quiver_is_tall_named_and_marked(qtbot, window):
    window.quiver_dock.raise_()
    qtbot.waitUntil(lambda: window.quiver_view.shown, timeout=TIMEOUT)
    assert window.quiver_view.plot.height() >= 250
    plot = window.quiver_view.plot.getPlotItem()
    # the formulas' names (w18 on the diagram was w⁽³⁾₁₂ in the walkthrough)
    assert plot.getAxis("bottom").labelText == "w⁽³⁾₁₁"
    assert plot.getAxis("left").labelText == "w⁽³⁾₂₁"
    assert "w⁽³⁾₁₁" in window.quiver_view.title.text() and "log" in window.quiver_view.title.text()
    assert window.network_view.links[(2, 1, 0)].name == "w⁽³⁾₂₁"
    marked = [k for k, link in window.network_view.links.items() if link.emphasis == "on"]
    assert marked == [(2, 0, 0), (2, 1, 0)]
    window.loss_dock.raise_()
    qtbot.waitUntil(lambda: not window.quiver_view.shown, timeout=TIMEOUT)
    assert not [k for k, link in window.network_view.links.items() if link.emphasis]


def test_the_activation_menu_names_and_checks(qtbot, window):
    menu = activation_menu(window, "relu", lambda a: None)
    checked = [a.text() for a in menu.actions() if a.isChecked()]
    assert checked == ["ReLU"] and "Leaky ReLU" in [a.text() for a in menu.actions()]


def test_right_click_removes_a_point_without_a_menu(qtbot, window):
    vb = window.boundary_view.plot.vb
    assert vb.menuEnabled()
    window.boundary_view.edit_points.click()
    assert not vb.menuEnabled()


# -- the walkthrough's runs ------------------------------------------------------------------
def test_run_n_steps_moves_the_labels_and_the_curve(qtbot, window):
    window.start_preset("lecture")
    qtbot.waitUntil(lambda: window.walkthrough.active and bool(
        window.network_view.overlay.param_labels), timeout=TIMEOUT)
    w5 = window.network_view.overlay.param_labels[("w", 1, 0, 0)].text()
    runs = window.walkthrough_panel.runs
    runs.steps_box.setValue(2000)
    runs.run_button.click()
    qtbot.waitUntil(lambda: runs.last_run is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(window.model.history) > 100, timeout=TIMEOUT)
    assert window.network_view.overlay.param_labels[("w", 1, 0, 0)].text() != w5
    assert window.model.history.column("epoch")[-1] == 2000
    runs.run_button.click()  # runs add up
    qtbot.waitUntil(lambda: runs.last_run.steps == 4000, timeout=TIMEOUT)


def test_notes_appear_only_where_the_slides_differ(qtbot, window):
    window.start_preset("lecture")
    qtbot.waitUntil(lambda: window.walkthrough.active, timeout=TIMEOUT)
    panel, wm = window.walkthrough_panel, window.walkthrough
    notes = {}
    for step in wm.steps:
        body = panel.step_text.body(step)
        if "The slide prints" in body:
            notes[(step["phase"], step.get("param"))] = body
    assert set(notes) == {("backward", "w5"), ("update", "w5"), ("update", "b3"),
                          ("update", "b1")}
    assert "0.096352" in notes[("update", "b1")] and "0.096353" in notes[("update", "b1")]
    assert "0.270750" in notes[("update", "b3")] and "0.270751" in notes[("update", "b3")]
    window.walkthrough_panel.apply_preset("quiz04")
    qtbot.waitUntil(lambda: wm.net.activation_names == ["relu", "relu"], timeout=TIMEOUT)
    assert not any("The slide prints" in panel.step_text.body(s) for s in wm.steps)


def test_markdown_names_the_network_and_notes_the_slides_once(qtbot, window, tmp_path):
    window.start_preset("quiz04")
    qtbot.waitUntil(lambda: window.walkthrough.active, timeout=TIMEOUT)
    path = tmp_path / "quiz04.md"
    runs = window.walkthrough_panel.runs
    with qtbot.waitSignal(runs.writer.written, timeout=TIMEOUT):  # written on a thread
        runs.export(str(path), "md")
    text = path.read_text(encoding="utf-8")
    assert "Network Quiz 04 \\(ReLU\\): 2-2-1, relu and relu, MSE." in text
    assert "slides cut" not in text


# -- the defects -----------------------------------------------------------------------------
def test_a_preset_sets_the_learning_rate_field_after_typing(qtbot, window):
    field = window.controls.lr.lineEdit()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "0.3")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.snapshot.settings.train.lr == 0.3, timeout=TIMEOUT)
    assert field.hasFocus()
    window.apply_preset("playground_xor_241")  # lr 0.03
    qtbot.waitUntil(lambda: window.model.snapshot.settings.train.lr == 0.03, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.controls.lr.currentText() == "0.03", timeout=TIMEOUT)


def test_a_preset_after_clear_trains_on_its_data(qtbot, window):
    window.model.send(c.ClearPoints())
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) == 0, timeout=TIMEOUT)
    window.apply_preset("playground_xor_241")
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) == 250,
                    timeout=TIMEOUT)
    window.model.send(c.TrainEpochs(5))
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 5, timeout=TIMEOUT)
    assert np.isfinite(window.model.snapshot.result.train_accuracy)


def test_data_set_icons_keep_the_layers_activations(qtbot, window):
    window.model.send(c.SetActivation("relu", 0))
    qtbot.waitUntil(lambda: window.model.snapshot.activations[0] == "relu", timeout=TIMEOUT)
    shape, epoch = window.model.snapshot.structure_version, window.model.snapshot.epoch
    window.controls.dataset_buttons["circle"].click()  # the current one: nothing happens
    window.model.send(c.StepEpoch())
    qtbot.waitUntil(lambda: window.model.snapshot.epoch == epoch + 1, timeout=TIMEOUT)
    assert window.model.snapshot.structure_version == shape
    window.controls.dataset_buttons["xor"].click()  # another: a new run, same activations
    qtbot.waitUntil(lambda: window.model.snapshot.settings.dataset == "xor", timeout=TIMEOUT)
    assert window.model.snapshot.activations[:2] == ("relu", "tanh")


def test_the_perceptron_shows_its_step(qtbot, window):
    window.apply_preset("perceptron_and")
    qtbot.waitUntil(lambda: window.model.snapshot.units == [1], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.controls.activation.currentData() == "step",
                    timeout=TIMEOUT)
    assert not window.boundary_view.watch.text().startswith("👁")
    assert window.boundary_view.watch.text().startswith("<b>Watch:</b>")


def test_a_reopened_session_keeps_its_curve(qtbot, window, tmp_path):
    window.model.send(c.AddPoint(1.0, 1.0, 1))  # the user's own data
    window.model.send(c.TrainEpochs(12))
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 12, timeout=TIMEOUT)
    assert not any(b.isChecked() for b in window.controls.dataset_buttons.values())
    path = tmp_path / "s.mlpviz"
    written(qtbot, window, window.files.save_session, str(path))
    window.model.send(c.SetData(dataset="gauss"))
    qtbot.waitUntil(lambda: window.model.snapshot.settings.dataset == "gauss", timeout=TIMEOUT)
    window.files.open_session(str(path))
    qtbot.waitUntil(lambda: window.model.snapshot.settings.dataset == "custom"
                    and len(window.model.history) == 12, timeout=TIMEOUT)
    assert window.model.snapshot.result is not None
    assert "—" not in window.boundary_view.stats.text().split("Training")[0]
    assert not any(b.isChecked() for b in window.controls.dataset_buttons.values())


def test_a_new_preset_clears_the_last_runs_message(qtbot, window):
    window.start_preset("lecture")
    qtbot.waitUntil(lambda: window.walkthrough.active, timeout=TIMEOUT)
    runs = window.walkthrough_panel.runs
    runs.xor_button.click()
    assert "XOR" in runs.run_result.text()
    window.walkthrough_panel.apply_preset("quiz04")
    assert runs.run_result.text() == ""


def test_the_labs_and_the_quiver_grow_with_presentation_mode(qtbot, window):
    """pyqtgraph draws axes, titles and legends in sizes of its own: presentation mode
    scales them too, in a labs' window opened before or after it is turned on, each lab
    when it is in view."""
    def tick_size(plot_widget):
        return plot_widget.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF()

    window.open_lab("descent1d")
    labs = window.labs
    window.action_set.present.trigger()
    factor = window.presentation.scale
    assert tick_size(labs.descent1d.plot) == pytest.approx(9 * factor)
    assert tick_size(window.quiver_view.plot) == pytest.approx(9 * factor)
    labs.tabs.setCurrentIndex(3)  # a lab is scaled when it is shown
    title = labs.quiz03.plots["relu"].getPlotItem().titleLabel
    assert title.opts["size"] == f"{11 * factor:g}pt" and f"{11 * factor:g}pt" in \
        title.item.toHtml()
    legend_label = labs.descent1d.plot.getPlotItem().legend.items[0][1]
    assert legend_label.opts["size"] == f"{9 * factor:g}pt"
    window.action_set.present.trigger()
    assert title.opts["size"] == "11pt"
    assert tick_size(labs.descent1d.plot) == pytest.approx(9 * factor)  # not in view
    labs.tabs.setCurrentIndex(0)
    assert tick_size(labs.descent1d.plot) == pytest.approx(9)
