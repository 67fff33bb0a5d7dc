"""The trainer's backends: one held at a time, swapped in one call, the same numbers whichever
runs, and the perceptron rule chosen by its optimizer."""

import subprocess
import sys

import numpy as np
import pytest

from mlpviz.core.errors import MlpvizError
from mlpviz.core.training import compiled
from mlpviz.core.training.backends import NUMPY
from mlpviz.core.training.perceptron_rule import PERCEPTRON_RULE
from mlpviz.core.training.scenario import Scenario, build_trainer
from mlpviz.core.training.trainer import TrainConfig

from .conftest import ROOT


def test_a_new_trainer_never_loads_numba_itself():
    """The window builds trainers before its first paint: they start on NumPy."""
    code = ("import sys\n"
            "from mlpviz.core.training.scenario import Scenario, build_trainer\n"
            "t = build_trainer(Scenario())\n"
            "t.epochs(2)\n"
            "print(t.backend.name, 'numba' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.stdout.split() == ["numpy", "False"], out.stderr


def test_swapping_mid_run_changes_nothing_but_speed():
    assert compiled.load()
    a, b = build_trainer(Scenario(hidden=(5, 3))), build_trainer(Scenario(hidden=(5, 3)))
    a.use_backend(NUMPY)
    b.use_backend(NUMPY)
    a.epochs(3)
    b.epochs(3)
    b.use_backend(compiled.BACKEND)
    a.epochs(3)
    b.steps(4)  # part of an epoch on its own, then whole ones
    b.steps(100)
    b.epochs(2)
    np.testing.assert_allclose(b.net.params, a.net.params, rtol=1e-9, atol=1e-12)
    assert (a.epoch, a.step_count) == (b.epoch, b.step_count) == (6, 150)
    assert len(b.history) == len(a.history) == 6


def test_the_perceptron_rule_is_its_own_backend():
    s = Scenario(dataset="and4", hidden=(), output_activation="step",
                 train=TrainConfig(optimizer="perceptron", lr=0.1, batch_size=4, shuffle=False))
    t = build_trainer(s)
    assert t.backend is PERCEPTRON_RULE
    with pytest.raises(MlpvizError, match="does not use gradients"):
        t.use_backend(NUMPY)
    results = t.epochs(20)
    assert results[-1].train_accuracy == 1.0
    t.set_config(optimizer="sgd")
    assert t.backend.name in ("numpy", "compiled")
    with pytest.raises(MlpvizError, match="perceptron rule backend"):
        t.use_backend(PERCEPTRON_RULE)


def test_the_compiled_backend_has_no_perceptron_rule():
    assert compiled.load()
    t = build_trainer(Scenario(dataset="and4", hidden=(), output_activation="step",
                               train=TrainConfig(optimizer="perceptron")))
    with pytest.raises(MlpvizError, match="no compiled form"):
        t.use_backend(compiled.BACKEND)
    assert t.backend is PERCEPTRON_RULE
