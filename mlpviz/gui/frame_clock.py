"""The GUI's frame clock: takes the newest snapshot at most once a frame and paints it.

The worker's snapshots arrive as queued signals; only the newest is kept. On each tick the
clock tells the worker to step aside, hands the snapshot to the model (the views update),
paints the views at once, and lets the worker go on. The time that takes is the frame time
the benchmark reports.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from ..core.snapshot import Snapshot
from ..model.session import SessionModel
from .worker import TrainerWorker

FRAME_MS = 25  # 40 frames a second: smooth, and leaves the worker most of the time


class FrameClock(QObject):
    def __init__(self, model: SessionModel, worker: TrainerWorker,
                 paint: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model, self.worker, self.paint = model, worker, paint
        self._pending: Snapshot | None = None
        self.frame_ms: deque[float] = deque(maxlen=10_000)
        self.frames = 0
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    @Slot(object)
    def on_snapshot(self, snap: Snapshot) -> None:
        self._pending = snap

    @Slot()
    def tick(self) -> None:
        snap, self._pending = self._pending, None
        if snap is None:
            return
        start = time.perf_counter()
        self.worker.frame_started()
        try:
            self.model.receive(snap)
            self.paint()
        finally:
            self.worker.frame_done()
        self.frame_ms.append((time.perf_counter() - start) * 1000)
        self.frames += 1

    def flush(self) -> None:
        """Show a waiting snapshot now (tests and screenshots)."""
        self.tick()

    def stop(self) -> None:
        self.timer.stop()
