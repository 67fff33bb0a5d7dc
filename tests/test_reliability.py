"""Attacking the app: random edits while training, malformed files everywhere, closing at
awkward moments, and a long soak."""

import json
import random
import subprocess
import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from mlpviz.cli import main as cli_main
from mlpviz.core.data.features import FEATURES
from mlpviz.core.session import commands as c

from .conftest import AT_ONCE, LECTURE_NET, ROOT, written

TIMEOUT = 30_000


def test_a_thousand_random_edits_while_training(qtbot, window):
    rng = random.Random(7)
    failures = []
    window.worker.failed.connect(failures.append)
    model = window.model
    model.play()
    qtbot.waitUntil(lambda: model.snapshot.epoch >= 2, timeout=TIMEOUT)
    hidden = [4, 2]
    last = {}
    for n in range(1000):
        kind = rng.choice(["weight", "bias", "layer", "neuron", "activation", "lr", "dataset",
                           "features"])
        if kind == "weight":
            l = rng.randrange(len(hidden) + 1)
            n_in = (2 if "features" not in last else len(last["features"])) if l == 0 \
                else hidden[l - 1]
            n_out = hidden[l] if l < len(hidden) else 1
            model.set_weight(l, rng.randrange(n_in), rng.randrange(n_out), rng.uniform(-2, 2))
        elif kind == "bias":
            l = rng.randrange(len(hidden) + 1)
            n_out = hidden[l] if l < len(hidden) else 1
            model.set_bias(l, rng.randrange(n_out), rng.uniform(-1, 1))
        elif kind == "layer":
            if len(hidden) < 6 and (not hidden or rng.random() < 0.5):
                model.send(c.AddLayer(2))
                hidden.append(2)
            elif hidden:
                model.send(c.RemoveLayer())
                hidden.pop()
        elif kind == "neuron" and hidden:
            l = rng.randrange(len(hidden))
            if hidden[l] < 8 and (hidden[l] == 1 or rng.random() < 0.5):
                model.send(c.AddUnit(l))
                hidden[l] += 1
            else:
                model.send(c.RemoveUnit(l))
                hidden[l] -= 1
        elif kind == "activation":
            last["activation"] = rng.choice(["tanh", "relu", "sigmoid", "leaky_relu"])
            model.send(c.SetActivation(last["activation"]))
        elif kind == "lr":
            last["lr"] = rng.choice([0.001, 0.003, 0.01, 0.03, 0.1])
            model.send(c.SetTraining(lr=last["lr"]))
        elif kind == "dataset":
            last["dataset"] = rng.choice(["circle", "xor", "gauss", "spiral"])
            model.send(c.SetData(dataset=last["dataset"]))
            hidden = list(hidden)  # a new data set keeps the shape
        elif kind == "features":
            chosen = set(rng.sample(list(FEATURES), rng.randint(1, 4)))
            last["features"] = [f for f in FEATURES if f in chosen]
            model.send(c.SetFeatures(tuple(last["features"])))
        if n % 50 == 0:
            qtbot.wait(1)  # let frames in, as a user's pace would
    model.pause()
    qtbot.waitUntil(lambda: not model.snapshot.playing, timeout=TIMEOUT)
    window.model.send(c.StepBatch())  # one more command: the queue is drained after it
    qtbot.waitUntil(lambda: not model.snapshot.playing, timeout=TIMEOUT)
    time.sleep(0.2)
    qtbot.waitUntil(lambda: window.model.snapshot.units[:-1] == hidden, timeout=TIMEOUT)
    snap = window.model.snapshot
    assert not failures, failures[:3]
    assert snap.settings.train.lr == last["lr"]
    assert snap.settings.dataset == last["dataset"]
    assert list(snap.features) == last["features"]
    assert all(a == last["activation"] for a in snap.activations[:-1])
    assert all(np.isfinite(w).all() for w in snap.weights)


