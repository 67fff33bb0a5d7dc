"""Launching the window: normally on screen, or offscreen to write a screenshot."""

from __future__ import annotations

import argparse
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ...core.errors import MlpvizError
from ...core.files import write_file
from ...core.training.scenario import Scenario, build_trainer
from .window_waits import first_frame, load_data_now, settle, wait_for_epoch, wait_for_snapshot

if TYPE_CHECKING:
    from .main_window import MainWindow


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise MlpvizError(f"--size: '{text}' is not WIDTHxHEIGHT, e.g. 1600x1000") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise MlpvizError(f"--size: {w}x{h} is outside 320x240 … 7680x4320")
    return w, h


def first_paint_probe() -> int:
    """Open the window offscreen and say when it has painted (for `bench --all`)."""
    from ..kit import qt_setup

    qt_setup.use_offscreen(1600, 1000)
    qt_setup.install_message_filter()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(["mlpviz"])
    qt_setup.configure_pyqtgraph()
    from .headless import headless_window

    with headless_window() as window:

        class Watch(QObject):
            def eventFilter(self, obj, event) -> bool:
                if event.type() == QEvent.Type.Paint and window.model.snapshot is not None:
                    print("painted", flush=True)
                    QTimer.singleShot(0, app.quit)
                return False

        watch = Watch()
        window.network_view.viewport().installEventFilter(watch)
        window.resize(1600, 1000)
        window.show()
        app.exec()
    return 0


def _pace_key(args: argparse.Namespace, default: str | None = None) -> str | None:
    """--speed as the window's pace key; `default` where it was not given."""
    if not hasattr(args, "speed"):
        return default
    return "max" if args.speed is None else f"{args.speed:g}"


MAX_SCREENSHOT_EPOCHS = 100_000  # trained in the window within its 120 s (it waited, then
# refused a trillion)


def launch(args: argparse.Namespace, scenario: Scenario) -> int:
    """The window (or its screenshot) for the command line's flags; `scenario` is the one
    they describe (made by the command line: the window does not parse flags)."""
    if args.first_paint:
        return first_paint_probe()
    build_trainer(scenario)  # a bad combination of flags says so here, in one line
    epochs = args.epochs or 0
    if (args.screenshot or args.record) and epochs > MAX_SCREENSHOT_EPOCHS:
        raise MlpvizError(f"--epochs {epochs:,}: a screenshot trains at most "
                          f"{MAX_SCREENSHOT_EPOCHS:,} epochs before it is drawn; train longer "
                          "with `mlpviz train --out`, then open the network")
    size = _size(args.size)
    if args.data:
        if args.dataset:
            raise MlpvizError("give --data or --dataset, not both")
        from ...core.data.csvio import check_csv_start

        check_csv_start(args.data, inputs=2)
    if args.link:
        _check_link(args.link)  # a bad link says so here, in one line, before any window
        if args.file or args.data or args.dataset:
            raise MlpvizError("a link brings its own set-up: drop FILE, --data and --dataset")
    if args.preset not in (None, "lecture", "quiz04"):
        raise MlpvizError(f"--preset: unknown preset '{args.preset}' (known: lecture, quiz04)")
    _check_walk_batch(args)
    from ..kit import qt_setup

    if args.record:
        from ...report.animation import check_target

        check_target(args.record)  # a bad name or no ffmpeg says so before any window
        qt_setup.use_offscreen(*size)
    elif args.screenshot and not qt_setup.screenshot_on_display():
        qt_setup.use_offscreen(*size)
    elif not args.screenshot and not qt_setup.has_display():
        raise MlpvizError("no display to open the window on (DISPLAY is not set); use "
                          "--screenshot OUT.png, or the train and walkthrough commands")
    qt_setup.install_message_filter()
    qt_setup.share_the_gil()
    qt_setup.share_gl_resources()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .application import MlpvizApplication

    app = QApplication.instance() or MlpvizApplication(["mlpviz"])
    from ..kit.hangul_font import hangul_font
    from .app_icon import identify

    identify(app)
    hangul_font()  # the shipped one, where the system has no font that writes Korean
    qt_setup.configure_pyqtgraph()
    from .main_window import MainWindow

    if args.record:
        from .recording import record

        return record(app, args, scenario, size, epochs)
    if args.screenshot:
        return _screenshot(app, args, scenario, size, epochs)
    # Ctrl+C or SIGTERM while the window is being made is noted, and closes it once it is
    # whole: raised in the middle of making it, it left the landscape's thread running
    # and the process aborted.
    came: list[int] = []
    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, lambda signum, _frame: came.append(signum))
    window = MainWindow(scenario, language=args.lang, pace=_pace_key(args),
                        theme=getattr(args, "theme", None))
    from ..kit.crash_report import report_crashes

    report_crashes(window.dialogs.report_uncaught)  # an error in an action: log and dialog
    if isinstance(app, MlpvizApplication):  # (macOS: Finder's double-clicked files)
        app.open_files_with(window.files.open_any)
    try:
        qt_setup.close_on_interrupt(window, window.dialogs.close_without_asking)
        if came:
            QTimer.singleShot(0, window.dialogs.close_without_asking)
        window.show()
        if args.lang:
            window.set_language(args.lang)  # remembered, as if chosen from the menu
        if args.present:
            window.presentation.set(True)
        if args.preset:
            window.start_preset(args.preset)
        if args.lesson:
            window.lesson_panel.go(args.lesson)
            window.action_set.lesson.setChecked(True)
        if args.file:
            window.files.open_any(args.file)
        if args.link:
            window.files.links.open_link(args.link)
        if args.data:
            window.files.import_csv(args.data)  # a big file on a thread, the window working
        if epochs:
            window.model.train_epochs(epochs)
    except BaseException:
        # whatever went wrong, the worker is stopped and waited for before the window
        # goes: a running QThread destroyed aborts the process (SIGABRT, no message)
        window.shutdown()
        raise
    return app.exec()


