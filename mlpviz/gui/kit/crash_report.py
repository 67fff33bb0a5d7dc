"""Uncaught errors in the window: into the log, and to the error dialog.

PySide6 hands an exception raised in a slot (a menu action, a button, a timer) to
sys.excepthook and goes on. Python's own hook printed the traceback to a terminal, which a
window started from a menu, or `mlpviz-gui` on Windows, does not have: the error vanished.
Here it is logged with its traceback and reported to the window, which shows its error
dialog (one sentence; the report behind Details…, with Copy report). Threads of our own
(threading.excepthook) and Qt's critical messages go the same way.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger("mlpviz")


class CrashReporter(QObject):
    """Process-wide (it owns sys.excepthook): one for the application, from `reporter()`.
    `crashed` is emitted in whatever thread failed; a slot of a GUI-thread object runs in
    the GUI thread (a queued connection)."""

    crashed = Signal(str)  # the report: the traceback

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """The hooks as they were (a test's end); `reporter()` finds none after."""
        sys.excepthook, threading.excepthook = self._previous
        app = QCoreApplication.instance()
        if getattr(app, "mlpviz_crash_reporter", None) is self:
            del app.mlpviz_crash_reporter  # type: ignore[union-attr]

    def excepthook(self, kind: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C is the signal handler's
            self._previous[0](kind, value, tb)
            return
        log.error("%s: %s", kind.__name__, value, exc_info=(kind, value, tb))
        self.crashed.emit("".join(traceback.format_exception(kind, value, tb)))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def qt_message(self, message: str) -> None:
        """A critical message of Qt's (logged by the message handler already)."""
        self.crashed.emit(f"Qt: {message}")


def reporter() -> CrashReporter | None:
    """The application's reporter, if `report_crashes` installed one."""
    app = QCoreApplication.instance()
    return getattr(app, "mlpviz_crash_reporter", None)


def report_crashes(show: Callable[[str], object]) -> CrashReporter:
    """Install the hooks (once for the application) and send every report to `show` (a
    method of a GUI-thread object: the window's dialogs)."""
    found = reporter()
    if found is None:
        found = CrashReporter(QCoreApplication.instance())
        found.install()
        # An attribute of our own on the process-wide application object.
        QCoreApplication.instance().mlpviz_crash_reporter = found  # type: ignore[union-attr]
    found.crashed.connect(show)
    return found
