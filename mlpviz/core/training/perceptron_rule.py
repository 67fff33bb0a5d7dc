"""Rosenblatt's perceptron learning rule, for a single layer of step units.

w ← w + η (t − y) x and b ← b + η (t − y), one sample at a time. It converges exactly when the
classes can be split by a line — AND and OR — and never for XOR, which is the lecture's reason
for hidden layers. The rule needs no gradient, so the step function's zero derivative does not
stop it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from ..nn.network import MLP
from ..translatable import QT_TRANSLATE_NOOP
from .backends import NumpyBackend, Order

if TYPE_CHECKING:
    from .trainer import TrainConfig, Trainer

Array = NDArray[np.float64]
SHAPE_NEEDED = QT_TRANSLATE_NOOP(
    "core", "The perceptron rule trains a single layer with one step unit: remove the hidden "
            "layers and give the output the step activation, or choose another optimizer.")


def fits(net: MLP) -> bool:
    """Whether the rule can train `net`: one layer, one unit, the step activation."""
    return len(net.weights) == 1 and net.units == [1] and net.output_activation == "step"


@dataclass(frozen=True)
class PerceptronRun:
    converged: bool
    epochs: int
    errors_per_epoch: list[int]


def perceptron_epoch(net: MLP, x: Array, labels: Array, lr: float = 0.1) -> int:
    """One pass in order over x (N, n_in) with 0/1 labels (N,); returns the mistakes made."""
    w, b = net.weights[0], net.biases[0]  # (n_in, 1), (1,)
    mistakes = 0
    for xi, ti in zip(x, labels, strict=True):
        y = 1.0 if float(xi @ w[:, 0] + b[0]) > 0 else 0.0
        err = ti - y
        if err:
            mistakes += 1
            w[:, 0] += lr * err * xi
            b[0] += lr * err
    return mistakes


def train_perceptron(net: MLP, x: Array, labels: Array, lr: float = 0.1,
                     max_epochs: int = 100) -> PerceptronRun:
    """Train until an epoch makes no mistake, or give up after max_epochs."""
    if len(net.weights) != 1 or net.units[-1] != 1:
        raise MlpvizError("the perceptron rule trains a single layer with one output unit")
    errors = []
    for _ in range(max_epochs):
        errors.append(perceptron_epoch(net, x, labels, lr))
        if errors[-1] == 0:
            return PerceptronRun(True, len(errors), errors)
    return PerceptronRun(False, len(errors), errors)


class PerceptronRuleBackend(NumpyBackend):
    """The trainer's steps by the perceptron rule, batch by batch (in order within a batch);
    evaluated as the NumPy backend evaluates."""

    name = "perceptron"

    def check(self, net: MLP, config: TrainConfig) -> None:
        if config.optimizer != "perceptron":
            raise MlpvizError(f"the perceptron rule backend cannot apply '{config.optimizer}'")
        if not fits(net):
            raise MlpvizError(SHAPE_NEEDED)

    def update(self, trainer: Trainer, rows: Order) -> None:
        x, t = trainer.data.x_train[rows], trainer.t_train[rows]
        perceptron_epoch(trainer.net, x, t[:, 0], trainer.config.lr)


PERCEPTRON_RULE = PerceptronRuleBackend()
