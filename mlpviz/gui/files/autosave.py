"""Autosave without costing a frame, one file per running instance.

The session is turned into text and written on a thread of its own, and its points only when
they have changed (a session of ten thousand points is half a megabyte of text; a big CSV's
points are referred to, not copied, anyway).

Each instance writes its own `autosave-<id>.mlpviz` in the autosave folder and holds a lock
file beside it (QLockFile) while it runs. A lock whose process is gone is stale: its autosave
is what a crashed or killed instance left, and only those are offered for restoring. A clean
close removes the instance's own file and lock, nobody else's.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

from ...core.session.session_file import Session, data_text, session_text
from ..kit.background_writer import BackgroundWriter


class Autosaver(QObject):
    """A BackgroundWriter for the autosave file that keeps the points' text between saves."""

    failed = Signal(str)  # said in the GUI thread (a signal of this GUI-thread object)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.writer = BackgroundWriter(self)
        self.writer.failed.connect(self.failed)
        self._data: tuple[int, str] | None = None  # (data version, its text)
        self.data_texts = 0  # times the points were turned into text (tests)
        # a restored autosave, removed once this one is on disk (a crash before that
        # would otherwise leave nothing to restore)
        self.replaces: Path | None = None
        self.writer.written.connect(self._written)

    def _written(self, _path: str) -> None:
        self.retire_replaced()

    def retire_replaced(self) -> None:
        if self.replaces is not None:
            with contextlib.suppress(OSError):
                self.replaces.unlink(missing_ok=True)
            self.replaces = None

    @property
    def busy(self) -> bool:
        return self.writer.busy

    @property
    def saves(self) -> int:
        return self.writer.writes

    def save(self, session: Session, data_version: int) -> bool:
        """Start writing `session`; False if the last save is still being written."""
        return self.writer.write(str(self.path), lambda: self._text(session, data_version))

    def _text(self, session: Session, data_version: int) -> str:
        if self._data is None or self._data[0] != data_version:
            self._data = (data_version, data_text(session))
            self.data_texts += 1
        return session_text(session, self._data[1])

    def wait(self, timeout: float | None = 5.0) -> None:
        self.writer.wait(timeout)


class AutosaveSlot:
    """This instance's autosave file and lock in `folder`, and the files of instances that
    are gone."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        name = f"autosave-{os.getpid()}-{secrets.token_hex(4)}"
        self.path = folder / f"{name}.mlpviz"
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(folder / f"{name}.lock"))
        self._lock.tryLock(0)  # a folder we cannot write: autosave will say so when it fails

    def orphans(self) -> list[Path]:
        """Autosaves whose instance is not running, newest first."""
        found = []
        for path in self.folder.glob("autosave*.mlpviz"):  # and an old version's autosave
            if path == self.path:
                continue
            lock = QLockFile(str(path.with_suffix(".lock")))
            lock.setStaleLockTime(0)  # held by a live process: never stale, however old
            if lock.tryLock(0):  # its owner is gone (or never locked: an old version's)
                lock.unlock()
                found.append(path)
        return sorted(found, key=_mtime, reverse=True)

    def keep_aside(self, path: Path) -> Path:
        """An autosave that could not be restored (its data file moved, say): out of the
        offers, but kept, under a name that says so."""
        kept = path.with_name("unrestored-" + path.name)
        try:
            os.replace(path, kept)
        except OSError:
            return path
        return kept

    def release(self) -> None:
        """A clean close: this instance's file and lock go."""
        self.path.unlink(missing_ok=True)
        self._lock.unlock()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
