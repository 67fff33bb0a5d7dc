"""The headless training loop of `mlpviz train`: whole epochs in runs (one compiled call each),
a progress bar on a terminal, and Ctrl+C that stops between runs and keeps what was trained.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from dataclasses import dataclass

from ..core.training.trainer import Trainer

RUN_SECONDS = 0.1  # a run's length: Ctrl+C and the progress bar answer within about this


@dataclass
class RunOutcome:
    seconds: float  # in the training loop only (the kernels were loaded before)
    diverged: bool
    signum: int = 0  # the signal that stopped it (SIGINT, SIGTERM), or 0

    @property
    def interrupted(self) -> bool:
        return self.signum != 0


STOPPING = (signal.SIGINT, signal.SIGTERM)  # Ctrl+C, and a polite kill (exit 130, 143)


class _Interrupt:
    """Ctrl+C or SIGTERM sets a flag the loop reads between runs, instead of raising
    wherever Python happens to be (half-way through counting an epoch, say); `signum`
    is the signal that came."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.signum = 0
        self._old: dict = {}

    def _stop(self, signum: int, _frame: object) -> None:
        self.signum = self.signum or signum
        self.event.set()

    def __enter__(self) -> _Interrupt:
        if threading.current_thread() is threading.main_thread():
            self._old = {s: signal.signal(s, self._stop) for s in STOPPING}
        return self

    def __exit__(self, *_: object) -> None:
        for s, old in self._old.items():
            signal.signal(s, old)


def _progress(total: int):
    """A bar on stderr when it is a terminal, shown once the run has taken a second."""
    if not (sys.stderr and sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="epoch", delay=1.0, file=sys.stderr, leave=False,
                dynamic_ncols=True)


def run_training(trainer: Trainer, epochs: int, steps: int | None = None) -> RunOutcome:
    """Train to `epochs` (and at most `steps` updates). Whole epochs go in runs sized to
    RUN_SECONDS; a `steps` goal that ends inside an epoch finishes with single steps. Stops
    at the first non-finite loss."""
    if len(trainer.data.x_train) == 0:
        return RunOutcome(0.0, False)
    bar = _progress(epochs - trainer.epoch)
    count, diverged = 1, False
    start = time.perf_counter()
    with _Interrupt() as interrupt:
        while not interrupt.event.is_set() and not diverged:
            left = epochs - trainer.epoch
            if steps is not None:
                left = min(left, (steps - trainer.step_count) // trainer.batches_per_epoch)
            if left > 0 and trainer.position_in_epoch == 0:
                n = min(count, left)
                began = time.perf_counter()
                results = trainer.epochs(n)
                diverged = len(results) < n or not results[-1].finite
                took = time.perf_counter() - began
                # Double the run until it takes RUN_SECONDS (halve it if it took far more).
                count = max(1, int(n * RUN_SECONDS / took)) if took > 0 else n * 2
                count = min(count, 2 * n)
                if bar is not None:
                    bar.update(len(results))
            elif steps is not None and trainer.step_count < steps and trainer.epoch < epochs:
                _, result = trainer.steps(steps - trainer.step_count)
                diverged = result is not None and not result.finite
            else:
                break
    seconds = time.perf_counter() - start
    if bar is not None:
        bar.close()
    return RunOutcome(seconds, diverged, interrupt.signum)
