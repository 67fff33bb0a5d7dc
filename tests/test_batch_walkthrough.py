"""The walkthrough's harder cases, every number against finite differences: a mini-batch
(each sample's gradient, their mean, the update by SGD, momentum or Adam), binary and
softmax cross-entropy's loss formula, and why ∂E/∂net = out − t for them."""

import math
import re
import subprocess
import sys

import numpy as np
import pytest

from mlpviz.core.lessons.batch_trace import batch_walkthrough, parameters
from mlpviz.core.lessons.trace import walkthrough
from mlpviz.core.nn.network import MLP
from mlpviz.report.batch_text import batch_markdown
from mlpviz.report.loss_text import loss_text, shortcut_text
from mlpviz.report.numbers import fmt
from mlpviz.report.walkthrough_markdown import walkthrough_markdown

H = 1e-6


def _net(output="sigmoid", loss="mse", outputs=1, seed=1):
    return MLP.create(2, [3], outputs, "tanh", output, loss, np.random.default_rng(seed))


def _numeric(net: MLP, x, t) -> np.ndarray:
    """∂E/∂p of the batch-mean loss by central differences, for every parameter."""
    work = net.copy()
    grad = np.empty(work.params.size)
    for p in range(work.params.size):
        keep = work.params[p]
        work.params[p] = keep + H
        up = work.loss_value(x, t)
        work.params[p] = keep - H
        down = work.loss_value(x, t)
        work.params[p] = keep
        grad[p] = (up - down) / (2 * H)
    return grad


BATCH_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.3, -0.7]])


@pytest.mark.parametrize("output, loss, outputs", [("sigmoid", "mse", 1),
                                                   ("sigmoid", "cross_entropy", 1),
                                                   ("tanh", "cross_entropy", 1),
                                                   ("softmax", "cross_entropy", 3),
                                                   ("linear", "mse", 2)])
@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_a_batch_every_number_against_finite_differences(output, loss, outputs, optimizer):
    net = _net(output, loss, outputs)
    rng = np.random.default_rng(7)
    if output == "softmax":
        t = np.eye(outputs)[rng.integers(0, outputs, len(BATCH_X))]
    elif output == "tanh":
        t = rng.choice([-1.0, 1.0], size=(len(BATCH_X), outputs))
    else:
        t = rng.integers(0, 2, size=(len(BATCH_X), outputs)).astype(float)
    b = batch_walkthrough(net, BATCH_X, t, 0.2, optimizer)
    samples = [r for r in b.records if r["phase"] == "sample"]
    means = [r for r in b.records if r["phase"] == "mean"]
    steps = [r for r in b.records if r["phase"] == "step"]
    assert len(samples) == 5 and len(means) == len(steps) == net.params.size
    for s, r in enumerate(samples):  # each sample's own gradient
        np.testing.assert_allclose(r["gradients"], _numeric(net, BATCH_X[s:s + 1], t[s:s + 1]),
                                   atol=1e-7)
        assert math.isclose(r["loss"], net.loss_value(BATCH_X[s:s + 1], t[s:s + 1]))
    numeric = _numeric(net, BATCH_X, t)  # their mean is the batch's gradient
    np.testing.assert_allclose([r["mean"] for r in means], numeric, atol=1e-7)
    for p, (r, m) in enumerate(zip(steps, means, strict=True)):
        assert r["gradient"] == m["mean"] == pytest.approx(np.mean(m["gradients"]))
        g = r["gradient"]
        if optimizer == "sgd":
            expected = r["old"] - 0.2 * g
        elif optimizer == "momentum":
            assert r["velocity"] == pytest.approx(g)  # v = β·0 + ḡ
            expected = r["old"] - 0.2 * g
        else:
            assert r["m_hat"] == pytest.approx(g) and r["v_hat"] == pytest.approx(g * g)
            expected = r["old"] - 0.2 * g / (abs(g) + 1e-8)
        assert r["new"] == pytest.approx(expected, abs=1e-12)
        assert b.updated.params[p] == r["new"]
    assert b.records[-1]["loss_after"] == pytest.approx(b.updated.loss_value(BATCH_X, t))


