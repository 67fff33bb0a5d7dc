"""Everything the window can ask of a training session, one small frozen dataclass each.

The GUI builds a command and posts it to the worker, which applies it to the session between
training steps (`TrainingSession.apply`, one handler per class). A typo in a command is then a
NameError where it is written, not a silent no-op at run time, and a test checks every class
here has its handler.

A command owns what it carries: whoever sends a network, points or a session hands them over
and does not touch them again (the session copies what it keeps anyway).
"""

from __future__ import annotations

import types
from dataclasses import dataclass, fields
from functools import cache
from typing import Union, dataclass_transform, get_args, get_origin, get_type_hints

import numpy as np

from ..errors import MlpvizError
from ..nn.network import MLP
from ..playground.link import PlaygroundState
from ..training.scenario import Scenario
from .session_file import Session

Array = np.ndarray  # bare: ImportPoints' fields are checked with isinstance against it


@dataclass_transform()
class Command:
    """Base of every command: each subclass is made a frozen dataclass. A command checks its
    fields against their annotations when it is made, so a wrong type is refused where it
    was written, with MlpvizError; the session checks the values (ranges, names, indices)
    when it applies it."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        dataclass(frozen=True)(cls)

    def __post_init__(self) -> None:
        cls: type = type(self)  # as `type`: mypy wrongly finds type[Command] unhashable
        for name, hint in _hints(cls).items():
            value = getattr(self, name)
            if not _conforms(value, hint):
                raise MlpvizError(f"{type(self).__name__}.{name}: {_short(value)} is not "
                                  f"{_describe(hint)}")


@cache
def _hints(cls: type) -> dict[str, object]:
    hints = get_type_hints(cls)
    return {f.name: hints[f.name] for f in fields(cls)}


def _conforms(value: object, hint: object) -> bool:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return any(_conforms(value, h) for h in get_args(hint))
    if hint is type(None):
        return value is None
    if hint is bool:
        return isinstance(value, bool | np.bool_)
    if hint is int:
        return isinstance(value, int | np.integer) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float | np.integer | np.floating) \
            and not isinstance(value, bool)
    if origin is tuple:
        args = get_args(hint)
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_conforms(v, args[0]) for v in value)
        return len(value) == len(args) and all(map(_conforms, value, args))
    return isinstance(value, hint)  # type: ignore[arg-type]


def _describe(hint: object) -> str:
    return getattr(hint, "__name__", None) or str(hint).replace("typing.", "")


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _given(command: Command, skip: tuple[str, ...] = ()) -> dict[str, object]:
    """The fields of `command` that were set (not None), as keyword arguments."""
    return {f.name: getattr(command, f.name) for f in fields(command)  # type: ignore[arg-type]
            if getattr(command, f.name) is not None and f.name not in skip}


# -- running ---------------------------------------------------------------------------------
class Play(Command):
    """Train until paused (or diverged)."""


class Pause(Command):
    """Stop training (and forget an epoch goal)."""


class StepBatch(Command):
    """One update on one minibatch (pauses)."""


class StepEpoch(Command):
    """The rest of the epoch (pauses)."""


class TrainEpochs(Command):
    """Play until `count` more epochs are done."""

    count: int


class SetStopCondition(Command):
    """Playing stops at `epoch`, or once the test loss has not improved for `patience`
    epochs; None: no such stop."""

    epoch: int | None = None
    patience: int | None = None


MIN_PACE, MAX_PACE = 0.1, 10_000  # epochs a second


class SetPace(Command):
    """How fast playing trains: `rate` epochs a second (0.1 … 10,000), or one epoch for each
    frame shown (`per_frame`: Playground's pace), or as fast as it can (neither)."""

    rate: float | None = None
    per_frame: bool = False


class WarmUp(Command):
    """Load the compiled kernels and train with them from now on."""


class TrainSample(Command):
    """Train the network on one sample (in place: the diagram and the loss curve show it);
    the answer is a SampleRun."""

    x: tuple[float, ...]
    target: tuple[float, ...]
    lr: float
    steps: int


@dataclass(frozen=True)
class SampleRun:
    """The answer to TrainSample: the steps of this run on the sample so far (runs on the
    same sample add up), the output and loss after them, and the trained network."""

    steps: int
    output: tuple[float, ...]
    loss: float
    network: MLP


# -- the network -----------------------------------------------------------------------------
class SetWeight(Command):
    """W[layer][i, j] = value. `structure`: the snapshot's structure_version the user saw;
    given, the edit is refused if the network has changed shape since."""

    layer: int
    i: int
    j: int
    value: float
    structure: int | None = None


class SetBias(Command):
    layer: int
    j: int
    value: float
    structure: int | None = None


class AddLayer(Command):
    units: int = 2


class RemoveLayer(Command):
    """Remove the last hidden layer."""


class AddUnit(Command):
    layer: int


class RemoveUnit(Command):
    layer: int
    unit: int | None = None  # None: the last


class SetActivation(Command):
    activation: str
    layer: int | None = None  # None: every hidden layer


class SetFeatures(Command):
    features: tuple[str, ...]


class SetLoss(Command):
    loss: str
    output_activation: str | None = None  # None: what fits the problem and the loss


class Reset(Command):
    """All-new random weights; the run starts over."""


class Rewind(Command):
    """Back to this run's initial weights."""


class LoadNetwork(Command):
    net: MLP


class Hover(Command):
    """The neuron (layer, unit) whose map the output view shows large, or None."""

    neuron: tuple[int, int] | None


# -- training settings and data ----------------------------------------------------------------
class SetTraining(Command):
    """Hyper-parameters; the fields left None stay as they are. Weights are kept."""

    lr: float | None = None
    batch_size: int | None = None
    optimizer: str | None = None
    regularization: str | None = None
    reg_rate: float | None = None
    shuffle: bool | None = None

    def changes(self) -> dict[str, object]:
        return _given(self)


class SetData(Command):
    """Data set, noise, train ratio or seed; the fields left None stay as they are.
    `keep_network`: go on with the current network on the new data."""

    dataset: str | None = None
    noise: float | None = None
    ratio: float | None = None
    data_seed: int | None = None
    keep_network: bool = False

    def changes(self) -> dict[str, object]:
        return _given(self, skip=("keep_network",))


class Regenerate(Command):
    """New points from the same data set (the next seed); the network is kept."""


class ApplyPreset(Command):
    key: str


class AddPoint(Command):
    x: float
    y: float
    label: float


class RemovePoint(Command):
    """Remove the point nearest (x, y), if one lies within `radius`."""

    x: float
    y: float
    radius: float = 0.5


class ClearPoints(Command):
    """No points at all: the user's own data set, empty."""


class ImportPoints(Command):
    points: Array  # (N, 2)
    labels: Array  # (N,)
    problem: str
    path: str = ""  # the CSV file they came from, and its SHA-256: a session can refer to
    sha256: str = ""  # the file instead of carrying a big copy


class LoadSession(Command):
    """Answered by SessionLoaded once it is in: a session the worker refuses (too big for
    the window) is not added to Recent."""

    session: Session
    path: str = ""


@dataclass(frozen=True)
class SessionLoaded:
    path: str


class UndoEdit(Command):
    """Back to the state before the last edit done (EditHistory.undo)."""


class RedoEdit(Command):
    """Forward to the state after the next edit undone."""


class ClearEdits(Command):
    """Forget every edit: what the window did cannot be undone (a lesson page set up)."""


@dataclass(frozen=True)
class EditEntry:
    """One edit as the window names it: its first and last command (a drag's are many),
    how many were merged into it, and the network's shape it was made on."""

    first: Command
    last: Command
    count: int
    units: tuple[int, ...]
    n_inputs: int


@dataclass(frozen=True)
class EditsNow:
    """The edits as they stand (EditHistory.now), for the window to mirror in its undo
    stack, and how many of them are done."""

    entries: tuple[EditEntry, ...]
    cursor: int


def all_commands() -> list[type[Command]]:
    """Every command class (for the test that each has a handler)."""
    return [c for c in globals().values()
            if isinstance(c, type) and issubclass(c, Command) and c is not Command]


class UseSetup(Command):
    """A whole set-up from mlpviz's own link (setup_link.py): data, network and training
    made anew from their seeds; with `playground_seed`, Playground's run of it."""

    scenario: Scenario
    playground_seed: str | None = None


# -- Playground --------------------------------------------------------------------------------
class UsePlayground(Command):
    """Playground's own run of a link's set-up: its points, its starting weights, its
    training arithmetic (read the link with core/playground/link.read_link)."""

    state: PlaygroundState
    link: str = ""  # the text it came from, as the user gave it


class LeavePlayground(Command):
    """Go on with mlpviz's own training, quietly (a lesson page that is not Playground's)."""
