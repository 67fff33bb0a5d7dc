"""The log: Python's logging to a rotating file in the user's log folder, and warnings as
one line on stderr.

Why a file: a window started from a menu, or as `mlpviz-gui` on Windows, has no terminal;
what went wrong there was lost. The file is what a bug report attaches (its path is in
About and in `mlpviz --info`). It refuses to write through a link (a log folder is a
fixed, guessable place), and when the folder cannot be written, logging goes on to stderr
alone: nothing fails for want of a log.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

from .files import short

LOGGER = "mlpviz"
LOG_NAME = "mlpviz.log"
MAX_BYTES = 1_000_000  # then mlpviz.log.1 … .3
BACKUPS = 3
FILE_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def log_folder() -> Path:
    """MLPVIZ_LOG_DIR when set (the tests' own), else the platform's user log folder."""
    given = os.environ.get("MLPVIZ_LOG_DIR", "")
    if given:
        return Path(given)
    import platformdirs

    return Path(platformdirs.user_log_dir("mlpviz", appauthor=False))


def log_file() -> Path:
    return log_folder() / LOG_NAME


class NoLinkFileHandler(RotatingFileHandler):
    """A rotating, appending file handler that will not open a symbolic link (O_NOFOLLOW):
    a link planted in the log folder cannot make mlpviz append to another file."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)


class OneLine(logging.Formatter):
    """`mlpviz: message` on one line, however long: the command line's way of speaking."""

    def format(self, record: logging.LogRecord) -> str:
        return "mlpviz: " + short(record.getMessage(), 300)


class StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever sys.stderr is at the time (a test's capture, or devnull for
    mlpviz-gui), never to the stream that was there when logging started."""

    @property  # type: ignore[override]
    def stream(self) -> TextIO | None:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO | None) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


class _Log:
    """What logging was started with, once a process."""

    file: Path | None = None
    started = False


def start_logging() -> Path | None:
    """Log to the file (INFO and up, tracebacks included) and warnings to stderr; the file
    logged to, or None when none can be written. Once a process; later calls do nothing."""
    if _Log.started:
        return _Log.file
    _Log.started = True
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    stderr = StderrHandler()
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(OneLine())
    logger.addHandler(stderr)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = NoLinkFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                    encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    logger.addHandler(handler)
    _Log.file = path
    return path


def logged_to() -> Path | None:
    """The file logged to, if any (for About and the crash report)."""
    return _Log.file
