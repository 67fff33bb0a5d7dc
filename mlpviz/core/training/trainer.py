"""Minibatch training with per-epoch evaluation, and an exact rewind.

One step is one update on one minibatch; one epoch is one pass over the training set, the last
batch smaller when the batch size does not divide it (Playground carries the remainder into
the next epoch instead; we do not). After each epoch the train and test loss — and for
classification the accuracy — go into the history.

The trainer keeps the counts, the shuffle and the history; how a step is computed is its
backend's business (backends.py), which it holds one of and swaps in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..data.datasets import Split
from ..data.features import compute_features
from ..errors import MlpvizError
from ..files import short
from ..nn import targets
from ..nn.network import MLP
from . import compiled
from .backends import NUMPY, Backend
from .history import History
from .optimizers import Optimizer, check_regularization, make_optimizer, penalty
from .perceptron_rule import PERCEPTRON_RULE

Array = NDArray[np.float64]
Order = NDArray[np.intp]  # row indices
Labels = NDArray[Any]  # int classes, or float targets for a regression
SAMPLE_RUN = 5000  # steps on one sample between two checks for an interruption


@dataclass(frozen=True)
class TrainingData:
    """Model inputs (N, F) and labels (N,) — classes, or targets (N, K) for regression."""

    x_train: Array
    labels_train: Labels
    x_test: Array
    labels_test: Labels
    problem: str  # "classification", "multiclass" or "regression"

    @classmethod
    def from_split(cls, s: Split, features: list[str], problem: str) -> TrainingData:
        return cls(compute_features(s.train_points, features), s.train_labels,
                   compute_features(s.test_points, features) if len(s.test_points)
                   else np.empty((0, len(features))), s.test_labels, problem)

    @property
    def classifies(self) -> bool:
        return self.problem != "regression"


MAX_BATCH = 10_000_000  # beyond every data set; the compiled kernels count in int64
MAX_SEED = 2**32 - 1  # NumPy takes any seed; files and the kernels need a bounded one


def check_seed(seed: int, what: str = "seed") -> int:
    if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed <= MAX_SEED:
        raise MlpvizError(f"{what} must be a whole number from 0 to {MAX_SEED:,}, "
                          f"not {short(seed)}")
    return seed


def next_seed(seed: int) -> int:
    """The seed after `seed` (Reset, Regenerate), wrapping so it stays a valid seed."""
    return (seed + 1) % (MAX_SEED + 1)


@dataclass(frozen=True)
class TrainConfig:
    lr: float = 0.03
    batch_size: int = 10
    optimizer: str = "sgd"
    regularization: str = "none"
    reg_rate: float = 0.0
    shuffle: bool = True
    seed: int = 0

    def checked(self) -> TrainConfig:
        if not isinstance(self.batch_size, int) or not 1 <= self.batch_size <= MAX_BATCH:
            raise MlpvizError(f"batch size must be a whole number from 1 to {MAX_BATCH:,}, "
                              f"not {short(self.batch_size)}")
        check_seed(self.seed)
        check_regularization(self.regularization, self.reg_rate)
        make_optimizer(self.optimizer, self.lr)
        return self


@dataclass(frozen=True)
class EpochResult:
    epoch: int
    train_loss: float
    test_loss: float
    train_accuracy: float
    test_accuracy: float
    penalty: float

    @property
    def finite(self) -> bool:
        return bool(np.isfinite(self.train_loss))


def default_backend(config: TrainConfig) -> Backend:
    """The backend a new trainer gets: the perceptron rule for its optimizer; else the
    compiled kernels once they are loaded (they never are until someone calls
    `compiled.load()`), else NumPy."""
    if config.optimizer == "perceptron":
        return PERCEPTRON_RULE
    return compiled.BACKEND if compiled.loaded() else NUMPY


class Trainer:
    def __init__(self, net: MLP, data: TrainingData, config: TrainConfig | None = None,
                 backend: Backend | None = None) -> None:
        self.net = net
        self.config = (config or TrainConfig()).checked()
        self.backend = backend or default_backend(self.config)
        self.backend.check(net, self.config)
        self.history = History()
        self.optimizer: Optimizer = make_optimizer(self.config.optimizer, self.config.lr)
        self.rng = np.random.default_rng(self.config.seed)
        self.set_data(data)
        self.step_count = 0
        self.epoch = 0
        self.last_result: EpochResult | None = None
        # Headless runs may evaluate each epoch on a second core while the next one trains
        # (the compiled backend, wide networks); the window leaves that core to painting.
        self.two_cores = False
        self.mark_start()

    # -- set-up --------------------------------------------------------------------------
    def use_backend(self, backend: Backend) -> None:
        """The one way to change how steps run (the numbers stay the same up to rounding)."""
        backend.check(self.net, self.config)
        self.backend = backend

    def set_data(self, data: TrainingData) -> None:
        """Train on `data` from the next step (refused, changing nothing, if it does not fit
        the network); the epoch starts over."""
        self.t_train, self.t_test = self._targets(self.net, data)
        self.data = data  # may be empty (the user cleared their points): steps then wait
        self._pos = 0

    @staticmethod
    def _targets(net: MLP, d: TrainingData) -> tuple[Array, Array]:
        """The data's targets for `net`'s output, (N, K) train and test."""
        if d.x_train.shape[1] != net.n_inputs:
            raise MlpvizError(f"the data has {d.x_train.shape[1]} inputs, the network "
                              f"{net.n_inputs}")
        out, k = net.output_activation, net.units[-1]
        targets.check_labels(d.problem, (d.labels_train, d.labels_test), k)
        t_train = targets.encode(d.labels_train, d.problem, out, k)
        if t_train.shape[1] != k:
            raise MlpvizError(f"targets have {t_train.shape[1]} values, the network "
                              f"{k} outputs")
        return t_train, targets.encode(d.labels_test, d.problem, out, k)

    def replace_network(self, net: MLP, data: TrainingData | None = None,
                        **changes: Any) -> None:
        """Train `net` from now on (an edited copy of the network, or a new one), with new
        `data` and settings `changes` if given, as one edit: refused, changing nothing, if
        they do not fit each other or the backend. The optimizer starts from zero state; the
        run goes on."""
        config = replace(self.config, **changes).checked() if changes else self.config
        backend = self._backend_for(config, net)
        new_data = self.data if data is None else data
        self.t_train, self.t_test = self._targets(net, new_data)
        self._use_config(config, backend)
        self.net = net
        if new_data is not self.data:
            self.data, self._pos = new_data, 0
        self.optimizer.reset()

    def set_config(self, **changes: Any) -> None:
        """Change hyper-parameters between steps; a new optimizer starts from zero state.
        Refused, changing nothing, where the new settings cannot train this network."""
        config = replace(self.config, **changes).checked()
        self._use_config(config, self._backend_for(config, self.net))

    def _backend_for(self, config: TrainConfig, net: MLP) -> Backend:
        """The backend for `config`, checked against `net`: the same one, unless the
        optimizer changes to or from the perceptron rule, which is a backend of its own."""
        backend = self.backend
        if (config.optimizer == "perceptron") != (self.config.optimizer == "perceptron"):
            backend = default_backend(config)
        backend.check(net, config)
        return backend

    def _use_config(self, config: TrainConfig, backend: Backend) -> None:
        old = self.config
        self.config, self.backend = config, backend
        if config.optimizer != old.optimizer:
            self.optimizer = make_optimizer(config.optimizer, config.lr)
        self.optimizer.lr = config.lr

    def mark_start(self) -> None:
        """Remember everything a rewind must restore (also after a structural edit: the old
        starting weights no longer fit the network)."""
        self._start = (self.net.copy(), self.optimizer.copy(), self.rng.bit_generator.state)

    def start_network(self) -> MLP:
        """The rewind point's network (a copy)."""
        return self._start[0].copy()

    def rewind(self) -> None:
        """Back to the initial weights, optimizer state and shuffle state; history emptied."""
        net, opt, rng_state = self._start
        self.net.params[...] = net.params
        self.optimizer = opt.copy()
        self.optimizer.lr = self.config.lr
        self.rng.bit_generator.state = rng_state
        self._restart()

    def restart_from_current(self) -> None:
        """Make the current weights the new starting point (after reset or a new network)."""
        self.optimizer.reset()
        self.mark_start()
        self._restart()

    def _restart(self) -> None:
        self.history.clear()
        self.step_count = self.epoch = self._pos = 0
        self.last_result = None

    # -- training ------------------------------------------------------------------------
    @property
    def batches_per_epoch(self) -> int:
        return -(-len(self.data.x_train) // self.config.batch_size)

    @property
    def position_in_epoch(self) -> int:
        """Training samples already used in the current epoch."""
        return self._pos

    def step(self) -> EpochResult | None:
        """One update on one minibatch; returns the evaluation when it closes an epoch."""
        return self.steps(1)[1]

    def steps(self, max_steps: int) -> tuple[int, EpochResult | None]:
        """Up to `max_steps` updates, stopping early where an epoch closes; returns the steps
        taken and, if an epoch closed, its evaluation."""
        n = len(self.data.x_train)
        if n == 0 or max_steps < 1:
            return 0, None
        if self._pos == 0:
            self._order = self._epoch_order()
        done, self._pos = self.backend.steps(self, self._order, self._pos, max_steps)
        self.step_count += done
        if self._pos < n:
            return done, None
        self._pos = 0
        self.epoch += 1
        return done, self.evaluate(record=True)

    def _epoch_order(self) -> Order:
        """The order of the training rows in the next epoch: (n,) row indices."""
        n = len(self.data.x_train)
        return self.rng.permutation(n) if self.config.shuffle else np.arange(n)

    def epochs(self, count: int) -> list[EpochResult]:
        """`count` whole epochs from the start of one, each evaluated as it ends; stops early
        on divergence. Compiled, all of them are one call, the GIL released throughout."""
        if self._pos != 0:
            raise MlpvizError("epochs() starts at the beginning of an epoch")
        if len(self.data.x_train) == 0 or count < 1:
            return []
        orders = np.stack([self._epoch_order() for _ in range(count)])
        results = []
        for row in self.backend.epochs(self, orders).tolist():
            self.epoch += 1
            self.step_count += self.batches_per_epoch
            results.append(EpochResult(self.epoch, *row))
            self.history.append(self.epoch, *row[:4])
        self.last_result = results[-1]
        return results

    def train_epoch(self) -> EpochResult:
        while True:
            result = self.step()
            if result is not None:
                return result

    def measure(self) -> tuple[float, float, float, float, float]:
        """(train loss, test loss, train accuracy, test accuracy, penalty) now."""
        d, cfg = self.data, self.config
        train_loss, train_acc = self._loss_and_accuracy(d.x_train, self.t_train,
                                                        d.labels_train)
        test_loss, test_acc = self._loss_and_accuracy(d.x_test, self.t_test, d.labels_test)
        pen = penalty(cfg.regularization, cfg.reg_rate, self.net.weights)
        return train_loss, test_loss, train_acc, test_acc, pen

    def evaluate(self, record: bool = False) -> EpochResult:
        row = self.measure()
        result = EpochResult(self.epoch, *row)
        if record:
            self.history.append(self.epoch, *row[:4])
            self.last_result = result
        return result

    def _loss_and_accuracy(self, x: Array, t: Array, labels: Labels) -> tuple[float, float]:
        """NaN for what there is nothing to measure on: no rows, or no classes."""
        if len(x) == 0:
            return float("nan"), float("nan")
        return self.backend.evaluate(self, x, t, labels)


def one_sample_data(x: Array, target: Array) -> TrainingData:
    """One sample as the whole training set (targets already in the output's range): the
    lecture's "train on x = (0, 0), t = 0" setting. No test set."""
    x, t = np.asarray(x, dtype=float).reshape(1, -1), np.asarray(target, float).reshape(1, -1)
    return TrainingData(x, t, np.empty((0, x.shape[1])), np.empty((0, t.shape[1])),
                        "regression")


def train_one_sample(net: MLP, x: Array, target: Array, lr: float, steps: int,
                     go_on: Callable[[], bool] | None = None) -> Trainer:
    """`steps` plain SGD updates of `net` (in place) on one sample; each is an epoch of one
    row, so they go in runs of epochs (one call each, compiled). `go_on()` is asked between
    runs: a million steps can be interrupted. Stops early if the loss diverges."""
    trainer = Trainer(net, one_sample_data(x, target), TrainConfig(lr=lr, batch_size=1,
                                                                   shuffle=False))
    while trainer.step_count < steps and (go_on is None or go_on()):
        count = min(SAMPLE_RUN, steps - trainer.step_count)
        if len(trainer.epochs(count)) < count:
            break
    return trainer
