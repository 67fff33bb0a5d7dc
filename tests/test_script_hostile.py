"""Emitted scripts are data: names from the user (features, the command line, the script's
own file name) reach a script only as string literals, whatever they hold, so the script
has the same code as a benign one, parses, runs without side effects and reproduces the
weights; non-finite numbers, big data and big networks are handled."""

import ast
import json
import subprocess
import sys

import numpy as np
import pytest

from mlpviz.core.data.datasets import Dataset, split
from mlpviz.core.errors import MlpvizError
from mlpviz.core.training.scenario import Scenario, build_trainer
from mlpviz.core.training.trainer import TrainConfig
from mlpviz.report.numpy_script import INLINE_ROWS, numpy_script, script_data_path

HOSTILE = [
    "x1\n__import__('os').system('touch pwned')",
    'x""" + __import__("os").system("touch pwned") + """',
    "x''' ; open('pwned', 'w') ; '''",
    "C:\\Users\\me.csv",
    "trailing backslash\\",
    "nul\x00inside",
    "not utf-8 \udcff\udcfe",
    "line\u2028separator\u2029paragraph",
    "form\x0cfeed\rcarriage\vvertical",
    "# -*- coding: latin-1 -*-",
    "{braces} %s %(x)s $HOME `id`",
    "\\N{DIGIT ONE} \\x41 \\u0041",
    "é한글🙂",
    "x" * 5000,
    "",
]


def _trainer(features=None, source_rows: int | None = None):
    s = Scenario(dataset="xor4", train=TrainConfig(lr=0.2, batch_size=1, seed=3))
    trainer = build_trainer(s)
    if features is not None:
        trainer.net.features = list(features)
    return trainer


def _shape(text: str) -> str:
    """The script's code with every literal blanked: what it does, not what it names."""
    tree = ast.parse(text)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            node.value = None
    return ast.dump(tree)


BENIGN = _shape(numpy_script(_trainer(), 2, "mlpviz train"))


@pytest.mark.parametrize("name", HOSTILE, ids=range(len(HOSTILE)))
def test_a_hostile_name_is_only_ever_a_literal(name):
    text = numpy_script(_trainer([name, name + "2"]), 2, name)
    assert _shape(text) == BENIGN  # the same code: the name changed no statement
    text.encode("utf-8")  # writable as UTF-8 (a lone surrogate is escaped)


def _run(path, cwd) -> dict:
    done = subprocess.run([sys.executable, "-I", str(path)], cwd=cwd, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def _same(trainer, printed) -> None:
    for a, b in zip([*trainer.net.weights, *trainer.net.biases],
                    printed["weights"] + printed["biases"], strict=True):
        np.testing.assert_allclose(np.array(b), a, rtol=0, atol=1e-9)


@pytest.mark.parametrize("name", HOSTILE[:3] + HOSTILE[4:6], ids=range(5))
def test_a_hostile_script_runs_without_side_effects(tmp_path, name):
    trainer = _trainer([name, name])
    path = tmp_path / "s.py"
    path.write_text(numpy_script(trainer, 3, name), encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    printed = _run(path, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing made
    trainer.epochs(3)
    _same(trainer, printed)


def test_non_finite_values_are_written_as_numpy_names():
    trainer = _trainer()
    trainer.net.weights[0][0, 0] = np.inf
    trainer.net.weights[0][0, 1] = -np.inf
    trainer.net.biases[0][0] = np.nan
    text = numpy_script(trainer, 1)
    assert "[np.inf, -np.inf, " in text and "np.array([np.nan, " in text
    compile(text, "s.py", "exec")


def _many_rows(n: int):
    rng = np.random.default_rng(0)
    x = rng.uniform(-5, 5, size=(n, 2))
    labels = (np.hypot(x[:, 0], x[:, 1]) < 3).astype(int)
    s = Scenario(dataset="csv", ratio=80, train=TrainConfig(batch_size=500, seed=1))
    return build_trainer(s, None, (split(Dataset("csv", x, labels, "classification"), 80, 0),
                                   "classification"))


def test_big_data_goes_to_a_checked_file_beside_the_script(tmp_path):
    trainer = _many_rows(INLINE_ROWS + 2_000)
    script = tmp_path / "it's \"big\".py"
    data = script_data_path(script)
    text = numpy_script(trainer, 1, "big", data)
    assert len(text) < 50_000 and data.is_file()
    script.write_text(text, encoding="utf-8")
    printed = _run(script, tmp_path)
    trainer.epochs(1)
    _same(trainer, printed)
    raw = bytearray(data.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    data.write_bytes(bytes(raw))  # not the file written: refused
    done = subprocess.run([sys.executable, "-I", str(script)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1 and "not the data this script was written with" in done.stderr


def test_big_data_without_a_file_and_big_networks_are_refused():
    with pytest.raises(MlpvizError, match="too many to write into a script"):
        numpy_script(_many_rows(INLINE_ROWS + 10), 1)
    fine = build_trainer(Scenario(dataset="circle", hidden=(64, 32)))
    numpy_script(fine, 1)  # 2·64 + 64·32 + 32 = 2,208 weights
    big = build_trainer(Scenario(dataset="circle", hidden=(100, 100)))
    with pytest.raises(MlpvizError, match="10,300 weights: a NumPy script is made for at "
                                          "most 10,000"):
        numpy_script(big, 1)
