"""A watchdog on the GUI thread's event loop, for the stress tests and the big exports."""

import sys
import threading
import time
import traceback

from PySide6.QtCore import QElapsedTimer, QTimer


class Watchdog:
    """Ticks every 20 ms in the GUI thread; the longest gap between ticks is the longest
    time the window could not answer. A thread of its own looks at the GUI thread's stack
    when a tick is 500 ms late, so a stall names where the window was."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last, self.worst = 0, 0
        self.stack = ""  # the GUI thread's stacks in the longest stall seen
        self.others = ""
        self._gui = threading.get_ident()
        self._looking = False
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = self.clock.elapsed()
        self.timer.start()
        self._looking = True
        threading.Thread(target=self._look, daemon=True).start()

    def stop(self) -> None:
        self.timer.stop()
        self._looking = False

    def _look(self) -> None:
        """While a tick is over 500 ms late, the GUI thread's innermost frames every 100 ms
        (kept for the longest stall), and the other threads' once."""
        samples: list[str] = []
        while self._looking:
            time.sleep(0.1)  # a thread's own pace, not the GUI's: nothing to wait on
            if self.clock.elapsed() - self.last <= 500:
                samples = []
                continue
            frames = sys._current_frames()
            gui = frames.get(self._gui)
            samples.append("".join(traceback.format_stack(gui)[-4:]) if gui else "?")
            if len(samples) == 1:
                self.others = "".join(
                    f"thread {ident}:\n" + "".join(traceback.format_stack(f)[-4:])
                    for ident, f in frames.items()
                    if ident not in (self._gui, threading.get_ident()))
            if len(samples) * 100 >= len(self.stack.split("\n--\n")) * 100:
                self.stack = "\n--\n".join(samples) + "\n" + self.others
