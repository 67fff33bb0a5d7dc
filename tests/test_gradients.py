"""Finite-difference checks of backprop for every activation and loss."""

import zlib

import numpy as np
import pytest

from mlpviz.core.nn.activations import ACTIVATIONS, ELEMENTWISE
from mlpviz.core.nn.losses import CROSS_ENTROPY_OUTPUTS
from mlpviz.core.nn.network import MLP
from mlpviz.core.nn.targets import class_range, encode
from mlpviz.core.training.optimizers import add_penalty_gradient, penalty

EPS = 1e-6


def numeric_gradient(net: MLP, x, t, param):
    g = np.zeros_like(param)
    it = np.nditer(param, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = param[i]
        param[i] = old + EPS
        up = net.loss_value(x, t)
        param[i] = old - EPS
        down = net.loss_value(x, t)
        param[i] = old
        g[i] = (up - down) / (2 * EPS)
    return g


def check(net: MLP, x, t):
    grads = net.backward(net.forward(x), t)
    for p, g in zip(net.weights + net.biases, grads.weights + grads.biases, strict=True):
        np.testing.assert_allclose(g, numeric_gradient(net, x, t, p), rtol=1e-5, atol=1e-8)


def _pairs():
    for loss in ("mse", "cross_entropy"):
        outputs = ACTIVATIONS if loss == "mse" else CROSS_ENTROPY_OUTPUTS
        for hidden in ELEMENTWISE:
            for out in outputs:
                yield hidden, out, loss


@pytest.mark.parametrize("hidden, output, loss", list(_pairs()))
def test_backprop_matches_finite_differences(hidden, output, loss):
    # A seed of its own for each case, the same every run (hash() of a str is not).
    rng = np.random.default_rng(zlib.crc32(f"{hidden} {output} {loss}".encode()))
    k = 3 if output == "softmax" else 2
    net = MLP.create(3, [4, 3], k, hidden, output, loss, rng)
    for w in net.weights[:-1]:  # larger hidden weights: units work away from 0
        w *= 3
    x = rng.normal(size=(5, 3))
    if output == "softmax":
        t = encode(rng.integers(0, k, size=5), "multiclass", output, k)
    elif loss == "cross_entropy":  # each output unit its own binary class
        lo, hi = class_range(output)
        t = np.where(rng.integers(0, 2, size=(5, k)) == 1, hi, lo)
    else:
        t = rng.normal(size=(5, k))
    check(net, x, t)


def test_step_gradient_is_zero():
    rng = np.random.default_rng(1)
    net = MLP.create(2, [3], 1, "step", "sigmoid", "mse", rng)
    x = rng.normal(size=(4, 2))
    grads = net.backward(net.forward(x), np.zeros((4, 1)))
    assert not grads.weights[0].any() and not grads.biases[0].any()
    assert grads.weights[1].any()


def test_zero_hidden_layers():
    rng = np.random.default_rng(2)
    net = MLP.create(2, [], 1, "tanh", "sigmoid", "cross_entropy", rng)
    check(net, rng.normal(size=(6, 2)), rng.integers(0, 2, size=(6, 1)).astype(float))


@pytest.mark.parametrize("name", ["l1", "l2"])
def test_penalty_gradient(name):
    rng = np.random.default_rng(3)
    w = [rng.normal(size=(3, 2))]
    g = [np.zeros((3, 2))]
    add_penalty_gradient(name, 0.1, w, g)
    numeric = np.zeros_like(w[0])
    for i in np.ndindex(w[0].shape):
        old = w[0][i]
        w[0][i] = old + EPS
        up = penalty(name, 0.1, w)
        w[0][i] = old - EPS
        down = penalty(name, 0.1, w)
        w[0][i] = old
        numeric[i] = (up - down) / (2 * EPS)
    np.testing.assert_allclose(g[0], numeric, rtol=1e-6)
    assert penalty("l2", 0.1, [np.array([[1.0, 2.0]])]) == pytest.approx(0.25)
