"""A diverged session in the window (plane, ReLU, η = 10, batch 1: NaN weights) keeps every
view working, and saves its last finite state with a note."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from mlpviz.core.session import commands as c
from mlpviz.core.session.session_file import load_session
from mlpviz.gui.labs.lab_window import LABS

from .conftest import written

TIMEOUT = 30_000


@pytest.fixture
def diverged(qtbot, window):
    model = window.model
    model.send(c.SetData(dataset="plane"))
    model.send(c.SetActivation("relu"))
    model.send(c.SetTraining(lr=10.0, batch_size=1))
    model.play()
    qtbot.waitUntil(lambda: model.snapshot.diverged and not model.snapshot.playing,
                    timeout=TIMEOUT)
    assert not all(np.isfinite(w).all() for w in model.snapshot.weights)
    return window


def test_views_draw_a_diverged_network(qtbot, diverged):
    shown = diverged.clock.frames if hasattr(diverged.clock, "frames") else None
    diverged.grab()  # every view paints NaN weights without raising (pytest-qt fails on it)
    diverged.quiver_view.set_shown(True)
    qtbot.wait(300)
    diverged.grab()
    assert shown is None or diverged.clock.frames >= shown


def test_a_diverged_session_saves_its_last_finite_state(qtbot, diverged, tmp_path):
    messages = []
    diverged.model.message.connect(lambda text, error: messages.append(text))
    path = tmp_path / "d.mlpviz"
    written(qtbot, diverged, diverged.files.save_session, str(path))
    s = load_session(path)
    assert all(np.isfinite(w).all() for w in s.network.weights)
    assert s.epoch == diverged.model.snapshot.fallback.epoch
    assert "diverged" in messages[-1]
    net_path = tmp_path / "d.json"
    written(qtbot, diverged, diverged.files.save_network_file, str(net_path))
    assert net_path.exists()
    diverged.files.autosave()
    diverged.files.autosaver.wait()
    assert load_session(diverged.files.autosave_path).epoch == s.epoch


def test_walkthrough_says_why_and_labs_open_after_divergence(qtbot, diverged):
    messages = []
    diverged.model.message.connect(lambda text, error: messages.append(text))
    diverged.set_walkthrough_mode(True)  # NaN weights have no walkthrough: it says so
    assert not diverged.walkthrough.active and "diverged" in messages[-1]
    diverged.walkthrough_panel.grab()
    diverged.set_walkthrough_mode(False)
    diverged.model.rewind()
    qtbot.waitUntil(lambda: diverged.model.snapshot.fallback is None, timeout=TIMEOUT)
    diverged.set_walkthrough_mode(True)
    qtbot.waitUntil(lambda: diverged.walkthrough.active, timeout=TIMEOUT)
    diverged.set_walkthrough_mode(False)
    for lab in LABS:
        diverged.open_lab(lab)
        diverged.labs.grab()


def test_a_third_feature_while_the_walkthrough_is_open(qtbot, window):
    window.set_walkthrough_mode(True)
    qtbot.waitUntil(lambda: window.walkthrough.active, timeout=TIMEOUT)
    window.model.send(c.SetFeatures(("x1", "x2", "x1sq")))
    qtbot.waitUntil(lambda: window.model.snapshot.features == ("x1", "x2", "x1sq"),
                    timeout=TIMEOUT)
    for _ in range(10):  # frames go on without an exception (pytest-qt fails on one)
        qtbot.wait(30)
        window.grab()
    window.walkthrough_panel.start()  # the walkthrough starts again on the new network
    qtbot.waitUntil(lambda: window.walkthrough.active
                    and window.walkthrough.net.n_inputs == 3, timeout=TIMEOUT)


def test_the_quiver_with_no_training_points(qtbot, window):
    window.model.send(c.ClearPoints())
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) == 0,
                    timeout=TIMEOUT)
    window.quiver_view.set_shown(True)
    qtbot.wait(600)
    assert not window.quiver_view.busy and "No training points" in \
        window.quiver_view.title.text()
    window.model.send(c.SetData(dataset="xor"))
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) > 0,
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(window.quiver_view.compute_seconds) > 0, timeout=TIMEOUT)


def test_the_diagram_gets_its_room_back_after_divergence(qtbot, tmp_path):
    """Issue 24: a diagram squeezed while training diverged stayed so after recovery until
    View > Reset layout. The banner no longer takes room; recovery restores the diagram."""
    from .conftest import make_window

    window = make_window(qtbot, tmp_path, (1280, 720), language="ko")
    window.setFixedSize(window.size())  # maximized: the window cannot grow
    window.model.send(c.SetData(dataset="plane"))
    window.model.send(c.SetTraining(lr=10.0))
    window.model.play()
    qtbot.waitUntil(lambda: window.model.snapshot.diverged, timeout=20_000)
    assert window.boundary_view.banner.isVisible()
    assert window.boundary_view.banner.parentWidget() is window.boundary_view.plot_box
    window.resizeDocks([window.boundary_dock], [1000], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.docks.starved(), timeout=20_000)
    window.model.send(c.SetTraining(lr=0.03))
    window.model.reset()
    qtbot.waitUntil(lambda: not window.model.snapshot.diverged and not window.docks.starved(),
                    timeout=20_000)
