"""The headless training session: every command the window sends, without Qt."""

import numpy as np
import pytest

from mlpviz.core.errors import MlpvizError
from mlpviz.core.session import commands as c
from mlpviz.core.session.training_session import TrainingSession
from mlpviz.core.training.history import History


def test_structural_edits_keep_existing_weights():
    e = TrainingSession()
    e.loop.step_epoch()
    w0, w1 = e.net.weights[0].copy(), e.net.weights[1].copy()
    e.apply(c.AddUnit(0))
    assert e.net.units == [5, 2, 1]
    np.testing.assert_array_equal(e.net.weights[0][:, :4], w0)
    np.testing.assert_array_equal(e.net.weights[1][:4], w1)
    e.apply(c.RemoveUnit(0))
    np.testing.assert_array_equal(e.net.weights[0], w0)
    e.apply(c.AddLayer(3))
    assert e.net.units == [4, 2, 3, 1]
    np.testing.assert_array_equal(e.net.weights[0], w0)
    e.apply(c.RemoveLayer())
    e.apply(c.RemoveLayer())
    e.apply(c.RemoveLayer())
    assert e.net.units == [1]
    with pytest.raises(MlpvizError, match="no hidden layer"):
        e.apply(c.RemoveLayer())
    e.loop.step_epoch()  # a net with no hidden layer still trains


def test_features_keep_their_weights():
    e = TrainingSession()
    w0 = e.net.weights[0].copy()
    e.apply(c.SetFeatures(("x1", "x2", "x1x2")))
    np.testing.assert_array_equal(e.net.weights[0][:2], w0)
    assert e.trainer.data.x_train.shape[1] == 3
    e.apply(c.SetFeatures(("x2",)))
    np.testing.assert_array_equal(e.net.weights[0][0], w0[1])
    with pytest.raises(MlpvizError):
        e.apply(c.SetFeatures(()))


def test_data_changes():
    e = TrainingSession()
    e.loop.step_epoch()
    w = e.net.weights[0].copy()
    e.apply(c.Regenerate())  # new points, same network
    np.testing.assert_array_equal(e.net.weights[0], w)
    assert e.snapshot().data.version == 2
    e.apply(c.SetData(dataset="spiral3"))  # new problem: new network
    assert e.net.units[-1] == 3 and e.net.output_activation == "softmax"
    assert e.trainer.epoch == 0
    e.apply(c.SetData(dataset="plane"))
    assert e.net.output_activation == "linear"
    with pytest.raises(MlpvizError):
        e.apply(c.SetData(dataset="nope"))


def test_reset_and_rewind():
    e = TrainingSession()
    start = e.net.weights[0].copy()
    for _ in range(3):
        e.loop.step_epoch()
    e.apply(c.Rewind())
    np.testing.assert_array_equal(e.net.weights[0], start)
    assert e.snapshot().history_reset
    e.apply(c.Reset())
    assert not np.array_equal(e.net.weights[0], start)


def test_snapshot_is_immutable_and_carries_new_history():
    e = TrainingSession()
    s0 = e.snapshot()
    e.loop.step_epoch()
    e.loop.step_epoch()
    s1 = e.snapshot()
    assert s1.history_rows.shape == (2, 5) and not s1.history_reset
    assert e.snapshot().history_rows.shape == (0, 5)
    with pytest.raises(ValueError):
        s1.weights[0][0, 0] = 1.0
    assert s0.maps.output.shape == (100, 100, 1)
    assert [t.shape for t in s1.maps.neuron_thumbs] == [(4, 20, 20), (2, 20, 20), (1, 20, 20)]


def test_grid_map_matches_the_network():
    e = TrainingSession()
    e.loop.step_epoch()
    s = e.snapshot()
    pts = e.picture.grid.points
    exact = e.net.predict(pts)[:, 0].reshape(100, 100)
    np.testing.assert_allclose(s.maps.output[:, :, 0], exact, atol=1e-5)
    assert pts[0, 1] < 0 < pts[-1, 1]  # row 0 is the bottom of the plane


def test_weight_edits_refuse_non_finite():
    e = TrainingSession()
    with pytest.raises(MlpvizError):
        e.apply(c.SetWeight(0, 0, 0, float("nan")))
    e.apply(c.SetWeight(0, 0, 0, 2.5))
    assert e.net.weights[0][0, 0] == 2.5
    with pytest.raises(MlpvizError, match="unknown command"):
        e.apply("explode")


def test_loss_change_keeps_weights():
    e = TrainingSession()
    w = e.net.weights[1].copy()
    e.apply(c.SetLoss("cross_entropy"))
    assert e.net.output_activation == "sigmoid" and e.net.loss_name == "cross_entropy"
    np.testing.assert_array_equal(e.net.weights[1], w)
    e.loop.step_epoch()


def test_million_epoch_history_is_bounded():
    h = History()
    for epoch in range(1, 1_000_001):
        h.append(epoch, 1.0, 1.0)
    assert len(h) <= 1 << 16
    assert h._rows.nbytes < 3_000_000
