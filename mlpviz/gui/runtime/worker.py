"""The trainer's thread. The worker owns the training session (network, data, optimizer); the
GUI posts it typed commands (core/session/commands.py) and gets back immutable snapshots.

Why it trains in slices and steps aside: Python and NumPy on tiny arrays hold the GIL, so a
loop that never pauses starves the GUI thread (a 5 ms frame became p50 44 ms). The worker
trains for a few milliseconds at a time, and while the GUI builds and paints a frame it takes
the GIL once at most: a backend that releases the GIL (the compiled one) goes on in one call
sized to the frame; otherwise the worker waits on an event. Snapshots are coalesced: a new one
is built only after the GUI has taken the previous one and most of a frame interval has
passed, so the event queue cannot grow.

The worker cannot die: whatever a command or a training slice raises is caught. A refusal
(MlpvizError) is said in one line; anything else pauses training and is reported with its
traceback, for the window's Details… button, and the worker goes on taking commands.
"""

from __future__ import annotations

import queue
import threading
import time
import traceback
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from ...core.errors import MlpvizError
from ...core.session.commands import (
    ClearEdits,
    Command,
    RedoEdit,
    SampleRun,
    SessionLoaded,
    UndoEdit,
)
from ...core.session.training_session import TrainingSession
from ...core.training.scenario import Scenario

SLICE_SECONDS = 0.004
MIN_RUN_SECONDS = 0.002  # shorter than this, a run during a frame is not worth its GIL grab
FRAME_SECONDS = 1 / 36  # the frame interval: over 30 frames a second, with margin
# A snapshot is made this much before the frame that shows it is due, as making and
# delivering it takes a few milliseconds: waiting the whole interval made frames 5 ms late.
PUBLISH_SECONDS = FRAME_SECONDS * 0.7
# What the worker was doing when something failed (the window says it in its language).
T = TypeVar("T")
TRAINING, APPLYING, DRAWING = "training", "applying", "drawing"


