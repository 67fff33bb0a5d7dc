"""Playground's own run, number for number: for each link in tests/fixtures/playground (made
by TensorFlow Playground's own nn.ts, dataset.ts and state.ts, see tests/playground), the
points, the starting weights, the loss after every epoch and the final weights.

The fixtures' numbers are Playground's (Apache License 2.0, tests/playground/LICENSE)."""

import json
from pathlib import Path

import numpy as np
import pytest

from mlpviz.core.playground.exact_training import PlaygroundBackend
from mlpviz.core.playground.link import read_link
from mlpviz.core.playground.seedrandom import SeedRandom
from mlpviz.core.playground.setup import playground_run, playground_trainer
from mlpviz.core.session import commands as c
from mlpviz.core.session.training_session import TrainingSession

FIXTURES = Path(__file__).parent / "fixtures" / "playground"
RUNS = sorted(p.stem for p in FIXTURES.glob("*.json")
              if p.stem not in ("seedrandom", "lecturer_session"))
LOSS, WEIGHTS, POINTS = 1e-9, 1e-6, 1e-12


def _fixture(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def _weights(net) -> list[dict]:
    """The network as Playground lists it: per layer, each unit's incoming weights."""
    return [{"weights": w.T.tolist(), "biases": b.tolist()}
            for w, b in zip(net.weights, net.biases, strict=True)]


def _labels(points: np.ndarray, split_labels: np.ndarray, regression: bool) -> np.ndarray:
    return split_labels if regression else np.where(split_labels == 1, 1.0, -1.0)


def test_the_fixtures_cover_what_the_issue_asks():
    runs = {name: read_link(_fixture(name)["link"]) for name in RUNS}
    assert len(runs) >= 8
    states = runs.values()
    assert {s.dataset for s in states if not s.regression} == {"circle", "xor", "gauss",
                                                               "spiral"}
    assert {s.regDataset for s in states if s.regression} == {"reg-plane", "reg-gauss"}
    assert {s.activation for s in states} == {"tanh", "relu", "sigmoid", "linear"}
    assert {s.regularization for s in states} >= {"L1", "L2", "none"}
    assert any(s.initZero for s in states) and any(s.networkShape == () for s in states)
    assert any(len(s.inputs) == 7 for s in states)
    assert any(250 * s.percTrainData / 100 % s.batchSize for s in states)  # a remainder


@pytest.mark.parametrize("name", RUNS)
def test_points_and_starting_network_are_playgrounds(name):
    f = _fixture(name)
    run = playground_run(read_link(f["link"]))
    regression = run.state.regression
    for part, points, labels in (("train", run.split.train_points, run.split.train_labels),
                                 ("test", run.split.test_points, run.split.test_labels)):
        theirs = np.array(f[part]).reshape(-1, 3)
        assert points.shape == (len(theirs), 2)
        np.testing.assert_allclose(points, theirs[:, :2], rtol=0, atol=POINTS)
        np.testing.assert_array_equal(_labels(points, labels, regression), theirs[:, 2])
    ours = _weights(run.net)
    for layer, theirs in zip(ours, f["start"], strict=True):
        assert layer["weights"] == theirs["weights"] and layer["biases"] == theirs["biases"]
    assert [run.rng.random(), run.rng.random()] == f["probe"]  # the same numbers drawn


@pytest.mark.parametrize("name", RUNS)
def test_every_epochs_loss_and_the_final_weights_are_playgrounds(name):
    f = _fixture(name)
    trainer, _ = playground_trainer(read_link(f["link"]))
    first = trainer.evaluate()
    assert [first.train_loss, first.test_loss] == pytest.approx(f["losses"][0], abs=LOSS)
    for epoch in range(1, f["epochs"] + 1):
        r = trainer.train_epoch()
        assert [r.train_loss, r.test_loss] == pytest.approx(f["losses"][epoch], abs=LOSS), \
            f"epoch {epoch}"
    for layer, theirs in zip(_weights(trainer.net), f["end"], strict=True):
        np.testing.assert_allclose(layer["weights"], theirs["weights"], rtol=0, atol=WEIGHTS)
        np.testing.assert_allclose(layer["biases"], theirs["biases"], rtol=0, atol=WEIGHTS)
    assert isinstance(trainer.backend, PlaygroundBackend)
    dead = [np.array(d).T.tolist() for d in trainer.backend.dead_links()]
    assert dead == [layer["dead"] for layer in f["end"]]


def test_l1_kills_links_as_playground_does():
    f = _fixture("xor_relu_l1")
    assert any(any(any(row) for row in layer["dead"]) for layer in f["end"])  # some died


def test_the_random_numbers_are_seedrandoms():
    for seed, theirs in json.loads((FIXTURES / "seedrandom.json").read_text()).items():
        rng = SeedRandom(seed)
        assert [rng.random() for _ in theirs] == theirs, seed


def test_a_lecturers_session_stays_playgrounds_run():
    """Reset, Regenerate, a new data set, noise, batch size, learning rate and activation,
    each answered as Playground's own controls answer them (playground.ts makeGUI)."""
    f = _fixture("lecturer_session")
    s = TrainingSession()
    s.apply(c.UsePlayground(read_link(f["link"]), f["link"]))
    said = []
    s.notify = said.append
    losses = [s.trainer.evaluate()]
    commands = {"reset": c.Reset(), "regenerate": c.Regenerate(),
                ("dataset", "spiral"): c.SetData(dataset="spiral"),
                ("noise", 25): c.SetData(noise=0.25),
                ("batchSize", 4): c.SetTraining(batch_size=4),
                ("learningRate", 0.1): c.SetTraining(lr=0.1),
                ("activation", "relu"): c.SetActivation("relu")}
    for what, *rest in f["actions"]:
        if what == "train":
            losses += [s.loop.step_epoch() for _ in range(rest[0])]
            continue
        s.apply(commands[what] if what != "set" else commands[(rest[0], rest[1])])
        losses.append(s.trainer.evaluate())
        assert s.trainer.backend.name == "playground", what
    got = [[r.train_loss, r.test_loss] for r in losses]
    assert len(got) == len(f["losses"])
    for i, (ours, theirs) in enumerate(zip(got, f["losses"], strict=True)):
        assert ours == pytest.approx(theirs, abs=LOSS), f"row {i}"
    assert s.playground is not None and s.playground.state.seed == f["seed"]
    assert said == []
