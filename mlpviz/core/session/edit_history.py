"""Undo and redo of the window's edits, kept by the session (so by the worker, which owns it).

An edit (a command of EDITS) is recorded with the session's state just before it and just
after it: undo brings the first back and redo the second, exactly (the weights bit for bit,
the points, the settings, the epoch and the loss curve). Training is not an edit: undo goes
back to the moment before the edit, and the training since goes with it (a learning rate
that made the run diverge is undone with the divergence).

Edits of one thing in a row merge into one, as a text editor merges typing: a drag's
values of one weight, a slider's steps, points added click after click. A state keeps the
points by reference (they are never changed in place) and the loss curve thinned to
MAX_HISTORY rows, so LIMIT edits cost at most LIMIT × 2 copies of the network and of 2,000
rows: memory stays bounded however many edits are made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from ..data.csvio import DataSource
from ..data.datasets import Split
from ..errors import MlpvizError
from ..nn.network import MLP
from ..playground.record import PlaygroundRecord
from ..training.scenario import Scenario, build_trainer
from ..translatable import QT_TRANSLATE_NOOP
from . import commands as c
from .playground_commands import follow_saved
from .session_file import MAX_HISTORY, thinned

if TYPE_CHECKING:
    from .training_session import TrainingSession

LIMIT = 100  # edits kept; the window's QUndoStack keeps as many
NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("core", "There is nothing to undo.")
NOTHING_TO_REDO = QT_TRANSLATE_NOOP("core", "There is nothing to redo.")

EDITS: tuple[type[c.Command], ...] = (
    c.SetWeight, c.SetBias, c.AddLayer, c.RemoveLayer, c.AddUnit, c.RemoveUnit,
    c.SetActivation, c.SetFeatures, c.SetLoss, c.Reset, c.Rewind, c.LoadNetwork,
    c.SetTraining, c.SetData, c.Regenerate, c.ApplyPreset, c.AddPoint, c.RemovePoint,
    c.ClearPoints, c.ImportPoints)


@dataclass(frozen=True)
class State:
    """What an undo or a redo brings back."""

    scenario: Scenario
    net: MLP
    custom: tuple[Split, str] | None  # the user's own points (by reference), or None
    source: DataSource | None
    epoch: int
    step: int
    history: tuple[tuple[float, ...], ...]
    playground: PlaygroundRecord | None


@dataclass
class Edit:
    command: c.Command  # the first of the commands merged into it
    last: c.Command  # and the last
    count: int  # how many were
    before: State
    after: State


def merge_key(command: c.Command) -> object:
    """Edits with the same key, one after another, are one edit (None: never merged)."""
    if isinstance(command, c.SetWeight):
        return ("weight", command.layer, command.i, command.j)
    if isinstance(command, c.SetBias):
        return ("bias", command.layer, command.j)
    if isinstance(command, c.SetTraining):
        return ("training", tuple(sorted(command.changes())))
    if isinstance(command, c.SetData) and command.dataset is None:
        return ("data", tuple(sorted(command.changes())))  # a slider's steps
    if isinstance(command, c.AddPoint | c.RemovePoint):
        return (type(command).__name__,)
    return None


def capture(s: TrainingSession) -> State | None:
    """The session's state now; None while its weights are not finite (a diverged run: an
    edit made then, Rewind most often, is not recorded, and undo goes back past it to the
    last edit made on a network that was whole)."""
    if not np.isfinite(s.net.params).all():
        return None
    table = s.trainer.history.table()
    kept = table[thinned(list(range(len(table))), MAX_HISTORY)]  # (thinned before listed:
    rows = tuple(tuple(r) for r in kept.tolist())  # a drag while training takes a few a frame)
    return State(s.scenario, s.net.copy(), s.points.custom, s.points.source,
                 s.trainer.epoch, s.trainer.step_count, rows,
                 None if s.playground is None else s.playground.record())


def restore(s: TrainingSession, state: State) -> None:
    """The session as it was in `state` (the network copied: the state stays as it was)."""
    trainer = build_trainer(state.scenario, state.net.copy(), state.custom)
    s.playground = None
    s.install(state.scenario, trainer, state.custom, source=state.source)
    s.trainer.epoch, s.trainer.step_count = state.epoch, state.step
    s.loop.restore_history(state.history)
    if state.playground is not None:
        follow_saved(s, state.playground)


class EditHistory:
    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self.edits: list[Edit] = []
        self.cursor = 0  # edits[:cursor] are done; the rest were undone, to redo
        self.version = 0  # grows with every change: the worker tells the window then

    def now(self) -> c.EditsNow:
        return c.EditsNow(tuple(c.EditEntry(e.command, e.last, e.count,
                                            tuple(e.before.net.units), e.before.net.n_inputs)
                                for e in self.edits), self.cursor)

    def record(self, command: c.Command, before: State, after: State) -> bool:
        """A new edit (the undone ones after the cursor are dropped); True if it merged
        into the last one (which must be done: an undone one is gone by then)."""
        self.version += 1
        del self.edits[self.cursor:]
        last = self.edits[-1] if self.edits else None
        key = merge_key(command)
        if last is not None and key is not None and merge_key(last.command) == key:
            last.after, last.last = after, command
            last.count += 1
            return True
        self.edits.append(Edit(command, command, 1, before, after))
        del self.edits[:max(0, len(self.edits) - self.limit)]
        self.cursor = len(self.edits)
        return False

    def undo(self) -> State:
        if self.cursor == 0:
            raise MlpvizError(NOTHING_TO_UNDO)
        self.cursor -= 1
        self.version += 1
        return self.edits[self.cursor].before

    def redo(self) -> State:
        if self.cursor == len(self.edits):
            raise MlpvizError(NOTHING_TO_REDO)
        self.cursor += 1
        self.version += 1
        return self.edits[self.cursor - 1].after

    def clear(self) -> None:
        if self.edits:
            self.version += 1
        self.edits.clear()
        self.cursor = 0



# -- the commands ----------------------------------------------------------------------------
def undo_edit(s: TrainingSession, _: c.UndoEdit) -> None:
    state = s.edits.undo()
    try:
        restore(s, state)
    except BaseException:
        s.edits.cursor += 1  # (nothing changed: the edit stays done)
        raise


def redo_edit(s: TrainingSession, _: c.RedoEdit) -> None:
    state = s.edits.redo()
    try:
        restore(s, state)
    except BaseException:
        s.edits.cursor -= 1
        raise


def clear_edits(s: TrainingSession, _: c.ClearEdits) -> None:
    s.edits.clear()


HANDLERS: dict[type[c.Command], Callable[[TrainingSession, Any], object]] = {
    c.UndoEdit: undo_edit, c.RedoEdit: redo_edit, c.ClearEdits: clear_edits,
}
