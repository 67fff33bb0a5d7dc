"""Undo and redo (issue 29): the session records each edit with its state before and
after, and gives either back exactly; the window's Edit menu mirrors it in a QUndoStack."""

import numpy as np
import pytest

from mlpviz.core.errors import MlpvizError
from mlpviz.core.session import commands as c
from mlpviz.core.session.edit_history import EDITS, LIMIT
from mlpviz.core.session.training_session import TrainingSession

from .conftest import make_window
from .test_commands import diverged

TIMEOUT = 20_000


def _state(s: TrainingSession):
    sp, problem = s.points.split(s.scenario)
    return (s.scenario, [w.copy() for w in s.net.weights], [b.copy() for b in s.net.biases],
            tuple(s.net.activation_names), s.net.loss.name, tuple(s.net.features),
            sp.train_points.copy(), sp.test_points.copy(), sp.train_labels.copy(), problem,
            s.trainer.epoch)


def _same(a, b) -> bool:
    if a[0] != b[0] or a[3:6] != b[3:6] or a[9:] != b[9:]:
        return False
    arrays = [*zip(a[1], b[1], strict=False), *zip(a[2], b[2], strict=False),
              *zip(a[6:9], b[6:9], strict=True)]
    return len(a[1]) == len(b[1]) and all(
        x.shape == y.shape and (x == y).all() for x, y in arrays)  # bit for bit


EVERY_EDIT = [
    c.SetWeight(0, 1, 0, 0.5), c.SetBias(1, 0, -0.25), c.AddLayer(3), c.RemoveLayer(),
    c.AddUnit(0), c.RemoveUnit(0, 1), c.SetActivation("relu"), c.SetActivation("sigmoid", 1),
    c.SetFeatures(("x1", "x2", "x1x2")), c.SetLoss("cross_entropy"), c.Reset(), c.Rewind(),
    c.SetTraining(lr=0.3), c.SetData(noise=0.2), c.SetData(dataset="xor"), c.Regenerate(),
    c.AddPoint(1.0, 2.0, 1), c.RemovePoint(1.0, 2.0, 3.0), c.ClearPoints(),
    c.ImportPoints(np.array([[0.0, 0], [1, 1], [2, 0], [0, 2]]), np.array([0.0, 1, 1, 0]),
                   "classification"),
    c.ApplyPreset("mlp_xor4"),
]


def test_every_kind_of_edit_is_undone_and_redone_exactly():
    assert {type(e) for e in EVERY_EDIT} | {c.LoadNetwork} == set(EDITS)
    s = TrainingSession()
    for edit in EVERY_EDIT:
        if len(s.points.view.train_points):  # (trained between the edits, as in the window)
            s.loop.step_epoch()
        before = _state(s)
        s.apply(edit)
        after = _state(s)
        s.apply(c.UndoEdit())
        assert _same(_state(s), before), edit
        s.apply(c.RedoEdit())
        assert _same(_state(s), after), edit
    assert len(s.edits.edits) == len(EVERY_EDIT)  # each its own (none of one thing in a row)


def test_undo_goes_back_before_the_training_since_and_redo_forward():
    s = TrainingSession()
    s.apply(c.SetTraining(lr=3.0))
    after = _state(s)
    for _ in range(5):
        s.loop.step_epoch()
    s.apply(c.UndoEdit())
    assert s.trainer.config.lr == 0.03 and s.trainer.epoch == 0
    s.apply(c.RedoEdit())
    assert _same(_state(s), after)
    with pytest.raises(MlpvizError, match="nothing to redo"):
        s.apply(c.RedoEdit())


def test_a_drag_is_one_edit_and_a_refused_edit_none():
    s = TrainingSession()
    w = s.net.weights[0][0, 0]
    for value in (0.1, 0.2, 0.3, 0.4):
        s.apply(c.SetWeight(0, 0, 0, value))
    with pytest.raises(MlpvizError):
        s.apply(c.SetWeight(9, 0, 0, 1.0))  # refused: not recorded
    assert len(s.edits.edits) == 1 and s.edits.edits[0].count == 4
    s.apply(c.UndoEdit())
    assert s.net.weights[0][0, 0] == w
    with pytest.raises(MlpvizError, match="nothing to undo"):
        s.apply(c.UndoEdit())


def test_the_history_is_bounded_and_a_file_clears_it():
    s = TrainingSession()
    for k in range(LIMIT + 30):
        s.apply(c.SetTraining(lr=0.01 + k / 1000) if k % 2 else c.SetBias(0, 0, k / 10))
    assert len(s.edits.edits) == LIMIT  # the oldest go: memory stays bounded
    s.apply(c.LoadSession(s.session({})))
    assert s.edits.edits == [] and s.edits.cursor == 0


def _edited(qtbot, window, count):
    qtbot.waitUntil(lambda: window.edit_history.stack.count() == count, timeout=TIMEOUT)


