"""Process-wide Qt set-up done once before the window: platform, messages, pyqtgraph."""

from __future__ import annotations

import atexit
import contextlib
import gc
import json
import logging
import os
import signal
import socket
import sys
import tempfile
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSocketNotifier,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

# Qt's offscreen plugin says these for every dock widget and raised window; they mean
# nothing to a user.
KNOWN_NOISE = ("This plugin does not support propagateSizeHints()",
               "This plugin does not support raise()",
               # a C locale (LANG unset: a bare session, a service): Qt says it uses C.UTF-8
               "Detected locale \"C\" with character encoding")


LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
          QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
          QtMsgType.QtFatalMsg: logging.CRITICAL}


def _message_handler(kind: QtMsgType, context, message: str) -> None:
    """Qt's messages into the log (warnings and worse also on stderr, one line each); a
    critical one also to the error dialog, where the window set one up."""
    if any(noise in message for noise in KNOWN_NOISE):
        return
    logging.getLogger("mlpviz.qt").log(LEVELS.get(kind, logging.WARNING), "%s", message)
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        from .crash_report import reporter

        found = reporter()
        if found is not None:
            found.qt_message(message)


def install_message_filter() -> None:
    qInstallMessageHandler(_message_handler)


def has_display() -> bool:
    """Whether Qt can open a window: a platform was chosen, or X11/Wayland is there (Qt
    itself would abort the process without one)."""
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY")
                or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("darwin", "win32"))


def screenshot_on_display() -> bool:
    """Whether a screenshot is drawn on the real X11/Wayland display rather than offscreen:
    only there do the 3-D views have OpenGL. A platform chosen in QT_QPA_PLATFORM wins."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return not chosen.startswith(("offscreen", "minimal"))
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def share_gl_resources() -> None:
    """One OpenGL share group for the whole application, set before the QApplication exists:
    pyqtgraph.opengl compiles each shader once per class, so a second 3-D view (the lab's,
    then the quiver's), in a context of its own, would use a program it cannot see."""
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def use_offscreen(width: int, height: int) -> None:
    """Render without a display on a virtual screen at least width × height (the offscreen
    plugin's own screen is 800×800, too small for a full-size window)."""
    config = {"screens": [{"name": "mlpviz", "x": 0, "y": 0, "width": max(width, 1920),
                           "height": max(height, 1080), "logicalDpiX": 96,
                           "logicalDpiY": 96, "dpr": 1}]}
    fd, path = tempfile.mkstemp(prefix="mlpviz-screen-", suffix=".json")
    with os.fdopen(fd, "w") as f:
        json.dump(config, f)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"
    atexit.register(_remove, path)  # Qt reads it when the application starts


def offscreen_application(width: int, height: int) -> QApplication:
    """The application for a window that is never shown on a screen (the handout, the
    benches): offscreen at least width × height, Qt's messages filtered, the GIL shared as
    the app shares it, pyqtgraph set up, and the Hangul font where the system has none."""
    use_offscreen(width, height)
    install_message_filter()
    share_the_gil()
    app = QApplication.instance() or QApplication(["mlpviz"])
    configure_pyqtgraph()
    from .hangul_font import hangul_font

    hangul_font()
    return cast(QApplication, app)  # (instance() is typed as the core application)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


def configure_pyqtgraph() -> None:
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major", background="w",
                        foreground="k")


def collect_garbage_in_gui_thread() -> None:
    """Python's cyclic collector runs in whatever thread allocates when a threshold is
    reached. On a worker thread, freeing Qt wrappers deadlocked against the GUI thread (the
    GIL one way, Qt's connection mutex the other: seen with Quiz 03's thread in a test). With
    pyqtgraph's GarbageCollector the collector runs on the GUI thread's timer instead, once
    a second, as pyqtgraph recommends for threaded Qt programs. Idempotent."""
    from pyqtgraph.util.garbage_collector import GarbageCollector
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None and getattr(app, "mlpviz_gc", None) is None:
        # An attribute of our own on the process-wide application object.
        app.mlpviz_gc = GarbageCollector(interval=1.0)  # type: ignore[attr-defined]


def freeze_the_heap(owner: QObject) -> None:
    """Once the window stands: everything made so far (modules, widgets, their wrappers)
    lives as long as the app, so the collector stops walking it (gc.freeze). A full
    collection in the GUI thread took up to 300 ms with a big heap, a stall the user sees.
    What is frozen is never collected while it stays so: `thaw_the_heap` gives it back once
    the last `owner` that froze it is gone (the freeze is the process's, not a window's)."""
    _heap_owners().add(id(owner))
    gc.freeze()


def thaw_the_heap(owner: QObject) -> None:
    """`owner` (a window) is gone: once no other holds the heap frozen, what was frozen may
    be collected again. Without this a process that opens windows one after another (the
    test suite) kept every earlier window's plots and menus, 25,000 widgets, each sent every
    font and language change; thawed while another window still stood, that window's heap
    went back to being walked by every collection."""
    owners = _heap_owners()
    owners.discard(id(owner))
    if not owners:
        gc.unfreeze()


def _heap_owners() -> set[int]:
    """The windows holding the heap frozen, kept on the application (it is process-wide)."""
    app = QCoreApplication.instance()
    owners = getattr(app, "mlpviz_heap_owners", None)
    if owners is None:
        owners = set()
        if app is not None:
            # An attribute of our own on the process-wide application object.
            app.mlpviz_heap_owners = owners  # type: ignore[attr-defined]
    return owners


def share_the_gil() -> None:
    """Hand the GIL over within 1 ms instead of 5 ms, so the GUI thread gets it quickly
    while the worker runs NumPy on tiny arrays."""
    sys.setswitchinterval(0.001)


def close_on_interrupt(window: QWidget, close: Callable[[], object] | None = None) -> None:
    """Ctrl+C in the terminal, or SIGTERM, closes the window the way its close button does
    (autosave removed, layout saved, worker stopped; `close`, if the window's own close
    would ask first: a terminal's Ctrl+C has nobody to answer), and the process exits 0.
    Python runs a signal handler only when it gets control, which Qt's event loop never
    gives it by itself: the signal's wake-up byte on a socket pair makes Qt call back into
    Python."""
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        _ = writer  # kept alive as long as the notifier

    notifier.activated.connect(drain)
    # Python may run the handler in the middle of anything, a paint included: the close
    # itself waits for the event loop.
    for stop in (signal.SIGINT, signal.SIGTERM):  # a polite kill closes it the same way
        signal.signal(stop, lambda *_: QTimer.singleShot(0, close or window.close))
