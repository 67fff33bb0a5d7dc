"""A window for a run nobody watches (a screenshot, a benchmark, the first-paint probe)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from ...core.training.scenario import Scenario
from .main_window import MainWindow


@contextmanager
def headless_window(scenario: Scenario | None = None, **options: Any) -> Iterator[MainWindow]:
    """Fresh default settings, its own autosave and no questions asked, so a headless run
    neither reads nor changes the user's app; all of it lives in one scratch folder that
    goes when the window does, so nothing is left in the temp folder."""
    with tempfile.TemporaryDirectory(prefix="mlpviz-") as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(scenario, settings=settings, restore_layout=False,
                            autosave_folder=Path(scratch),
                            ask=lambda *_: False, **options)
        try:
            yield window
        finally:
            window.shutdown()
            window.files.stop_autosave()  # its lock goes while its folder is still there
            settings.sync()  # written now, while its folder is still there
