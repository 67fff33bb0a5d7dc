"""Typed commands: every one has its handler, none travels as a string, a bad one is refused
with a message and changes nothing — and the edits that used to kill the worker."""

import ast

import numpy as np
import pytest

from mlpviz.core.errors import MlpvizError
from mlpviz.core.session import commands as c
from mlpviz.core.session import (
    data_commands,
    edit_history,
    network_commands,
    playground_commands,
    run_commands,
)
from mlpviz.core.session.command_table import COMMANDS
from mlpviz.core.session.training_session import TO_SGD, TrainingSession

from .conftest import ROOT


def test_every_command_class_has_a_handler_and_only_one():
    commands = c.all_commands()
    assert len(commands) >= 27
    missing = [cls.__name__ for cls in commands if cls not in COMMANDS]
    assert not missing, missing
    tables = [run_commands.HANDLERS, network_commands.HANDLERS, data_commands.HANDLERS,
              playground_commands.HANDLERS, edit_history.HANDLERS]
    assert sum(len(t) for t in tables) == len(COMMANDS) == len(commands)  # none twice


def test_a_command_the_table_lacks_is_refused_and_changes_nothing():
    class Unknown(c.Command):
        pass

    s = TrainingSession()
    before = (s.changes, s.scenario)
    with pytest.raises(MlpvizError, match="unknown command: Unknown"):
        s.apply(Unknown())
    assert (s.changes, s.scenario) == before


def test_no_command_is_sent_by_name():
    """No send/post/apply call anywhere in the package passes a string as its first argument
    (the AST sees a call split over lines as one)."""
    offenders = []
    for path in (ROOT / "mlpviz").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("send", "post", "apply", "_send")
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, offenders


def _state(s: TrainingSession) -> tuple:
    return (s.scenario, s.structure_version, s.net.params.tobytes(), s.trainer.config,
            s.trainer.backend.name)


@pytest.mark.parametrize("make, message", [
    (lambda: "play", "unknown command"),
    (lambda: c.SetWeight(0, 0, 9, 1.0), "no unit 10"),
    (lambda: c.SetWeight(5, 0, 0, 1.0), "no layer 6"),
    (lambda: c.SetWeight(0, -1, 0, 1.0), "must be 0"),
    (lambda: c.SetWeight("first", 0, 0, 1.0), "SetWeight.layer: 'first' is not int"),
    (lambda: c.SetWeight(0, 0, 0, float("inf")), "finite"),
    (lambda: c.SetWeight(0, 0, 0, 1.0, structure=99), "changed shape"),
    (lambda: c.SetBias(1, 7, 0.5), "no unit 8"),
    (lambda: c.SetTraining(lr=-1.0), "learning rate"),
    (lambda: c.SetTraining(batch_size=0), "batch size"),
    (lambda: c.SetTraining(optimizer="rmsprop"), "unknown optimizer"),
    (lambda: c.SetActivation("swish"), "unknown activation"),
    (lambda: c.SetFeatures(("x9",)), "x9"),
    (lambda: c.SetData(dataset="nope"), "unknown data set"),
    (lambda: c.TrainEpochs("ten"), "is not int"),
    (lambda: c.Hover(("a", 0)), "is not tuple"),
    (lambda: c.SetTraining(regularization=["l2"]), "is not str"),
    (lambda: c.TrainEpochs(-3), "epochs must be 0"),
    (lambda: c.ApplyPreset("nope"), "unknown preset"),
    (lambda: c.TrainSample((0.0,), (0.0,), 0.2, 10), "2 finite inputs"),
    (lambda: c.TrainSample((0.0, 0.0), (0.0,), 0.2, -1), "steps"),
])
def test_a_bad_command_is_refused_and_changes_nothing(make, message):
    """A wrong type is refused where the command is made; a wrong value where it is
    applied."""
    s = TrainingSession()
    before = _state(s)
    with pytest.raises(MlpvizError, match=message):
        s.apply(make())
    assert _state(s) == before


def test_a_sample_run_answers():
    s = TrainingSession()
    run = s.apply(c.TrainSample((0.5, -0.5), (1.0,), 0.1, 20))
    assert isinstance(run, c.SampleRun) and run.steps == 20 and len(run.output) == 1
    assert np.isfinite(run.loss)


# -- the three edits that killed the worker ------------------------------------------------
def _trains(s: TrainingSession) -> bool:
    s.apply(c.Play())
    epoch = s.trainer.epoch
    s.loop.play_for(0.5)
    return s.trainer.epoch > epoch and s.loop.playing


