"""SessionModel: what the views read and the one place they change the session through.

It holds the latest snapshot from the worker and the view options, announces changes with
events, and turns every user edit into a command for the worker (the `send` callable the Qt
side provides). It never touches the network itself: the worker owns it. The run's verbs are
its own methods; the network's edits and the data's are its `network` and `data` (edits.py).
`send` stays for a command a script or test builds itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core.data.datasets import Split
from ..core.playground.link import PlaygroundState
from ..core.session import commands as c
from ..core.session.session_file import Session, thinned
from ..core.session.snapshot import Snapshot
from ..core.training.history import COLUMNS, History
from ..core.training.scenario import Scenario
from .edits import DataEdits, NetworkEdits
from .events import Event

Send = Callable[[c.Command], None]


class SessionModel:
    def __init__(self, send: Send) -> None:
        self._send = send
        self.network = NetworkEdits(send)
        self.data = DataEdits(send)
        self.snapshot: Snapshot | None = None
        self.history = History()  # the loss curve's copy, fed from snapshots
        self.step_mode = "epoch"  # what → (Step) does: "batch" or "epoch"
        self.show_test = False
        self.discretize = False
        self.log_scale = False
        self.playing = False
        # Events (arguments): every new snapshot; after a structural change; new data;
        # view options; a message for the user (text, is_error).
        self.snapshot_changed = Event()
        self.structure_changed = Event()
        self.data_changed = Event()
        self.options_changed = Event()
        self.playing_changed = Event()
        self.message = Event()

    # -- from the worker -----------------------------------------------------------------
    def receive(self, snap: Snapshot) -> None:
        old = self.snapshot
        self.snapshot = snap
        if snap.history_reset:
            self.history.clear()
        for row in snap.history_rows:
            self.history.append(int(row[0]), *row[1:])
        if old is None or old.structure_version != snap.structure_version \
                or old.activations != snap.activations:
            self.structure_changed.emit(snap)
        if old is None or old.data.version != snap.data.version:
            self.data_changed.emit(snap)
        if snap.playing != self.playing:
            self.playing = snap.playing
            self.playing_changed.emit(self.playing)
        self.snapshot_changed.emit(snap)

    def latest(self) -> Snapshot:
        """The latest snapshot, where there must be one (a window has one by its first
        frame): for the screenshot, the benchmarks and tests."""
        if self.snapshot is None:
            raise RuntimeError("no snapshot from the worker yet")
        return self.snapshot

    def saveable_session(self) -> Session | None:
        """Everything a session file keeps, as the window shows it now (None before the
        first snapshot): a diverged network saved as its last finite weights, the loss curve
        thinned, the view options. The snapshot's arrays are read-only and shared: no copy
        of a million points."""
        snap = self.snapshot
        if snap is None:
            return None
        net, epoch, step = snap.saveable()
        d = snap.data
        view = {"show_test": self.show_test, "discretize": self.discretize,
                "log_scale": self.log_scale, "step_mode": self.step_mode}
        h = self.history
        rows = tuple(zip(*(h.column(name).tolist() for name in COLUMNS), strict=True))
        return Session(snap.settings, net, Split(d.train_points, d.train_labels,
                                                 d.test_points, d.test_labels),
                       d.problem, view, epoch, step, tuple(thinned(list(rows))), d.source,
                       snap.playground)

    def report(self, text: str, is_error: bool = True) -> None:
        self.message.emit(text, is_error)

    # -- training ------------------------------------------------------------------------
    def send(self, command: c.Command) -> None:
        self._send(command)

    def play(self) -> None:
        self.send(c.Play())

    def pause(self) -> None:
        self.send(c.Pause())

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def step(self) -> None:
        self.send(c.StepEpoch() if self.step_mode == "epoch" else c.StepBatch())

    def reset(self) -> None:
        self.send(c.Reset())

    def rewind(self) -> None:
        self.send(c.Rewind())

    def train_epochs(self, count: int) -> None:
        """Play for `count` epochs, then pause."""
        self.send(c.TrainEpochs(count))

    def set_training(self, **changes: Any) -> None:
        """lr, batch_size, optimizer, regularization, reg_rate, shuffle (SetTraining)."""
        self.send(c.SetTraining(**changes))

    def set_stop(self, epoch: int | None, patience: int | None) -> None:
        """Stop playing at `epoch`, or when the watched loss has not improved for
        `patience` epochs; None: no such stop."""
        self.send(c.SetStopCondition(epoch, patience))

    def set_pace(self, rate: float | None, per_frame: bool = False) -> None:
        self.send(c.SetPace(rate, per_frame))

    def apply_preset(self, key: str) -> None:
        """A lesson's set-up: data, network and training settings at once."""
        self.send(c.ApplyPreset(key))

    def open_playground(self, state: PlaygroundState, link: str = "") -> None:
        """Playground's own run of a link's set-up (read with read_link)."""
        self.send(c.UsePlayground(state, link))

    def leave_playground(self) -> None:
        """Train mlpviz's way from here, without a word (a lesson page that is not
        Playground's)."""
        self.send(c.LeavePlayground())

    def use_setup(self, scenario: Scenario, playground_seed: str | None = None) -> None:
        """A set-up from mlpviz's own link (read with read_setup_link)."""
        self.send(c.UseSetup(scenario, playground_seed))

    def train_sample(self, x: tuple[float, ...], target: tuple[float, ...], lr: float,
                     steps: int) -> None:
        """The walkthrough's run on one sample; the answer comes back as a SampleRun."""
        self.send(c.TrainSample(x, target, lr, steps))

    # -- edits ---------------------------------------------------------------------------
    def set_weight(self, layer: int, i: int, j: int, value: float,
                   structure: int | None = None) -> None:
        """`structure`: the structure_version the user edited on, if the edit must be
        refused after a change of shape (an editor left open)."""
        self.send(c.SetWeight(layer, i, j, value, structure))

    def set_bias(self, layer: int, j: int, value: float, structure: int | None = None) -> None:
        self.send(c.SetBias(layer, j, value, structure))

    def hover(self, neuron: tuple[int, int] | None) -> None:
        self.send(c.Hover(neuron))

    # -- undo ----------------------------------------------------------------------------
    def undo_edit(self) -> None:
        """Back to before the last edit done; the worker answers with EditsNow."""
        self.send(c.UndoEdit())

    def redo_edit(self) -> None:
        self.send(c.RedoEdit())

    def forget_edits(self) -> None:
        """Nothing to undo from here (what the window did cannot be undone)."""
        self.send(c.ClearEdits())

    def set_option(self, name: str, value: Any) -> None:
        if getattr(self, name) != value:
            setattr(self, name, value)
            self.options_changed.emit(name, value)
