"""Playground links read as Playground reads them (state.ts), refused in one line where it
could not show them, written back as it writes them; and mlpviz's own set-up links."""

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from mlpviz.core.errors import MlpvizError
from mlpviz.core.playground.js_values import js_number, js_string
from mlpviz.core.playground.link import PlaygroundState, read_link, write_link
from mlpviz.core.session import commands as c
from mlpviz.core.session.setup_link import looks_like_link, read_setup_link, write_setup_link
from mlpviz.core.session.training_session import TrainingSession
from mlpviz.core.training.scenario import Scenario
from mlpviz.core.training.trainer import TrainConfig

from .conftest import ROOT

# The chapter's two links, as its text prints them ("6장 MLP", 구글의 플레이그라운드): `&reg`
# typeset as "®", cut off with "...".
CHAPTER = [
    "playground.tensorflow.org/#activation=sigmoid&batchSize=10&dataset=gauss®Dataset="
    "reg-plane&learningRate=0.03&r...",
    "playground.tensorflow.org/#activation=sigmoid&batchSize=10&dataset=xor®Dataset="
    "reg-gauss&learningRate=0.03®...",
]


def test_the_chapters_links_read_as_printed():
    first, second = (read_link(link) for link in CHAPTER)
    assert (first.activation, first.batchSize, first.dataset, first.regDataset,
            first.learningRate) == ("sigmoid", 10, "gauss", "reg-plane", 0.03)
    assert (second.dataset, second.regDataset) == ("xor", "reg-gauss")
    # what the cut took away is Playground's default
    assert first.networkShape == (4, 2) and first.seed is None and first.noise == 0


def test_a_link_reads_every_key_with_playgrounds_defaults_for_the_rest():
    state = read_link("https://playground.tensorflow.org/#activation=relu&batchSize=3&"
                      "dataset=spiral&learningRate=0.3&regularization=L2&"
                      "regularizationRate=0.01&noise=35&networkShape=8,8,1&seed=0.4&"
                      "showTestData=true&discretize=1&percTrainData=70&xSquared=true&"
                      "sinY=yes&y=false&problem=classification&initZero=true&newKey=5&"
                      "percTrainData_hide=true")
    assert state == replace(
        PlaygroundState(), activation="relu", batchSize=3, dataset="spiral", learningRate=0.3,
        regularization="L2", regularizationRate=0.01, noise=35, networkShape=(8, 8, 1),
        seed="0.4", showTestData=True, discretize=True, percTrainData=70, xSquared=True,
        sinY=True, y=False, initZero=True, hidden_controls=("percTrainData",))
    assert state.inputs == ["x", "xSquared", "sinY"]
    assert read_link("networkShape=").networkShape == ()  # no hidden layer
    assert read_link("#seed=a b").seed == "a b" and read_link("seed=%20").seed == "%20"


@pytest.mark.parametrize("text, says", [
    ("playground.tensorflow.org/#networkShape=9", "networkShape"),
    ("playground.tensorflow.org/#networkShape=4,4,4,4,4,4,4", "networkShape"),
    ("playground.tensorflow.org/#learningRate=abc", "learningRate"),
    ("playground.tensorflow.org/#batchSize=0", "batchSize"),
    ("playground.tensorflow.org/#noise=90", "noise"),
    ("playground.tensorflow.org/#activation=softmax", "activation"),
    ("playground.tensorflow.org/#dataset=moons", "dataset"),
    ("playground.tensorflow.org/#noise=1&noise=2", "twice"),
    ("playground.tensorflow.org/#learningRate=0%2E1", "learningRate"),
    ("playground.tensorflow.org/#x=false&y=false", "input"),
    ("https://example.com/#activation=tanh", "not a Playground link"),
    ("just some words", "not a Playground link"),
    ("playground.tensorflow.org/#seed=1\x00", "control"),
    ("playground.tensorflow.org/#seed=" + "1" * 10_000_000, "at most"),
])
def test_a_link_playground_could_not_show_is_refused_naming_the_problem(text, says):
    with pytest.raises(MlpvizError, match=says):
        read_link(text)


@pytest.mark.parametrize("name", sorted(
    p.stem for p in (ROOT / "tests/fixtures/playground").glob("*.json")
    if p.stem != "seedrandom"))
def test_a_link_is_written_as_playground_writes_it_and_reads_back(name):
    """`serialized`: what Playground's own State.serialize wrote for the fixture's link (its
    key order, null left out, numbers as JavaScript writes them)."""
    fixture = json.loads((ROOT / "tests/fixtures/playground" / f"{name}.json").read_text())
    state = read_link(fixture["link"])
    link = write_link(state)
    assert link == "https://playground.tensorflow.org/#" + fixture["serialized"]
    assert read_link(link) == state


