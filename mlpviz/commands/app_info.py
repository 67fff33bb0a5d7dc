"""`mlpviz --info`: what a bug report needs, in plain lines: versions, where mlpviz keeps
its files (settings, autosaves, log, the compiled kernels), which code trains, the display
platform and the Hangul font.

Qt is started offscreen for the paths and fonts it alone knows (QSettings, QStandardPaths,
the font database): --info works without a display, and says what the window would use."""

from __future__ import annotations

import importlib
import importlib.util
import os
import platform
import sys
from pathlib import Path

from .. import __version__
from ..core.app_log import log_file
from ..core.own_process import frozen
from ..core.training import compiled, kernel_cache

LIBRARIES = {"NumPy": "numpy", "Numba": "numba", "PySide6": "PySide6",
             "pyqtgraph": "pyqtgraph", "PyOpenGL": "OpenGL", "Pillow": "PIL"}


def _version(module: str) -> str:
    """The module's own __version__ (a bundle carries no package metadata)."""
    try:
        return str(importlib.import_module(module).__version__)
    except Exception:  # not installed, or failing to import: either is worth reporting
        return "not installed"


def training_path() -> str:
    """Which code trains, as far as can be told without training."""
    if os.environ.get("MLPVIZ_NO_JIT"):
        return "NumPy (MLPVIZ_NO_JIT is set)"
    if importlib.util.find_spec("numba") is None:
        return "NumPy (Numba is not installed)"
    if kernel_cache.prepare().how == "none":
        return "NumPy (no folder can hold the compiled kernels)"
    if compiled.cache_is_warm():
        return "compiled kernels (Numba), ready in the cache"
    return ("compiled kernels (Numba), compiled on the first start (some seconds; NumPy "
            "trains meanwhile)")


def display_platform() -> str:
    """The platform the window would open on (Qt's choice, from the environment)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return f"{chosen.split(':')[0]} (QT_QPA_PLATFORM)"
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    if os.environ.get("WAYLAND_DISPLAY"):
        return f"wayland ({os.environ['WAYLAND_DISPLAY']})"
    if os.environ.get("DISPLAY"):
        return f"xcb (DISPLAY={os.environ['DISPLAY']})"
    return "none: no DISPLAY or WAYLAND_DISPLAY (the window cannot open; --screenshot can)"


def window_paths() -> tuple[Path, Path]:
    """(the settings file, the autosave folder) the window uses, from an offscreen
    application named as the window's is (Qt alone knows them; no display needed)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from ..gui.kit.qt_setup import install_message_filter

    install_message_filter()  # (Qt's notes on a C locale and the like: into the log)
    app = QGuiApplication.instance() or QGuiApplication(["mlpviz", "-platform", "offscreen"])
    app.setApplicationName("mlpviz")
    app.setOrganizationName("mlpviz")
    from ..gui.files.file_actions import default_autosave_folder

    return Path(QSettings("mlpviz", "mlpviz").fileName()), default_autosave_folder()


def _qt_part() -> list[tuple[str, str]]:
    settings, autosaves = window_paths()
    from ..gui.kit.hangul_font import hangul_font

    family, source = hangul_font()
    font = {"system": f"{family} (installed)", "bundled": f"{family} (shipped with mlpviz)",
            "none": "none (Korean text shows as boxes)"}[source]
    return [("settings", str(settings)), ("autosaves", str(autosaves)),
            ("Hangul font", font)]


def info_lines() -> list[str]:
    cache = kernel_cache.prepare()
    kernels = f"{cache.folder or 'none'} ({cache.how})"
    if cache.shipped:
        kernels += f"; shipped: {cache.shipped}"
    if cache.cpu:
        kernels += f"; CPU {cache.cpu}"
    rows = [("mlpviz", f"{__version__} ({'bundle' if frozen() else 'Python package'}: "
                       f"{sys.executable})"),
            ("Python", f"{platform.python_version()} ({platform.platform()})"),
            ("libraries", ", ".join(f"{name} {_version(module)}"
                                    for name, module in LIBRARIES.items())),
            ("training", training_path()),
            ("display", display_platform()),
            *_qt_part(),
            ("log", str(log_file())),
            ("kernel cache", kernels)]
    width = max(len(name) for name, _ in rows)
    return [f"{name + ':':<{width + 1}} {value}" for name, value in rows]
