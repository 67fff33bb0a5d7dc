"""The live training session without any GUI: the settings that made it and the parts it
owns, each with one job, and the table of the commands the window sends (commands.py).

    loop     TrainingLoop    the trainer run in slices: playing, pace, stop condition,
                             the history rows the window has not seen
    points   PointsInUse     the points trained on: a data set, or the user's own
    picture  SnapshotMaker   snapshots and the maps over the input plane
    kernels  KernelWarmUp    the compiled kernels, prepared in a child process
    sample_runs SampleRuns   the walkthrough's runs on one sample
    edits    EditHistory     the edits applied, to undo and redo (edit_history.py)

The session itself keeps what they share (the scenario, the network's structure version)
and the few moves every command is made of: install a new trainer, edit the network, use
new points. The handlers live by job in run_commands, network_commands and data_commands;
COMMANDS maps each command type to its handler, so a reader (or a tool) can follow a command
from its type to the code that applies it.

The Qt worker is a thin loop around this class, so everything the window can do is testable
headless. `apply(command)` takes effect fully or raises MlpvizError and changes nothing.
Messages that are not refusals (training diverged, the optimizer had to change) go to
`notify`.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from ..data.csvio import DataSource
from ..data.datasets import Split
from ..errors import MlpvizError
from ..nn.network import MLP
from ..training import perceptron_rule
from ..training.scenario import Scenario, build_network, build_trainer, count_classes
from ..training.trainer import Trainer, TrainingData, default_backend, next_seed
from ..training.warm_up import KernelWarmUp
from ..translatable import QT_TRANSLATE_NOOP
from . import commands as c
from . import playground_commands as playground
from .command_table import COMMANDS
from .edit_history import EDITS, EditHistory, capture
from .playground_commands import PlaygroundFollowed
from .points_in_use import PointsInUse
from .sample_runs import SampleRuns
from .session_file import Session
from .snapshot import Snapshot
from .snapshot_maker import SnapshotMaker
from .training_loop import TrainingLoop

TO_SGD = QT_TRANSLATE_NOOP("core", "The perceptron rule trains a single layer with one step "
                                   "unit only, so training goes on with SGD.")
STALE_EDIT = QT_TRANSLATE_NOOP("core", "The network changed shape before the edit arrived; "
                                       "nothing was changed. Pick the link again.")
KERNELS_READY = QT_TRANSLATE_NOOP("core", "The fast training kernels are ready.")
STEP_HAS_NO_SLOPE = QT_TRANSLATE_NOOP(
    "core", "Step has slope 0 everywhere, so gradient descent cannot move the weights below "
            "a step unit: the network will not learn. Step belongs to the perceptron: choose "
            "the optimizer \"perceptron\" for a net with no hidden layer (the perceptron "
            "rule), or sigmoid, tanh or ReLU to train with backprop.")


class TrainingSession:
    def __init__(self, scenario: Scenario | None = None, grid: int = 100,
                 notify: Callable[[str], None] | None = None) -> None:
        self.scenario = scenario or Scenario()
        self.notify: Callable[[str], None] = notify or (lambda text: None)
        self.loop = TrainingLoop(build_trainer(self.scenario), self.notify)
        self.points = PointsInUse(self.scenario)
        self.picture = SnapshotMaker(grid)
        self.kernels = KernelWarmUp()
        self.sample_runs = SampleRuns()
        self.rng = np.random.default_rng(next_seed(self.scenario.weight_seed))
        self.structure_version = 0  # grows with each change of the network's shape
        self.changes = 0  # commands applied: what a snapshot (and its maps) was made after
        # Set from another thread to interrupt a long command (the window is closing).
        self.cancelled = threading.Event()
        # The Playground link whose run this is, while it stays Playground's own
        self.playground: PlaygroundFollowed | None = None
        self.edits = EditHistory()  # undo and redo of the edits applied

    @property
    def trainer(self) -> Trainer:
        return self.loop.trainer

    @property
    def net(self) -> MLP:
        return self.loop.trainer.net

    # -- the worker's calls ----------------------------------------------------------------
    def apply(self, command: c.Command) -> object:
        """Apply one command; a few answer (TrainSample → SampleRun, LoadSession →
        SessionLoaded), the rest give None. An edit is recorded to undo (self.edits)."""
        handler = COMMANDS.get(type(command))
        if handler is None:
            raise MlpvizError(f"unknown command: {type(command).__name__}")
        self.changes += 1
        edit = isinstance(command, EDITS)
        before = capture(self) if edit else None
        followed = self.playground
        playground.before(self, command)
        try:
            answer = handler(self, command)
        except BaseException:
            self.playground = followed
            playground.undo_before(self)
            raise
        playground.after(self, command)
        after = capture(self) if before is not None else None
        if before is not None and after is not None:
            self.edits.record(command, before, after)
        elif isinstance(command, c.LoadSession | c.UseSetup | c.UsePlayground):
            self.edits.clear()  # (what cannot be undone: a file, a link)
        return answer

    def snapshot(self) -> Snapshot:
        return self.picture.make(self)

    def poll_background(self) -> None:
        """Between slices: take the compiled kernels into use once they are ready."""
        if self.kernels.poll():
            if self.playground is None:  # (a Playground run keeps Playground's arithmetic)
                self.trainer.use_backend(default_backend(self.trainer.config))
            self.notify(KERNELS_READY)

    def close(self) -> None:
        """Stop what runs in the background (a child compiling the kernels)."""
        self.kernels.cancel()

    def session(self, view: dict[str, Any]) -> Session:
        """Everything a session file keeps; `view`, the window's own settings."""
        sp, problem = self.points.split(self.scenario)
        return Session(self.scenario, self.net.copy(), sp, problem, dict(view),
                       self.trainer.epoch, self.trainer.step_count,
                       playground=None if self.playground is None
                       else self.playground.record())

    # -- the moves commands are made of ----------------------------------------------------
    def check_structure(self, seen: int | None) -> None:
        """Refuse an edit made against a network of another shape."""
        if seen is not None and seen != self.structure_version:
            raise MlpvizError(STALE_EDIT)

    def edit_network(self, net: MLP, structural: bool = True,
                     data: TrainingData | None = None) -> None:
        """Train the edited `net` from here on (the run goes on; Rewind comes back here).
        Where the perceptron rule cannot train it, SGD takes over, and the user is told:
        refusing the edit would leave them no way to grow the perceptron into an MLP."""
        changes = {}
        if self.trainer.config.optimizer == "perceptron" and not perceptron_rule.fits(net):
            changes = {"optimizer": "sgd"}
        self.trainer.replace_network(net, data, **changes)
        self.trainer.mark_start()
        if changes:
            self.scenario = dataclasses.replace(self.scenario, train=self.trainer.config)
            self.notify(TO_SGD)
        if structural:
            self.structure_version += 1
            self.scenario = dataclasses.replace(self.scenario, hidden=tuple(net.units[:-1]))
            self.picture.hover = None

    def fitting(self, s: Scenario, net: MLP | None,
                data: tuple[Split, str] | None = None) -> Scenario:
        """`s`, with SGD for the perceptron rule where it cannot train the network (`net`,
        or the one `s` would build for `data` or its own data set), saying so."""
        if s.train.optimizer != "perceptron":
            return s
        if net is None:
            sp, problem = data if data is not None else self.points.split(s)
            net = build_network(s, problem, count_classes(sp, problem))
        if perceptron_rule.fits(net):
            return s
        self.notify(TO_SGD)
        return dataclasses.replace(s, train=dataclasses.replace(s.train, optimizer="sgd"))

    def install(self, scenario: Scenario, trainer: Trainer,
                custom: tuple[Split, str] | None, restart: bool = True,
                source: DataSource | None = None) -> None:
        """Switch to a newly built trainer (all checks passed). `source`: the file the
        custom points are, as they are now (any other change of the data forgets it)."""
        self.scenario, self.loop.trainer = scenario, trainer
        if restart:
            self.structure_version += 1
            self.restart()
        self.points.use(custom, scenario, source)

    def restart(self) -> None:
        """The run begins again from the network as it is."""
        self.trainer.restart_from_current()
        self.loop.forget_run()

    def use_points(self, sp: Split, problem: str) -> None:
        """Train on the user's points `sp` from now on (they become the data set)."""
        self.trainer.set_data(TrainingData.from_split(sp, list(self.net.features), problem))
        if self.scenario.dataset != "custom":
            self.scenario = dataclasses.replace(self.scenario, dataset="custom")
        self.points.use((sp, problem), self.scenario)  # edited: no longer the file's

    def warn_step(self) -> None:
        """Gradient descent through a step unit gets no gradient: say why nothing learns."""
        if "step" in self.net.activation_names and self.trainer.config.optimizer != \
                "perceptron":
            self.notify(STEP_HAS_NO_SLOPE)