def test_perceptron_rule_on_a_network_it_cannot_train_is_refused():
    s = TrainingSession()  # 2-4-2-1 tanh
    with pytest.raises(MlpvizError, match="single layer with one step unit"):
        s.apply(c.SetTraining(optimizer="perceptron"))
    assert s.scenario.train.optimizer == s.trainer.config.optimizer == "sgd"
    assert _trains(s)


def test_growing_the_perceptron_switches_to_sgd_and_says_so():
    said = []
    s = TrainingSession(notify=said.append)
    s.apply(c.ApplyPreset("perceptron_and"))
    assert s.trainer.backend.name == "perceptron"
    assert _trains(s)
    s.apply(c.Pause())
    s.apply(c.AddLayer(2))
    assert said == [TO_SGD]
    assert s.net.units == [2, 1]
    assert s.trainer.config.optimizer == s.scenario.train.optimizer == "sgd"
    assert s.trainer.backend.name in ("numpy", "compiled")
    assert _trains(s)


def test_a_perceptron_data_set_it_cannot_train_switches_to_sgd():
    said = []
    s = TrainingSession(notify=said.append)
    s.apply(c.ApplyPreset("perceptron_or"))
    s.apply(c.SetData(dataset="spiral3"))  # three classes: a softmax output
    assert said == [TO_SGD] and s.trainer.config.optimizer == "sgd"
    assert _trains(s)


def test_editing_a_removed_link_is_refused():
    s = TrainingSession()
    shape = s.structure_version
    s.apply(c.RemoveUnit(0))  # 4 → 3 units: the link to unit 4 is gone
    with pytest.raises(MlpvizError, match="no unit 4"):
        s.apply(c.SetWeight(0, 1, 3, 0.5))
    with pytest.raises(MlpvizError, match="changed shape"):  # the old diagram's link
        s.apply(c.SetWeight(0, 1, 2, 0.5, structure=shape))
    assert _trains(s)


def test_step_epoch_without_points_is_refused_not_a_hang():
    s = TrainingSession()
    s.apply(c.ClearPoints())
    for command in (c.StepEpoch(), c.StepBatch(), c.Play(), c.TrainEpochs(3)):
        with pytest.raises(MlpvizError, match="no training points"):
            s.apply(command)
    assert not s.loop.playing


def diverged(s: TrainingSession) -> TrainingSession:
    """`s` trained until it diverges: ReLU on the plane at η = 10, a sample a step."""
    s.apply(c.SetData(dataset="plane"))
    s.apply(c.SetActivation("relu"))
    s.apply(c.SetTraining(lr=10.0, batch_size=1))
    s.apply(c.Play())
    while s.loop.playing:
        s.loop.play_for(0.2)
    return s


def test_play_after_divergence_says_what_to_do():
    said = []
    s = diverged(TrainingSession(notify=said.append))
    assert s.loop.diverged and "diverged" in said[-1]
    with pytest.raises(MlpvizError, match="Rewind"):
        s.apply(c.Play())
    s.apply(c.Rewind())
    s.apply(c.SetTraining(lr=0.001))
    assert _trains(s)


def test_train_epochs_stops_at_its_goal():
    s = TrainingSession()
    s.apply(c.TrainEpochs(7))
    while s.loop.playing:
        s.loop.play_for(0.5)
    assert s.trainer.epoch == 7 and s.loop.epoch_goal is None


def test_garbage_in_any_field_is_refused_never_crashes():
    """Random commands with values of every wrong type and range: each is made and applied,
    or refused with MlpvizError; the session always still makes a snapshot."""
    import dataclasses
    import random

    rng = random.Random(11)
    values = [None, -1, 0, 1, 2, 3, 99, 2**70, 0.5, float("nan"), float("inf"), -1e308, "x",
              "", "tanh", "circle", "sgd", "perceptron", "mse", [], [1, 2], {}, (0, 0),
              (1, 2, 3), ("x1", "x2"), ("x1", "x1"), True, object(), np.zeros(3),
              np.zeros((2, 2))]
    s, applied = TrainingSession(), 0
    for _ in range(3000):
        cls = rng.choice(c.all_commands())
        kwargs = {f.name: rng.choice(values) for f in dataclasses.fields(cls)
                  if f.default is dataclasses.MISSING or rng.random() < 0.7}
        try:
            command = cls(**kwargs)
            s.apply(command)
            applied += 1
        except MlpvizError:
            pass
        if s.loop.playing:
            s.loop.play_for(0.001)
        s.snapshot()
    assert applied > 100
