"""The labs and the network quiver in the real window."""

import numpy as np
from PySide6.QtCore import QPointF, Qt

from mlpviz.core.nn.network import MLP
from mlpviz.core.session import commands as c

TIMEOUT = 30_000


def test_descent_1d_lab(qtbot, window):
    window.open_lab("descent1d")
    lab = window.labs.descent1d
    assert lab.table.item(1, 2).text() == "7.2" and lab.table.item(2, 3).text() == "16.3504"
    lab.load_preset(1)  # the quiz: four learning rates side by side
    text = lab.summary.text()
    for word in ("crawls", "converges", "oscillates", "diverges"):
        assert word in text
    # Every η is in the table: 13 rows (steps 0 … 12) for each of the four.
    assert lab.table.rowCount() == 4 * 13
    assert {lab.table.item(r, 0).text() for r in range(lab.table.rowCount())} == \
        {"0.01", "0.3", "0.9", "1.05"}
    lab.rates.setText("0.5")  # x reaches 3 in one step: that converges, it does not oscillate
    lab.run()
    assert "η = 0.5: converges" in lab.summary.text()
    lab.expr.setText("__import__('os').system('true')")  # named for what it is
    lab.run()
    assert "'__import__('os').system(…)' is not a function a formula may use" in \
        lab.summary.text().replace("&#x27;", "'")
    for constant in ("5", "1/0", "sqrt(-1)"):  # no exception, a line on the plot or none
        lab.expr.setText(constant)
        lab.run()
        assert "η = 0.5" in lab.summary.text()
    lab.expr.setText("x^4 - 3*x")
    lab.rates.setText("0.01")
    lab.run()
    assert "η = 0.01" in lab.summary.text()


def test_descent_2d_lab_click_starts_paths(qtbot, window):
    window.open_lab("descent2d")
    lab = window.labs.descent2d
    vb = lab.plot.getPlotItem().vb
    pos = lab.plot.mapFromScene(vb.mapViewToScene(QPointF(1.5, 2.0)))
    qtbot.mouseClick(lab.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert abs(lab.start[0] - 1.5) < 0.1 and abs(lab.start[1] - 2.0) < 0.1
    xs, ys = lab.path_items["sgd"].getData()
    assert abs(xs[0] - lab.start[0]) < 1e-9 and abs(xs[-1]) < abs(xs[0])
    lab.surface.setCurrentIndex(lab.surface.findData("rosenbrock"))
    lab.set_surface()
    assert lab.current.name == "rosenbrock"


def test_activation_lab_collapses_a_linear_network(qtbot, window):
    window.open_lab("activations")
    lab = window.labs.activations
    net = MLP.create(2, [3, 3], 1, "linear", "linear", rng=np.random.default_rng(2))
    lab.show_collapse(net)
    assert "boundaries are identical" in lab.collapse_text.text()
    a, b = (img.image for img in lab.images)
    np.testing.assert_allclose(a, b, atol=1e-9)


def test_quiz03_trains_three_side_by_side(qtbot, window):
    """The three boundaries show as they train, every ten epochs, not only at the end."""
    window.open_lab("quiz03")
    lab = window.labs.quiz03
    lab.epochs.setValue(100)
    with qtbot.waitSignal(lab.finished, timeout=TIMEOUT):
        lab.button.click()
    assert lab.shown_epochs == list(range(10, 101, 10))
    for act in ("linear", "relu", "sigmoid"):
        assert lab.labels[act].text().startswith("test loss")


def test_network_quiver_follows_training(qtbot, window):
    quiver = window.quiver_view
    window.quiver_dock.raise_()
    window.model.play()
    qtbot.waitUntil(lambda: len(quiver.compute_seconds) >= 2 and len(quiver.path) > 3,
                    timeout=TIMEOUT)
    window.model.pause()
    assert quiver.keys == [("w", 2, 0, 0), ("w", 2, 1, 0)]
    assert quiver.image.image.shape == (11, 11)
    assert "E over w" in quiver.title.text()


def test_picking_two_parameters_on_the_diagram(qtbot, window):
    window.quiver_dock.raise_()
    quiver, view = window.quiver_view, window.network_view
    quiver.pick.setChecked(True)
    for key in ((2, 1, 0), (2, 0, 0)):
        link = view.links[key]
        pos = view.mapFromScene(link.path().pointAtPercent(0.3))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert quiver.keys == [("w", 2, 1, 0), ("w", 2, 0, 0)]
    assert not quiver.pick.isChecked() and not view.editor.isVisible()


def test_lecture_presets_from_the_menu(qtbot, window):
    window.apply_preset("perceptron_and")
    qtbot.waitUntil(lambda: window.model.snapshot.units == [1]
                    and window.model.snapshot.output_activation == "step", timeout=TIMEOUT)
    assert "AND" in window.boundary_view.watch.text()
    window.model.send(c.TrainEpochs(30))
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 30
                    and not window.model.snapshot.playing, timeout=TIMEOUT)
    assert window.model.snapshot.result.train_accuracy == 1.0
