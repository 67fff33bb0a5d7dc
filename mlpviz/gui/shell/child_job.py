"""A File menu action whose work is `mlpviz …` in a child process (the handout,
a recording): the child sets the lesson or the session up in a window of its own, off
screen, while this window goes on; when it ends, the window says so, or why not in the
child's own one line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QProcess
from PySide6.QtGui import QAction

from ...core.own_process import own_command

if TYPE_CHECKING:
    from .main_window import MainWindow


class ChildJob(QObject):
    def __init__(self, window: MainWindow) -> None:
        """Its action in `window`'s File menu, before Copy window; in its language."""
        super().__init__(window)
        self.window = window
        self.action = QAction(self)
        self.action.triggered.connect(self.choose)
        window.menus.file.insertAction(window.action_set.copy_window, self.action)
        self.process: QProcess | None = None
        self.path = ""  # what the child writes
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """The action's texts (each job its own)."""

    def choose(self) -> None:
        """The action: ask what is needed, then start()."""

    def start(self, path: str, args: list[str]) -> None:
        self.path = path
        self.process = QProcess(self)
        self.process.finished.connect(self._ended)
        program, *arguments = own_command(*args)  # (a bundle is its own program)
        self.process.start(program, arguments)

    def _ended(self, code: int, status: QProcess.ExitStatus) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        self.ended(process, status == QProcess.ExitStatus.NormalExit and code == 0,
                   status == QProcess.ExitStatus.CrashExit)
        process.deleteLater()

    def ended(self, process: QProcess, written: bool, killed: bool) -> None:
        """Say how it ended (each job its own words)."""

    @staticmethod
    def said(process: QProcess, earlier: bytes = b"") -> str:
        """The child's own one line of why (its last "mlpviz: …"), or its last line;
        `earlier`: what of its stderr was read already."""
        text = (earlier + bytes(process.readAllStandardError().data())).decode(
            errors="replace")
        lines = [line for line in text.splitlines() if line.strip()]
        ours = [line.removeprefix("mlpviz: ") for line in lines if line.startswith("mlpviz:")]
        return ours[-1] if ours else lines[-1] if lines else ""
