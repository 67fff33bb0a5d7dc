"""Writing a big export without freezing the window: the text is made and written (safely,
by write_file) on a thread of its own. The walkthrough of the window's largest network is
73 MB of JSON, some seconds of work."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ...core.errors import MlpvizError
from ...core.files import write_file


class GilBreaks:
    """Called often by a long Python task on a thread: every BUSY seconds it sleeps PAUSE.
    A thread running Python takes the GIL back each time the GUI thread gives it up in a
    Qt call, and the window froze for seconds while a big export was made; sleeping half
    the time leaves the GUI the GIL at least half the time."""

    BUSY, PAUSE = 0.003, 0.003

    def __init__(self) -> None:
        self._since = time.perf_counter()

    def __call__(self) -> None:
        now = time.perf_counter()
        if now - self._since >= self.BUSY:
            time.sleep(self.PAUSE)
            self._since = time.perf_counter()


def json_text(obj: object, pause: Callable[[], None]) -> str:
    """json.dumps(obj, indent=1), made a piece at a time with pause() between pieces."""
    parts = []
    for n, piece in enumerate(json.JSONEncoder(indent=1, allow_nan=False).iterencode(obj)):
        parts.append(piece)
        if n % 256 == 0:
            pause()
    return "".join(parts)


class BackgroundWriter(QObject):
    # Emitted from the thread; this object lives in the GUI thread, so its slots run there.
    written = Signal(str)  # the path
    failed = Signal(str)  # the message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self.writes = 0  # files written so far (tests)

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def write(self, path: str, make_text: Callable[[], str]) -> bool:
        """Start writing make_text() to path; False if the last one is still being written.
        make_text must only read values nobody changes (immutable ones), and a long one
        should call a GilBreaks now and then."""
        if self.busy:
            return False
        self._thread = threading.Thread(target=self._write, args=(path, make_text),
                                        daemon=True, name="mlpviz-export")
        self._thread.start()
        return True

    def _write(self, path: str, make_text: Callable[[], str]) -> None:
        try:
            write_file(path, make_text())
        except (MlpvizError, MemoryError, ValueError) as e:  # ValueError: NaN in JSON
            self.failed.emit(str(e) or "not enough memory")
            return
        self.writes += 1
        self.written.emit(path)

    def wait(self, timeout: float | None = 30.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
