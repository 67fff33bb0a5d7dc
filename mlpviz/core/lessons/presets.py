"""The lecture's experiments, each a set-up that says in one line what to watch.

A preset is a Scenario (data, network shape, training) plus, for some, a network to start
from, the number of epochs that shows its point, and the outcome it announces — which the
tests check by running it headless.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..data.digits import PIXELS
from ..nn.network import MLP
from ..training.scenario import Scenario, build_trainer
from ..training.trainer import TrainConfig, Trainer

PERCEPTRON = TrainConfig(optimizer="perceptron", lr=0.1, batch_size=4, shuffle=False)


def _perceptron(dataset: str) -> Scenario:
    return Scenario(dataset=dataset, hidden=(), output_activation="step", train=PERCEPTRON)


def _lecture_net() -> MLP:
    return walkthrough_network("lecture")


# Where the lecture's slides print a number truncated, not rounded, to 6 decimals: the
# record (phase, parameter) and the field of it, with the slide's digits. The walkthrough
# notes these where they appear; elsewhere the slides and mlpviz agree to the digit.
LECTURE_SLIDE_DIGITS: dict[tuple[str, str | None], dict[str, float]] = {
    ("backward", "w5"): {"dout_dnet": 0.206158, "gradient": 0.076775},
    ("update", "w5"): {"gradient": 0.076775},
    ("update", "b3"): {"new": 0.270750},
    ("update", "b1"): {"new": 0.096352}}
# The slide's "after 10,000 steps" (y, E), and what this many steps on x = (0, 0), t = 0,
# η = 0.2 give (tests hold these to the computation).
LECTURE_SLIDE_RUN = (10_000, 0.005770, 0.000016)
LECTURE_RUNS = {10_000: (0.012088, 0.000073), 40_000: (0.005771, 0.000017)}


def is_lecture_walk(net: MLP, x: NDArray[np.float64], target: NDArray[np.float64], lr: float
                    ) -> bool:
    """Whether this is the lecture's worked example: its network, x = (0, 0), t = 0, η = 0.2
    (where the slides' numbers apply)."""
    lecture = _lecture_net()
    return (net.activation_names == lecture.activation_names and net.loss_name == "mse"
            and np.array_equal(net.params, lecture.params) and lr == 0.2
            and not np.any(x) and not np.any(target))


def walkthrough_network(name: str) -> MLP:
    """The walkthrough's presets: the lecture's 2-2-1 sigmoid net, or Quiz 04's (the same
    weights with ReLU)."""
    from ..bundled import example_network  # the files ship in the package, not in core

    return example_network(name)


@dataclass(frozen=True)
class Preset:
    key: str
    title: str
    watch: str
    scenario: Scenario
    epochs: int
    outcome: Callable[[Trainer], bool]
    network: Callable[[], MLP] | None = field(default=None)

    def trainer(self) -> Trainer:
        return build_trainer(self.scenario, self.network() if self.network else None)


def _accuracy(t: Trainer) -> float:
    r = t.last_result
    if r is None:
        return 0.0
    return r.test_accuracy if len(t.data.x_test) and t.data.x_test is not t.data.x_train \
        else r.train_accuracy


PRESETS = {p.key: p for p in (
    Preset("perceptron_and", "Perceptron learns AND",
           "The perceptron rule finds a separating line: AND is learned within a few epochs.",
           _perceptron("and4"), 50, lambda t: _accuracy(t) == 1.0),
    Preset("perceptron_or", "Perceptron learns OR",
           "OR is linearly separable too: the perceptron gets all four rows right.",
           _perceptron("or4"), 50, lambda t: _accuracy(t) == 1.0),
    Preset("perceptron_xor", "Perceptron never learns XOR",
           "No single line separates XOR's corners: the perceptron keeps making mistakes, "
           "however long it trains.", _perceptron("xor4"), 500,
           lambda t: _accuracy(t) < 1.0),
    Preset("mlp_xor4", "A 2-2-1 MLP solves XOR",
           "One hidden layer of two sigmoid units draws two lines and combines them: the "
           "lecture's network learns the XOR truth table.",
           Scenario(dataset="xor4", train=TrainConfig(lr=1.0, batch_size=1, shuffle=False)),
           3000, lambda t: _accuracy(t) == 1.0, _lecture_net),
    Preset("playground", "Playground's opening screen",
           "Circle data, hidden layers of 4 and 2 tanh units, η = 0.03: the boundary closes "
           "around the inner class within a few hundred epochs.", Scenario(), 300,
           lambda t: _accuracy(t) >= 0.9),
    Preset("playground_xor_221", "Playground XOR with 2-2-1",
           "On Playground's 500-point XOR a 2-2-1 tanh net usually gets stuck near 75–85 %: "
           "two hidden units are barely enough. Try the 2-4-1 preset.",
           Scenario(dataset="xor", hidden=(2,)), 150, lambda t: _accuracy(t) < 0.9),
    Preset("playground_xor_241", "Playground XOR with 2-4-1",
           "With four hidden units the same data is learned: over 90 % test accuracy within "
           "150 epochs.", Scenario(dataset="xor", hidden=(4,)), 150,
           lambda t: _accuracy(t) >= 0.9),
    Preset("digits", "The chapter's digit network",
           "8×8 handwritten digits stand in for the chapter's 28×28 MNIST (smaller, free "
           "to share, trained in seconds): over 95 % are read right within 50 epochs.",
           Scenario(dataset="digits", features=PIXELS, hidden=(32,),
                    output_activation="softmax", loss="cross_entropy"), 50,
           lambda t: _accuracy(t) >= 0.95),
)}


# -- Quiz 03: linear vs ReLU vs sigmoid on Playground's XOR -------------------------------
QUIZ03_ACTIVATIONS = ("linear", "relu", "sigmoid")


QUIZ03_LR = 0.1  # at 0.03, after 300 epochs sigmoid had 68 % to linear's 66 %: now 77 %
QUIZ03_EPOCHS = 300


def quiz03_run(epochs: int = QUIZ03_EPOCHS, hidden: tuple[int, ...] = (4, 2), seed: int = 0,
               grid: int = 50, every: int = 10, stop: Callable[[], bool] = lambda: False
               ) -> Iterator[tuple[int, dict[str, dict[str, Any]]]]:
    """Train one network shape with each activation on Playground's XOR, the three in step,
    so a class watches them side by side; every `every` epochs (and at the last) yields
    (epoch, per activation: the test loss and accuracy and the output map, grid × grid).
    `stop()` is asked between epochs, so a closing window need not wait."""
    from ..data.grid import GridEvaluator

    evaluator = GridEvaluator(grid, thumb=grid // 5)
    trainers = {act: build_trainer(Scenario(dataset="xor", hidden=hidden, activation=act,
                                            weight_seed=seed, train=TrainConfig(lr=QUIZ03_LR)))
                for act in QUIZ03_ACTIVATIONS}
    last = {act: t.evaluate() for act, t in trainers.items()}
    for epoch in range(1, epochs + 1):
        if stop():
            return
        for act, t in trainers.items():
            last[act] = t.train_epoch()
        if epoch % every == 0 or epoch == epochs:
            yield epoch, {act: {"test_loss": last[act].test_loss,
                                "test_accuracy": last[act].test_accuracy,
                                "map": np.array(evaluator.evaluate(t.net).output[:, :, 0])}
                          for act, t in trainers.items()}


def quiz03(epochs: int = QUIZ03_EPOCHS, hidden: tuple[int, ...] = (4, 2), seed: int = 0,
           grid: int = 50) -> dict[str, dict[str, Any]]:
    """quiz03_run's results after the last epoch."""
    runs = list(quiz03_run(epochs, hidden, seed, grid, every=epochs))
    return runs[-1][1] if runs else {}
