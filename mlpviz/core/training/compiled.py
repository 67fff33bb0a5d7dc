"""The trainer's fast path: runs of minibatch steps, or whole evaluated epochs, in one
compiled call.

Why: on tiny arrays a NumPy call costs 1–3 µs and holds the GIL, and a small network's step is
some forty of them. The NumPy trainer therefore runs a few hundred epochs a second and, on a
thread, competes with the window for the GIL. Compiled by Numba, the same work takes a few
times less, with the GIL released, so the window paints on the other core meanwhile.

Numba is imported on first use, not with the package: it costs half a second, which the
window's first paint must not wait for. Without Numba (or with MLPVIZ_NO_JIT=1) `enabled()`
is False and the trainer keeps to its NumPy code, which gives the same numbers up to rounding.
"""

from __future__ import annotations

import os
from functools import cache
from types import ModuleType

import numpy as np

from ..nn import targets
from ..nn.network import MLP
from .optimizers import Adam, Momentum, Optimizer, make_optimizer

Array = np.ndarray

_LOSS_CODES = {"mse": 0, "cross_entropy": 1}
_OPTIMIZER_CODES = {"sgd": 0, "momentum": 1, "adam": 2}
_REG_CODES = {"none": 0, "l1": 1, "l2": 2}
NO_LABELS = np.zeros(0, dtype=np.int64)


@cache
def _kernels() -> ModuleType | None:
    if os.environ.get("MLPVIZ_NO_JIT"):
        return None
    try:
        from . import compiled_kernels
    except ImportError:
        return None
    return compiled_kernels


def enabled() -> bool:
    """Whether the compiled path is there. The first call imports Numba and loads the
    kernels (or compiles them, the very first time): make it early, on a worker thread."""
    return _kernels() is not None


def warm_up() -> bool:
    """Run every kernel once on a tiny network, so that the first real step waits for
    nothing."""
    if not enabled():
        return False
    net = MLP.create(2, [2], 1, rng=np.random.default_rng(0))
    x, t = np.zeros((2, 2)), np.zeros((2, 1))
    for name in _OPTIMIZER_CODES:
        optimizer = make_optimizer(name, 0.1)
        train_epochs(net, optimizer, 1, "l2", 0.0, (x, t, NO_LABELS), (x, t, NO_LABELS),
                     np.zeros((1, 2), dtype=np.int64))
        train_steps(net, optimizer, 1, "none", 0.0, x, t, np.arange(2), 0, 1)
    evaluate(net, x, t, NO_LABELS)
    return True


def _network_args(net: MLP) -> tuple:
    sizes = np.array([net.n_inputs, *net.units], dtype=np.int64)
    acts = np.array([_kernels().ACTIVATION_CODES[a] for a in net.activation_names],
                    dtype=np.int64)
    return net.params, net.grad, sizes, acts, _LOSS_CODES[net.loss_name]


def _update_args(optimizer: Optimizer, params: Array, batch_size: int, regularization: str,
                 reg_rate: float) -> tuple:
    """The update rule's constants and state arrays (which the kernels update in place;
    Adam's step count goes back with `_keep_step_count`)."""
    beta1 = beta2 = eps = 0.0
    state1 = state2 = np.zeros(0)
    adam_t = np.zeros(1, dtype=np.int64)
    if isinstance(optimizer, Momentum):
        optimizer.ensure_state(params)
        state1, beta1 = optimizer.velocity, optimizer.beta
    elif isinstance(optimizer, Adam):
        optimizer.ensure_state(params)
        state1, state2 = optimizer.m, optimizer.v
        beta1, beta2, eps = optimizer.beta1, optimizer.beta2, optimizer.eps
        adam_t[0] = optimizer.t
    return (batch_size, _REG_CODES[regularization], float(reg_rate),
            _OPTIMIZER_CODES[optimizer.name], float(optimizer.lr), beta1, beta2, eps, state1,
            state2, adam_t)


def _keep_step_count(optimizer: Optimizer, update: tuple) -> None:
    if isinstance(optimizer, Adam):
        optimizer.t = int(update[-1][0])


def _rows(x: Array) -> Array:
    return _writable(np.ascontiguousarray(x, dtype=float))


def _writable(a: Array) -> Array:
    """A read-only array is another type to Numba: another ~10 s compile, mid-run."""
    return a if a.flags.writeable else a.copy()


def train_steps(net: MLP, optimizer: Optimizer, batch_size: int, regularization: str,
                reg_rate: float, x: Array, t: Array, order: Array, pos: int, max_steps: int
                ) -> tuple[int, int]:
    """Up to `max_steps` updates of `net` from position `pos` of the epoch whose rows are
    x[order] (n, F), targets t[order] (n, K); stops at the epoch's end. Returns (steps taken,
    new position). Updates net.params, net.grad and the optimizer's state in place."""
    update = _update_args(optimizer, net.params, batch_size, regularization, reg_rate)
    steps, pos = _kernels().train_steps(*_network_args(net), _rows(x), _rows(t), order, pos,
                                        max_steps, *update)
    _keep_step_count(optimizer, update)
    return int(steps), int(pos)


def train_epochs(net: MLP, optimizer: Optimizer, batch_size: int, regularization: str,
                 reg_rate: float, train: tuple[Array, Array, Array],
                 test: tuple[Array, Array, Array], orders: Array) -> Array:
    """Whole epochs, epoch e over the training rows in orders[e] (epochs, n), each evaluated
    as it ends. train, test: (rows, targets, class labels or NO_LABELS). Returns one row per
    epoch done, (train loss, test loss, train accuracy, test accuracy, penalty); fewer rows
    than orders when the loss stopped being finite."""
    (x, t, labels), (x_test, t_test, labels_test) = train, test
    update = _update_args(optimizer, net.params, batch_size, regularization, reg_rate)
    results = np.empty((len(orders), 5))
    done = _kernels().train_epochs(
        *_network_args(net), _rows(x), _rows(t), _labels(labels), _rows(x_test),
        _rows(t_test), _labels(labels_test), _threshold(net), orders, *update, results)
    _keep_step_count(optimizer, update)
    return results[:done]


def evaluate(net: MLP, x: Array, t: Array, labels: Array) -> tuple[float, float]:
    """(loss, accuracy) of `net` over rows x (N, F), targets t (N, K); accuracy is NaN when
    labels is NO_LABELS (regression)."""
    params, _, sizes, acts, loss = _network_args(net)
    value, accuracy = _kernels().evaluate(params, sizes, acts, loss, _rows(x), _rows(t),
                                          _labels(labels), _threshold(net))
    return float(value), float(accuracy)


def _labels(labels: Array) -> Array:
    return _writable(np.ascontiguousarray(labels, dtype=np.int64))


def _threshold(net: MLP) -> float:
    lo, hi = targets.class_range(net.output_activation)
    return (lo + hi) / 2
