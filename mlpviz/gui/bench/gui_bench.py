"""`mlpviz bench --gui`: training speed and frame times with the real window rendering
offscreen, the default scenario playing."""

from __future__ import annotations

import statistics
import time


def run_event_loop(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def gui_bench(hidden: tuple[int, ...] = (4, 2), seconds: float = 10.0,
              speed: float | None = None, data: str | None = None,
              dataset: str | None = None) -> dict:
    """`speed`: epochs a second while playing; None, as fast as it can (whatever pace the
    user's window remembers). `dataset` "digits": the digits preset with `hidden`, timed
    from Play to the first frame that shows 95 % test accuracy (the README's figure)."""
    from ..kit import qt_setup

    _app = qt_setup.offscreen_application(1600, 1000)  # kept alive while we run
    from ...core.training.scenario import Scenario
    from ..shell.headless import headless_window
    scenario = Scenario(hidden=hidden)
    if dataset == "digits":
        from dataclasses import replace

        from ...core.lessons.presets import PRESETS

        scenario = replace(PRESETS["digits"].scenario, hidden=hidden)
    with headless_window(scenario) as window:
        window.resize(1600, 1000)
        window.show()
        if data:
            from ..shell.window_waits import load_data_now

            load_data_now(_app, window, data)
        run_event_loop(0.5)  # the window laid out and its first frame painted
        window.model.set_pace(speed)
        reached: list[float] = []
        compiled_at: list[float] = []  # the first frame trained by the compiled kernels
        played = time.perf_counter()

        def watch(snap) -> None:
            if not compiled_at and snap.backend == "compiled":
                compiled_at.append(time.perf_counter() - played)
            r = snap.result
            if not reached and r is not None and r.test_accuracy >= 0.95:
                reached.append(time.perf_counter() - played)

        window.model.snapshot_changed.connect(watch)
        window.model.play()
        run_event_loop(1.0)  # warm up
        start_epoch = window.model.latest().epoch
        start_frames = window.clock.frames
        window.clock.frame_ms.clear()
        start = time.perf_counter()
        # The real event loop, as the app runs: polling it here would wake the GUI thread
        # a thousand times a second and fight the worker for the GIL.
        run_event_loop(seconds)
        elapsed = time.perf_counter() - start
        window.clock.flush()
        epochs = window.model.latest().epoch - start_epoch
        frames = window.clock.frames - start_frames
        times = sorted(window.clock.frame_ms)
        snap = window.model.latest()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))] if times else float("nan")
    return {"epochs_per_second": epochs / elapsed, "frames_per_second": frames / elapsed,
            "frame_ms_p50": statistics.median(times) if times else float("nan"),
            "frame_ms_p95": p95, "hidden": list(hidden), "seconds": elapsed,
            "speed": "max" if speed is None else speed,
            "points": len(snap.data.train_points) + len(snap.data.test_points),
            "dataset": snap.settings.dataset, "epochs": snap.epoch,
            "seconds_to_95_percent": reached[0] if reached else None,
            # which code trained at the end: "compiled" (the kernels) or "numpy"; and the
            # seconds from Play to the first compiled frame (loading, or a first compile)
            "backend": snap.backend,
            "seconds_to_compiled": compiled_at[0] if compiled_at else None}



def gui_load_bench(path: str) -> dict:
    """A big CSV imported into the window as a user does it (read on a thread): seconds
    until the window shows the points, the longest the event loop went without running (a
    10 ms timer's longest gap), and the process's memory before and after (MB)."""
    import resource

    from ..kit import qt_setup

    qt_setup.use_offscreen(1600, 1000)
    qt_setup.install_message_filter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ..shell.headless import headless_window

    def rss_mb() -> float:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * 4096 / 2**20

    app = QApplication.instance() or QApplication(["mlpviz"])
    with headless_window() as window:
        window.resize(1600, 1000)
        window.show()
        run_event_loop(1.0)
        before = rss_mb()
        gaps, last = [], [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(10)
        start = time.perf_counter()
        if not window.files.import_csv(path):
            raise RuntimeError(f"{path}: not imported")
        while window.model.latest().data.source is None:
            if time.perf_counter() - start > 120:
                raise RuntimeError(f"{path}: not loaded in 120 s")
            app.processEvents()
            window.clock.flush()
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        timer.stop()
        d = window.model.latest().data
        return {"rows": len(d.train_points) + len(d.test_points), "seconds": seconds,
                "longest_stall_ms": max(gaps) * 1000, "rss_before_mb": before,
                "rss_after_mb": rss_mb(),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
