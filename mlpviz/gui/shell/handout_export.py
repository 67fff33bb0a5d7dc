"""File ▸ Export handout (PDF)…: `mlpviz handout` in a child process, which sets the
lesson's pages up in a window of its own, off screen (some 15 s); this window goes on
meanwhile, and says when the PDF is written or why it was not."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QProcess
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from .main_window import MainWindow


class HandoutExport(QObject):
    def __init__(self, window: MainWindow) -> None:
        """In `window`'s File menu, before Copy window; in its language."""
        super().__init__(window)
        self.model, self.dialogs = window.model, window.files.dialogs
        self.language = window.language
        self.action = QAction(self)
        self.action.triggered.connect(self.choose)
        window.menus.file.insertAction(window.action_set.copy_window, self.action)
        self.process: QProcess | None = None
        self.path = ""
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(self.tr("Export handout (PDF)…"))
        self.action.setToolTip(self.tr("The lesson on paper: each page with its picture and "
                                       "text, then the lecture's walkthrough, every number"))

    def choose(self) -> None:
        path = self.dialogs.save_name(self.tr("Export handout"), "handout.pdf",
                                      self.tr("PDF files (*.pdf)"))
        if path:
            self.write(path)

    def write(self, path: str) -> bool:
        """Start writing the handout to `path`, in the window's language."""
        if self.process is not None:
            self.model.report(self.tr("Still writing {0}").format(self.path))
            return False
        self.path = path
        self.process = QProcess(self)
        self.process.finished.connect(self._finished)
        self.process.start(sys.executable, ["-m", "mlpviz", "handout", path,
                                            "--lang", self.language.code])
        self.model.report(self.tr("Writing the handout: the lesson's pages are set up off "
                                  "screen…"), False)
        return True

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        if code == 0:
            self.model.report(self.tr("Saved {0}").format(self.path), False)
        else:
            said = bytes(process.readAllStandardError().data()).decode(errors="replace")
            lines = [line for line in said.splitlines() if line.strip()]
            self.model.report(self.tr("The handout was not written: {0}").format(
                lines[-1] if lines else code))
        process.deleteLater()
