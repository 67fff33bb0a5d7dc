"""The file dialogs of the File menu, opening where the user was last: the folder of the last
file chosen (remembered in the settings), else their documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


class FileDialogs:
    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        self.parent, self.settings = parent, settings

    def open_name(self, title: str, pattern: str) -> str:
        """The file to open, or "" if the user cancelled."""
        path, _ = QFileDialog.getOpenFileName(self.parent, title, self._where(), pattern)
        return self._used(path) if path else ""

    def save_name(self, title: str, name: str, pattern: str) -> str:
        """The file to write (`name`: the one proposed), or "" if the user cancelled."""
        path, _ = QFileDialog.getSaveFileName(self.parent, title, self._where(name), pattern)
        return self._used(path) if path else ""

    def _where(self, name: str = "") -> str:
        folder = str(self.settings.value("last_folder", "") or "")
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / name) if name else folder

    def _used(self, path: str) -> str:
        self.settings.setValue("last_folder", str(Path(path).resolve().parent))
        return path
