"""The trainer's thread. The worker owns the engine (network, data, optimizer); the GUI sends
it commands and gets back immutable snapshots.

Why it trains in slices and steps aside: Python and NumPy on tiny arrays hold the GIL, so a
loop that never pauses starves the GUI thread (a 5 ms frame became p50 44 ms). The worker
trains for a few milliseconds at a time, and while the GUI builds and paints a frame it takes
the GIL once at most: compiled training (core/compiled.py) goes on in one call sized to the
frame, which runs without the GIL; otherwise the worker waits on an event. Snapshots are
coalesced: a new one is built only after the GUI has taken the previous one and most of a
frame interval has passed, so the event queue cannot grow.
"""

from __future__ import annotations

import queue
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ..core.errors import MlpvizError
from ..core.session.training_session import TrainingEngine
from ..core.training import compiled
from ..core.training.scenario import Scenario

SLICE_SECONDS = 0.004
MIN_RUN_SECONDS = 0.002  # shorter than this, a run during a frame is not worth its GIL grab
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
        self._frame_start = 0.0
        self._frame_seconds = 0.010  # how long frames take, measured (see frame_done)

    # -- called from the GUI thread ------------------------------------------------------
    def post(self, name: str, *args: Any, **kwargs: Any) -> None:
        self._inbox.put((name, args, kwargs))

    def frame_started(self) -> None:
        self._frame_start = time.perf_counter()
        self._gui_idle.clear()

    def frame_done(self) -> None:
        took = time.perf_counter() - self._frame_start
        self._frame_seconds = 0.8 * self._frame_seconds + 0.2 * took
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
                done = self._train_slice()
                if done is None:
                    continue
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

    def _train_slice(self) -> int | None:
        """Train until the next snapshot is due or a frame starts (it needs the GIL to
        itself). While a frame is painted, compiled training goes on in a single call sized to
        the frame, which never takes the GIL, so the worker takes it once a frame, at most.
        Returns the steps taken, or None when there was nothing to do but wait."""
        goal = self._epoch_goal
        max_epochs = None if goal is None else goal - self.engine.trainer.epoch
        if not self._gui_idle.is_set():
            left = self._frame_seconds - (time.perf_counter() - self._frame_start)
            if not self.engine.trainer.runs_compiled or left < MIN_RUN_SECONDS:
                self._gui_idle.wait(0.05)
                return None
            done = self.engine.train_for(left, max_epochs=max_epochs, calls=1)
            self._gui_idle.wait(0.05)
            return done
        due = self._last_publish + PUBLISH_SECONDS - time.perf_counter()
        return self.engine.train_for(min(SLICE_SECONDS, max(due, 0.0)),
                                     go_on=self._gui_idle.is_set, max_epochs=max_epochs)

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
