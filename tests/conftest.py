"""Shared fixtures. Qt must run offscreen: set before any QApplication exists, on a virtual
screen as large as a lecture hall's projector (the offscreen plugin's own is 800×800, which
would clip the windows the layout tests size). Set whatever the caller's environment says:
with QT_QPA_PLATFORM=offscreen already there, the tests ran on the 800×800 screen and the
layout tests failed in every full run (tests/on_display alone runs on the real display)."""

import json
import os
import tempfile
from pathlib import Path

_SCREEN = Path(tempfile.mkstemp(prefix="mlpviz-test-screen-", suffix=".json")[1])
_SCREEN.write_text(json.dumps({"screens": [{"name": "test", "x": 0, "y": 0, "width": 2560,
                                            "height": 1440, "logicalDpiX": 96,
                                            "logicalDpiY": 96, "dpr": 1}]}))
# The tests' log (and their children's) is their own, not the user's.
os.environ["MLPVIZ_LOG_DIR"] = tempfile.mkdtemp(prefix="mlpviz-test-log-")
if not os.environ.get("MLPVIZ_ON_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

import pytest  # noqa: E402

from mlpviz.core.training import kernel_cache  # noqa: E402
from mlpviz.gui.kit import qt_setup  # noqa: E402

qt_setup.share_gl_resources()  # as the app does, before pytest-qt makes the QApplication
# Where Numba's cache is, chosen as the app chooses it, before a test imports the kernels
# directly (compiled_kernels): otherwise Numba would write beside the source.
kernel_cache.prepare()

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def qapp_cls():
    """The app's own QApplication (pytest-qt makes it): the desktop's file-open events."""
    from mlpviz.gui.shell.application import MlpvizApplication

    return MlpvizApplication
# tests/on_display runs in a child pytest on a real X server (tests/test_surface3d.py starts
# it), where OpenGL works; the offscreen session skips it.
collect_ignore = [] if os.environ.get("MLPVIZ_ON_DISPLAY") else ["on_display"]
# tests/stress runs in a child pytest too (tests/test_stress_window.py), in a fresh process.
if not os.environ.get("MLPVIZ_STRESS"):
    collect_ignore.append("stress")
# Seconds that tell "at once" from "waited for the work" (a blocking read, a run that was not
# interrupted): generous, so a loaded machine passes; the speeds themselves are bench's.
AT_ONCE = 3.0
LECTURE_NET = ROOT / "mlpviz" / "share" / "examples" / "lecture.json"


@pytest.fixture
def lecture_net():
    from mlpviz.core.nn.netfile import load_network

    return load_network(LECTURE_NET)


def make_window(qtbot, tmp_path, size=(1280, 800), language=None, restore_layout=False,
                settings_name="settings.ini", pace="max"):
    """The real main window, offscreen, at `size`, with its settings in a temporary file;
    shut down when the test ends. Play runs as fast as it can unless `pace` says otherwise
    (the app's own default is Playground's: tests would wait for it)."""
    from PySide6.QtCore import QSettings

    from mlpviz.gui.kit import qt_setup
    from mlpviz.gui.shell.main_window import MainWindow

    qt_setup.install_message_filter()
    qt_setup.configure_pyqtgraph()
    settings = QSettings(str(tmp_path / settings_name), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, restore_layout=restore_layout,
                     autosave_folder=tmp_path / "autosave", ask=lambda *_: False,
                     language=language, pace=pace)
    qtbot.addWidget(win)
    if not restore_layout:
        win.resize(*size)
    win.show()
    qtbot.waitUntil(lambda: win.model.snapshot is not None, timeout=5000)
    qtbot.wait(50)  # the first layout settles
    _open_windows.append(win)
    return win


_open_windows: list = []


def written(qtbot, window, call, *args, timeout=30_000):
    """Save or export through the window (written on a thread) and wait until it is."""
    with qtbot.waitSignal(window.files.writer.written, timeout=timeout):
        assert call(*args) is not False


def pytest_unconfigure(config):
    _SCREEN.unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def _shut_windows():
    yield
    if not _open_windows:
        return
    while _open_windows:
        _open_windows.pop().shutdown()
    # pytest-qt has closed them and called deleteLater; an open message box kept one alive
    # into later tests (each then sent every font and language change): delete them now.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot, tmp_path):
    """The real main window at 1280×800."""
    return make_window(qtbot, tmp_path)


def drop(target, mime) -> tuple[bool, bool]:
    """Drag `mime` onto the widget `target` and drop it there, as Qt delivers a drop (the
    drop goes to whoever took the DragEnter); whether each was accepted."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return enter.isAccepted(), event.isAccepted()
