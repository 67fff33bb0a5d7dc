"""The labs' numbers: gradient descent, the safe expression parser, quivers, linear collapse
and the lecture presets."""

import numpy as np
import pytest

from mlpviz.core.errors import MlpvizError
from mlpviz.core.lessons.descent import (
    SURFACES,
    descend_expression,
    descent_path,
    quadratic_factor,
    quiver_grid,
)
from mlpviz.core.lessons.expression import Expression
from mlpviz.core.lessons.linear_collapse import collapse, is_equivalent
from mlpviz.core.lessons.presets import PRESETS, quiz03
from mlpviz.core.nn.network import MLP
from mlpviz.core.training.landscape import loss_landscape, parameter_index


def test_lecture_1d_sequence():
    path = descend_expression(Expression("(x - 3)^2 + 10"), 10.0, 0.2, 3)
    assert [round(p.x, 9) for p in path] == [10.0, 7.2, 5.52, 4.512]
    assert [round(p.y, 9) for p in path[:3]] == [59.0, 27.64, 16.3504]
    assert [p.slope for p in path[:2]] == pytest.approx([14.0, 8.4], rel=1e-12)


@pytest.mark.parametrize("lr, behaviour", [(0.01, "crawls"), (0.3, "converges"),
                                           (0.9, "oscillates"), (1.05, "diverges")])
def test_quiz_learning_rates(lr, behaviour):
    path = descend_expression(Expression("x^2 - 6*x + 4"), 0.0, lr, 30)
    gaps = np.array([p.x - 3 for p in path])
    factor = quadratic_factor(lr)
    np.testing.assert_allclose(gaps[1:], gaps[:-1] * factor, atol=1e-9 * np.abs(gaps).max())
    if behaviour == "crawls":
        assert abs(gaps[-1]) > 1.5
    elif behaviour == "converges":
        assert abs(gaps[-1]) < 1e-6
    elif behaviour == "oscillates":
        assert np.sign(gaps[1]) != np.sign(gaps[2]) and abs(gaps[-1]) < abs(gaps[0])
    else:
        assert abs(gaps[-1]) > abs(gaps[0])


def test_divergence_threshold_is_one():
    assert abs(quadratic_factor(1.0)) == 1.0
    assert abs(quadratic_factor(0.999)) < 1 < abs(quadratic_factor(1.001))


@pytest.mark.parametrize("text", ["__import__('os')", "x.real", "open(x)", "lambda: 1",
                                  "[x]", "x if x else 1", "'a'", "x; y", "y", "sin(x, x)",
                                  "().__class__", "x ** 2 ** 100000" * 20])
def test_parser_refuses(text):
    with pytest.raises(MlpvizError):
        Expression(text)


def test_evaluation_never_raises():
    assert Expression("9^9^9")(x=1.0) == np.inf
    assert Expression("1/x")(x=0.0) == np.inf
    assert np.isnan(Expression("log(x)")(x=-1.0))


def test_parser_functions_and_derivatives():
    e = Expression("sin(x) * exp(x) + sqrt(x) - log(x) / x + tanh(x) + abs(x) + pi")
    d = e.derivative()
    x, h = 1.3, 1e-6
    numeric = (e(x=x + h) - e(x=x - h)) / (2 * h)
    assert d(x=x) == pytest.approx(numeric, rel=1e-7)
    assert Expression("2^x").derivative()(x=1.0) == pytest.approx(2 * np.log(2))


def test_2d_quiver_is_minus_the_analytic_gradient():
    x, y, u, v = quiver_grid(SURFACES["bowl"], 20)
    np.testing.assert_allclose(u, -2 * x)
    np.testing.assert_allclose(v, -2 * y)
    assert x.min() == -5 and x.max() == 5


@pytest.mark.parametrize("opt", ["sgd", "momentum", "adam"])
def test_2d_descent_reaches_the_bowl_minimum(opt):
    path = descent_path(SURFACES["bowl"], (-4.0, 3.5), opt, 0.1, 300)
    assert np.abs(path[-1]).max() < 0.05


@pytest.mark.parametrize("k1, k2", [(("w", 0, 1, 2), ("b", 1, 0)),  # across layers
                                    (("w", 1, 0, 0), ("w", 1, 2, 0))])  # both in the last
def test_network_quiver_matches_finite_differences(k1, k2):
    rng = np.random.default_rng(0)
    net = MLP.create(2, [3], 1, "tanh", "tanh", rng=rng)
    x = rng.normal(size=(20, 2))
    t = np.sign(rng.normal(size=(20, 1)))
    land = loss_landscape(net, x, t, k1, k2, span=1.0, n=5)
    i1, i2 = parameter_index(net, k1), parameter_index(net, k2)
    for idx, key in ((i1, k1), (i2, k2)):
        value = net.weights[key[1]][key[2], key[3]] if key[0] == "w" \
            else net.biases[key[1]][key[2]]
        assert net.params[idx] == value
    probe = net.copy()
    h = 1e-6
    for r in (0, 2, 4):
        for c in (1, 3):
            probe.params[i1], probe.params[i2] = land.p1[c], land.p2[r]
            base = probe.params.copy()
            for idx, grad in ((i1, land.grad1), (i2, land.grad2)):
                probe.params[:] = base
                probe.params[idx] += h
                up = probe.loss_value(x, t)
                probe.params[idx] -= 2 * h
                down = probe.loss_value(x, t)
                assert grad[r, c] == pytest.approx((up - down) / (2 * h), rel=1e-5, abs=1e-9)
            probe.params[:] = base
            assert land.loss[r, c] == pytest.approx(probe.loss_value(x, t))


def test_many_linear_layers_equal_one():
    rng = np.random.default_rng(1)
    net = MLP.create(2, [3, 4], 1, "linear", "linear", rng=rng)
    one = collapse(net)
    assert one.units == [1]
    points = rng.uniform(-6, 6, size=(500, 2))
    assert is_equivalent(net, one, points)
    # So the boundaries (where the output changes sign) are the same.
    assert (np.sign(net.predict(points)) == np.sign(one.predict(points))).all()
    with pytest.raises(MlpvizError):
        collapse(MLP.create(2, [3], 1, "tanh", "linear", rng=rng))


@pytest.mark.parametrize("key", list(PRESETS))
def test_presets_reach_their_outcome(key):
    preset = PRESETS[key]
    trainer = preset.trainer()
    for _ in range(preset.epochs):
        trainer.train_epoch()
    assert preset.outcome(trainer), (key, trainer.last_result)


def test_quiz03_linear_cannot_solve_xor():
    r = quiz03(epochs=150, grid=20)
    assert r["linear"]["test_loss"] > 0.4
    assert r["relu"]["test_loss"] < 0.5 * r["linear"]["test_loss"]
    assert r["relu"]["map"].shape == (20, 20)


def test_quiz03_shows_the_difference_and_trains_in_step():
    """Issue 24: at its default 300 epochs a curving activation is ahead of linear by at
    least ten points (sigmoid had 68 % to linear's 66 %), and the three train in step, so
    the window shows them side by side as they go."""
    from mlpviz.core.lessons.presets import QUIZ03_EPOCHS, quiz03_run

    runs = list(quiz03_run(grid=10, every=50))
    assert [epoch for epoch, _ in runs] == list(range(50, QUIZ03_EPOCHS + 1, 50))
    last = runs[-1][1]
    linear = last["linear"]["test_accuracy"]
    assert max(last["relu"]["test_accuracy"], last["sigmoid"]["test_accuracy"]) >= linear + 0.1
    assert last["sigmoid"]["test_accuracy"] >= linear + 0.1
