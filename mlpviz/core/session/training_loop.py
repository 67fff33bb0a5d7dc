"""A trainer run in slices: what the worker thread drives between commands.

It keeps what the window must learn of the run (the new history rows since the last
snapshot, divergence) and whether it plays, and trains for a given time rather than a given
number of steps, so the worker can keep to the frame clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import cast

from ..errors import MlpvizError
from ..training.trainer import EpochResult, Trainer
from ..translatable import QT_TRANSLATE_NOOP, with_values

MAX_PENDING_ROWS = 1 << 16
# A compiled run of epochs takes every epoch's shuffled row order at once, (epochs, n): this
# bounds that array (to 0.5 MB) however long a run is asked for.
MAX_ROWS_PER_CALL = 1 << 16
DIVERGED = QT_TRANSLATE_NOOP(
    "core", "Training diverged: the loss became NaN or infinite. Lower the learning rate, "
            "then Reset (R) or Rewind (Shift+R).")
NO_POINTS = QT_TRANSLATE_NOOP("core", "There are no training points: add some first.")
STOPPED_AT = QT_TRANSLATE_NOOP("core", "Stopped at epoch {0}, as the stop condition says.")
STALLED = QT_TRANSLATE_NOOP(
    "core", "Stopped at epoch {0}: the test loss has not improved for {1} epochs (the best, "
            "{2}, was at epoch {3}).")
STALLED_NO_TEST = QT_TRANSLATE_NOOP(
    "core", "Stopped at epoch {0}: the training loss (there are no test points) has not "
            "improved for {1} epochs (the best, {2}, was at epoch {3}).")


class TrainingLoop:
    def __init__(self, trainer: Trainer, notify: Callable[[str], None] | None = None) -> None:
        self.trainer = trainer
        # Messages that are not refusals (a refusal raises MlpvizError): said once, shown in
        # the window's status bar.
        self.notify = notify or (lambda text: None)
        self.diverged = False
        self.playing = False
        self.epoch_goal: int | None = None  # playing stops at this epoch
        self._pending: list[tuple[float, ...]] = []  # history rows for the next snapshot
        self._history_reset = True
        self._epoch_seconds = 1e-3  # measured as training goes (see train_for)
        self.pace_rate: float | None = None  # epochs a second while playing; None: no limit
        self.pace_per_frame = False  # or one epoch a frame (Playground's pace)
        self.pace_wait = 0.0  # seconds until the pace allows another epoch
        self._pace_origin: tuple[float, int, int] | None = None  # (time, epoch, frames)
        # The stop condition: playing stops at this epoch, or once the test loss (the
        # training loss where there are no test points) has not improved for `patience`
        # epochs. None: no such stop.
        self.stop_epoch: int | None = None
        self.patience: int | None = None
        self.best: tuple[float, int] = (float("inf"), 0)  # (lowest loss watched, its epoch)

    # -- reading -------------------------------------------------------------------------
    def take_rows(self) -> tuple[list[tuple[float, ...]], bool]:
        """The history rows since the last call, and whether the history began anew
        before them: what a snapshot carries to the loss curve."""
        rows, reset = self._pending, self._history_reset
        self._pending, self._history_reset = [], False
        return rows, reset

    def restore_history(self, rows: tuple[tuple[float, ...], ...]) -> None:
        """A saved session's loss curve, and its last row as the latest evaluation."""
        for row in rows:
            self.trainer.history.append(int(row[0]), *row[1:])
        self._pending = [tuple(r) for r in rows]
        if rows:
            last = rows[-1]
            losses = cast(tuple[float, float, float, float], last[1:])  # rows are 5 long
            self.trainer.last_result = EpochResult(int(last[0]), *losses, 0.0)

    # -- training ------------------------------------------------------------------------
    def step(self) -> EpochResult | None:
        result = self.trainer.step()
        if result is not None:
            self.record(result)
        return result

    def record(self, r: EpochResult) -> None:
        self._pending.append((r.epoch, r.train_loss, r.test_loss, r.train_accuracy,
                              r.test_accuracy))
        if len(self._pending) > MAX_PENDING_ROWS:  # nobody is reading: keep the newest
            del self._pending[: MAX_PENDING_ROWS // 2]
        if not r.finite:
            self.diverged = True
        watched = self._watched(r)
        if watched < self.best[0]:
            self.best = (watched, r.epoch)

    def _watched(self, r: EpochResult) -> float:
        """The loss the patience watches: the test loss, or without test points the
        training loss."""
        return r.test_loss if len(self.trainer.data.x_test) else r.train_loss

    def _stall_left(self) -> int | None:
        """Epochs until the patience runs out (0: it has), None without one."""
        if self.patience is None:
            return None
        return max(0, self.patience - (self.trainer.epoch - self.best[1]))

    def step_epoch(self) -> EpochResult:
        self.need_points()
        while True:
            result = self.step()
            if result is not None:
                return result

    def train_for(self, seconds: float, max_steps: int = 1 << 30,
                  go_on: Callable[[], bool] | None = None,
                  max_epochs: int | None = None, calls: int = 1 << 30) -> int:
        """Train until `seconds` pass, divergence, max_steps or max_epochs, `go_on()`
        turns false (checked between calls), or after `calls` calls into the trainer;
        returns the steps taken.

        A backend that releases the GIL gets whole epochs in one call, as many as fit in the
        time left by the last measured cost of an epoch, so the GIL is taken a few times a
        slice; any other goes step by step, to keep to the time."""
        trainer = self.trainer
        per_epoch = trainer.batches_per_epoch
        if per_epoch == 0:
            return 0  # nothing to train on (the user cleared their points)
        long_calls = trainer.backend.releases_gil
        now = time.perf_counter()
        end, first_epoch = now + seconds, trainer.epoch
        done = 0
        result: EpochResult | None
        while done < max_steps and not self.diverged and calls > 0:
            calls -= 1
            whole = (max_steps - done) // per_epoch
            if max_epochs is not None:
                if trainer.epoch - first_epoch >= max_epochs:
                    break
                whole = min(whole, max_epochs - (trainer.epoch - first_epoch))
            if long_calls and trainer.position_in_epoch == 0 and whole:
                count = max(1, min(whole, int((end - now) / self._epoch_seconds),
                                   MAX_ROWS_PER_CALL // len(trainer.data.x_train)))
                results = trainer.epochs(count)
                for result in results:
                    self.record(result)
                taken = len(results) * per_epoch
            else:  # to the end of this epoch in one call, or one step
                taken, result = trainer.steps(max_steps - done if long_calls else 1)
                if result is not None:
                    self.record(result)
            done += taken
            before, now = now, time.perf_counter()
            if taken >= per_epoch:
                self._epoch_seconds = (now - before) * per_epoch / taken
            if now >= end or (go_on is not None and not go_on()):
                break
        return done

    # -- pace ----------------------------------------------------------------------------
    def set_pace(self, rate: float | None, per_frame: bool = False) -> None:
        """How fast playing trains: at most `rate` epochs a second, or one epoch for each
        frame the window shows (`per_frame`, Playground's pace), or as fast as it can."""
        self.pace_rate, self.pace_per_frame = rate, per_frame
        self._pace_origin = None

    def _allowance(self, frames: int) -> tuple[int | None, int | None]:
        """(steps, epochs) playing may train now at the pace, None for no limit; sets
        `pace_wait`, the seconds until one more step is due when none is. A rate is kept in
        steps (batches), so the boundary moves a little every frame, not in jumps."""
        self.pace_wait = 0.0
        rate, per_frame = self.pace_rate, self.pace_per_frame
        if rate is None and not per_frame:
            return None, None
        t = self.trainer
        now, done = time.perf_counter(), (t.epoch if per_frame else t.step_count)
        origin = self._pace_origin
        if origin is None or done < origin[1]:
            origin = self._pace_origin = (now, done, frames)
        t0, d0, f0 = origin
        slack: float
        if per_frame:
            due, slack = frames - f0, 2
        else:
            steps_per_second = rate * max(1, t.batches_per_epoch)  # type: ignore[operator]
            due, slack = int((now - t0) * steps_per_second), 2 + steps_per_second / 4
        allowed = due + 1 - (done - d0)
        if allowed > slack:  # far behind (a slow epoch, a busy machine): no catching up
            self._pace_origin, allowed = None, 1
        if allowed <= 0 and not per_frame:
            self.pace_wait = (done - d0) / steps_per_second - (now - t0)
        allowed = max(0, allowed)
        return (None, allowed) if per_frame else (allowed, None)

    def play_for(self, seconds: float, go_on: Callable[[], bool] | None = None,
                 calls: int = 1 << 30, frames: int = 0) -> int:
        """Train as train_for while playing, up to the epoch goal and at the pace (`frames`:
        how many frames the window has shown); stop playing at the goal, on divergence and
        when there is nothing to train on, saying why."""
        if not self.playing:
            return 0
        steps, epochs = self._allowance(frames)
        if steps == 0 or epochs == 0:
            return 0
        goal = self.epoch_goal
        # Never past a goal or a stop condition: a compiled call runs many epochs at once.
        for limit in (None if goal is None else goal - self.trainer.epoch,
                      None if self.stop_epoch is None else self.stop_epoch - self.trainer.epoch,
                      self._stall_left()):
            if limit is not None:
                epochs = limit if epochs is None else min(epochs, limit)
        if self._stopped_by_condition():
            return 0
        done = self.train_for(seconds, go_on=go_on, calls=calls, max_epochs=epochs,
                              max_steps=1 << 30 if steps is None else steps)
        if goal is not None and self.trainer.epoch >= goal:
            self.stop_playing()
        self._stopped_by_condition()
        if self.diverged:
            self.stop_playing()
            self.notify(DIVERGED)
        elif done == 0 and len(self.trainer.data.x_train) == 0:
            self.stop_playing()
            self.notify(NO_POINTS)
        return done

    def _stopped_by_condition(self) -> bool:
        """Stop playing, and say why, where the stop condition is met."""
        epoch = self.trainer.epoch
        if self.stop_epoch is not None and epoch >= self.stop_epoch:
            self.stop_playing()
            self.notify(with_values(STOPPED_AT, epoch))
            return True
        if self._stall_left() == 0:
            self.stop_playing()
            text = STALLED if len(self.trainer.data.x_test) else STALLED_NO_TEST
            self.notify(with_values(text, epoch, self.patience, f"{self.best[0]:.6g}",
                                    self.best[1]))
            return True
        return False

    def set_stop(self, epoch: int | None, patience: int | None) -> None:
        """The stop condition (see __init__); the patience counts from now."""
        self.stop_epoch, self.patience = epoch, patience
        self.best = (float("inf"), self.trainer.epoch)

    def start_playing(self) -> None:
        self.playing = True
        self._pace_origin = None

    def stop_playing(self) -> None:
        self.playing, self.epoch_goal = False, None
        self._pace_origin = None

    def need_points(self) -> None:
        if len(self.trainer.data.x_train) == 0:
            raise MlpvizError(NO_POINTS)

    def forget_run(self) -> None:
        """The run starts again: no history, not diverged."""
        self._pending = []
        self._history_reset = True
        self.diverged = False
        self.best = (float("inf"), 0)
