"""File ▸ Record…: the window as it trains the next epochs, or as its walkthrough steps,
recorded to a GIF, WebP or MP4.

The window's session is saved to a scratch file and `mlpviz --record` opens it in a child
process, off screen, at the window's size, language and theme, and trains it there: the
window goes on meanwhile, and its progress dialog follows the child's progress bar. Cancel
stops the child, which writes its file only at the end: nothing half-written is left.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QInputDialog, QProgressDialog

from ...core.errors import MlpvizError
from ...core.files import write_file
from ...core.session.session_file import session_text
from .child_job import ChildJob

if TYPE_CHECKING:
    from .main_window import MainWindow

PERCENT = re.compile(rb"(\d+)%\|")


class RecordExport(ChildJob):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.progress: QProgressDialog | None = None
        self.scratch: str | None = None  # the folder of the session's scratch copy
        self.read = b""  # the child's stderr read so far (its progress bar)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Record…"))
        self.action.setToolTip(self.tr("The window as it trains the next epochs, as a GIF, "
                                       "WebP or MP4 film"))

    def choose(self) -> None:
        w = self.window
        path = w.files.dialogs.save_name(self.tr("Record"), "training.gif",
                                         self.tr("Animations (*.gif *.webp *.mp4)"))
        if not path:
            return
        if w.walkthrough.active:  # its steps, one a frame
            self.record(path, 0, len(w.walkthrough.steps))
            return
        epochs, ok = QInputDialog.getInt(w, self.tr("Record"),
                                         self.tr("Epochs to train and record:"), 300, 1,
                                         100_000)
        if ok:
            self.record(path, epochs)

    def record(self, path: str, epochs: int, steps: int = 0) -> bool:
        """Start recording the next `epochs` epochs to `path`, or with `steps` the
        walkthrough's first `steps` steps on the window's network."""
        w = self.window
        if self.process is not None:
            w.model.report(self.tr("Still recording {0}").format(self.path))
            return False
        session = w.model.saveable_session()
        if session is None:
            return False
        self.scratch = tempfile.mkdtemp(prefix="mlpviz-record-")
        scratch = Path(self.scratch) / "session.mlpviz"
        try:
            write_file(scratch, session_text(session, path=scratch))
        except MlpvizError as e:
            w.model.report(str(e))
            self._clean()
            return False
        self.start(path, [
            str(scratch), "--record", path,
            *(["--walk-steps", f"1-{steps}", "--fps", "2"] if steps
              else ["--epochs", str(epochs)]),
            "--size", f"{w.width()}x{w.height()}", "--lang", w.language.code,
            "--theme", w.themes.everyday, *(["--present"] if w.presentation.on else [])])
        assert self.process is not None, "start() made it"
        self.read = b""
        self.process.readyReadStandardError.connect(self._progress)
        self.progress = QProgressDialog(self.tr("Recording {0}…").format(path),
                                        self.tr("Cancel"), 0, 100, w)
        self.progress.setWindowTitle(self.tr("Record"))
        self.progress.canceled.connect(self.cancel)
        self.progress.show()
        return True

    def cancel(self) -> None:
        if self.process is not None:
            self.process.kill()  # (it writes only at the end: nothing is left)

    def _progress(self) -> None:
        if self.process is None or self.progress is None:
            return
        said = bytes(self.process.readAllStandardError().data())
        self.read += said  # (its last line says why, if it fails)
        found = PERCENT.findall(said)
        if found:
            self.progress.setValue(min(99, int(found[-1])))

    def ended(self, process: QProcess, written: bool, killed: bool) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        model = self.window.model
        if written:
            model.report(self.tr("Saved {0}").format(self.path), False)
        elif killed:
            model.report(self.tr("Recording cancelled: nothing was written"), False)
        else:
            model.report(self.tr("The recording was not written: {0}").format(
                self.said(process, self.read)))
        self._clean()

    def _clean(self) -> None:
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None
