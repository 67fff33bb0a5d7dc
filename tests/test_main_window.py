"""The real window, offscreen, driven through its widgets."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from mlpviz.core.session import commands as c

from .conftest import AT_ONCE

TIMEOUT = 20_000


def snap(window):
    return window.model.snapshot


def click_action(qtbot, window, action):
    qtbot.mouseClick(window.toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)


def click_scene_item(qtbot, view, item, offset=None):
    center = item.sceneBoundingRect().center() if offset is None else offset
    pos = view.mapFromScene(center)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_play_trains_and_loss_falls(qtbot, window):
    click_action(qtbot, window, window.action_set.play)
    qtbot.waitUntil(lambda: snap(window).epoch >= 40, timeout=TIMEOUT)
    click_action(qtbot, window, window.action_set.play)  # pause
    qtbot.waitUntil(lambda: not snap(window).playing, timeout=TIMEOUT)
    losses = window.model.history.column("train_loss")
    assert losses[-1] < 0.8 * losses[0]
    assert "Epoch" in window.action_set.counters.text()


def test_step_is_one_batch_or_one_epoch(qtbot, window):
    window.activateWindow()
    window.action_set.step_mode.setCurrentIndex(window.action_set.step_mode.findData("batch"))
    window.action_set.step.trigger()
    qtbot.waitUntil(lambda: snap(window).step == 1, timeout=TIMEOUT)
    assert snap(window).epoch == 0 and snap(window).position == 10
    window.action_set.step_mode.setCurrentIndex(window.action_set.step_mode.findData("epoch"))
    window.action_set.step.trigger()
    qtbot.waitUntil(lambda: snap(window).epoch == 1, timeout=TIMEOUT)
    assert snap(window).step == 25 and snap(window).position == 0  # 250 points, batch 10


def test_space_and_arrow_keys(qtbot, window):
    window.network_view.setFocus()
    qtbot.keyClick(window.network_view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: snap(window).epoch == 1, timeout=TIMEOUT)
    qtbot.keyClick(window.network_view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: snap(window).playing, timeout=TIMEOUT)
    qtbot.keyClick(window.network_view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not snap(window).playing, timeout=TIMEOUT)


def test_editing_a_link_while_paused_changes_the_map(qtbot, window):
    before = snap(window).maps.output.copy()
    view = window.network_view
    link = view.links[(2, 0, 0)]  # from the last hidden layer's first unit to the output
    click_scene_item(qtbot, view, link, link.path().pointAtPercent(0.5))
    assert view.editor.isVisible()
    view.editor.clear()
    qtbot.keyClicks(view.editor, "-4.5")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: snap(window).weights[2][0, 0] == -4.5, timeout=TIMEOUT)
    assert not np.allclose(before, snap(window).maps.output)
    assert link.value == -4.5


def test_dragging_a_bias(qtbot, window):
    view = window.network_view
    bias = view.biases[(0, 0)]
    start = view.mapFromScene(bias.sceneBoundingRect().center())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start - QPoint(0, 40))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start - QPoint(0, 40))
    qtbot.waitUntil(lambda: snap(window).biases[0][0] > 0.2, timeout=TIMEOUT)


def test_growing_the_network_while_training(qtbot, window):
    failures = []
    window.worker.failed.connect(failures.append)
    view = window.network_view

    def plus_buttons(tip):
        return [i for i in view.scene().items() if getattr(i, "toolTip", lambda: "")() == tip]

    def add_neuron_to_first_layer():
        first_layer = min(plus_buttons("Add a neuron to this layer"),
                          key=lambda i: i.scenePos().x())
        click_scene_item(qtbot, view, first_layer)

    window.model.play()
    qtbot.waitUntil(lambda: snap(window).epoch >= 5, timeout=TIMEOUT)
    click_scene_item(qtbot, view, plus_buttons("Add a hidden layer")[0])
    qtbot.waitUntil(lambda: snap(window).units == [4, 2, 2, 1], timeout=TIMEOUT)
    add_neuron_to_first_layer()
    qtbot.waitUntil(lambda: snap(window).units == [5, 2, 2, 1], timeout=TIMEOUT)
    epoch = snap(window).epoch
    qtbot.waitUntil(lambda: snap(window).epoch >= epoch + 5, timeout=TIMEOUT)
    assert snap(window).playing and not failures
    # The weights that still exist are kept: exactly, as seen when paused.
    window.model.pause()
    qtbot.waitUntil(lambda: not snap(window).playing, timeout=TIMEOUT)
    trained = snap(window).weights[0].copy()
    add_neuron_to_first_layer()
    qtbot.waitUntil(lambda: snap(window).units == [6, 2, 2, 1], timeout=TIMEOUT)
    assert np.array_equal(snap(window).weights[0][:, :5], trained)


def test_diverging_learning_rate_pauses_with_a_message(qtbot, window):
    c = window.controls
    qtbot.mouseClick(c.dataset_buttons["plane"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: snap(window).data.problem == "regression", timeout=TIMEOUT)
    c.activation.setCurrentIndex(c.activation.findData("relu"))
    c.activation.activated.emit(c.activation.currentIndex())
    c.lr.lineEdit().setFocus()
    c.lr.lineEdit().selectAll()
    qtbot.keyClicks(c.lr.lineEdit(), "10")
    qtbot.keyClick(c.lr.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: snap(window).settings.train.lr == 10.0, timeout=TIMEOUT)
    window.model.play()
    qtbot.waitUntil(lambda: snap(window).diverged and not snap(window).playing,
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.boundary_view.banner.isVisible(), timeout=TIMEOUT)
    assert "diverged" in window.boundary_view.banner.text()
    assert "diverged" in window.statusBar().currentMessage()
    window.action_set.rewind.trigger()
    qtbot.waitUntil(lambda: not snap(window).diverged, timeout=TIMEOUT)
    assert not window.boundary_view.banner.isVisible()
    assert snap(window).epoch == 0


def test_bad_learning_rate_is_refused(qtbot, window):
    c = window.controls
    c.lr.lineEdit().setFocus()
    c.lr.lineEdit().selectAll()
    qtbot.keyClicks(c.lr.lineEdit(), "fast")
    qtbot.keyClick(c.lr.lineEdit(), Qt.Key.Key_Return)
    assert "not a positive number" in window.statusBar().currentMessage()
    assert snap(window).settings.train.lr == 0.03


def test_feature_toggle_and_hover_map(qtbot, window):
    view = window.network_view
    x1sq = next(i for i in view.scene().items() if getattr(i, "feature", None) == "x1sq")
    click_scene_item(qtbot, view, x1sq)
    qtbot.waitUntil(lambda: snap(window).features == ("x1", "x2", "x1sq"), timeout=TIMEOUT)
    window.model.hover((0, 1))
    qtbot.waitUntil(lambda: snap(window).maps.full is not None, timeout=TIMEOUT)
    assert snap(window).maps.full.shape == (100, 100)
    assert "hovered" in window.boundary_view.caption.text()


def test_closing_while_training_is_clean(qtbot, window, capfd):
    import time

    window.model.play()
    qtbot.waitUntil(lambda: snap(window).epoch >= 3, timeout=TIMEOUT)
    start = time.monotonic()
    window.close()
    assert window.worker_thread.isFinished()
    assert time.monotonic() - start < AT_ONCE
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_loss_axes_follow_the_curve_in_steps_until_the_user_zooms(qtbot, window):
    from mlpviz.gui.views.loss_view import nice_ceiling

    assert [nice_ceiling(v) for v in (0.27, 1.0, 3.1, 11.0, 1234.0)] == \
        pytest.approx([0.3, 1, 4, 12, 1500])
    view = window.loss_view
    window.model.send(c.TrainEpochs(30))
    qtbot.waitUntil(lambda: snap(window).epoch == 30 and not snap(window).playing,
                    timeout=TIMEOUT)
    window.clock.flush()
    (x0, x1), (y0, y1) = view.plot.vb.viewRange()
    assert x0 <= 0 and 30 < x1 <= 31  # 30 epochs: the x axis ends at 30 (2 % padding)
    assert y1 >= window.model.history.column("train_loss").max()
    _wheel(view.plot_widget.viewport(), 240)  # the user zooms in ...
    zoomed = view.plot.vb.viewRange()
    assert zoomed[0][1] < x1
    window.model.send(c.TrainEpochs(40))
    qtbot.waitUntil(lambda: snap(window).epoch == 70 and not snap(window).playing,
                    timeout=TIMEOUT)
    window.clock.flush()
    assert view.plot.vb.viewRange() == zoomed  # ... and the view stays where the user put it
    view.plot.autoBtn.clicked.emit(view.plot.autoBtn)  # pyqtgraph's "A": follow again
    assert 80 < view.plot.vb.viewRange()[0][1] <= 82  # 70 epochs: 80


def _wheel(widget, delta: int) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, delta),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_cyclic_garbage_is_collected_on_the_gui_thread(qtbot, window):
    """Freeing Qt wrappers on a worker thread deadlocked once: the collector runs on a GUI
    timer only."""
    import gc
    import threading

    assert not gc.isenabled()
    collected_on_gui_thread = []

    class Cycle:
        def __del__(self) -> None:
            collected_on_gui_thread.append(threading.current_thread() is threading.main_thread())

    cycle = Cycle()
    cycle.me = cycle
    del cycle
    kept: list = []  # containers that stay alive count towards the collector's threshold
    worker = threading.Thread(target=lambda: kept.extend([] for _ in range(5000)))
    worker.start()
    worker.join()
    assert collected_on_gui_thread == []  # not collected on the allocating thread ...
    qtbot.waitUntil(lambda: bool(collected_on_gui_thread), timeout=TIMEOUT)
    assert collected_on_gui_thread == [True]  # ... but by the GUI thread's timer
