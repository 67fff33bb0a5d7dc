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

from .core.lessons.lesson import LESSON

READING_SECONDS = 1.0  # on each page before the next Page Down, as a lecturer would


def lesson_bench(size: tuple[int, int] = (1280, 720), rounds: int = 2) -> dict:
    from .gui import qt_setup

    qt_setup.use_offscreen(*size)
    qt_setup.install_message_filter()
    qt_setup.share_the_gil()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from .gui.headless import headless_window

    app = QApplication.instance() or QApplication(["mlpviz"])
    qt_setup.configure_pyqtgraph()

    class Painted(QObject):
        """Notes a paint of the main window or any widget in it."""

        def __init__(self, window) -> None:  # noqa: ANN001
            super().__init__()
            self.window, self.seen = window, False

        def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() \
                    and obj.window() is self.window:
                self.seen = True
            return False

    with headless_window(language="ko", pace="max") as window:
        window.resize(*size)
        window.show()
        while window.clock.frames == 0:
            app.processEvents()
        window.presentation.set(True)
        window.lesson_panel.go(1)
        window.action_set.lesson.setChecked(True)
        painted = Painted(window)
        app.installEventFilter(painted)

        def until_painted(start: float) -> float:
            """A lab page's frame is the lab's; another page's waits for its network."""
            painted.seen = False
            lab = window.central.showing_lab
            while not (painted.seen and window.model.snapshot is not None
                       and (lab or window.worker.shown(window.model.snapshot.commands))):
                app.processEvents()
                window.clock.flush()
                if time.perf_counter() - start > 30:
                    raise RuntimeError("no frame in 30 s")
            return time.perf_counter() - start

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
            "first_lab_opening_ms": {n: round(1000 * turns[n][0], 1)
                                     for n in range(2, len(LESSON) + 1)
                                     if LESSON[n - 1].lab is not None},
            "language_switch_median_ms": round(1000 * statistics.median(switches), 1),
            "language_switch_max_ms": round(1000 * max(switches), 1)}
