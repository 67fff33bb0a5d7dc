"""Minibatch training with per-epoch evaluation, and an exact rewind.

One step is one update on one minibatch; one epoch is one pass over the training set, the last
batch smaller when the batch size does not divide it (Playground carries the remainder into
the next epoch instead; we do not). After each epoch the train and test loss — and for
classification the accuracy — go into the history.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..data.datasets import Split
from ..data.features import compute_features
from ..errors import MlpvizError
from ..nn import targets
from ..nn.network import MLP
from . import compiled
from .history import History
from .optimizers import (
    Optimizer,
    add_penalty_gradient,
    check_regularization,
    make_optimizer,
    penalty,
)
from .perceptron_rule import perceptron_epoch

Array = np.ndarray


@dataclass(frozen=True)
class TrainingData:
    """Model inputs (N, F) and labels (N,) — classes, or targets (N, K) for regression."""

    x_train: Array
    labels_train: Array
    x_test: Array
    labels_test: Array
    problem: str  # "classification", "multiclass" or "regression"

    @classmethod
    def from_split(cls, s: Split, features: list[str], problem: str) -> TrainingData:
        return cls(compute_features(s.train_points, features), s.train_labels,
                   compute_features(s.test_points, features) if len(s.test_points)
                   else np.empty((0, len(features))), s.test_labels, problem)

    @property
    def classifies(self) -> bool:
        return self.problem != "regression"


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
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise MlpvizError(f"batch size must be a whole number ≥ 1, not {self.batch_size}")
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


class Trainer:
    def __init__(self, net: MLP, data: TrainingData, config: TrainConfig | None = None) -> None:
        self.net = net
        self.config = (config or TrainConfig()).checked()
        self.history = History()
        self.optimizer: Optimizer = make_optimizer(self.config.optimizer, self.config.lr)
        self.rng = np.random.default_rng(self.config.seed)
        self.set_data(data)
        self.step_count = 0
        self.epoch = 0
        self.last_result: EpochResult | None = None
        self._compiled: bool | None = None
        self.mark_start()

    # -- set-up --------------------------------------------------------------------------
    def set_data(self, data: TrainingData) -> None:
        if data.x_train.shape[1] != self.net.n_inputs:
            raise MlpvizError(
                f"the data has {data.x_train.shape[1]} inputs, the network {self.net.n_inputs}"
            )
        self.data = data  # may be empty (the user cleared their points): steps then wait
        self._encode_targets()
        self._pos = 0

    def _encode_targets(self) -> None:
        net, d = self.net, self.data
        out, k = net.output_activation, net.units[-1]
        if d.classifies and k > 1 and int(d.labels_train.max(initial=0)) >= k:
            raise MlpvizError(f"{int(d.labels_train.max()) + 1} classes but {k} output units")
        self.t_train = targets.encode(d.labels_train, d.problem, out, k)
        self.t_test = targets.encode(d.labels_test, d.problem, out, k)
        if self.t_train.shape[1] != k:
            raise MlpvizError(f"targets have {self.t_train.shape[1]} values, the network "
                              f"{k} outputs")

    def network_changed(self) -> None:
        """Call after the network's shape or output changed: targets and optimizer follow."""
        self._encode_targets()
        self.optimizer.reset()

    def set_config(self, **changes: object) -> None:
        """Change hyper-parameters between steps; a new optimizer starts from zero state."""
        old = self.config
        self.config = replace(old, **changes).checked()  # type: ignore[arg-type]
        if self.config.optimizer != old.optimizer:
            self.optimizer = make_optimizer(self.config.optimizer, self.config.lr)
        self.optimizer.lr = self.config.lr

    def mark_start(self) -> None:
        """Remember everything a rewind must restore (also after a structural edit: the old
        starting weights no longer fit the network)."""
        self._start = (self.net.copy(), self.optimizer.copy(), self.rng.bit_generator.state)

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
        taken and, if an epoch closed, its evaluation. Compiled, the run is one call."""
        n = len(self.data.x_train)
        if n == 0 or max_steps < 1:
            return 0, None
        if self._pos == 0:
            self._order = self._epoch_order()
        cfg = self.config
        if self.runs_compiled:
            done, self._pos = compiled.train_steps(
                self.net, self.optimizer, cfg.batch_size, cfg.regularization, cfg.reg_rate,
                self.data.x_train, self.t_train, self._order, self._pos, max_steps)
        else:
            done = 0
            while done < max_steps and self._pos < n:
                end = min(self._pos + cfg.batch_size, n)
                self._numpy_step(self._order[self._pos : end])
                self._pos = end
                done += 1
        self.step_count += done
        if self._pos < n:
            return done, None
        self._pos = 0
        self.epoch += 1
        return done, self.evaluate(record=True)

    def _epoch_order(self) -> Array:
        """The order of the training rows in the next epoch: (n,) row indices."""
        n = len(self.data.x_train)
        return self.rng.permutation(n) if self.config.shuffle else np.arange(n)

    def epochs(self, count: int) -> list[EpochResult]:
        """`count` whole epochs from the start of one, each evaluated as it ends. Compiled,
        all of them are one call, the GIL released throughout; stops early on divergence."""
        if self._pos != 0:
            raise MlpvizError("epochs() starts at the beginning of an epoch")
        cfg, d = self.config, self.data
        if not self.runs_compiled or len(d.x_train) == 0:
            return [self.train_epoch() for _ in range(count)] if len(d.x_train) else []
        orders = np.stack([self._epoch_order() for _ in range(count)])
        labels = (d.labels_train, d.labels_test) if d.classifies else (compiled.NO_LABELS,) * 2
        rows = compiled.train_epochs(
            self.net, self.optimizer, cfg.batch_size, cfg.regularization, cfg.reg_rate,
            (d.x_train, self.t_train, labels[0]), (d.x_test, self.t_test, labels[1]), orders)
        results = []
        for row in rows.tolist():
            self.epoch += 1
            self.step_count += self.batches_per_epoch
            results.append(EpochResult(self.epoch, *row))
            self.history.append(self.epoch, *row[:4])
        self.last_result = results[-1]
        return results

    @property
    def use_compiled(self) -> bool:
        """Whether steps run compiled (decided at the first step, not at construction: the
        first check imports Numba, which the window's first paint must not wait for)."""
        if self._compiled is None:
            self._compiled = compiled.enabled()
        return self._compiled

    @use_compiled.setter
    def use_compiled(self, on: bool) -> None:
        self._compiled = on and compiled.enabled()

    @property
    def runs_compiled(self) -> bool:
        """Whether the next steps run compiled (the perceptron rule never does)."""
        return self.use_compiled and self.config.optimizer != "perceptron"

    def _numpy_step(self, rows: Array) -> None:
        x, t = self.data.x_train[rows], self.t_train[rows]
        cfg, net = self.config, self.net
        if cfg.optimizer == "perceptron":
            self._perceptron_step(x, t)
            return
        grad = net.backward_into_grad(net.forward(x), t)
        if cfg.regularization != "none":
            add_penalty_gradient(cfg.regularization, cfg.reg_rate, net.weights,
                                 net.grad_weights)
        self.optimizer.step(net.params, grad)

    def _perceptron_step(self, x: Array, t: Array) -> None:
        net = self.net
        if len(net.weights) != 1 or net.units != [1] or net.output_activation != "step":
            raise MlpvizError("the perceptron rule trains one layer with a single step unit; "
                              "remove the hidden layers and choose the step activation")
        perceptron_epoch(net, x, t[:, 0], self.config.lr)

    def train_epoch(self) -> EpochResult:
        while True:
            result = self.step()
            if result is not None:
                return result

    def evaluate(self, record: bool = False) -> EpochResult:
        d, cfg = self.data, self.config
        train_loss, train_acc = self._loss_and_accuracy(d.x_train, self.t_train,
                                                        d.labels_train)
        test_loss, test_acc = self._loss_and_accuracy(d.x_test, self.t_test, d.labels_test)
        pen = penalty(cfg.regularization, cfg.reg_rate, self.net.weights)
        result = EpochResult(self.epoch, train_loss, test_loss, train_acc, test_acc, pen)
        if record:
            self.history.append(self.epoch, train_loss, test_loss, train_acc, test_acc)
            self.last_result = result
        return result

    def _loss_and_accuracy(self, x: Array, t: Array, labels: Array) -> tuple[float, float]:
        """NaN for what there is nothing to measure on: no rows, or no classes."""
        nan, net, classifies = float("nan"), self.net, self.data.classifies
        if len(x) == 0:
            return nan, nan
        if self.use_compiled:
            return compiled.evaluate(net, x, t, labels if classifies else compiled.NO_LABELS)
        y, out = net.predict(x), net.output_activation
        return (net.loss.value(y, t, out),
                targets.accuracy(y, labels, out) if classifies else nan)


def one_sample_data(x: Array, target: Array) -> TrainingData:
    """One sample as the whole training set (targets already in the output's range): the
    lecture's "train on x = (0, 0), t = 0" setting. No test set."""
    x, t = np.asarray(x, dtype=float).reshape(1, -1), np.asarray(target, float).reshape(1, -1)
    return TrainingData(x, t, np.empty((0, x.shape[1])), np.empty((0, t.shape[1])),
                        "regression")


def train_one_sample(net: MLP, x: Array, target: Array, lr: float, steps: int) -> Trainer:
    """`steps` plain SGD updates of `net` (in place) on one sample."""
    trainer = Trainer(net, one_sample_data(x, target), TrainConfig(lr=lr, batch_size=1,
                                                                   shuffle=False))
    for _ in range(steps):
        trainer.step()
    return trainer
