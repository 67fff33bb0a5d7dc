"""The model's verbs: each view action becomes exactly the command the worker applies, and
the views use the verbs, never a command they build themselves."""

import ast

import numpy as np

from mlpviz.core.nn.network import MLP
from mlpviz.core.session import commands as c
from mlpviz.core.session.training_session import TrainingSession
from mlpviz.model.session import SessionModel

from .conftest import ROOT


def test_each_verb_sends_its_command():
    sent = []
    m = SessionModel(sent.append)
    net = MLP.create(2, [3], 1, ["tanh"], "sigmoid", "mse", np.random.default_rng(0))
    m.network.add_layer(3)
    m.network.remove_layer()
    m.network.add_unit(0)
    m.network.remove_unit(1, 0)
    m.network.set_activation("relu")
    m.network.set_activation("sigmoid", 1)
    m.network.set_features(["x1", "x2", "x1x2"])
    m.network.set_loss("cross_entropy")
    m.network.load(net)
    m.data.choose("xor", keep_network=True)
    m.data.set_noise(0.25)
    m.data.set_ratio(70)
    m.data.regenerate()
    m.data.add_point(1.0, -2.0, 1)
    m.data.remove_point(1.0, -2.0)
    m.data.clear_points()
    m.train_epochs(5)
    m.set_training(lr=0.1, batch_size=1)
    m.set_stop(None, 20)
    m.set_pace(4.0)
    m.apply_preset("xor")
    m.train_sample((0.0, 1.0), (1.0,), 0.5, 3)
    m.undo_edit()
    m.redo_edit()
    m.forget_edits()
    assert sent == [
        c.AddLayer(3), c.RemoveLayer(), c.AddUnit(0), c.RemoveUnit(1, 0),
        c.SetActivation("relu"), c.SetActivation("sigmoid", 1),
        c.SetFeatures(("x1", "x2", "x1x2")), c.SetLoss("cross_entropy"), c.LoadNetwork(net),
        c.SetData(dataset="xor", keep_network=True), c.SetData(noise=0.25),
        c.SetData(ratio=70.0), c.Regenerate(), c.AddPoint(1.0, -2.0, 1),
        c.RemovePoint(1.0, -2.0), c.ClearPoints(), c.TrainEpochs(5),
        c.SetTraining(lr=0.1, batch_size=1), c.SetStopCondition(None, 20), c.SetPace(4.0),
        c.ApplyPreset("xor"), c.TrainSample((0.0, 1.0), (1.0,), 0.5, 3), c.UndoEdit(),
        c.RedoEdit(), c.ClearEdits()]


def test_imported_points_reach_the_session_as_its_data():
    session = TrainingSession()
    m = SessionModel(session.apply)
    points = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 0.5], [-1.0, 3.0]])
    m.data.import_points(points, np.array([0.0, 1.0, 1.0, 0.0]), "classification",
                         "/data/four.csv", "a" * 64)
    view = session.points.view
    assert len(view.train_points) + len(view.test_points) == 4
    assert view.source is not None and view.source.path == "/data/four.csv"


def test_no_view_builds_a_command_of_its_own():
    """Only the worker (which posts them), the window's warm-up and the walkthrough's
    answer type name commands; a view calls the model's verbs."""
    sends, importers = [], []
    for path in (ROOT / "mlpviz" / "gui").rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "send"):
                sends.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and node.module and \
                    node.module.endswith("session.commands") or (
                    isinstance(node, ast.ImportFrom) and node.module == "core.session"
                    and any(a.name == "commands" for a in node.names)):
                importers.append(path.name)
    assert sends == []
    assert sorted(set(importers)) <= ["main_window.py", "walkthrough_runs.py", "worker.py"]
