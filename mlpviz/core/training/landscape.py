"""The loss of a network over two of its parameters: the landscape the quiver view draws.

The loss E(p1, p2) of the whole training set is evaluated on a grid around the parameters'
current values, with every other parameter fixed, and at each grid point the two gradient
components come from backprop — the arrows are −∇E, the way training would step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from ..nn.network import MLP

Array = NDArray[np.float64]
# A weight ("w", l, i, j) or a bias ("b", l, j).
ParameterKey = tuple[Literal["w"], int, int, int] | tuple[Literal["b"], int, int]


@dataclass(frozen=True)
class Landscape:
    p1: Array  # (n,) values of the first parameter
    p2: Array  # (n,) values of the second
    loss: Array  # (n, n): row i is p2[i], column j is p1[j]
    grad1: Array  # (n, n) ∂E/∂p1
    grad2: Array  # (n, n) ∂E/∂p2
    centre: tuple[float, float]


def parameter_index(net: MLP, key: ParameterKey) -> int:
    """("w", l, i, j) or ("b", l, j) → its index in net.params."""
    if key[0] == "w":
        _, l, i, j = key
        view = net.weights[l]
        return int(np.ravel_multi_index((i, j), view.shape)) + _offset(net, view)
    _, l, j = key
    return j + _offset(net, net.biases[l])


def _offset(net: MLP, view: Array) -> int:
    return int((view.__array_interface__["data"][0]
                - net.params.__array_interface__["data"][0]) // net.params.itemsize)


def _layer_of(key: ParameterKey) -> int:
    return key[1]


def loss_landscape(net: MLP, x: Array, t: Array, k1: ParameterKey, k2: ParameterKey,
                   span: float = 2.0, n: int = 15) -> Landscape:
    """x (N, n_in) and t (N, n_out) the training data; `net` is not changed.

    Layers below the lower of the two parameters do not change over the grid, so their
    output is computed once and each grid point runs only the layers from there up (and
    backprop only down to there): for two output-layer weights that is one layer, not all.
    """
    if len(x) == 0:
        raise MlpvizError("no training points: the loss is not defined")
    net = net.copy()
    i1, i2 = parameter_index(net, k1), parameter_index(net, k2)
    c1, c2 = float(net.params[i1]), float(net.params[i2])
    p1 = np.linspace(c1 - span, c1 + span, n)
    p2 = np.linspace(c2 - span, c2 + span, n)
    low = min(_layer_of(k1), _layer_of(k2))
    a_low = x
    for w, b, act in zip(net.weights[:low], net.biases[:low], net.acts[:low], strict=True):
        a_low = act.forward(a_low @ w + b)  # (N, units[low − 1]): fixed over the grid
    loss, g1, g2 = (np.empty((n, n)) for _ in range(3))
    with np.errstate(all="ignore"):
        for r, v2 in enumerate(p2):
            for c, v1 in enumerate(p1):
                net.params[i1], net.params[i2] = v1, v2
                loss[r, c] = _partial_pass(net, a_low, t, low)
                g1[r, c], g2[r, c] = net.grad[i1], net.grad[i2]
    return Landscape(p1, p2, loss, g1, g2, (c1, c2))


def _partial_pass(net: MLP, a_low: Array, t: Array, low: int) -> float:
    """Forward from layer `low` and backprop down to it, into net.grad; returns the loss."""
    zs, acts = [], [a_low]
    for w, b, act in zip(net.weights[low:], net.biases[low:], net.acts[low:], strict=True):
        zs.append(acts[-1] @ w + b)
        acts.append(act.forward(zs[-1]))
    out = acts[-1]
    loss = net.loss.value(out, t, net.output_activation)
    delta = net.loss.output_delta(net.acts[-1], zs[-1], out, t)
    for k in range(len(zs) - 1, -1, -1):
        l = low + k
        np.dot(acts[k].T, delta, out=net.grad_weights[l])
        np.add.reduce(delta, axis=0, out=net.grad_biases[l])
        if k:
            delta = net.acts[l - 1].backward(zs[k - 1], acts[k], delta @ net.weights[l].T)
    return loss
