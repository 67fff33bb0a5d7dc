"""A whole training set-up as one plain value, and how to build it.

The CLI, the benchmark and the window all start from a `Scenario`: data set, features,
network shape and hyper-parameters. Its defaults are TensorFlow Playground's opening screen
(circle, x1 and x2, hidden layers 4 and 2, tanh, learning rate 0.03, batch 10).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..data.datasets import Split, make_dataset, split
from ..data.features import DEFAULT_FEATURES, check_features
from ..errors import MlpvizError
from ..nn.network import MAX_LAYERS, MAX_UNITS, MLP
from .trainer import TrainConfig, Trainer, TrainingData


@dataclass(frozen=True)
class Scenario:
    dataset: str = "circle"
    noise: float = 0.0  # 0 … 0.5
    ratio: float = 50.0  # percent of the points used for training
    data_seed: int = 0
    features: tuple[str, ...] = DEFAULT_FEATURES
    hidden: tuple[int, ...] = (4, 2)
    activation: str = "tanh"
    output_activation: str | None = None  # None: what fits the problem
    loss: str | None = None  # None: mse, or cross_entropy for several classes
    weight_seed: int = 0
    train: TrainConfig = field(default_factory=TrainConfig)


def output_layer(problem: str, n_classes: int, loss: str) -> tuple[int, str]:
    """(units, activation) of an output layer that fits the problem, as Playground's."""
    if problem == "regression":
        return 1, "linear"
    if problem == "multiclass" or n_classes > 2:
        return n_classes, "softmax"
    return 1, "sigmoid" if loss == "cross_entropy" else "tanh"


def check_hidden(hidden: tuple[int, ...] | list[int]) -> None:
    if len(hidden) > MAX_LAYERS - 1:
        raise MlpvizError(f"at most {MAX_LAYERS - 1} hidden layers")
    for n in hidden:
        if not 1 <= n <= MAX_UNITS:
            raise MlpvizError(f"a hidden layer needs 1 to {MAX_UNITS} units, not {n}")


def build_network(s: Scenario, problem: str, n_classes: int, n_inputs: int | None = None,
                  feature_names: list[str] | None = None) -> MLP:
    check_hidden(s.hidden)
    loss = s.loss or ("cross_entropy" if problem == "multiclass" else "mse")
    units, out_act = output_layer(problem, n_classes, loss)
    n_in = n_inputs if n_inputs is not None else len(s.features)
    return MLP.create(n_in, list(s.hidden), units, s.activation,
                      s.output_activation or out_act, loss,
                      np.random.default_rng(s.weight_seed),
                      feature_names or list(s.features))


def scenario_split(s: Scenario) -> tuple[Split, str]:
    data = make_dataset(s.dataset, s.noise, s.data_seed)
    return split(data, s.ratio, s.data_seed), data.problem


def count_classes(sp: Split, problem: str) -> int:
    """Classes in the data (at least 2 for classification, as one class alone is no
    problem to solve); 0 for regression."""
    if problem == "regression":
        return 0
    return max(int(max(sp.train_labels.max(initial=0), sp.test_labels.max(initial=0))) + 1, 2)


def build_trainer(s: Scenario, net: MLP | None = None,
                  data: tuple[Split, str] | None = None) -> Trainer:
    """The trainer for a scenario; a given network replaces the one the scenario describes,
    and given data (a split and its problem) replaces the generated data set."""
    check_features(list(s.features))
    sp, problem = data if data is not None else scenario_split(s)
    n_classes = count_classes(sp, problem)
    if net is None:
        net = build_network(s, problem, n_classes)
    elif list(net.features) != list(s.features):
        raise MlpvizError(f"the network's inputs are {', '.join(net.features)}; "
                          f"the data gives {', '.join(s.features)}")
    return Trainer(net, TrainingData.from_split(sp, list(s.features), problem), s.train)