def test_reset_and_rewind_recover_from_divergence(qtbot, window):
    model = window.model
    model.send(c.SetData(dataset="plane"))
    model.send(c.SetActivation("relu"))
    model.send(c.SetTraining(lr=10.0))
    model.play()
    qtbot.waitUntil(lambda: model.snapshot.diverged and not model.snapshot.playing,
                    timeout=TIMEOUT)
    model.reset()
    qtbot.waitUntil(lambda: not model.snapshot.diverged, timeout=TIMEOUT)
    model.send(c.SetTraining(lr=0.01))
    model.play()
    qtbot.waitUntil(lambda: model.snapshot.epoch >= 3, timeout=TIMEOUT)
    model.pause()
    assert np.isfinite(model.snapshot.result.train_loss)


# -- malformed files: the window says so and keeps its state; the CLI says one line ----------
GOOD_NET = json.loads(LECTURE_NET.read_text())


def _net(**changes):
    d = json.loads(json.dumps(GOOD_NET))
    d.update(changes)
    return json.dumps(d)


BAD_NETWORKS = {
    "empty.json": "",
    "not-json.json": "hello",
    "array.json": "[]",
    "truncated.json": LECTURE_NET.read_text()[:80],
    "nan.json": LECTURE_NET.read_text().replace("0.5]", "NaN]"),
    "infinity.json": LECTURE_NET.read_text().replace("0.5]", "Infinity]"),
    "format.json": _net(format="keras"),
    "version.json": _net(version=99),
    "inputs.json": _net(inputs=-1),
    "layers.json": _net(layers="two"),
    "activation.json": _net(layers=[{"units": 2, "activation": "swish"},
                                    {"units": 1, "activation": "sigmoid"}]),
    "loss.json": _net(loss="hinge"),
    "shape.json": _net(weights=[[[0.1, 0.2, 0.3], [0.3, 0.4, 0.5]], [[0.5], [0.6]]]),
    "ragged.json": _net(weights=[[[0.1, 0.2], [0.3]], [[0.5], [0.6]]]),
    "string.json": _net(biases=[[0.1, "0.2"], [0.3]]),
    "huge.json": _net(layers=[{"units": 100000, "activation": "sigmoid"},
                              {"units": 1, "activation": "sigmoid"}]),
    "deep.json": "[" * 50000 + "]" * 50000,
    "binary.json": b"\x89PNG\r\n\x1a\n\x00\x00",
}
BAD_CSVS = {
    "empty.csv": "",
    "header-only.csv": "x1,x2,label\n",
    "text.csv": "x1,x2,label\n1,2,0\n3,four,1\n",
    "ragged.csv": "x1,x2,label\n1,2,0\n3,4\n",
    "nan.csv": "x1,x2,label\n1,nan,0\n",
    "one-column.csv": "label\n1\n",
    "binary.csv": b"\xff\xfe\x00\x01",
}


def _write(tmp_path, name, content):
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content)
    return p


@pytest.fixture
def bad_sessions(qtbot, window, tmp_path):
    good = tmp_path / "good.mlpviz"
    written(qtbot, window, window.files.save_session, str(good))
    d = json.loads(good.read_text())

    def variant(path, value):
        e = json.loads(json.dumps(d))
        node = e
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        return json.dumps(e)

    return {
        "empty.mlpviz": "",
        "truncated.mlpviz": good.read_text()[:300],
        "network-file.mlpviz": LECTURE_NET.read_text(),
        "version.mlpviz": variant(["version"], 99),
        "lr.mlpviz": variant(["scenario", "train", "lr"], -1),
        "batch.mlpviz": variant(["scenario", "train", "batch_size"], 0),
        "optimizer.mlpviz": variant(["scenario", "train", "optimizer"], "lbfgs"),
        "dataset.mlpviz": variant(["scenario", "dataset"], "mnist"),
        "features.mlpviz": variant(["scenario", "features"], ["x9"]),
        "points.mlpviz": variant(["data", "train", "points"], [[1, 2, 3]]),
        "labels.mlpviz": variant(["data", "train", "labels"], [0.5]),
        "problem.mlpviz": variant(["data", "problem"], "ranking"),
        "network.mlpviz": variant(["network", "biases"], [[0.1], [0.3]]),
        "view.mlpviz": variant(["view", "show_test"], "yes"),
        "progress.mlpviz": variant(["progress", "epoch"], -5),
    }


