"""The lecture's worked numbers, to within 1.5e-6 of the slides' printed digits."""

import numpy as np
import pytest

from mlpviz.core.lessons.descent import descend_1d
from mlpviz.core.lessons.trace import walkthrough
from mlpviz.core.nn.losses import get_loss
from mlpviz.core.nn.network import MLP
from mlpviz.core.training.trainer import Trainer, TrainingData

X0 = np.array([0.0, 0.0])
T0 = np.array([0.0])
TOL = 1.5e-6


def close(value, printed):
    assert value == pytest.approx(printed, abs=TOL)


def test_forward_pass(lecture_net):
    fp = lecture_net.forward(X0.reshape(1, 2))
    a1, a2 = fp.activations[1][0]
    close(fp.zs[0][0, 0], 0.1)
    close(a1, 0.524979)
    close(a2, 0.549834)
    close(fp.zs[1][0, 0], 0.892389)
    close(fp.output[0, 0], 0.709383)
    close(lecture_net.loss_value(X0.reshape(1, 2), T0.reshape(1, 1)), 0.251612)


def test_one_backprop_step(lecture_net):
    w = walkthrough(lecture_net, X0, T0, 0.2)
    rec = {r["param"]: r for r in w.records if r["phase"] == "backward"}
    close(rec["w5"]["dE_dout"], 0.709383)
    close(rec["w5"]["dout_dnet"], 0.206158)
    close(rec["w5"]["dnet_dparam"], 0.524979)
    close(rec["w5"]["gradient"], 0.076775)  # slide truncates 0.0767758
    new = {r["param"]: r["new"] for r in w.records if r["phase"] == "update"}
    close(new["w5"], 0.484645)
    close(new["w6"], 0.583918)
    close(new["b3"], 0.270750)
    close(new["b1"], 0.096352)
    close(new["b2"], 0.195656)
    for name, old in (("w1", 0.1), ("w2", 0.2), ("w3", 0.3), ("w4", 0.4)):
        assert new[name] == old
    close(w.loss_after, 0.244687)
    # The walkthrough's update is what training does.
    np.testing.assert_allclose(w.updated.weights[1], [[0.4846448305], [0.5839178497]])


def _train_one_sample(net: MLP, steps: int) -> MLP:
    data = TrainingData(X0.reshape(1, 2), T0.reshape(1, 1), np.empty((0, 2)),
                        np.empty((0, 1)), "regression")
    from mlpviz.core.training.trainer import TrainConfig

    trainer = Trainer(net, data, TrainConfig(lr=0.2, batch_size=1, shuffle=False))
    for _ in range(steps):
        trainer.step()
    return trainer.net


@pytest.mark.parametrize("steps, y, e", [(40_000, 0.0057709, 1.665e-5),
                                         (10_000, 0.012088, 7.31e-5)])
def test_many_steps(lecture_net, steps, y, e):
    net = _train_one_sample(lecture_net, steps)
    out = net.predict(X0.reshape(1, 2))[0, 0]
    assert out == pytest.approx(y, abs=5e-7)
    assert net.loss_value(X0.reshape(1, 2), T0.reshape(1, 1)) == pytest.approx(e, rel=2e-3)


def test_slide_figure_is_40000_steps(lecture_net):
    net = _train_one_sample(lecture_net, 40_000)
    out = net.predict(X0.reshape(1, 2))[0, 0]
    close(out, 0.005770)
    assert round(0.5 * out**2, 6) == 0.000017 or 0.5 * out**2 == pytest.approx(0.000016, abs=1e-6)


def test_quiz04_relu(lecture_net):
    net = MLP(lecture_net.weights, lecture_net.biases, ["relu", "relu"], "mse")
    x = X0.reshape(1, 2)
    fp = net.forward(x)
    np.testing.assert_allclose(fp.activations[1][0], [0.1, 0.2])
    close(fp.output[0, 0], 0.47)
    close(net.loss_value(x, T0.reshape(1, 1)), 0.110450)


def test_gradient_descent_lab():
    path = descend_1d(lambda x: (x - 3) ** 2 + 10, lambda x: 2 * x - 6, 10.0, 0.2, 2)
    assert [round(p.x, 9) for p in path] == [10.0, 7.2, 5.52]
    assert [round(p.y, 9) for p in path] == [59.0, 27.64, 16.3504]
    assert [round(p.slope, 9) for p in path] == [14.0, 8.4, 5.04]


@pytest.mark.parametrize("y, expected", [
    ([0.0, 0.0, 0.8, 0.1, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0], 0.03),
    ([0.9, 0.0, 0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], 0.81),
])
def test_mse_examples(y, expected):
    target = np.zeros((1, 10))
    target[0, 2] = 1.0
    assert get_loss("mse").value(np.array([y]), target, "linear") == pytest.approx(expected)