def _check_link(text: str) -> None:
    from ...core.playground.link import read_link
    from ...core.session.setup_link import is_setup_link, read_setup_link

    if is_setup_link(text):
        read_setup_link(text)
    else:
        read_link(text)








def _check_walk_batch(args: argparse.Namespace) -> None:
    if args.walk_batch is None:
        return
    from ..walkthrough.walkthrough_panel import MAX_BATCH

    if not args.screenshot:
        raise MlpvizError("--walk-batch goes with --screenshot (in the window: the "
                          "walkthrough's Batch box)")
    if not 1 <= args.walk_batch <= MAX_BATCH:
        raise MlpvizError(f"--walk-batch: give 1 … {MAX_BATCH} training points")


def _show_walkthrough(app, window, args: argparse.Namespace) -> None:
    """The walkthrough at --walk-step: on a preset (once the window has loaded it), or on
    the window's network, and on the data's first --walk-batch training points if given."""
    if args.preset:
        before = window.model.snapshot.data.version
        window.start_preset(args.preset)
        end = time.monotonic() + 30
        while time.monotonic() < end:
            app.processEvents()
            window.clock.flush()
            snap = window.model.snapshot
            if snap.units == [2, 1] and snap.data.version != before:  # the XOR rows too
                break
            time.sleep(0.005)
    else:
        window.set_walkthrough_mode(True)
    if args.walk_batch:
        window.walkthrough_panel.start_on_data(args.walk_batch)
    window.walkthrough_panel.matrix_box.setChecked(args.matrix)
    window.walkthrough.go(args.walk_step - 1)




def _open_lab(app, window, lab: str) -> None:
    from ..labs.lab_window import LABS

    if lab not in LABS:
        raise MlpvizError(f"--lab: unknown lab '{lab}' (known: {', '.join(LABS)})")
    window.open_lab(lab)
    if lab == "quiz03":
        _run_quiz03(app, window)


def _run_quiz03(app, window) -> None:
    """Quiz 03 trains its three networks on a thread: a picture waits for them."""
    window.labs.quiz03.start()
    end = time.monotonic() + 120
    while window.labs.quiz03.runner_thread is not None and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


PLAYGROUND_EPOCHS = 150  # a Playground page's picture: the same run to the same epoch