def _state(window):
    s = window.model.snapshot
    return (s.settings, [w.tolist() for w in s.weights], s.data.train_points.tolist())


def test_malformed_files_in_the_window(qtbot, window, tmp_path, bad_sessions):
    before = _state(window)
    count = 0
    for name, content in bad_sessions.items():
        assert not window.files.open_session(str(_write(tmp_path, name, content))), name
        count += 1
    for name, content in BAD_NETWORKS.items():
        window.files.load_network_file(str(_write(tmp_path, name, content)))
        assert window.statusBar().currentMessage(), name
        count += 1
    for name, content in BAD_CSVS.items():
        assert not window.files.import_csv(str(_write(tmp_path, name, content))), name
        count += 1
    qtbot.wait(50)
    assert _state(window) == before
    assert count >= 30


@pytest.mark.parametrize("name", list(BAD_NETWORKS))
def test_malformed_networks_on_the_command_line(capsys, tmp_path, name):
    path = _write(tmp_path, name, BAD_NETWORKS[name])
    assert cli_main(["walkthrough", str(path), "--x", "0", "0", "--target", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mlpviz: ") and "Traceback" not in err


@pytest.mark.parametrize("name", list(BAD_CSVS))
def test_malformed_csv_on_the_command_line(capsys, tmp_path, name):
    path = _write(tmp_path, name, BAD_CSVS[name])
    assert cli_main(["train", "--data", str(path), "--epochs", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mlpviz: ")


# -- closing at awkward moments -------------------------------------------------------------
@pytest.mark.parametrize("moment", ["training", "walkthrough", "lab"])
def test_closing_is_quick_and_quiet(qtbot, window, capfd, moment):
    model = window.model
    if moment == "training":
        model.play()
        qtbot.waitUntil(lambda: model.snapshot.epoch >= 2, timeout=TIMEOUT)
    elif moment == "walkthrough":
        window.start_preset("lecture")
        qtbot.keyClick(window.network_view, Qt.Key.Key_Right)
    else:
        window.open_lab("quiz03")
        window.labs.quiz03.epochs.setValue(5000)
        window.labs.quiz03.start()
        qtbot.wait(100)
    capfd.readouterr()
    start = time.monotonic()
    window.close()
    elapsed = time.monotonic() - start
    assert window.worker_thread.isFinished() and elapsed < AT_ONCE
    if window.labs is not None:
        assert window.labs.quiz03.runner_thread is None
    out, err = capfd.readouterr()
    assert out == "" and err == ""


@pytest.mark.slow
def test_a_million_steps_soak_with_flat_memory():
    """A million training steps in a fresh process: resident memory grows by under 20 MB."""
    code = (
        "import resource, sys\n"
        "from mlpviz.core.session.training_session import TrainingSession\n"
        "from mlpviz.core.training import compiled\n"
        "compiled.load()\n"
        "def rss():\n"
        "    return int(open('/proc/self/statm').read().split()[1]) * resource.getpagesize()\n"
        "e = TrainingSession()\n"
        "e.loop.train_for(1.0)\n"
        "e.snapshot()\n"
        "before = rss()\n"
        "steps = 0\n"
        "while steps < 1_000_000:\n"
        "    steps += e.loop.train_for(10.0, max_steps=1_000_000 - steps)\n"
        "    e.snapshot()\n"
        "print(before, rss(), steps)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    before, after, steps = (int(v) for v in proc.stdout.split())
    assert steps == 1_000_000
    assert after - before < 20 * 1024 * 1024, (before, after)
