"""Loss functions, looked up by name.

The lecture's MSE is E = ½ Σ_k (y_k − t_k)² for one sample; over a batch we report the mean
of that, so a loss does not grow with the batch size. Cross-entropy reads the output as a
probability: a sigmoid unit directly, a tanh unit as p = (1 + y) / 2 (targets ±1), softmax
as a distribution over classes.

Shapes: y (the network output) and t (the targets in the output's range) are (N, K).
"""

from __future__ import annotations

from typing import cast

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError, lookup
from .activations import Activation

Array = NDArray[np.float64]

_EPS = 1e-12
CROSS_ENTROPY_OUTPUTS = ("sigmoid", "tanh", "softmax")


def _as_probability(y: Array, t: Array, output: str) -> tuple[Array, Array]:
    if output == "tanh":
        return (1.0 + y) / 2.0, (1.0 + t) / 2.0
    return y, t


class Loss:
    name = ""
    code = -1  # its number in the compiled kernels
    formula = ""

    def check_output(self, output: str) -> None:
        """Raise if this loss makes no sense after the given output activation."""

    def per_sample(self, y: Array, t: Array, output: str) -> Array:
        """(N,) loss of each sample."""
        raise NotImplementedError

    def value(self, y: Array, t: Array, output: str) -> float:
        return float(self.per_sample(y, t, output).mean())

    def grad_output(self, y: Array, t: Array, output: str) -> Array:
        """∂E/∂y for the batch mean, (N, K): factor ① of the chain rule."""
        raise NotImplementedError

    def output_delta(self, act: Activation, z: Array, y: Array, t: Array) -> Array:
        """∂E/∂z at the output, (N, K): ① × ② in one step."""
        return act.backward(z, y, self.grad_output(y, t, act.name))


class MSE(Loss):
    name = "mse"
    code = 0
    formula = "E = ½ Σ (y − t)²"

    def per_sample(self, y: Array, t: Array, output: str) -> Array:
        return cast(Array, 0.5 * ((y - t) ** 2).sum(axis=1))

    def value(self, y: Array, t: Array, output: str) -> float:
        # The same number as per_sample(...).mean(), in fewer passes (runs every epoch).
        d = y - t
        return 0.5 * float(np.einsum("ij,ij->", d, d)) / len(y)

    def grad_output(self, y: Array, t: Array, output: str) -> Array:
        return (y - t) / len(y)


class CrossEntropy(Loss):
    name = "cross_entropy"
    code = 1
    formula = "E = −Σ t·log y"

    def check_output(self, output: str) -> None:
        if output not in CROSS_ENTROPY_OUTPUTS:
            raise MlpvizError(
                f"cross_entropy needs a sigmoid, tanh or softmax output layer, not '{output}'"
            )

    def per_sample(self, y: Array, t: Array, output: str) -> Array:
        p, q = _as_probability(y, t, output)
        p = np.clip(p, _EPS, 1.0 - _EPS)
        if output == "softmax":
            return cast(Array, -(q * np.log(p)).sum(axis=1))
        return cast(Array, -(q * np.log(p) + (1.0 - q) * np.log(1.0 - p)).sum(axis=1))

    def grad_output(self, y: Array, t: Array, output: str) -> Array:
        p, q = _as_probability(y, t, output)
        p = np.clip(p, _EPS, 1.0 - _EPS)
        g = -q / p if output == "softmax" else (p - q) / (p * (1.0 - p))
        if output == "tanh":
            g = g / 2.0  # dp/dy
        return g / len(y)

    def output_delta(self, act: Activation, z: Array, y: Array, t: Array) -> Array:
        # For all three outputs ① × ② simplifies to (y − t) / N, which stays exact where
        # the output saturates and ① alone would blow up.
        return (y - t) / len(y)


LOSSES: dict[str, Loss] = {loss.name: loss for loss in (MSE(), CrossEntropy())}


def get_loss(name: str) -> Loss:
    return lookup(LOSSES, name, "loss")
