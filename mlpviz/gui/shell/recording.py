"""`mlpviz --record OUT.gif|.webp|.mp4`: the window (or one view) as it trains, or the
walkthrough as it steps, recorded headless.

Training is recorded at fixed epochs (at least 20 frames, at most one an epoch): each frame
is the window after exactly that many epochs, so the same flags record the same film. A
view alone (--view boundary or loss) is drawn into a frame of --size, letterboxed. The
frames are kept in memory and written whole at the end (report/animation.py): Ctrl+C, a
full disk or a folder that is not there leave no half-written file. A progress bar goes to
the terminal (tqdm).
"""

from __future__ import annotations

import argparse
import signal
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from tqdm import tqdm

from ...core.errors import MlpvizError
from ...core.files import write_file
from ...core.training.scenario import Scenario
from ...report.animation import MOST_FRAMES, animation_bytes, check_target

LEAST_FRAMES = 20
DEFAULT_EPOCHS = 300  # a recording of training, without --epochs


def record(app, args: argparse.Namespace, scenario: Scenario, size: tuple[int, int],
           epochs: int) -> int:
    from .launch import _show_view, flagged_window
    from .window_waits import settle

    suffix = check_target(args.record)
    with flagged_window(app, args, scenario, size) as window:  # (the window's session: FILE)
        if args.view in ("quiver", "quiver3d", "confusion"):
            _show_view(app, window, args.view)
        frames: list[np.ndarray] = []
        stop: list[int] = []  # Ctrl+C or SIGTERM, noted: raised in a Qt slot, it was lost
        previous = {sig: signal.signal(sig, lambda signum, _frame: stop.append(signum))
                    for sig in (signal.SIGINT, signal.SIGTERM)}

        def take() -> None:
            if stop:
                raise KeyboardInterrupt  # nothing written: the frames go with the process
            settle(app, window, 1.0)
            frames.append(_frame(window, args.view, size))

        try:
            _take_all(app, window, args, epochs, take)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    write_file(args.record, animation_bytes(frames, args.fps, suffix))
    print(f"wrote {args.record} ({len(frames)} frames, {size[0]}x{size[1]}, "
          f"{args.fps:g} frames/s)")
    return 0


def _take_all(app, window, args: argparse.Namespace, epochs: int,
              take: Callable[[], None]) -> None:
    """Each frame: the walkthrough's steps, or training at fixed epochs."""
    from .launch import _show_walkthrough
    from .window_waits import wait_for_epoch

    if args.walk_steps:
        args.walk_step = args.walk_steps[0]
        _show_walkthrough(app, window, args)
        first, last = args.walk_steps
        last = min(last, len(window.walkthrough.steps))
        for step in tqdm(range(first, last + 1), desc="recording", unit="step"):
            window.walkthrough.go(step - 1)
            take()
        return
    total = epochs or DEFAULT_EPOCHS
    count = min(max(LEAST_FRAMES, min(total, 120)), MOST_FRAMES)
    take()  # epoch 0
    for k in tqdm(range(1, count + 1), desc="recording", unit="frame"):
        goal = round(total * k / count)
        done = window.model.latest().epoch
        if goal > done:
            window.model.train_epochs(goal - done)
            wait_for_epoch(app, window, goal)
        take()


def _frame(window, view: str | None, size: tuple[int, int]) -> np.ndarray:
    """The window, or the view's plot alone letterboxed into `size`, as (height, width, 3)
    RGB."""
    from ..kit.surface3d import grab

    if view in ("boundary", "loss"):
        owner = window.boundary_view if view == "boundary" else window.loss_view
        plot = owner.plot_widget  # the plot alone (the digits have none: their whole view)
        shot = (plot if plot.isVisible() else owner).grab().toImage()
        image = QImage(size[0], size[1], QImage.Format.Format_RGB888)
        image.fill(window.palette().color(window.backgroundRole()))
        fitted = shot.scaled(size[0], size[1], Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(image)
        painter.drawImage(QPoint((size[0] - fitted.width()) // 2,
                                 (size[1] - fitted.height()) // 2), fitted)
        painter.end()
    else:
        image = grab(window).toImage().convertToFormat(QImage.Format.Format_RGB888)
    if (image.width(), image.height()) != size:
        raise MlpvizError(f"--size {size[0]}x{size[1]}: the window came out "
                          f"{image.width()}x{image.height()}")
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    row = image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=row * image.height())
    return data.reshape(image.height(), row)[:, : 3 * image.width()].reshape(
        image.height(), image.width(), 3).copy()
