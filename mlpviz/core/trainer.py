"""Minibatch training with per-epoch evaluation, and an exact rewind.

One step is one update on one minibatch; one epoch is one pass over the training set, the last
batch smaller when the batch size does not divide it (Playground carries the remainder into
the next epoch instead; we do not). After each epoch the train and test loss — and for
classification the accuracy — go into the history.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from . import targets
from .datasets import Split
from .errors import MlpvizError
from .features import compute_features
from .history import History
from .network import MLP
from .optimizers import (
    Optimizer,
    add_penalty_gradient,
    check_regularization,
    make_optimizer,
    penalty,
)
from .perceptron import perceptron_epoch

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
        n = len(self.data.x_train)
        if n == 0:
            return None
        if self._pos == 0:
            # Shuffle the epoch's rows once; each batch is then a slice (a view, no copy).
            if self.config.shuffle:
                order = self.rng.permutation(n)
                self._x_epoch, self._t_epoch = self.data.x_train[order], self.t_train[order]
            else:
                self._x_epoch, self._t_epoch = self.data.x_train, self.t_train
        cfg = self.config
        end = self._pos + cfg.batch_size
        net = self.net
        if cfg.optimizer == "perceptron":
            self._perceptron_step(self._x_epoch[self._pos : end], self._t_epoch[self._pos : end])
        else:
            fp = net.forward(self._x_epoch[self._pos : end])
            grad = net.backward_into_grad(fp, self._t_epoch[self._pos : end])
            if cfg.regularization != "none":
                add_penalty_gradient(cfg.regularization, cfg.reg_rate, net.weights,
                                     net.grad_weights)
            self.optimizer.step(net.params, grad)
        self.step_count += 1
        self._pos = min(end, n)
        if self._pos < n:
            return None
        self._pos = 0
        self.epoch += 1
        return self.evaluate(record=True)

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
        net, d, out = self.net, self.data, self.net.output_activation
        y_train = net.predict(d.x_train)
        train_loss = net.loss.value(y_train, self.t_train, out) if len(d.x_train) \
            else float("nan")
        test_loss, test_acc, train_acc = float("nan"), float("nan"), float("nan")
        if len(d.x_test):
            y_test = net.predict(d.x_test)
            test_loss = net.loss.value(y_test, self.t_test, out)
        if d.classifies:
            train_acc = targets.accuracy(y_train, d.labels_train, out)
            if len(d.x_test):
                test_acc = targets.accuracy(y_test, d.labels_test, out)
        cfg = self.config
        pen = penalty(cfg.regularization, cfg.reg_rate, net.weights)
        result = EpochResult(self.epoch, train_loss, test_loss, train_acc, test_acc, pen)
        if record:
            self.history.append(self.epoch, train_loss, test_loss, train_acc, test_acc)
            self.last_result = result
        return result


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
