"""Every data set can be learned: training ends clearly below the loss of guessing."""

import numpy as np
import pytest

from mlpviz.core.data.datasets import DATASET_IDS, make_dataset, split
from mlpviz.core.data.digits import PIXELS
from mlpviz.core.nn.netfile import load_network
from mlpviz.core.nn.network import MLP
from mlpviz.core.training.perceptron_rule import train_perceptron
from mlpviz.core.training.scenario import Scenario, build_trainer
from mlpviz.core.training.trainer import TrainConfig

from .conftest import LECTURE_NET

ALL_FEATURES = ("x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2")


def chance_loss(trainer) -> float:
    """The train loss of the best constant guess that ignores the input."""
    t = trainer.t_train
    if trainer.net.output_activation == "softmax":
        p = t.mean(axis=0)
        return float(-(p * np.log(p)).sum())
    if trainer.data.problem == "regression":
        return float(0.5 * t.var(axis=0).sum())
    return 0.5 * float(((t - t.mean()) ** 2).mean())


CASES = {
    "circle": Scenario(dataset="circle"),
    "xor": Scenario(dataset="xor", hidden=(8, 4)),
    "gauss": Scenario(dataset="gauss"),
    "spiral": Scenario(dataset="spiral", features=ALL_FEATURES, hidden=(8, 8),
                       train=TrainConfig(optimizer="adam", lr=0.01)),
    "spiral3": Scenario(dataset="spiral3", features=ALL_FEATURES, hidden=(8, 8),
                        train=TrainConfig(optimizer="adam", lr=0.01)),
    "plane": Scenario(dataset="plane", hidden=(2,)),
    "multigauss": Scenario(dataset="multigauss", hidden=(8, 8),
                           train=TrainConfig(optimizer="adam", lr=0.01)),
    # The lecture's own 2-2-1 sigmoid net, trained on the four rows it started from.
    "xor4": Scenario(dataset="xor4", train=TrainConfig(lr=1.0, batch_size=1, shuffle=False)),
    "and4": Scenario(dataset="and4", hidden=(), output_activation="sigmoid",
                     train=TrainConfig(lr=1.0, batch_size=4)),
    "or4": Scenario(dataset="or4", hidden=(), output_activation="sigmoid",
                    train=TrainConfig(lr=1.0, batch_size=4)),
    # the chapter's digit network (64 pixels, ten classes), small
    "digits": Scenario(dataset="digits", features=PIXELS, hidden=(16,)),
}
EPOCHS = {"xor4": 3000, "and4": 1000, "or4": 1000}


def make_trainer(name):
    net = load_network(LECTURE_NET) if name == "xor4" else None
    return build_trainer(CASES[name], net)


def test_every_dataset_has_a_case():
    assert set(CASES) == set(DATASET_IDS)


@pytest.mark.parametrize("name", list(CASES))
def test_training_beats_chance(name):
    trainer = make_trainer(name)
    chance = chance_loss(trainer)
    for _ in range(EPOCHS.get(name, 200)):
        result = trainer.train_epoch()
    assert result.train_loss < 0.35 * chance, (result, chance)
    if trainer.data.classifies:
        assert result.train_accuracy >= 0.9


def test_xor_truth_table_solved_by_2_2_1():
    trainer = make_trainer("xor4")
    for _ in range(EPOCHS["xor4"]):
        trainer.train_epoch()
    out = trainer.net.predict(trainer.data.x_train)[:, 0]
    assert list((out > 0.5).astype(int)) == [0, 1, 1, 0]


@pytest.mark.parametrize("table, learns", [("and4", True), ("or4", True), ("xor4", False)])
def test_perceptron_rule(table, learns):
    data = make_dataset(table)
    net = MLP.create(2, [], 1, output_activation="step", rng=np.random.default_rng(0))
    run = train_perceptron(net, data.points, data.labels, lr=0.1, max_epochs=200)
    assert run.converged is learns
    predicted = (net.predict(data.points)[:, 0] > 0).astype(int)
    assert (list(predicted) == list(data.labels)) is learns


@pytest.mark.parametrize("name", ["circle", "xor", "gauss", "spiral", "spiral3"])
def test_classification_sets_match_playground(name):
    d = make_dataset(name, 0.0, seed=5)
    assert d.points.shape == (500, 2)
    assert np.abs(d.points).max() <= 6.0
    assert set(np.unique(d.labels)) == set(range(d.n_classes))


def test_regression_sets():
    for name in ("plane", "multigauss"):
        d = make_dataset(name, 0.1, seed=1)
        assert d.points.shape == (1200, 2) and d.problem == "regression"
        assert np.abs(d.labels).max() <= 1.5


def test_circle_noise_flips_labels_not_positions():
    clean, noisy = make_dataset("circle", 0.0, 3), make_dataset("circle", 0.5, 3)
    r = np.hypot(*clean.points.T)
    assert ((r < 2.5) == (clean.labels == 1)).all()
    assert (noisy.labels != ((np.hypot(*noisy.points.T) < 2.5).astype(int))).any()


def test_split_ratio_and_seed():
    d = make_dataset("gauss", 0.0, 0)
    s = split(d, 30, seed=4)
    assert len(s.train_points) == 150 and len(s.test_points) == 350
    again = split(d, 30, seed=4)
    np.testing.assert_array_equal(s.train_points, again.train_points)
    tables = split(make_dataset("xor4"), 50)
    assert len(tables.train_points) == 4 == len(tables.test_points)
