"""The confusion matrices and the stop condition in the real window."""

import numpy as np

from mlpviz.core.nn.targets import confusion
from mlpviz.core.session import commands as c

TIMEOUT = 30_000


def test_confusion_counts():
    out = np.array([[0.9], [0.2], [0.7], [0.4], [0.6]])  # sigmoid: class 1 above 0.5
    labels = np.array([1, 0, 0, 1, 1])
    np.testing.assert_array_equal(confusion(out, labels, "sigmoid", 2), [[1, 1], [1, 2]])
    soft = np.eye(3)[[0, 2, 2, 1]]
    np.testing.assert_array_equal(confusion(soft, np.array([0, 2, 1, 1]), "softmax", 3),
                                  [[1, 0, 0], [0, 1, 1], [0, 0, 1]])


def _trained(qtbot, window, epochs):
    window.model.send(c.TrainEpochs(epochs))
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= epochs
                    and not window.model.snapshot.playing, timeout=TIMEOUT)


def test_the_confusion_dock_follows_training(qtbot, window):
    view = window.confusion_view
    window.confusion_dock.raise_()
    _trained(qtbot, window, 30)
    snap = window.model.snapshot
    qtbot.waitUntil(lambda: view.shown is not None and window.model.snapshot is snap
                    and not view._dirty, timeout=TIMEOUT)
    train, test, sampled = view.shown
    d = snap.data
    assert train.sum() == len(d.train_points) and test.sum() == len(d.test_points)
    assert not sampled
    assert np.trace(train) / train.sum() == snap.result.train_accuracy
    assert np.trace(test) / test.sum() == snap.result.test_accuracy
    for count in train.ravel():
        assert f"{count:,}" in view.label.text()
    window.set_language("ko")
    qtbot.waitUntil(lambda: "학습 점" in view.label.text(), timeout=TIMEOUT)
    window.set_language("en")
    window.model.send(c.SetData(dataset="plane"))  # a regression has no classes
    qtbot.waitUntil(lambda: "regression" in view.label.text(), timeout=TIMEOUT)


def test_the_stop_condition_from_the_controls(qtbot, window):
    controls = window.controls
    controls.stop_epoch.setValue(25)
    window.action_set.play.trigger()
    qtbot.waitUntil(lambda: window.model.snapshot.epoch == 25
                    and not window.model.snapshot.playing, timeout=TIMEOUT)
    assert "Stopped at epoch 25" in window.statusBar().currentMessage()
    controls.stop_epoch.setValue(0)  # never: plays on
    controls.patience.setValue(3)
    assert controls.patience.text() == "3 epochs"
    window.action_set.play.trigger()
    qtbot.waitUntil(lambda: window.model.snapshot.epoch > 30, timeout=TIMEOUT)
    window.model.pause()


def test_the_stop_condition_is_remembered(qtbot, tmp_path):
    from .conftest import make_window

    first = make_window(qtbot, tmp_path, settings_name="stop.ini")
    first.controls.stop_epoch.setValue(12)
    first.controls.patience.setValue(4)
    first.shutdown()
    again = make_window(qtbot, tmp_path, settings_name="stop.ini")
    assert (again.controls.stop_epoch.value(), again.controls.patience.value()) == (12, 4)
    again.action_set.play.trigger()
    qtbot.waitUntil(lambda: not again.model.snapshot.playing
                    and again.model.snapshot.epoch == 12, timeout=TIMEOUT)
