"""The ways a trainer can step a network, as interchangeable objects.

A trainer holds one backend and asks nothing else about how its steps run: the NumPy
reference (here), the compiled kernels (compiled.py) and Rosenblatt's perceptron rule
(perceptron_rule.py). Swapping is one call, `Trainer.use_backend`, made when the compiled
kernels become ready or the optimizer changes to or from the perceptron rule.

Every backend gives the same numbers as the NumPy reference, up to rounding (tests hold the
compiled one to it within 1e-9).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from ..nn import targets
from ..nn.network import MLP
from .optimizers import OPTIMIZERS, add_penalty_gradient

if TYPE_CHECKING:
    from .trainer import TrainConfig, Trainer

Array = NDArray[np.float64]
Order = NDArray[np.intp]  # row indices
Labels = NDArray[Any]  # int classes, or float targets for a regression


class Backend:
    """One way of stepping. `steps` and `epochs` change the trainer's network and optimizer
    state in place; the trainer keeps the counts, orders and history."""

    name = ""
    # Its calls run without the GIL: the worker may hand it a whole frame's worth of work,
    # and train on while the window paints.
    releases_gil = False

    def check(self, net: MLP, config: TrainConfig) -> None:
        """Raise MlpvizError if this backend cannot train `net` with `config`."""

    def steps(self, trainer: Trainer, order: Order, pos: int, max_steps: int
              ) -> tuple[int, int]:
        """Up to `max_steps` minibatch updates from position `pos` of the epoch whose rows
        are data.x_train[order], stopping at the epoch's end; returns (steps, position)."""
        raise NotImplementedError

    def epochs(self, trainer: Trainer, orders: Order) -> Array:
        """Whole epochs, epoch e over the rows orders[e] (epochs, n), each evaluated as it
        ends: one row each of (train loss, test loss, train accuracy, test accuracy,
        penalty). Stops after an epoch whose train loss is not finite."""
        rows = np.empty((len(orders), 5))
        for e, order in enumerate(orders):
            self.steps(trainer, order, 0, len(order))
            rows[e] = trainer.measure()
            if not np.isfinite(rows[e, 0]):
                return rows[: e + 1]
        return rows

    def evaluate(self, trainer: Trainer, x: Array, t: Array, labels: Labels
                 ) -> tuple[float, float]:
        """(loss, accuracy) of the trainer's network on rows x (N, F), targets t (N, K);
        accuracy is NaN for regression."""
        net, out = trainer.net, trainer.net.output_activation
        with np.errstate(over="ignore", invalid="ignore"):
            y = net.predict(x)
        return (net.loss.value(y, t, out),
                targets.accuracy(y, labels, out) if trainer.data.classifies else float("nan"))


class NumpyBackend(Backend):
    """The reference: network.py's forward and backward pass, one minibatch at a time."""

    name = "numpy"

    def check(self, net: MLP, config: TrainConfig) -> None:
        if OPTIMIZERS[config.optimizer].code is None:
            raise MlpvizError(f"the optimizer '{config.optimizer}' does not use gradients")

    def steps(self, trainer: Trainer, order: Order, pos: int, max_steps: int
              ) -> tuple[int, int]:
        n, batch = len(order), trainer.config.batch_size
        done = 0
        # A diverging run overflows: the loss says so, NumPy need not warn on every step.
        with np.errstate(over="ignore", invalid="ignore"):
            while done < max_steps and pos < n:
                end = min(pos + batch, n)
                self.update(trainer, order[pos:end])
                pos = end
                done += 1
        return done, pos

    def update(self, trainer: Trainer, rows: Order) -> None:
        """One step on the training rows `rows` (batch,)."""
        x, t = trainer.data.x_train[rows], trainer.t_train[rows]
        cfg, net = trainer.config, trainer.net
        grad = net.backward_into_grad(net.forward(x), t)
        if cfg.regularization != "none":
            add_penalty_gradient(cfg.regularization, cfg.reg_rate, net.weights,
                                 net.grad_weights)
        trainer.optimizer.step(net.params, grad)


NUMPY = NumpyBackend()
