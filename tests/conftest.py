"""Shared fixtures. Qt must run offscreen: set before any QApplication exists."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LECTURE_NET = ROOT / "resources" / "examples" / "lecture_2_2_1.json"


@pytest.fixture
def lecture_net():
    from mlpviz.core.nn.netfile import load_network

    return load_network(LECTURE_NET)


@pytest.fixture
def window(qtbot, tmp_path):
    """The real main window, offscreen, with its settings in a temporary file."""
    from PySide6.QtCore import QSettings

    from mlpviz.gui import qt_setup
    from mlpviz.gui.main_window import MainWindow

    qt_setup.install_message_filter()
    qt_setup.configure_pyqtgraph()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, restore_layout=False,
                     autosave_path=tmp_path / "autosave.mlpviz", ask=lambda *_: False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.model.snapshot is not None, timeout=5000)
    yield win
    win.shutdown()
