"""The walkthrough's "Run N steps": the session's network trained on one sample, in place,
so the diagram and the loss curve show what the updates do (the lecture's "after 10,000
steps"). Runs on the same sample from where the last one ended add up; the loss curve then
shows E after each step (each step is an epoch of the one-sample data set)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from ..nn.network import MLP
from ..training.trainer import EpochResult, TrainConfig, Trainer, one_sample_data
from .commands import SampleRun

Array = NDArray[np.float64]
CHUNK = 5000  # steps between two checks for an interruption
ROWS = 4000  # loss-curve points a run gives at most (every k-th step)


class SampleRuns:
    def __init__(self) -> None:
        # (sample, target, η, weights where the run ended)
        self._key: tuple[tuple[float, ...], tuple[float, ...], float, Array] | None = None
        self.steps = 0  # steps of the current run so far

    def run(self, net: MLP, x: Array, target: Array, lr: float, steps: int,
            go_on: Callable[[], bool], record: Callable[[EpochResult], None],
            restart: Callable[[], None]) -> SampleRun:
        """`steps` SGD updates of `net` on (x, target); `record` gets the curve's points,
        `restart` is called when this is not the last run going on."""
        start = (tuple(x.tolist()), tuple(target.tolist()), float(lr))
        if self._key is None or self._key[:3] != start or not np.array_equal(
                self._key[3], net.params):
            self.steps = 0
            restart()
        trainer = Trainer(net, one_sample_data(x, target),
                          TrainConfig(lr=lr, batch_size=1, shuffle=False))
        stride, done = max(1, steps // ROWS), 0
        while done < steps and go_on():
            count = min(CHUNK, steps - done)
            results = trainer.epochs(count)
            for k, result in enumerate(results):
                step = self.steps + done + k + 1
                if step % stride == 0 or k == len(results) - 1 or not result.finite:
                    record(dataclasses.replace(result, epoch=step))
            done += len(results)
            if len(results) < count:
                break  # diverged
        self.steps += done
        self._key = (*start, net.params.copy())
        out = net.predict(trainer.data.x_train)
        loss = net.loss.value(out, trainer.t_train, net.output_activation)
        return SampleRun(self.steps, tuple(out[0].tolist()), loss, net.copy())
