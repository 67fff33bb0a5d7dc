"""Activation functions: one table, one entry per function, holding everything mlpviz knows
about it — its maths, its formulas for the walkthrough, its output range and colours.

Adding an activation is one entry here and one branch in the compiled kernels (under its
`code`); the walkthrough, the activation lab, target encoding, the maps' colour scale and the
menus all read this table. A test checks every entry is complete.

Every activation has `forward(z) -> a` and `backward(z, a, grad_a) -> grad_z`. The backward
form (a vector-Jacobian product) lets softmax, whose Jacobian is not diagonal, share one code
path with the element-wise functions. `derivative(z, a)` is the slope f'(z) the walkthrough
prints as factor ② (element-wise functions only).

Shapes: z, a, grad_a, grad_z are all (N, units).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..errors import lookup
from ..translatable import QT_TRANSLATE_NOOP

Array = NDArray[Any]  # float64 in training, float32 on the plane's grid (data/grid.py)

LEAKY_SLOPE = 0.01
INF = float("inf")


def _sigmoid(z: Array) -> Array:
    # Capping −z keeps exp finite (no overflow warning); below z = −700 the true value is
    # under 1e-304 anyway.
    return 1.0 / (1.0 + np.exp(np.minimum(-z, 700.0)))


def _softmax(z: Array) -> Array:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return cast(Array, e / e.sum(axis=1, keepdims=True))


@dataclass(frozen=True)
class Activation:
    name: str  # as in files, on the command line and in the kernels' tables
    display: str  # what a reader sees; the GUI translates it in the context "activations"
    code: int  # its number in the compiled kernels
    forward: Callable[[Array], Array]
    # f'(z) from z and a = f(z); None for softmax, whose Jacobian is not diagonal.
    derivative: Callable[[Array, Array], Array] | None
    formula: str  # f(z) in plain Unicode
    html: str  # f at a net input "{z}", in Qt rich text
    slope_html: str  # f′ in terms of net and out, in Qt rich text ("" for softmax)
    latex: str  # f at a net input "{z}", in LaTeX (braces doubled for str.format)
    output_range: tuple[float, float]  # what f can return (ends may be ±inf)
    color_scale: tuple[float, float]  # a unit's map: the values at the orange and blue ends
    color: str  # its curve in the activation lab (Okabe-Ito's colours and greys: every pair
    # stays apart for colour-blind eyes, tests/test_colour_vision.py)
    # The exported NumPy script's lines (report/numpy_script.py): the body of `def f(net):`
    # giving out, and f′ as an expression of net and out ("" for softmax). A test holds them
    # to forward and derivative above.
    numpy: str
    numpy_slope: str

    def backward(self, z: Array, a: Array, grad_a: Array) -> Array:
        if self.derivative is None:  # softmax: J^T g = a * (g - sum(g * a))
            return cast(Array, a * (grad_a - (grad_a * a).sum(axis=1, keepdims=True)))
        return grad_a * self.derivative(z, a)

    @property
    def class_targets(self) -> tuple[float, float]:
        """(target meaning 'not this class', target meaning 'this class'): −1/+1 where the
        output can go negative (tanh, and the unbounded ones, as Playground), else 0/1."""
        return (-1.0, 1.0) if self.output_range[0] < 0 else (0.0, 1.0)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("step", QT_TRANSLATE_NOOP("activations", "Step"), 0,
                   lambda z: (z > 0).astype(float), lambda z, a: np.zeros_like(z),
                   "f(z) = 1 (z > 0), 0 (z ≤ 0)", "1 ({z} &gt; 0), 0 ({z} ≤ 0)", "0",
                   r"\mathrm{{step}}({z})", (0.0, 1.0), (0.0, 1.0), "#999999",
                   "return (net > 0).astype(float)", "np.zeros_like(net)"),
        Activation("sigmoid", "sigmoid", 1, _sigmoid, lambda z, a: a * (1.0 - a),
                   "f(z) = 1 / (1 + e^−z)", "1 / (1 + e<sup>−{z}</sup>)", "out (1 − out)",
                   r"\frac{{1}}{{1 + e^{{-{z}}}}}", (0.0, 1.0), (0.0, 1.0), "#0072b2",
                   "return 1.0 / (1.0 + np.exp(np.minimum(-net, 700.0)))",
                   "out * (1.0 - out)"),
        Activation("tanh", "tanh", 2, np.tanh, lambda z, a: 1.0 - a * a,
                   "f(z) = tanh z", "tanh({z})", "1 − out²", r"\tanh({z})", (-1.0, 1.0),
                   (-1.0, 1.0), "#d55e00", "return np.tanh(net)", "1.0 - out * out"),
        Activation("relu", "ReLU", 3, lambda z: np.maximum(z, 0.0),
                   lambda z, a: (z > 0).astype(float), "f(z) = max(0, z)", "max(0, {z})",
                   "1 (net &gt; 0), 0 (net ≤ 0)", r"\max(0, {z})", (0.0, INF), (-1.0, 1.0),
                   "#000000", "return np.maximum(net, 0.0)", "(net > 0).astype(float)"),
        Activation("leaky_relu", "Leaky ReLU", 4,
                   lambda z: np.where(z > 0, z, LEAKY_SLOPE * z),
                   lambda z, a: np.where(z > 0, 1.0, LEAKY_SLOPE),
                   "f(z) = z (z > 0), 0.01·z (z ≤ 0)", "{z} ({z} &gt; 0), 0.01·{z} ({z} ≤ 0)",
                   "1 (net &gt; 0), 0.01 (net ≤ 0)", r"\mathrm{{leaky}}({z})", (-INF, INF),
                   (-1.0, 1.0), "#56b4e9", "return np.where(net > 0, net, 0.01 * net)",
                   "np.where(net > 0, 1.0, 0.01)"),
        Activation("linear", QT_TRANSLATE_NOOP("activations", "Linear"), 5, lambda z: z,
                   lambda z, a: np.ones_like(z), "f(z) = z", "{z}", "1", r"{z}", (-INF, INF),
                   (-1.0, 1.0), "#555555", "return net", "np.ones_like(net)"),
        Activation("softmax", "softmax", 6, _softmax, None, "f(z)_k = e^z_k / Σ_j e^z_j",
                   "e<sup>{z}</sup> / Σ<sub>k</sub> e<sup>net<sub>k</sub></sup>", "",
                   r"\mathrm{{softmax}}({z})", (0.0, 1.0), (0.0, 1.0), "#8c564b",
                   "e = np.exp(net - net.max(axis=1, keepdims=True))\n"
                   "return e / e.sum(axis=1, keepdims=True)", ""),
    )
}

# The activations a hidden layer may use (softmax only fits an output layer).
ELEMENTWISE = tuple(n for n in ACTIVATIONS if n != "softmax")


def get_activation(name: str) -> Activation:
    return lookup(ACTIVATIONS, name, "activation")
