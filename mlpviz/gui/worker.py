"""The trainer's thread. The worker owns the engine (network, data, optimizer); the GUI sends
it commands and gets back immutable snapshots.

Why it trains in slices and steps aside: NumPy on tiny arrays holds the GIL, so a loop that
never pauses starves the GUI thread (a 5 ms frame became p50 44 ms). The worker trains for a
few milliseconds at a time, and while the GUI builds and paints a frame it waits on an event
(which releases the GIL). Snapshots are coalesced: a new one is built only after the GUI has
taken the previous one and a frame interval has passed, so the event queue cannot grow.
"""

from __future__ import annotations

import queue
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ..core import compiled
from ..core.engine import TrainingEngine
from ..core.errors import MlpvizError
from ..core.scenario import Scenario

SLICE_SECONDS = 0.004
FRAME_SECONDS = 1 / 36  # the frame interval: over 30 frames a second, with margin
# A snapshot is made this much before the frame that shows it is due, as making and
# delivering it takes a few milliseconds: waiting the whole interval made frames 5 ms late.
PUBLISH_SECONDS = FRAME_SECONDS * 0.7


class TrainerWorker(QObject):
    snapshot_ready = Signal(object)  # Snapshot
    failed = Signal(str)  # a command was refused: the message says why
    diverged = Signal(str)
    sample_result = Signal(object)  # dict from TrainingEngine.sample_run

    def __init__(self, scenario: Scenario | None = None) -> None:
        super().__init__()
        self.engine = TrainingEngine(scenario)
        self._inbox: queue.SimpleQueue = queue.SimpleQueue()
        self._gui_idle = threading.Event()
        self._gui_idle.set()
        self._taken = threading.Event()  # the GUI took the last snapshot
        self._taken.set()
        self._stop = False
        self._playing = False
        self._dirty = True
        self._last_publish = 0.0
        self._epoch_goal: int | None = None

    # -- called from the GUI thread ------------------------------------------------------
    def post(self, name: str, *args: Any, **kwargs: Any) -> None:
        self._inbox.put((name, args, kwargs))

    def frame_started(self) -> None:
        self._gui_idle.clear()

    def frame_done(self) -> None:
        self._taken.set()
        self._gui_idle.set()

    def stop(self) -> None:
        self._stop = True
        self._gui_idle.set()
        self._inbox.put(("stop", (), {}))

    # -- the worker thread ---------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        while not self._stop:
            self._drain(block=not (self._playing or self._dirty))
            if self._stop:
                break
            if self._playing:
                if not self._gui_idle.wait(0.05):
                    continue
                # Stop mid-slice as soon as a frame starts: it needs the GIL to itself; and
                # end the slice when the next snapshot is due, so frames are not late.
                goal = self._epoch_goal
                due = self._last_publish + PUBLISH_SECONDS - time.perf_counter()
                done = self.engine.train_for(
                    min(SLICE_SECONDS, max(due, 0.0)), go_on=self._go_on,
                    max_epochs=None if goal is None else goal - self.engine.trainer.epoch)
                if done == 0 and len(self.engine.trainer.data.x_train) == 0:
                    self._playing = False
                    self.failed.emit("There are no training points: add some first.")
                self._dirty = True
                self._check_goal()
                if self.engine.diverged:
                    self._playing = False
                    self.diverged.emit("Training diverged: the loss became NaN or infinite. "
                                       "Lower the learning rate, then Reset or Rewind.")
            self._maybe_publish()
            if not self._playing and self._dirty and not self._taken.is_set():
                self._taken.wait(0.02)  # paused: nothing to do until the GUI takes it

    def _go_on(self) -> bool:
        """Between steps: stop for a frame, or exactly at the epoch goal."""
        goal = self._epoch_goal
        return self._gui_idle.is_set() and (goal is None or self.engine.trainer.epoch < goal)

    def _check_goal(self) -> None:
        if self._epoch_goal is not None and self.engine.trainer.epoch >= self._epoch_goal:
            self._epoch_goal = None
            self._playing = False

    def _maybe_publish(self) -> None:
        now = time.perf_counter()
        if not self._dirty or not self._taken.is_set():
            return
        if self._playing and now - self._last_publish < PUBLISH_SECONDS:
            return
        self._taken.clear()
        self._dirty = False
        self._last_publish = now
        self.snapshot_ready.emit(self.engine.snapshot(self._playing))

    def _drain(self, block: bool) -> None:
        try:
            item = self._inbox.get(timeout=0.05) if block else self._inbox.get_nowait()
        except queue.Empty:
            return
        while True:
            self._apply(*item)
            try:
                item = self._inbox.get_nowait()
            except queue.Empty:
                return

    def _apply(self, name: str, args: tuple, kwargs: dict) -> None:
        self._dirty = True
        try:
            if name == "stop":
                self._stop = True
            elif name == "play":
                self._playing = not self.engine.diverged
            elif name == "pause":
                self._playing = False
            elif name == "step_batch":
                self._playing = False
                self.engine.step()
            elif name == "step_epoch":
                self._playing = False
                self.engine.step_epoch()
            elif name == "warm_up":
                compiled.warm_up()
            elif name == "train_sample":
                self.sample_result.emit(self.engine.sample_run(*args))
            elif name == "train_epochs":  # play until `args[0]` more epochs are done
                self._epoch_goal = self.engine.trainer.epoch + int(args[0])
                self._playing = True
            else:
                self.engine.apply(name, *args, **kwargs)
        except MlpvizError as e:
            self.failed.emit(str(e))
