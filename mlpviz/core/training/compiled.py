"""The compiled backend: runs of minibatch steps, or whole evaluated epochs, in one call to
the Numba kernels (compiled_kernels.py), with the GIL released.

Why: on tiny arrays a NumPy call costs 1–3 µs and holds the GIL, and a small network's step is
some forty of them. The NumPy trainer therefore runs a few hundred epochs a second and, on a
thread, competes with the window for the GIL. Compiled, the same work takes a few times less,
with the GIL released, so the window paints on the other core meanwhile.

Numba is imported by `load()`, never with the package: it costs half a second (and ten the
very first time, when the kernels compile), which the window's first paint must not wait
for. Until the kernels are loaded, and without Numba or with MLPVIZ_NO_JIT=1, trainers use
the NumPy backend, which gives the same numbers up to rounding.
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from ..nn.network import MLP
from ..nn.targets import class_range
from . import kernel_cache
from .backends import Backend
from .kernel_args import NO_LABELS, NetArrays, Rows, UpdateRule
from .optimizers import OPTIMIZERS, REGULARIZATIONS, Optimizer, make_optimizer

if TYPE_CHECKING:
    from .trainer import TrainConfig, Trainer

Array = NDArray[np.float64]
Order = NDArray[np.intp]  # row indices
Labels = NDArray[Any]  # int classes, or float targets for a regression
__all__ = ["BACKEND", "NO_LABELS", "enabled", "evaluate", "load", "loaded", "warm_up"]
log = logging.getLogger("mlpviz")


class _Kernels:
    """The kernels module once loaded; None until then, or when it cannot be."""

    module: ModuleType | None = None
    tried = False
    lock = threading.Lock()


def load() -> bool:
    """Import Numba and the kernels (compiling them the very first time); True if they are
    there. Slow the first time: call it early, on a worker thread. Any failure of Numba's
    (not only its absence) leaves training on NumPy, with a one-line note in the log."""
    with _Kernels.lock:
        if not _Kernels.tried:
            _Kernels.tried = True
            _Kernels.module = None if os.environ.get("MLPVIZ_NO_JIT") else _import_kernels()
    return _Kernels.module is not None


def _import_kernels() -> ModuleType | None:
    cache = kernel_cache.prepare()
    if cache.how == "none":
        log.warning("no folder can hold the compiled kernels: training on NumPy")
        return None
    try:
        from . import compiled_kernels
    except ImportError:  # no Numba here (or no wheel of it for this machine)
        return None
    except Exception as e:
        log.warning("the compiled kernels cannot load (%s: %s): training on NumPy",
                    type(e).__name__, e)
        return None
    return compiled_kernels


def loaded() -> bool:
    """Whether the kernels are loaded (never loads them)."""
    return _Kernels.module is not None


def enabled() -> bool:
    """Whether the compiled path is there (loading the kernels if need be)."""
    return load()


def cache_is_warm() -> bool:
    """Whether Numba's cache holds every kernel for this source, so that loading them takes
    half a second rather than a ten-second compile. Imports Numba (not the kernels' code)."""
    if os.environ.get("MLPVIZ_NO_JIT") or kernel_cache.prepare().how == "none":
        return False
    try:
        from . import compiled_kernels as k
    except Exception:  # no Numba, or a Numba that fails: not warm, whatever the cause
        return False
    # (`_cache` is private to Numba's dispatchers, so not in its stubs: hence the ignore)
    try:  # Numba's own index of cached versions; empty when the source has changed since
        return all(f._cache._cache_file._load_index()  # type: ignore[union-attr]
                   for f in (k.train_steps, k.train_epochs, k.evaluate))
    except Exception:
        return False


def _kernels() -> ModuleType:
    if not load():
        raise MlpvizError("the compiled kernels are not available (Numba is not installed, "
                          "or MLPVIZ_NO_JIT is set)")
    return cast(ModuleType, _Kernels.module)  # load() found it


def warm_up() -> bool:
    """Load the kernels and run each once on a tiny network, so that the first real step
    waits for nothing. A damaged cache (a file cut short, garbage) is deleted and the
    kernels compiled again, once; if they still fail, training stays on NumPy."""
    if not load():
        return False
    try:
        _run_each_once()
        return True
    except Exception as e:
        first = f"{type(e).__name__}: {e}"
    folder = (kernel_cache.chosen() or kernel_cache.prepare()).folder
    if folder and kernel_cache.clear(folder):
        log.warning("the compiled kernels' cache was damaged (%s): deleted, compiling them "
                    "again", first)
        try:
            _run_each_once()
            return True
        except Exception as e:
            first = f"{type(e).__name__}: {e}"
    log.warning("the compiled kernels failed (%s): training on NumPy", first)
    with _Kernels.lock:
        _Kernels.module = None
    return False


def _run_each_once() -> None:
    net = MLP.create(2, [2], 1, rng=np.random.default_rng(0))
    x, t = np.zeros((2, 2)), np.zeros((2, 1))
    rows = Rows(x, t, NO_LABELS)
    for name, cls in OPTIMIZERS.items():
        if cls.code is None:
            continue
        optimizer = make_optimizer(name, 0.1)
        _train_epochs(net, optimizer, 1, "l2", 0.0, rows, rows, np.zeros((1, 2), np.int64))
        _train_steps(net, optimizer, 1, "none", 0.0, rows, np.arange(2), 0, 1)
    evaluate(net, x, t, NO_LABELS)


def _net(net: MLP) -> NetArrays:
    sizes = np.array([net.n_inputs, *net.units], dtype=np.int64)
    acts = np.array([a.code for a in net.acts], dtype=np.int64)
    return NetArrays(net.params, net.grad, sizes, acts, int(net.loss.code))


def _rule(optimizer: Optimizer, params: Array, batch_size: int, regularization: str,
          reg_rate: float) -> UpdateRule:
    """The update rule, its state arrays being the optimizer's own (updated in place; the
    step count goes back through `optimizer.kernel_done`)."""
    beta1, beta2, eps, state1, state2, t = optimizer.kernel_state(params)
    code = cast(int, optimizer.code)  # not None: CompiledBackend.check refuses the others
    return UpdateRule(int(batch_size), int(code), float(optimizer.lr), float(beta1),
                      float(beta2), float(eps), REGULARIZATIONS[regularization],
                      float(reg_rate), state1, state2, np.array([t], dtype=np.int64))


def _rows(x: Array, t: Array, labels: Labels) -> Rows:
    return Rows(_writable(np.ascontiguousarray(x, dtype=float)),
                _writable(np.ascontiguousarray(t, dtype=float)),
                _writable(np.ascontiguousarray(labels, dtype=np.int64)))


def _writable(a: NDArray[Any]) -> NDArray[Any]:
    """A read-only array is another type to Numba: another ~10 s compile, mid-run."""
    return a if a.flags.writeable else a.copy()


def _threshold(net: MLP) -> float:
    lo, hi = class_range(net.output_activation)
    return (lo + hi) / 2


def _train_steps(net: MLP, optimizer: Optimizer, batch_size: int, regularization: str,
                 reg_rate: float, rows: Rows, order: Order, pos: int, max_steps: int
                 ) -> tuple[int, int]:
    rule = _rule(optimizer, net.params, batch_size, regularization, reg_rate)
    steps, pos = _kernels().train_steps(_net(net), rule, rows, order, pos, max_steps)
    optimizer.kernel_done(int(rule.adam_t[0]))
    return int(steps), int(pos)


def _train_epochs(net: MLP, optimizer: Optimizer, batch_size: int, regularization: str,
                  reg_rate: float, train: Rows, test: Rows, orders: Order) -> Array:
    rule = _rule(optimizer, net.params, batch_size, regularization, reg_rate)
    results = np.empty((len(orders), 5))
    done = _kernels().train_epochs(_net(net), rule, train, test, _threshold(net), orders,
                                   results)
    optimizer.kernel_done(int(rule.adam_t[0]))
    return results[:done]


# Evaluating each epoch on a second core while the next one trains pays from about this
# much work an epoch (parameters × rows evaluated): below it the hand-over costs more.
OVERLAP_WORK = 1_000_000


def _overlap_pays(net: MLP, train: Rows, test: Rows, epochs: int) -> bool:
    return (epochs > 1 and (os.cpu_count() or 1) > 1
            and net.params.size * (len(train.x) + len(test.x)) >= OVERLAP_WORK)


def _train_epochs_overlapped(net: MLP, optimizer: Optimizer, batch_size: int,
                             regularization: str, reg_rate: float, train: Rows, test: Rows,
                             orders: Order) -> Array:
    """_train_epochs with each epoch's evaluation (both data sets, every row forward) on a
    second thread while the next epoch trains: both kernels release the GIL, so the two
    run on two cores. The evaluation reads a copy of the weights as the epoch left them.
    When it finds the epoch diverged, the epoch after it is undone (weights and optimizer
    state restored), so the result is the sequential one."""
    k = _kernels()
    rule = _rule(optimizer, net.params, batch_size, regularization, reg_rate)
    arrays, threshold = _net(net), _threshold(net)
    n_weights = sum(w.size for w in net.weights)
    batches = -(-len(train.x) // max(batch_size, 1))
    results = np.empty((len(orders), 5))

    def evaluate_epoch(params: Array, e: int) -> None:
        snap = arrays._replace(params=params)
        results[e, 0], results[e, 2] = k.evaluate(snap, train, threshold)
        results[e, 1], results[e, 3] = k.evaluate(snap, test, threshold)
        results[e, 4] = k.penalty(params, n_weights, rule.reg, rule.reg_rate)

    done = len(orders)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mlpviz-eval") as pool:
        for e in range(len(orders)):
            before = (net.params.copy(), rule.state1.copy(), rule.state2.copy(),
                      int(rule.adam_t[0]))  # as epoch e − 1 left them
            pending = pool.submit(evaluate_epoch, before[0], e - 1) if e else None
            k.train_steps(arrays, rule, train, orders[e], 0, batches)
            if pending is not None:
                pending.result()
                if not np.isfinite(results[e - 1, 0]):
                    net.params[:], rule.state1[:], rule.state2[:] = before[:3]
                    rule.adam_t[0] = before[3]
                    done = e
                    break
        else:
            evaluate_epoch(net.params.copy(), len(orders) - 1)
    optimizer.kernel_done(int(rule.adam_t[0]))
    return results[:done]


def evaluate(net: MLP, x: Array, t: Array, labels: Labels) -> tuple[float, float]:
    """(loss, accuracy) of `net` over rows x (N, F), targets t (N, K); accuracy is NaN when
    labels is NO_LABELS (regression)."""
    value, accuracy = _kernels().evaluate(_net(net), _rows(x, t, labels), _threshold(net))
    return float(value), float(accuracy)


class CompiledBackend(Backend):
    """Steps and whole epochs in single GIL-free calls: the window's fast path."""

    name = "compiled"
    releases_gil = True

    def check(self, net: MLP, config: TrainConfig) -> None:
        if not load():
            _kernels()  # raises, saying why
        if OPTIMIZERS[config.optimizer].code is None:
            raise MlpvizError(f"the optimizer '{config.optimizer}' has no compiled form")

    def steps(self, trainer: Trainer, order: Order, pos: int, max_steps: int
              ) -> tuple[int, int]:
        cfg, d = trainer.config, trainer.data
        rows = _rows(d.x_train, trainer.t_train, NO_LABELS)
        return _train_steps(trainer.net, trainer.optimizer, cfg.batch_size,
                            cfg.regularization, cfg.reg_rate, rows, order, pos, max_steps)

    def epochs(self, trainer: Trainer, orders: Order) -> Array:
        cfg, d = trainer.config, trainer.data
        labels = (d.labels_train, d.labels_test) if d.classifies else (NO_LABELS, NO_LABELS)
        train = _rows(d.x_train, trainer.t_train, labels[0])
        test = _rows(d.x_test, trainer.t_test, labels[1])
        run = _train_epochs
        if trainer.two_cores and _overlap_pays(trainer.net, train, test, len(orders)):
            run = _train_epochs_overlapped
        return run(trainer.net, trainer.optimizer, cfg.batch_size, cfg.regularization,
                   cfg.reg_rate, train, test, orders)

    def evaluate(self, trainer: Trainer, x: Array, t: Array, labels: Labels
                 ) -> tuple[float, float]:
        return evaluate(trainer.net, x, t, labels if trainer.data.classifies else NO_LABELS)


BACKEND = CompiledBackend()
