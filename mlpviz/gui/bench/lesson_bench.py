"""`mlpviz bench --lesson`: how long a lecturer waits in the lesson, presenting in Korean on
a projector-sized window: from Page Down to the next page's first painted frame (its
commands applied, so the frame shows the page's network or lab), and from a language
switch to the first frame painted in the other language. Timed in the GUI thread with the
worker running, as the app runs, reading each page a second before the next; the labs'
first openings count (the lesson makes the next page's lab while a page is read).
"""

from __future__ import annotations

import statistics
import time

from ...core.lessons.lesson import LESSON

READING_SECONDS = 1.0  # on each page before the next Page Down, as a lecturer would


def lesson_bench(size: tuple[int, int] = (1280, 720), rounds: int = 2) -> dict:
    from ..kit import qt_setup

    app = qt_setup.offscreen_application(*size)
    from PySide6.QtCore import QEvent, QObject

    from ..shell.headless import headless_window

    class Painted(QObject):
        """Notes when the main window's first repaint after a turn has been painted whole
        (the end of its UpdateRequest, every widget in it painted): a repaint that
        follows it in the same pass of the event loop is not the first frame."""

        def __init__(self, window, ready) -> None:
            super().__init__()
            self.window, self.ready = window, ready
            self.at: float | None = None

        def eventFilter(self, obj, event) -> bool:
            if self.at is None and obj is self.window \
                    and event.type() == QEvent.Type.UpdateRequest:
                ready = self.ready()  # what the frame shows is what is there before it
                obj.event(event)
                if ready:
                    self.at = time.perf_counter()
                return True
            return False

    with headless_window(language="ko", pace="max") as window:
        window.resize(*size)
        window.show()
        while window.clock.frames == 0:
            app.processEvents()
        window.presentation.set(True)
        window.lesson_panel.go(1)
        window.action_set.lesson.setChecked(True)

        def ready() -> bool:
            """A lab page's frame is the lab's; another page's waits for its network."""
            snapshot = window.model.snapshot
            return snapshot is not None and (window.central.showing_lab
                                             or window.worker.shown(snapshot.commands))

        painted = Painted(window, ready)
        app.installEventFilter(painted)

        def until_painted(start: float) -> float:
            painted.at = None
            while painted.at is None:
                app.processEvents()
                window.clock.flush()
                if time.perf_counter() - start > 30:
                    raise RuntimeError("no frame in 30 s")
            return painted.at - start

        turns: dict[int, list[float]] = {n: [] for n in range(2, len(LESSON) + 1)}
        switches: list[float] = []
        for _ in range(rounds):
            window.lesson_panel.go(1)
            until_painted(time.perf_counter())
            for number in range(2, len(LESSON) + 1):
                read = time.perf_counter() + READING_SECONDS
                while time.perf_counter() < read:
                    app.processEvents()
                    time.sleep(0.005)
                start = time.perf_counter()
                window.lesson.turn(1)
                turns[number].append(until_painted(start))
            for code in ("en", "ko"):
                start = time.perf_counter()
                window.set_language(code)
                switches.append(until_painted(start))
        app.removeEventFilter(painted)
    every = [t for ts in turns.values() for t in ts]
    slowest = max(turns, key=lambda n: max(turns[n]))
    return {"size": f"{size[0]}x{size[1]}", "rounds": rounds,
            "page_turn_median_ms": round(1000 * statistics.median(every), 1),
            "page_turn_max_ms": round(1000 * max(every), 1),
            "slowest_page": slowest,
            "page_turn_median_ms_by_page": {n: round(1000 * statistics.median(ts), 1)
                                            for n, ts in turns.items()},
            "first_lab_opening_ms": {n: round(1000 * turns[n][0], 1)
                                     for n in range(2, len(LESSON) + 1)
                                     if LESSON[n - 1].lab is not None},
            "language_switch_median_ms": round(1000 * statistics.median(switches), 1),
            "language_switch_max_ms": round(1000 * max(switches), 1)}
