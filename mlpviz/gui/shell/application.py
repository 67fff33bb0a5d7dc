"""The application object: QApplication, plus the files the desktop asks it to open.

On macOS, Finder does not pass a double-clicked session as an argument: it sends the
application a QFileOpenEvent (also while it runs). Those arrive at the application object's
own event(), which a subclass sees without filtering every event of every widget; files
that come before the window exists wait for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class MlpvizApplication(QApplication):
    file_opened = Signal(str)  # a path the desktop asked to open

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self._waiting: list[str] = []
        self._receivers = 0

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                if self._receivers:
                    self.file_opened.emit(path)
                else:
                    self._waiting.append(path)
                return True
        return super().event(event)

    def open_files_with(self, open_file: Callable[[str], object]) -> None:
        """`open_file` (the window's Open) opens what the desktop asks from now on, and what
        it asked before there was a window."""
        self.file_opened.connect(open_file)
        self._receivers += 1
        waiting, self._waiting = self._waiting, []
        for path in waiting:
            open_file(path)
