"""Waiting for the window, for the screenshots, recordings, the handout and the benches:
the event loop is run until what they show is there (a snapshot, a first frame, a settled
layout), with a time limit that turns a hang into one line."""

from __future__ import annotations

import time

from ...core.errors import MlpvizError


def load_data_now(app, window, path: str) -> None:
    """Import a CSV and wait until the window shows it (screenshots, benchmarks)."""
    files = window.files
    if not files.import_csv(path):
        raise MlpvizError(files.last_message.text() if files.last_message else path)
    files.csv.wait()
    end = time.monotonic() + 120
    while time.monotonic() < end:
        app.processEvents()
        window.clock.flush()
        snap = window.model.snapshot
        if snap is not None and snap.data.source is not None:
            return
        if files.last_message is not None and files.last_message.isVisible():
            raise MlpvizError(files.last_message.text())
        time.sleep(0.005)
    raise MlpvizError(f"{path}: not loaded in 120 s")


def wait_for_epoch(app, window, epoch: int, timeout: float = 120.0) -> None:
    """Process events until the window shows a snapshot at `epoch` or later, or one after
    every command sent that is no longer training (a run that diverged or stopped early)."""
    wait_for_snapshot(app, window, lambda snap: snap.epoch >= epoch and not snap.playing, timeout,
           f"training did not reach epoch {epoch} in {timeout:.0f} s")


def wait_for_snapshot(app, window, done, timeout: float = 120.0,
           what: str = "the window did not settle") -> None:
    """Process events until the window shows a snapshot for which done(snap) holds, or
    which comes after every command sent and is not training."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        window.clock.flush()
        snap = window.model.snapshot
        if snap is not None and (done(snap) or (window.worker.shown(snap.commands)
                                                and not snap.playing)):
            return
        time.sleep(0.005)
    raise MlpvizError(f"{what} in {timeout:.0f} s")


def settle(app, window, seconds: float = 5.0) -> None:
    """Let the layout settle: docks take their sizes in the event loop."""
    end = time.monotonic() + seconds
    for _ in range(3):
        app.processEvents()
        window.clock.flush()
    while time.monotonic() < end and not window.docks.walkthrough_fitted():
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def first_frame(app, window) -> None:
    """Until the window has drawn its first frame (it checks its layout then): what the
    flags set up comes after, the same every time."""
    end = time.monotonic() + 30
    while window.clock.frames == 0 and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
