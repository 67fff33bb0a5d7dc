"""The window, in rooms whose imports point one way (docs/architecture.md):

    bench → shell → runtime → diagram | views | walkthrough | files | labs → kit

`from mlpviz.gui import MainWindow` is the window's public place; it is imported on first
use, so `mlpviz.gui.kit.qt_setup` can set Qt up before any widget module loads."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from .shell.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["MainWindow"]
