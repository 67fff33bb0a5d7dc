"""The worker cannot die: the edits that used to kill the training thread, and exceptions
injected into a command and into a training slice, in the real window. Each time the user
sees one plain sentence, and training goes on afterwards."""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mlpviz.core.session import commands as c
from mlpviz.core.training import compiled
from mlpviz.core.training.backends import NumpyBackend
from mlpviz.gui.diagram.network_items import ButtonItem
from mlpviz.gui.kit.error_dialog import ErrorDialog

from .test_main_window import click_action, click_scene_item

TIMEOUT = 20_000


def snap(window):
    return window.model.snapshot


def trains_on(qtbot, window) -> None:
    """Play, see epochs pass, pause."""
    epoch = snap(window).epoch
    window.model.play()
    qtbot.waitUntil(lambda: snap(window).playing and snap(window).epoch >= epoch + 3,
                    timeout=TIMEOUT)
    window.model.pause()
    qtbot.waitUntil(lambda: not snap(window).playing, timeout=TIMEOUT)


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_perceptron_rule_then_space(qtbot, window):
    combo = window.controls.optimizer
    combo.setCurrentIndex(combo.findData("perceptron"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: "perceptron rule trains a single layer" in status(window),
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: combo.currentData() == "sgd", timeout=TIMEOUT)  # shows what runs
    window.network_view.setFocus()
    qtbot.keyClick(window.network_view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: snap(window).playing and snap(window).epoch >= 3, timeout=TIMEOUT)
    assert snap(window).settings.train.optimizer == "sgd"


def test_perceptron_preset_then_add_layer_then_play(qtbot, window):
    window.apply_preset("perceptron_and")
    qtbot.waitUntil(lambda: snap(window).units == [1], timeout=TIMEOUT)
    view = window.network_view
    plus = next(i for i in view.scene().items()
                if isinstance(i, ButtonItem) and i.toolTip() == "Add a hidden layer")
    click_scene_item(qtbot, view, plus)
    qtbot.waitUntil(lambda: snap(window).units == [2, 1], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "goes on with SGD" in status(window), timeout=TIMEOUT)
    assert window.controls.optimizer.currentData() == "sgd"
    click_action(qtbot, window, window.action_set.play)
    qtbot.waitUntil(lambda: snap(window).playing and snap(window).epoch >= 3, timeout=TIMEOUT)


def test_editing_a_removed_link(qtbot, window):
    view = window.network_view
    link = view.links[(0, 1, 3)]  # x2 → the fourth unit of the first hidden layer
    click_scene_item(qtbot, view, link, link.path().pointAtPercent(0.5))
    assert view.editor.isVisible()
    shape = snap(window).structure_version
    window.model.send(c.RemoveUnit(0))  # the fourth unit goes
    qtbot.waitUntil(lambda: snap(window).units == [3, 2, 1], timeout=TIMEOUT)
    assert not view.editor.isVisible()  # the editor closes with its link
    # An edit already on its way when the shape changed is refused, not applied elsewhere.
    window.model.set_weight(0, 1, 2, 3.0, shape)
    qtbot.waitUntil(lambda: "changed shape" in status(window), timeout=TIMEOUT)
    window.model.set_weight(0, 1, 3, 3.0)
    qtbot.waitUntil(lambda: "no unit 4" in status(window), timeout=TIMEOUT)
    assert 3.0 not in snap(window).weights[0]
    trains_on(qtbot, window)


def _dialog(window) -> ErrorDialog | None:
    return window.dialogs.error_dialog


def test_an_exception_in_a_command(qtbot, window):
    # A network that is not one: the handler fails deep inside, not with MlpvizError.
    broken = c.LoadNetwork.__new__(c.LoadNetwork)
    object.__setattr__(broken, "net", "not a network")
    window.model.send(broken)
    qtbot.waitUntil(lambda: _dialog(window) is not None, timeout=TIMEOUT)
    dialog = _dialog(window)
    assert "Something went wrong inside mlpviz while applying your change" in \
        dialog.sentence.text()
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    report = dialog.details.toPlainText()
    assert "Traceback" in report and "LoadNetwork" in report
    dialog.accept()
    qtbot.waitUntil(lambda: _dialog(window) is None, timeout=TIMEOUT)
    trains_on(qtbot, window)


class FailsOnce(NumpyBackend):
    """The NumPy backend, but its first run of steps raises as a bug would."""

    name = "fails once"

    def __init__(self) -> None:
        self.failed = False

    def steps(self, trainer, order, pos, max_steps):
        if not self.failed:
            self.failed = True
            raise ZeroDivisionError("injected")
        return super().steps(trainer, order, pos, max_steps)


def test_an_exception_in_a_training_slice(qtbot, window):
    session = window.worker.session
    if compiled.enabled():  # the window's warm-up swaps the backend: let it happen first
        qtbot.waitUntil(lambda: session.trainer.backend is compiled.BACKEND, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not snap(window).playing, timeout=TIMEOUT)
    backend = FailsOnce()
    session.trainer.use_backend(backend)  # the worker is idle, waiting for a command
    window.model.play()
    qtbot.waitUntil(lambda: _dialog(window) is not None, timeout=TIMEOUT)
    assert "while training" in _dialog(window).sentence.text()
    assert "ZeroDivisionError: injected" in _dialog(window).details.toPlainText()
    qtbot.waitUntil(lambda: not snap(window).playing, timeout=TIMEOUT)  # paused, alive
    assert backend.failed
    trains_on(qtbot, window)
    assert np.isfinite(snap(window).result.train_loss)


def test_reports_while_a_dialog_is_open_go_into_it(qtbot, window):
    for _ in range(3):
        broken = c.LoadNetwork.__new__(c.LoadNetwork)
        object.__setattr__(broken, "net", None)
        window.model.send(broken)
    qtbot.waitUntil(lambda: _dialog(window) is not None and
                    _dialog(window).details.toPlainText().count("Traceback") == 3,
                    timeout=TIMEOUT)
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, ErrorDialog) and w.isVisible()]
    assert len(dialogs) == 1
    assert _dialog(window).sentence.textFormat() == Qt.TextFormat.PlainText
