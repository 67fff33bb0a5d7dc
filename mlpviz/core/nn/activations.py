"""Activation functions and their derivatives, looked up by name.

Every activation has `forward(z) -> a` and `backward(z, a, grad_a) -> grad_z`. The backward
form (a vector-Jacobian product) lets softmax, whose Jacobian is not diagonal, share one code
path with the element-wise functions. `derivative(z, a)` is the slope f'(z) the walkthrough
prints as factor ② (element-wise functions only).

Shapes: z, a, grad_a, grad_z are all (N, units).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..errors import lookup

Array = np.ndarray

LEAKY_SLOPE = 0.01


def _sigmoid(z: Array) -> Array:
    # Capping −z keeps exp finite (no overflow warning); below z = −700 the true value is
    # under 1e-304 anyway.
    return 1.0 / (1.0 + np.exp(np.minimum(-z, 700.0)))


def _softmax(z: Array) -> Array:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class Activation:
    name: str
    forward: Callable[[Array], Array]
    # f'(z) from z and a = f(z); None for softmax, whose Jacobian is not diagonal.
    derivative: Callable[[Array, Array], Array] | None
    # The formula the views print, in plain Unicode.
    formula: str

    def backward(self, z: Array, a: Array, grad_a: Array) -> Array:
        if self.derivative is None:  # softmax: J^T g = a * (g - sum(g * a))
            return a * (grad_a - (grad_a * a).sum(axis=1, keepdims=True))
        return grad_a * self.derivative(z, a)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("step", lambda z: (z > 0).astype(float), lambda z, a: np.zeros_like(z),
                   "f(z) = 1 if z > 0 else 0"),
        Activation("sigmoid", _sigmoid, lambda z, a: a * (1.0 - a), "f(z) = 1 / (1 + e^−z)"),
        Activation("tanh", np.tanh, lambda z, a: 1.0 - a * a, "f(z) = tanh z"),
        Activation("relu", lambda z: np.maximum(z, 0.0), lambda z, a: (z > 0).astype(float),
                   "f(z) = max(0, z)"),
        Activation("leaky_relu", lambda z: np.where(z > 0, z, LEAKY_SLOPE * z),
                   lambda z, a: np.where(z > 0, 1.0, LEAKY_SLOPE),
                   "f(z) = z if z > 0 else 0.01·z"),
        Activation("linear", lambda z: z, lambda z, a: np.ones_like(z), "f(z) = z"),
        Activation("softmax", _softmax, None, "f(z)_k = e^z_k / Σ_j e^z_j"),
    )
}

# The activations a hidden layer may use (softmax only fits an output layer).
ELEMENTWISE = tuple(n for n in ACTIVATIONS if n != "softmax")


def get_activation(name: str) -> Activation:
    return lookup(ACTIVATIONS, name, "activation")
