"""The tables everything else reads: every activation complete in one entry, every name the
kernels may meet with its code, and the kernels refusing a code they have no branch for."""

import re

import numpy as np
import pytest

from mlpviz.core.nn.activations import ACTIVATIONS
from mlpviz.core.nn.losses import LOSSES
from mlpviz.core.nn.network import MLP
from mlpviz.core.nn.targets import encode
from mlpviz.core.training import compiled
from mlpviz.core.training.kernel_args import NO_LABELS, NetArrays, Rows, UpdateRule
from mlpviz.core.training.optimizers import OPTIMIZERS, REGULARIZATIONS


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_every_activation_has_every_entry(name):
    a = ACTIVATIONS[name]
    assert a.name == name and a.display.strip()
    assert callable(a.forward)
    assert (a.derivative is None) == (name == "softmax")
    for text in (a.formula, a.html, a.latex):
        assert text.strip()
    assert "{z}" in a.html and "{z}" in a.latex
    a.html.format(z="1.5")  # the braces are escaped where they must be
    a.latex.format(z="1.5")
    assert bool(a.slope_html) == (name != "softmax")
    lo, hi = a.output_range
    assert lo < hi
    t_lo, t_hi = a.class_targets
    assert lo <= t_lo < t_hi <= hi  # the targets can be reached
    c_lo, c_hi = a.color_scale
    assert c_lo < c_hi
    assert re.fullmatch(r"#[0-9a-f]{6}", a.color)
    np.testing.assert_array_equal(encode(np.array([0, 1]), "classification", name, 1)[:, 0],
                                  [t_lo, t_hi])


def test_every_registered_name_has_a_kernel_code():
    from mlpviz.core.training import compiled_kernels as k
    from mlpviz.core.training.kernel_blocks import ACTIVATION_CODES

    codes = [a.code for a in ACTIVATIONS.values()]
    assert len(set(codes)) == len(codes) and set(codes) == ACTIVATION_CODES
    assert sorted(loss.code for loss in LOSSES.values()) == sorted({k.MSE, k.CROSS_ENTROPY})
    gradient = {n: cls.code for n, cls in OPTIMIZERS.items() if n != "perceptron"}
    assert sorted(gradient.values()) == sorted({k.SGD, k.MOMENTUM, k.ADAM})
    assert OPTIMIZERS["perceptron"].code is None  # it has a backend of its own
    assert sorted(REGULARIZATIONS.values()) == sorted({k.NO_PENALTY, k.L1, k.L2})


def _bundles(acts=(2, 1), loss=0, optimizer=0, reg=0):
    net = MLP.create(2, [3], 1, "tanh", "sigmoid", rng=np.random.default_rng(0))
    arrays = NetArrays(net.params, net.grad, np.array([2, 3, 1], dtype=np.int64),
                       np.array(acts, dtype=np.int64), loss)
    rule = UpdateRule(2, optimizer, 0.1, 0.9, 0.999, 1e-8, reg, 0.0, np.zeros(net.params.size),
                      np.zeros(net.params.size), np.zeros(1, dtype=np.int64))
    rows = Rows(np.zeros((4, 2)), np.zeros((4, 1)), NO_LABELS)
    return arrays, rule, rows


@pytest.mark.parametrize("bad, message", [
    ({"acts": (2, 42)}, "unknown activation code"),
    ({"loss": 7}, "unknown loss code"),
    ({"optimizer": 9}, "unknown optimizer code"),
    ({"reg": 5}, "unknown regularization code"),
])
def test_the_kernels_refuse_an_unknown_code(bad, message):
    assert compiled.load()
    from mlpviz.core.training import compiled_kernels as k

    net, rule, rows = _bundles(**bad)
    before = net.params.copy()
    with pytest.raises(ValueError, match=message):
        k.train_steps(net, rule, rows, np.arange(4), 0, 2)
    np.testing.assert_array_equal(net.params, before)  # refused before any arithmetic
    if "acts" in bad or "loss" in bad:
        with pytest.raises(ValueError, match=message):
            k.evaluate(net, rows, 0.5)