def _show_lesson_page(app, window, number: int) -> None:
    """The lesson at page `number`, set up (every command it sent applied); a page that
    trains is shown after a fixed run from its initial weights, so the same command gives
    the same picture."""
    window.lesson.autoplay = False  # a run of a fixed length instead, below
    window.lesson_panel.go(number)
    window.action_set.lesson.setChecked(True)
    if window.lesson_panel.page.playground:
        window.model.train_epochs(PLAYGROUND_EPOCHS)
    wait_for_snapshot(app, window, lambda snap: False, 60, f"lesson page {number} was not set up")
    if window.lesson_panel.page.lab == "quiz03":
        _run_quiz03(app, window)


def open_named(app, window, args: argparse.Namespace) -> None:
    """FILE, --data or --playground's link, open in the window once it is set up (what the
    window would say of a bad one, said on the terminal)."""
    if args.file and not window.files.open_any(args.file):
        box = window.files.last_message
        raise MlpvizError(box.text() if box is not None else f"{args.file}: not opened")
    if args.data:
        load_data_now(app, window, args.data)
    if args.link and not window.files.links.open_link(args.link):
        box = window.files.last_message
        raise MlpvizError(box.text() if box is not None else "the link: not opened")
    if args.file or args.link:
        wait_for_snapshot(app, window, lambda s: window.worker.shown(s.commands))




def _show_view(app, window, view: str) -> None:
    """A view's dock in front: the confusion matrices, or the gradient quiver, flat or in
    3-D, once its landscape is drawn."""
    if view == "confusion":
        window.confusion_dock.raise_()
        end = time.monotonic() + 2
        while window.confusion_view.shown is None and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        return
    quiver = window.quiver_view
    window.quiver_dock.raise_()
    quiver.set_shown(True)
    quiver.set_3d(view == "quiver3d")
    done = len(quiver.compute_seconds) + 1
    end = time.monotonic() + 30
    while len(quiver.compute_seconds) < done and time.monotonic() < end:
        quiver.refresh()
        app.processEvents()
        time.sleep(0.01)


@contextmanager
def flagged_window(app, args: argparse.Namespace, scenario: Scenario,
                   size: tuple[int, int]) -> Iterator[MainWindow]:
    """A headless window for a screenshot or a recording: at `size`, in the flags'
    language, theme and pace, its first frame drawn, presenting if asked, and FILE, --data
    or the link opened."""
    from .headless import headless_window

    with headless_window(scenario, language=args.lang, pace=_pace_key(args, "max"),
                         theme=getattr(args, "theme", None)) as window:
        window.resize(*size)
        window.show()
        first_frame(app, window)
        if args.present:
            window.presentation.set(True)
        open_named(app, window, args)
        yield window


def _screenshot(app, args: argparse.Namespace, scenario: Scenario,
                size: tuple[int, int], epochs: int) -> int:
    """Train to --epochs (as fast as it can, unless --speed says otherwise), set up what the
    flags ask for, and write the window (or a lab) to the PNG."""
    from ..kit.export import png_bytes
    from ..kit.surface3d import grab

    out = args.screenshot
    with flagged_window(app, args, scenario, size) as window:
        if epochs:
            window.model.train_epochs(epochs)
        wait_for_epoch(app, window, epochs)
        if args.preset or args.walk_batch:
            _show_walkthrough(app, window, args)
        if args.lesson:
            _show_lesson_page(app, window, args.lesson)
            if args.walk_step > 1 and window.walkthrough.active:  # a step of the page's
                window.walkthrough.go(args.walk_step - 1)
        if args.view:
            _show_view(app, window, args.view)
        if args.lab:
            _open_lab(app, window, args.lab)
        settle(app, window)
        image = grab(window)
        if (image.width(), image.height()) != size:
            least = window.minimumSizeHint()
            raise MlpvizError(f"--size {size[0]}x{size[1]}: the window came out "
                              f"{image.width()}x{image.height()} (it needs at least "
                              f"{least.width()}x{least.height()} here; on a display, at most "
                              f"the screen)")
        write_file(out, png_bytes(image))  # whole or not at all: a full disk keeps the old
    print(f"wrote {out} ({image.width()}x{image.height()}, epoch {window.model.latest().epoch})")
    return 0

