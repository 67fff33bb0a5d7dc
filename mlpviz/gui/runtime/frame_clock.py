"""The GUI's frame clock: shows the newest snapshot at most once a frame and paints it.

The worker's snapshots arrive as queued signals; only the newest is kept, and a frame is
scheduled for it as soon as the last one is a frame interval old. A frame tells the worker to
step aside, hands the snapshot to the model (the views update), paints the views at once and
lets the worker go on; the time that takes is the frame time the benchmark reports.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ...core.session.snapshot import Snapshot
from ...model.session import SessionModel
from ..diagram.network_view import NetworkView
from ..views.boundary_view import BoundaryView
from ..views.loss_view import LossView
from .worker import FRAME_SECONDS, TrainerWorker


class FrameClock(QObject):
    first_frame = Signal()  # the window has shown its first snapshot

    def __init__(self, model: SessionModel, worker: TrainerWorker, diagram: NetworkView,
                 boundary: BoundaryView, loss: LossView, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.model, self.worker = model, worker
        self.diagram, self.boundary, self.loss = diagram, boundary, loss
        self._pending: Snapshot | None = None
        self._last = 0.0
        self._stopped = False
        self.frame_ms: deque[float] = deque(maxlen=10_000)
        self.frames = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)

    @Slot(object)
    def on_snapshot(self, snap: Snapshot) -> None:
        self._pending = snap
        if self._stopped or self.timer.isActive():
            return
        wait = self._last + FRAME_SECONDS - time.perf_counter()
        self.timer.start(max(0, int(wait * 1000)))

    @Slot()
    def tick(self) -> None:
        snap, self._pending = self._pending, None
        if snap is None or self._stopped:
            return
        start = time.perf_counter()
        self._last = start
        self.worker.frame_started()
        try:
            self.model.receive(snap)
            self.paint()
        finally:
            self.worker.frame_done()
        self.frame_ms.append((time.perf_counter() - start) * 1000)
        self.frames += 1
        if self.frames == 1:
            self.first_frame.emit()

    def paint(self) -> None:
        """Paint what changed now, inside the frame, while the worker waits. The loss
        curve's redraw (twice a second while training) is the costliest paint; the diagram,
        the next costliest, waits for the next frame rather than make one slow one."""
        loss_due = self.loss.needs_paint
        if self.diagram.needs_paint and not loss_due:
            self.diagram.needs_paint = False
            self.diagram.viewport().repaint()
        self.boundary.paint_now()
        if loss_due:
            self.loss.needs_paint = False
            self.loss.plot_widget.viewport().repaint()

    def flush(self) -> None:
        """Show a waiting snapshot now (tests and screenshots)."""
        self.timer.stop()
        self.tick()

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