def test_binary_cross_entropy_is_printed_as_it_is_computed():
    net = _net("sigmoid", "cross_entropy")
    w = walkthrough(net, [0.5, -0.2], [0.0], 0.2)
    loss = next(r for r in w.records if r["phase"] == "loss")
    formula, numbers = loss_text(loss)
    assert formula == "E = −Σ [t · log out + (1 − t) · log (1 − out)]"
    y = loss["outputs"][0]
    assert loss["value"] == pytest.approx(-math.log(1 - y))  # t = 0: not 0
    assert numbers.endswith(f"= {fmt(loss['value'])}")
    md = walkthrough_markdown(w)
    assert r"\log (1 - \mathrm{out})" in md and r"-\sum t \log \mathrm{out} =" not in md


@pytest.mark.parametrize("output, outputs, t", [("sigmoid", 1, [1.0]), ("tanh", 1, [-1.0]),
                                                ("softmax", 3, [0.0, 1.0, 0.0])])
def test_cross_entropy_shows_why_dE_dnet_is_out_minus_t(output, outputs, t):
    net = _net(output, "cross_entropy", outputs)
    x = np.array([0.4, 0.9])
    w = walkthrough(net, x, t, 0.2)
    out_layer = len(net.units) - 1
    # ∂E/∂net of each output unit by finite differences on its net input
    fp = net.forward(x.reshape(1, -1))
    for r in w.records:
        if r["phase"] != "backward" or r["layer"] != out_layer or r["kind"] != "bias":
            continue
        j = r["j"]
        ce = r["cross_entropy"]
        assert ce["out"] == pytest.approx(fp.output[0, j]) and ce["target"] == t[j]
        assert r["dE_dnet"] == pytest.approx(ce["out"] - ce["target"], abs=1e-12)
        z = fp.zs[-1].copy()
        for sign in (1, -1):
            z2 = z.copy()
            z2[0, j] += sign * H
            y = net.acts[-1].forward(z2)
            if sign == 1:
                up = net.loss.value(y, np.array([t]), output)
            else:
                down = net.loss.value(y, np.array([t]), output)
        assert r["dE_dnet"] == pytest.approx((up - down) / (2 * H), abs=1e-7)
        if r["dout_dnet"] is not None:  # ① × ② = out − t
            assert r["dE_dout"] * r["dout_dnet"] == pytest.approx(r["dE_dnet"], abs=1e-12)
        text = shortcut_text(r)
        assert re.search("out(_k)? − t(_k)? = ", text)
        assert text.endswith(f"= {fmt(r['dE_dnet'])}")


def test_batch_markdown_and_the_command_line():
    net = MLP([[[0.1, 0.2], [0.3, 0.4]], [[0.5], [0.6]]], [[0.1, 0.2], [0.3]],
              ["sigmoid", "sigmoid"])
    x = BATCH_X[:4]
    t = np.array([[0.0], [1.0], [1.0], [0.0]])
    b = batch_walkthrough(net, x, t, 0.2)
    md = batch_markdown(b, [p["param"] for p in parameters(net)], "lecture")
    assert "| w5 | 0.076776 | -0.03216 | -0.03141 | 0.089018 | 0.025556 |" in md
    assert "w5 ← w5 − η·ḡ = 0.5 − 0.2 × 0.025556 = 0.494889" in md
    done = subprocess.run([sys.executable, "-m", "mlpviz", "walkthrough", "lecture", "--x",
                           "0", "0", "0", "1", "1", "0", "1", "1", "--target", "0", "1", "1",
                           "0"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout == md
    bad = subprocess.run([sys.executable, "-m", "mlpviz", "walkthrough", "lecture", "--x",
                          "0", "0", "1", "--target", "0", "1"], capture_output=True,
                         text=True, timeout=60)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
