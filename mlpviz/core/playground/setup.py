"""A Playground link's run in mlpviz's terms: the Scenario it corresponds to, Playground's own
points (made from its seed, split its way) and its starting network, and its random numbers
as they stand after them (Playground's Reset and Regenerate go on drawing from there)."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

import numpy as np

from ..data.datasets import Split
from ..nn.network import MLP
from ..training.scenario import Scenario, build_trainer
from ..training.trainer import TrainConfig, Trainer
from ..translatable import QT_TRANSLATE_NOOP
from . import data
from .exact_training import PlaygroundBackend
from .exact_training import lacks as network_lacks
from .link import PlaygroundState
from .seedrandom import SeedRandom
from .start import playground_network

# Playground's names → mlpviz's
FEATURES = {"x": "x1", "y": "x2", "xSquared": "x1sq", "ySquared": "x2sq", "xTimesY": "x1x2",
            "sinX": "sinx1", "sinY": "sinx2"}
DATASETS = {"circle": "circle", "xor": "xor", "gauss": "gauss", "spiral": "spiral",
            "reg-plane": "plane", "reg-gauss": "multigauss"}
REGULARIZATIONS = {"none": "none", "L1": "l1", "L2": "l2"}


@dataclass
class PlaygroundRun:
    state: PlaygroundState  # with its seed (drawn here if the link had none)
    scenario: Scenario
    split: Split
    problem: str
    net: MLP
    rng: SeedRandom  # Playground's Math.random, after the points and the weights


def new_seed() -> str:
    """A seed as Playground draws one when a link has none: `Math.random().toFixed(5)`."""
    return f"{random.random():.5f}"  # (a seed to show, not a secret)


def scenario_of(state: PlaygroundState) -> Scenario:
    """The Scenario that says in mlpviz's words what `state` says in Playground's."""
    regression = state.regression
    return Scenario(
        dataset=DATASETS[state.regDataset if regression else state.dataset],
        noise=state.noise / 100, ratio=float(state.percTrainData),
        features=tuple(FEATURES[name] for name in state.inputs),
        hidden=tuple(state.networkShape), activation=state.activation,
        output_activation="linear" if regression else "tanh", loss="mse",
        train=TrainConfig(lr=float(state.learningRate), batch_size=state.batchSize,
                          regularization=REGULARIZATIONS[state.regularization],
                          reg_rate=float(state.regularizationRate), shuffle=False))


def playground_run(state: PlaygroundState) -> PlaygroundRun:
    """What Playground shows when it opens `state`'s link: generateData(true) from the seed,
    then reset(true)'s network from the numbers that follow."""
    seed = new_seed() if state.seed is None else state.seed
    state = replace(state, seed=seed)
    rng = SeedRandom(seed)
    split, problem = generate_points(state, rng)
    net = start_network(state, rng, [FEATURES[name] for name in state.inputs])
    return PlaygroundRun(state, scenario_of(state), split, problem, net, rng)


def generate_points(state: PlaygroundState, rng: SeedRandom) -> tuple[Split, str]:
    """playground.ts generateData, from `rng` as it stands (seeded with state.seed): the
    split and its problem."""
    regression = state.regression
    generator = (data.REGRESS[state.regDataset] if regression
                 else data.CLASSIFY[state.dataset])
    train, test = data.playground_points(rng, generator, regression, state.noise,
                                         state.percTrainData)
    problem = "regression" if regression else "classification"
    return playground_split(train, test, regression), problem


def start_network(state: PlaygroundState, rng: SeedRandom, features: list[str]) -> MLP:
    """playground.ts reset's network, drawn from `rng` as it stands."""
    shape = [len(features), *state.networkShape, 1]
    return playground_network(rng, shape, state.activation,
                              "linear" if state.regression else "tanh", features,
                              state.initZero)


def playground_split(train: list[data.Point], test: list[data.Point],
                     regression: bool) -> Split:
    """Playground's points as mlpviz's split: its ±1 labels as classes 1 and 0."""
    def part(points: list[data.Point]) -> tuple[np.ndarray, np.ndarray]:
        a = np.array(points, dtype=float).reshape(-1, 3)
        labels = a[:, 2] if regression else (a[:, 2] > 0).astype(np.intp)  # ±1 → 1 / 0
        return a[:, :2], labels
    (xa, la), (xb, lb) = part(train), part(test)
    return Split(xa, la, xb, lb)


_BACK = {v: k for k, v in DATASETS.items()}
_BACK_FEATURES = {v: k for k, v in FEATURES.items()}


def state_of(scenario: Scenario, net: MLP, old: PlaygroundState) -> PlaygroundState | str:
    """The Playground set-up `scenario` (training `net`) is, keeping `old`'s view settings
    and seed; or, where Playground cannot express it, why, as a clause ("it trains with
    plain SGD")."""
    t = scenario.train
    checks = (  # (what Playground lacks, whether this set-up needs it)
        (QT_TRANSLATE_NOOP("core", "it has only its six data sets"),
         scenario.dataset not in _BACK),
        (QT_TRANSLATE_NOOP("core", "its batch size is at most 30"), t.batch_size > 30),
        (QT_TRANSLATE_NOOP("core", "its noise is at most 80"), scenario.noise > 0.8),
        (QT_TRANSLATE_NOOP("core", "its training share is 10 to 90 %"),
         not 10 <= scenario.ratio <= 90),
    )
    lacks = next((what for what, needed in checks if needed), None) or \
        network_lacks(net, t.optimizer)
    if lacks is not None:
        return lacks
    regression = _BACK[scenario.dataset].startswith("reg-")
    flags = {name: name in [_BACK_FEATURES[f] for f in net.features] for name in FEATURES}
    changes: dict[str, object] = dict(
        activation=net.activation_names[0] if len(net.units) > 1 else old.activation,
        regularization={"none": "none", "l1": "L1", "l2": "L2"}[t.regularization],
        batchSize=t.batch_size, learningRate=t.lr, regularizationRate=t.reg_rate,
        noise=round(scenario.noise * 100, 10), networkShape=tuple(net.units[:-1]),
        percTrainData=scenario.ratio,
        problem="regression" if regression else "classification", **flags)
    changes["regDataset" if regression else "dataset"] = _BACK[scenario.dataset]
    return replace(old, **changes)  # type: ignore[arg-type]


def playground_trainer(state: PlaygroundState) -> tuple[Trainer, PlaygroundRun]:
    """A trainer on the link's run, training Playground's way (the command line's)."""
    run = playground_run(state)
    trainer = build_trainer(run.scenario, run.net, (run.split, run.problem))
    trainer.use_backend(PlaygroundBackend())
    return trainer, run
