"""SessionModel: what the views read and the one place they change the session through.

It holds the latest snapshot from the worker and the view options, announces changes with
events, and turns every user edit into a command for the worker (the `send` callable the Qt
side provides). It never touches the network itself: the worker owns it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core.session import commands as c
from ..core.session.snapshot import Snapshot
from ..core.training.history import History
from .events import Event

Send = Callable[[c.Command], None]


class SessionModel:
    def __init__(self, send: Send) -> None:
        self._send = send
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

    def set_option(self, name: str, value: Any) -> None:
        if getattr(self, name) != value:
            setattr(self, name, value)
            self.options_changed.emit(name, value)
