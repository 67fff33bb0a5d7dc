"""Update rules, applied in place to a list of parameter arrays.

Each optimizer keeps its state (velocities, moments) as arrays shaped like the parameters,
so `copy()` gives an exact snapshot: rewinding a run restores it and replays bit for bit.
"""

from __future__ import annotations

import copy
from typing import cast

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError

Array = NDArray[np.float64]
_NO_STATE = np.zeros(0)


class Optimizer:
    name = ""
    code: int | None = None  # its number in the compiled kernels; None: it has no kernel

    def __init__(self, lr: float) -> None:
        self.lr = lr

    def kernel_state(self, params: Array) -> tuple[float, float, float, Array, Array, int]:
        """(β1, β2, ε, state1, state2, step count) as the compiled kernels take them; the
        state arrays are the optimizer's own, which the kernels update in place."""
        return 0.0, 0.0, 0.0, _NO_STATE, _NO_STATE, 0

    def kernel_done(self, step_count: int) -> None:
        """Take back the step count the kernels advanced (Adam's)."""

    def step(self, params: Array, grad: Array) -> None:
        """Update the flat parameter vector in place from its flat gradient."""
        raise NotImplementedError

    def reset(self) -> None:
        """Forget the state, e.g. after the network's shape changed."""

    def copy(self) -> Optimizer:
        return copy.deepcopy(self)


class SGD(Optimizer):
    name = "sgd"
    code = 0

    def step(self, params: Array, grad: Array) -> None:
        params -= self.lr * grad


class Momentum(Optimizer):
    """v ← βv + g; p ← p − ηv."""

    name = "momentum"
    code = 1

    def __init__(self, lr: float, beta: float = 0.9) -> None:
        super().__init__(lr)
        self.beta = beta
        self.velocity: Array | None = None

    def kernel_state(self, params: Array) -> tuple[float, float, float, Array, Array, int]:
        self.ensure_state(params)
        return self.beta, 0.0, 0.0, cast(Array, self.velocity), _NO_STATE, 0

    def reset(self) -> None:
        self.velocity = None

    def ensure_state(self, params: Array) -> None:
        """Zero velocity for these parameters, unless it is there already."""
        if self.velocity is None or self.velocity.shape != params.shape:
            self.velocity = np.zeros_like(params)

    def step(self, params: Array, grad: Array) -> None:
        self.ensure_state(params)
        v = cast(Array, self.velocity)  # ensure_state made it
        v *= self.beta
        v += grad
        params -= self.lr * v


class Adam(Optimizer):
    name = "adam"
    code = 2

    def __init__(self, lr: float, beta1: float = 0.9, beta2: float = 0.999,
                 eps: float = 1e-8) -> None:
        super().__init__(lr)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self.m: Array | None = None
        self.v: Array | None = None
        self.t = 0

    def kernel_state(self, params: Array) -> tuple[float, float, float, Array, Array, int]:
        self.ensure_state(params)
        return self.beta1, self.beta2, self.eps, cast(Array, self.m), cast(Array, self.v), self.t

    def kernel_done(self, step_count: int) -> None:
        self.t = step_count

    def reset(self) -> None:
        self.m = self.v = None
        self.t = 0

    def ensure_state(self, params: Array) -> None:
        """Zero moments (and step count) for these parameters, unless they are there."""
        if self.m is None or self.v is None or self.m.shape != params.shape:
            self.m = np.zeros_like(params)
            self.v = np.zeros_like(params)
            self.t = 0

    def step(self, params: Array, grad: Array) -> None:
        self.ensure_state(params)
        self.t += 1
        b1, b2 = self.beta1, self.beta2
        # Bias corrections folded into the step size.
        lr_t = self.lr * np.sqrt(1.0 - b2**self.t) / (1.0 - b1**self.t)
        eps_t = self.eps * np.sqrt(1.0 - b2**self.t)
        m, v = cast(Array, self.m), cast(Array, self.v)  # ensure_state made them
        m *= b1
        m += (1.0 - b1) * grad
        v *= b2
        v += (1.0 - b2) * grad * grad
        params -= lr_t * m / (np.sqrt(v) + eps_t)


class PerceptronRule(Optimizer):
    """Not a gradient method: the Trainer applies Rosenblatt's rule itself when it sees this
    name (w ← w + η(t − y)x, sample by sample), for a single layer of step units."""

    name = "perceptron"

    def step(self, params: Array, grad: Array) -> None:
        raise MlpvizError("the perceptron rule does not use gradients")


OPTIMIZERS: dict[str, type[Optimizer]] = {"sgd": SGD, "momentum": Momentum, "adam": Adam,
                                          "perceptron": PerceptronRule}


def make_optimizer(name: str, lr: float, **constants: float) -> Optimizer:
    try:
        cls = OPTIMIZERS[name]
    except KeyError:
        raise MlpvizError(f"unknown optimizer '{name}' (known: {', '.join(OPTIMIZERS)})") \
            from None
    if not np.isfinite(lr) or lr <= 0:
        raise MlpvizError(f"learning rate must be a positive number, not {lr}")
    return cls(lr, **constants)


# -- regularization: on weights only, never on biases --------------------------------------
REGULARIZATIONS = {"none": 0, "l1": 1, "l2": 2}  # name: its number in the compiled kernels


def check_regularization(name: str, rate: float) -> None:
    if name not in REGULARIZATIONS:
        raise MlpvizError(f"unknown regularization '{name}' (known: none, l1, l2)")
    if not np.isfinite(rate) or rate < 0:
        raise MlpvizError(f"regularization rate must be a number ≥ 0, not {rate}")


def penalty(name: str, rate: float, weights: list[Array]) -> float:
    """L2: λ/2·Σw²; L1: λ·Σ|w|. Reported apart from the data loss."""
    if name == "l2":
        return 0.5 * rate * sum(float((w * w).sum()) for w in weights)
    if name == "l1":
        return rate * sum(float(np.abs(w).sum()) for w in weights)
    return 0.0


def add_penalty_gradient(name: str, rate: float, weights: list[Array],
                         grads: list[Array]) -> None:
    """Add the penalty's gradient (λw or λ·sign w) to the weight gradients, in place."""
    if name == "none" or rate == 0:
        return
    for w, g in zip(weights, grads, strict=True):
        g += rate * (w if name == "l2" else np.sign(w))