def test_the_edit_menu_undoes_while_training(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    history = window.edit_history
    assert not history.undo_action.isEnabled()
    first = window.model.snapshot.weights[0].copy()
    window.model.network.add_unit(0)
    _edited(qtbot, window, 1)
    assert history.undo_action.text() == "&Undo Add a neuron to layer 1"
    assert window.isWindowModified()
    window.model.play()
    qtbot.waitUntil(lambda: window.model.snapshot.epoch > 5, timeout=TIMEOUT)
    history.undo_action.trigger()  # while training: applied between steps
    qtbot.waitUntil(lambda: window.model.snapshot.units[0] == 4, timeout=TIMEOUT)
    window.model.pause()
    qtbot.waitUntil(lambda: not window.model.snapshot.playing, timeout=TIMEOUT)
    assert history.redo_action.isEnabled() and history.stack.index() == 0
    history.redo_action.trigger()
    qtbot.waitUntil(lambda: window.model.snapshot.units[0] == 5, timeout=TIMEOUT)
    history.undo_action.trigger()
    qtbot.waitUntil(lambda: window.model.snapshot.units[0] == 4
                    and window.model.snapshot.epoch == 0, timeout=TIMEOUT)
    assert (window.model.snapshot.weights[0] == first).all()


def test_an_undo_on_the_way_meets_its_edit(qtbot, tmp_path):
    """Ctrl+Z pressed before the edit's answer came back: the worker undoes that edit,
    and the stack is brought in line with it."""
    window = make_window(qtbot, tmp_path)
    history = window.edit_history
    window.model.network.set_activation("relu")
    _edited(qtbot, window, 1)
    window.model.network.add_layer(2)  # on its way ...
    history.undo_action.trigger()  # ... and undone before the stack heard of it
    qtbot.waitUntil(lambda: history.stack.count() == 2 and history.stack.index() == 1,
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(window.model.snapshot.units) == 3, timeout=TIMEOUT)
    assert window.model.snapshot.activations[0] == "relu"
    assert window.worker.session.edits.cursor == history.stack.index()


def test_saved_means_not_modified_and_closing_asks_only_then(qtbot, tmp_path):
    asked = []
    window = make_window(qtbot, tmp_path)
    window.dialogs.answer_on_close = lambda: asked.append(1) or "cancel"
    assert not window.isWindowModified() and window.dialogs.may_close() and not asked
    window.model.network.add_unit(0)
    _edited(qtbot, window, 1)
    assert window.isWindowModified()
    assert not window.dialogs.may_close() and asked == [1]  # Cancel: the window stays
    path = tmp_path / "s.mlpviz"
    window.files.dialogs.save_name = lambda *_: str(path)  # (the file dialog's answer)
    window.dialogs.answer_on_close = lambda: asked.append(2) or "save"
    assert window.dialogs.may_close() and asked == [1, 2]  # saved, then closed
    assert path.exists() and not window.isWindowModified()
    window.model.step()  # training changes the session too
    qtbot.waitUntil(window.isWindowModified, timeout=TIMEOUT)
    window.files.open_session(str(path))
    qtbot.waitUntil(lambda: window.edit_history.stack.count() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=TIMEOUT)
    assert window.dialogs.may_close() and asked == [1, 2]  # nothing to save: no question


def test_opening_a_file_says_the_history_starts_again_a_lesson_page_does_not(qtbot,
                                                                            tmp_path):
    window = make_window(qtbot, tmp_path)
    said = []
    window.model.message.connect(lambda text, _error: said.append(text))
    path = tmp_path / "s.mlpviz"
    with qtbot.waitSignal(window.files.session_saved, timeout=TIMEOUT):
        window.files.save_session(str(path))
    window.action_set.lesson.setChecked(True)
    for number in (1, 3, 2):  # pages that set the window up, quickly one after another
        window.lesson_panel.go(number)
    qtbot.waitUntil(lambda: window.worker.shown(window.model.snapshot.commands),
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.edit_history.stack.count() == 0, timeout=TIMEOUT)
    window.action_set.lesson.setChecked(False)
    window.model.network.add_unit(0)
    _edited(qtbot, window, 1)
    assert not any("cannot be undone" in text for text in said)
    window.files.open_session(str(path))
    qtbot.waitUntil(lambda: any("cannot be undone" in text for text in said), timeout=TIMEOUT)
    assert window.edit_history.stack.count() == 0


def test_an_edit_on_a_diverged_run_is_not_recorded_and_undo_goes_past_it():
    s = diverged(TrainingSession())
    assert s.loop.diverged
    s.apply(c.Rewind())  # made on NaN weights: nothing whole to come back to
    assert [type(e.command) for e in s.edits.edits] == [c.SetData, c.SetActivation,
                                                        c.SetTraining]
    s.apply(c.UndoEdit())
    assert s.trainer.config.lr == 0.03 and np.isfinite(s.net.params).all()
    assert not s.loop.diverged


def test_file_new_starts_again_once_the_changes_are_let_go(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.model.network.add_layer(3)
    _edited(qtbot, window, 1)
    window.dialogs.answer_on_close = lambda: "cancel"
    window.action_set.new_session.trigger()  # Cancel: nothing changes
    assert window.edit_history.stack.count() == 1
    window.dialogs.answer_on_close = lambda: "discard"
    window.action_set.new_session.trigger()
    qtbot.waitUntil(lambda: window.model.snapshot.units == [4, 2, 1]
                    and window.edit_history.stack.count() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=TIMEOUT)