class TrainerWorker(QObject):
    snapshot_ready = Signal(object)  # Snapshot
    failed = Signal(str)  # a command was refused: the message says why
    notice = Signal(str)  # news that is no refusal: training diverged, the optimizer changed
    crashed = Signal(str, str)  # an unexpected error: what was being done, and a report
    # The answers to the commands that ask one, a signal each:
    sample_run = Signal(object)  # TrainSample's SampleRun
    session_loaded = Signal(str)  # LoadSession's, once the worker took it: the file's path
    edits_changed = Signal(object)  # EditsNow: an edit recorded, undone, redone, forgotten

    def __init__(self, scenario: Scenario | None = None) -> None:
        super().__init__()
        self.session = TrainingSession(scenario, notify=self.notice.emit)
        self._inbox: queue.SimpleQueue[Command | None] = queue.SimpleQueue()
        self.posted = 0  # commands posted (GUI thread); snapshots count those applied
        self._gui_idle = threading.Event()
        self._gui_idle.set()
        self._taken = threading.Event()  # the GUI took the last snapshot
        self._held_until = 0.0  # perf_counter time: training and snapshots wait till then
        self._taken.set()
        self._stop = False
        self._dirty = True
        self._last_publish = 0.0
        self._frame_start = 0.0
        self._frame_seconds = 0.010  # how long frames take, measured (see frame_done)
        self._frames = 0  # frames shown: Playground's pace trains one epoch for each
        self._wake = threading.Event()  # a command, a frame or stop: a paced wait ends

    # -- called from the GUI thread ------------------------------------------------------
    def post(self, command: Command) -> None:
        if not isinstance(command, Command):
            raise TypeError(f"not a command: {command!r}")
        self.posted += 1
        self._inbox.put(command)
        self._wake.set()

    def shown(self, snapshot_commands: int) -> bool:
        """Whether a snapshot that counts `snapshot_commands` comes after every command
        posted so far."""
        return snapshot_commands >= self.posted

    def frame_started(self) -> None:
        self._frame_start = time.perf_counter()
        self._gui_idle.clear()

    def frame_done(self) -> None:
        took = time.perf_counter() - self._frame_start
        self._frame_seconds = 0.8 * self._frame_seconds + 0.2 * took
        self._frames += 1
        self._taken.set()
        self._gui_idle.set()
        self._wake.set()

    def step_aside(self, seconds: float) -> None:
        """The GUI re-lays out everything (a language, presentation mode, a new size): many
        short Qt calls, each of which gives the GIL up and must get it back. A worker
        competing for it made each wait, and the window froze for over a second; so
        training and snapshots wait for `seconds` (or longer, if already held longer)."""
        self._held_until = max(self._held_until, time.perf_counter() + seconds)

    def stop(self) -> None:
        """Make run() return soon: a long command is interrupted, not waited for."""
        self._stop = True
        self.session.cancelled.set()
        self._gui_idle.set()
        self._taken.set()
        self._wake.set()
        self._inbox.put(None)  # wakes the loop if it waits for a command

    # -- the worker thread ---------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        try:
            self._loop()
        finally:
            self.session.close()

    def _loop(self) -> None:
        session, loop = self.session, self.session.loop  # the loop lives as long
        while not self._stop:
            self._drain(block=not (loop.playing or self._dirty))
            if self._stop:
                break
            self._guarded(session.poll_background, TRAINING)
            if loop.playing:
                done = self._guarded(self._train_slice, TRAINING)
                if done is None:
                    continue
                if done == 0 and loop.playing:  # the pace says wait
                    self._wake.clear()
                    if time.perf_counter() - self._last_publish >= PUBLISH_SECONDS:
                        self._dirty = True  # still a frame each interval: the window lives
                    self._guarded(self._maybe_publish, DRAWING)
                    self._wake.wait(min(max(loop.pace_wait, 0.001), FRAME_SECONDS / 2))
                    continue
                self._dirty = True
            self._guarded(self._maybe_publish, DRAWING)
            if not loop.playing and self._dirty and not self._taken.is_set():
                self._taken.wait(0.02)  # paused: nothing to do until the GUI takes it

    def _guarded(self, work: Callable[[], T], doing: str, about: str = "") -> T | None:
        """work(), its failures said instead of raised: the worker thread never dies. A
        refused command leaves training as it was; anything else pauses it. None after a
        failure, as the slice's "nothing done": the loop goes round and publishes."""
        try:
            return work()
        except MlpvizError as e:
            if doing != APPLYING:
                self.session.loop.playing = False
            self.failed.emit(str(e))
        except Exception:  # a bug: pause, report it in full, and carry on
            self.session.loop.playing = False
            self.crashed.emit(doing, f"{about}{traceback.format_exc()}")
        self._dirty = True
        return None

    def _train_slice(self) -> int | None:
        """Train until the next snapshot is due or a frame starts (it needs the GIL to
        itself). While a frame is painted, a backend that releases the GIL goes on in a
        single call sized to the frame, so the worker takes the GIL once a frame, at most.
        Returns the steps taken, or None when there was nothing to do but wait."""
        loop = self.session.loop
        held = self._held_until - time.perf_counter()
        if held > 0:  # asleep, not spinning (a set _wake would not wait): a command wakes it
            self._wake.clear()
            self._wake.wait(min(held, 0.05))
            return None
        if not self._gui_idle.is_set():
            left = self._frame_seconds - (time.perf_counter() - self._frame_start)
            if not loop.trainer.backend.releases_gil or left < MIN_RUN_SECONDS:
                self._gui_idle.wait(0.05)
                return None
            done = loop.play_for(left, calls=1, frames=self._frames)
            self._gui_idle.wait(0.05)
            return done
        due = self._last_publish + PUBLISH_SECONDS - time.perf_counter()
        return loop.play_for(min(SLICE_SECONDS, max(due, 0.0)), go_on=self._gui_idle.is_set,
                             frames=self._frames)

    def _maybe_publish(self) -> None:
        now = time.perf_counter()
        if not self._dirty or not self._taken.is_set() or now < self._held_until:
            return
        if self.session.loop.playing and now - self._last_publish < PUBLISH_SECONDS:
            return
        self._dirty = False  # first: a snapshot that cannot be made is not tried in a loop
        snap = self.session.snapshot()
        self._taken.clear()
        self._last_publish = now
        self.snapshot_ready.emit(snap)

    def _drain(self, block: bool) -> None:
        try:
            command = self._inbox.get(timeout=0.05) if block else self._inbox.get_nowait()
        except queue.Empty:
            return
        while not self._stop:
            if command is not None:
                self._dirty = True
                self._guarded(partial(self._apply, command), APPLYING,
                              f"While applying {_short(command)}:\n")
            try:
                command = self._inbox.get_nowait()
            except queue.Empty:
                return

    def _apply(self, command: Command) -> None:
        edits = self.session.edits
        version = edits.version
        try:
            reply = self.session.apply(command)
        finally:  # (an undo refused too: the window's stack moved ahead of the session's)
            if edits.version != version or isinstance(command, UndoEdit | RedoEdit | ClearEdits):
                self.edits_changed.emit(edits.now())
        if isinstance(reply, SampleRun):
            self.sample_run.emit(reply)
        elif isinstance(reply, SessionLoaded):
            self.session_loaded.emit(reply.path)
        elif reply is not None:  # a new kind of answer must get its own signal
            raise TypeError(f"no signal for the answer {type(reply).__name__}")


def _short(command: Command) -> str:
    """The command for a bug report, cut where it carries big arrays."""
    text = repr(command)
    return text if len(text) <= 300 else text[:300] + "…"
