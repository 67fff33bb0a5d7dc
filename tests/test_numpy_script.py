"""The network as a NumPy script: its text for the lecture network, and scripts run for every
activation, loss, optimizer and regularization, each printing mlpviz's weights to 1e-9."""

import ast
import json
import subprocess
import sys

import numpy as np
import pytest

from mlpviz import __version__
from mlpviz.core.bundled import open_network
from mlpviz.core.errors import MlpvizError
from mlpviz.core.nn.activations import ACTIVATIONS
from mlpviz.core.training.backends import NUMPY
from mlpviz.core.training.scenario import Scenario, build_trainer
from mlpviz.core.training.trainer import TrainConfig
from mlpviz.report.numpy_script import numpy_script

from .conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "lecture_script.py"
LECTURE_RUN = "mlpviz train lecture --dataset xor4 --batch-size 1 --lr 0.2 --epochs 20"


def _lecture_trainer():
    s = Scenario(dataset="xor4", train=TrainConfig(lr=0.2, batch_size=1))
    return build_trainer(s, open_network("lecture"))


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_the_scripts_activations_are_the_tables(name):
    act = ACTIVATIONS[name]
    space: dict = {"np": np}
    body = "\n".join("    " + line for line in act.numpy.splitlines())
    exec(f"def f(net):\n{body}", space)
    net = np.random.default_rng(3).normal(0, 3, size=(7, 4))
    out = space["f"](net)
    np.testing.assert_array_equal(out, act.forward(net))
    if act.numpy_slope:
        exec(f"def slope(net, out):\n    return {act.numpy_slope}", space)
        np.testing.assert_array_equal(space["slope"](net, out), act.derivative(net, out))


def test_the_lecture_networks_script_is_the_golden_text(tmp_path):
    text = numpy_script(_lecture_trainer(), 20, LECTURE_RUN)
    assert text.replace(__version__, "{version}") == GOLDEN.read_text(encoding="utf-8")
    compile(text, "lecture_script.py", "exec")
    imports = {alias.name for node in ast.walk(ast.parse(text))
               if isinstance(node, ast.Import | ast.ImportFrom)
               for alias in getattr(node, "names", [])}
    assert imports == {"json", "numpy"}  # NumPy and the standard library only
    for name in ("def forward", "def backprop", "def update", "net = outs[-1] @ W[l] + b[l]",
                 "η = 0.2", "W[l] -= η * dW[l]"):
        assert name in text


def _run(script: str, tmp_path) -> dict:
    path = tmp_path / "s.py"
    path.write_text(script, encoding="utf-8")
    done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def _same_weights(trainer, printed: dict) -> None:
    for mine, theirs in zip(trainer.net.weights + trainer.net.biases,
                            printed["weights"] + printed["biases"], strict=True):
        np.testing.assert_allclose(np.array(theirs), mine, rtol=0, atol=1e-9)


CASES = [
    # (data set, hidden activation, output activation, loss, optimizer, regularization)
    *[("circle", act, None, None, "sgd", "none") for act in
      ("step", "sigmoid", "tanh", "relu", "leaky_relu", "linear")],
    ("xor", "tanh", "sigmoid", "cross_entropy", "sgd", "none"),
    ("xor", "tanh", "tanh", "cross_entropy", "momentum", "l1"),
    ("gauss", "relu", "softmax", "mse", "adam", "l2"),
    ("spiral3", "tanh", None, "cross_entropy", "adam", "none"),  # softmax over 3 classes
    ("plane", "relu", None, None, "momentum", "l2"),  # regression, linear output
    ("multigauss", "sigmoid", "tanh", "mse", "sgd", "l1"),
]


@pytest.mark.parametrize("case", CASES, ids=["-".join(str(v) for v in c) for c in CASES])
def test_a_script_trains_as_mlpviz_does(tmp_path, case):
    dataset, act, out, loss, optimizer, reg = case
    s = Scenario(dataset=dataset, activation=act, output_activation=out, loss=loss,
                 features=("x1", "x2", "sinx1"), hidden=(3, 2),
                 train=TrainConfig(lr=0.05, batch_size=7, optimizer=optimizer,
                                   regularization=reg, reg_rate=0.003, seed=5))
    trainer = build_trainer(s)
    trainer.use_backend(NUMPY)
    trainer.epochs(2)  # a script may start mid-run: optimizer state and shuffle carry on
    script = numpy_script(trainer, 3)
    trainer.epochs(3)
    _same_weights(trainer, _run(script, tmp_path))


def test_a_script_without_shuffling_or_test_rows(tmp_path):
    s = Scenario(dataset="circle", ratio=100, train=TrainConfig(shuffle=False, batch_size=32))
    trainer = build_trainer(s)
    script = numpy_script(trainer, 2)
    assert "X_test = T_test = None" in script and "np.arange(len(X))" in script
    trainer.epochs(2)
    _same_weights(trainer, _run(script, tmp_path))


def test_the_perceptron_rule_has_no_script():
    s = Scenario(dataset="and4", hidden=(), output_activation="step",
                 train=TrainConfig(optimizer="perceptron"))
    with pytest.raises(MlpvizError, match="not gradient descent"):
        numpy_script(build_trainer(s), 5)


@pytest.mark.parametrize("flags", [
    ["lecture", "--dataset", "xor4", "--batch-size", "1", "--lr", "0.2", "--epochs", "20"],
    ["--dataset", "circle", "--layers", "4,2", "--epochs", "20"],
    ["--dataset", "spiral", "--features", "x1,x2,sinx1,sinx2", "--optimizer", "adam",
     "--reg", "l2", "--reg-rate", "0.001", "--epochs", "20"],
    ["--dataset", "digits", "--layers", "16", "--epochs", "10"],  # 64 inputs, 10 classes
])
def test_train_emit_script_reproduces_its_json(tmp_path, flags):
    script = tmp_path / "s.py"
    done = subprocess.run([sys.executable, "-m", "mlpviz", "train", *flags, "--json",
                           "--emit-script", str(script)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=120)
    theirs = json.loads(ran.stdout.splitlines()[-1])
    for a, b in zip(printed["weights"] + printed["biases"],
                    theirs["weights"] + theirs["biases"], strict=True):
        np.testing.assert_allclose(np.array(b), np.array(a), rtol=0, atol=1e-9)


def test_emit_script_with_steps_is_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "mlpviz", "train", "--steps", "3",
                           "--emit-script", str(tmp_path / "s.py")], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == ("mlpviz: --emit-script trains whole epochs: give "
                                   "--epochs, not --steps")


def test_file_export_numpy_script_from_the_window(qtbot, window, tmp_path):
    from mlpviz.core.session import commands as c

    from .conftest import written

    path = tmp_path / "mlp.py"
    written(qtbot, window, window.files.export_script, str(path))
    text = path.read_text(encoding="utf-8")
    assert "SOURCE = 'the mlpviz window at epoch 0'" in text and "EPOCHS = 100" in text
    window.model.send(c.TrainEpochs(100))
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 100
                    and not window.model.snapshot.playing, timeout=60_000)
    printed = _run(text, tmp_path)
    snap = window.model.snapshot
    for mine, theirs in zip(snap.weights + snap.biases, printed["weights"] + printed["biases"],
                            strict=True):
        np.testing.assert_allclose(np.array(theirs), mine, rtol=0, atol=1e-9)
