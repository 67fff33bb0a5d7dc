"""The commands that run training: play, pause, step, train a number of epochs, the pace and
the stop condition, the compiled kernels, and the walkthrough's runs on one sample.

Each handler takes the session and its command; HANDLERS maps the command types to them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import MlpvizError
from ..training.trainer import default_backend
from ..training.warm_up import COMPILING, READY
from ..translatable import QT_TRANSLATE_NOOP
from . import commands as c
from .checks import finite, whole
from .training_loop import DIVERGED

if TYPE_CHECKING:
    from .training_session import TrainingSession

MAX_SAMPLE_STEPS = 10_000_000
COMPILING_KERNELS = QT_TRANSLATE_NOOP(
    "core", "Preparing the fast training kernels (the first start only, some seconds): "
            "training runs meanwhile, more slowly.")


def play(s: TrainingSession, _: c.Play) -> None:
    if s.loop.diverged:
        raise MlpvizError(DIVERGED)
    s.loop.need_points()
    s.loop.start_playing()
    s.warn_step()


def pause(s: TrainingSession, _: c.Pause) -> None:
    s.loop.stop_playing()


def step_batch(s: TrainingSession, _: c.StepBatch) -> None:
    s.loop.stop_playing()
    s.loop.need_points()
    s.loop.step()


def step_epoch(s: TrainingSession, _: c.StepEpoch) -> None:
    s.loop.stop_playing()
    s.loop.step_epoch()


def train_epochs(s: TrainingSession, cmd: c.TrainEpochs) -> None:
    count = whole(cmd.count, "epochs", 0)
    if count and not s.loop.diverged:
        s.loop.need_points()
        s.loop.epoch_goal, s.loop.playing = s.trainer.epoch + count, True


def set_stop(s: TrainingSession, cmd: c.SetStopCondition) -> None:
    epoch = None if cmd.epoch is None else whole(cmd.epoch, "stop epoch", 1)
    patience = None if cmd.patience is None else whole(cmd.patience, "patience", 1)
    s.loop.set_stop(epoch, patience)


def set_pace(s: TrainingSession, cmd: c.SetPace) -> None:
    if cmd.rate is not None and not c.MIN_PACE <= cmd.rate <= c.MAX_PACE:
        raise MlpvizError(f"a pace must be {c.MIN_PACE:g} … {c.MAX_PACE:,} epochs a second")
    s.loop.set_pace(None if cmd.rate is None else float(cmd.rate), cmd.per_frame)


def warm_up(s: TrainingSession, _: c.WarmUp) -> None:
    state = s.kernels.start()
    if state == READY and s.playground is None:
        s.trainer.use_backend(default_backend(s.trainer.config))
    elif state == COMPILING:
        s.notify(COMPILING_KERNELS)


def train_sample(s: TrainingSession, cmd: c.TrainSample) -> c.SampleRun:
    steps = whole(cmd.steps, "steps", 0, MAX_SAMPLE_STEPS)
    x, t = np.asarray(cmd.x, dtype=float), np.asarray(cmd.target, dtype=float)
    if x.shape != (s.net.n_inputs,) or not np.isfinite(x).all():
        raise MlpvizError(f"the sample needs {s.net.n_inputs} finite inputs")
    if not np.isfinite(t).all():
        raise MlpvizError("the target must be finite")
    s.loop.stop_playing()
    return s.sample_runs.run(s.net, x, t, finite(cmd.lr, "η"), steps,
                             go_on=lambda: not s.cancelled.is_set(),
                             record=s.loop.record, restart=s.loop.forget_run)


def hover(s: TrainingSession, cmd: c.Hover) -> None:
    s.picture.hover = None if cmd.neuron is None else (whole(cmd.neuron[0], "layer", -1),
                                                       whole(cmd.neuron[1], "unit", 0))


HANDLERS: dict[type[c.Command], Callable[[TrainingSession, Any], object]] = {
    c.Play: play, c.Pause: pause, c.StepBatch: step_batch, c.StepEpoch: step_epoch,
    c.TrainEpochs: train_epochs, c.SetStopCondition: set_stop, c.SetPace: set_pace,
    c.WarmUp: warm_up, c.TrainSample: train_sample, c.Hover: hover,
}