def test_numbers_read_and_written_as_javascript_does():
    # String(x) and +text as Node 20 printed them
    assert [js_string(x) for x in (0.03, 1e-5, 1e-7, 1.5e21, 1e21, 123.0, 1.2345e-5, 1e20,
                                   2.5e-7, 5e-324)] == [
        "0.03", "0.00001", "1e-7", "1.5e+21", "1e+21", "123", "0.000012345",
        "100000000000000000000", "2.5e-7", "5e-324"]
    read = [js_number(s) for s in ("0.03", " 3 ", "0x10", "1e2", "", ".5", "5.", "-1",
                                   "0b101", "+4")]
    assert read == [0.03, 3, 16, 100, 0, 0.5, 5, -1, 5, 4]
    assert all(js_number(s) != js_number(s) for s in ("abc", "1_0", "-0x10"))  # NaN


def test_an_mlpviz_link_gives_the_same_set_up_back():
    s = Scenario(dataset="spiral", noise=0.2, ratio=70, data_seed=3,
                 features=("x1", "x2", "sinx1"), hidden=(6, 3), activation="relu",
                 output_activation="sigmoid", loss="cross_entropy", weight_seed=9,
                 train=TrainConfig(lr=0.003, batch_size=16, optimizer="adam",
                                   regularization="l2", reg_rate=0.001, shuffle=False,
                                   seed=4))
    link = write_setup_link(s)
    assert looks_like_link(link) and link.startswith("mlpviz:v=1&")
    assert read_setup_link(link) == (s, None)


@pytest.mark.parametrize("text, says", [
    ("mlpviz:v=2&dataset=xor", "version 2"),
    ("mlpviz:dataset=xor", "version"),
    ("mlpviz:v=1&dataset=moons", "dataset"),
    ("mlpviz:v=1&hidden=4,x", "hidden"),
    ("mlpviz:v=1&lr=inf", "lr"),
    ("mlpviz:v=1&colour=red", "colour"),
    ("mlpviz:v=1&lr=0.1&lr=0.2", "twice"),
    ("mlpviz:v=1&seed", "no value"),
])
def test_an_mlpviz_link_mlpviz_cannot_use_is_refused(text, says):
    with pytest.raises(MlpvizError, match=says):
        read_setup_link(text)


def test_a_playground_run_round_trips_through_its_setup_link():
    first = TrainingSession()
    first.apply(c.UsePlayground(read_link(CHAPTER[1] + "&seed=0.5")))
    link = write_setup_link(first.scenario, first.playground.state.seed)
    second = TrainingSession()
    second.apply(c.UseSetup(*read_setup_link(link)))
    assert second.trainer.backend.name == "playground" and second.scenario == first.scenario
    assert (second.net.params == first.net.params).all()
    assert (second.points.view.train_points == first.points.view.train_points).all()


def _mlpviz(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mlpviz", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_train_runs_a_link_headless_and_a_bad_one_exits_2_in_one_line():
    fixture = json.loads((ROOT / "tests/fixtures/playground/defaults.json").read_text())
    done = _mlpviz("train", "--playground", fixture["link"], "--epochs", "5", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["loss"] == pytest.approx(fixture["losses"][5][0], abs=1e-9)
    assert out["test_loss"] == pytest.approx(fixture["losses"][5][1], abs=1e-9)
    assert read_link(out["playground"]["link"]) == read_link(fixture["link"])
    start = _mlpviz("train", "--playground", fixture["link"], "--epochs", "0", "--json")
    assert json.loads(start.stdout)["weights"][0] == [list(col) for col in zip(
        *fixture["start"][0]["weights"], strict=True)]
    bad = _mlpviz("train", "--playground", "playground.tensorflow.org/#networkShape=9")
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.count("\n") == 1 and "networkShape" in bad.stderr
    window = _mlpviz("--screenshot", "x.png", "playground.tensorflow.org/#learningRate=abc")
    assert window.returncode == 2 and "learningRate" in window.stderr


def test_links_are_printed_without_a_window():
    done = _mlpviz("--print-playground-link", "--print-setup-link", "--dataset", "xor",
                   "--layers", "3", "--activation", "relu")
    assert done.returncode == 0, done.stderr
    playground, setup = done.stdout.splitlines()
    state = read_link(playground)
    assert (state.dataset, state.networkShape, state.activation) == ("xor", (3,), "relu")
    assert read_setup_link(setup)[0].hidden == (3,)
    lacks = _mlpviz("--print-playground-link", "--optimizer", "adam")
    assert lacks.returncode == 2 and "plain SGD" in lacks.stderr


def test_mlpviz_reads_its_own_link_back_to_the_same_set_up():
    s = Scenario(dataset="gauss", noise=0.1, hidden=(5,), activation="sigmoid",
                 train=TrainConfig(lr=0.1, batch_size=7, regularization="l1", reg_rate=0.01))
    link = write_setup_link(s)
    done = _mlpviz("--print-setup-link", link)  # `mlpviz LINK` reads it as the window does
    assert done.returncode == 0, done.stderr
    assert read_setup_link(done.stdout.strip()) == (s, None)


@pytest.mark.parametrize("text", ["file:///etc/passwd#seed=1", "/etc/passwd",
                                  "../session.mlpviz#x=1"])
def test_reading_a_link_opens_no_file(text, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(MlpvizError, match="not a Playground link"):
        read_link(text)
