"""The File menu's work: sessions (.mlpviz) with recent files and autosave, the user's own
data as CSV, and pictures of the views. Every failure becomes a message; the current state
is kept whenever a file is bad."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.data.csvio import CsvData, format_csv
from ...core.data.digits import INK, PIXELS
from ...core.errors import MlpvizError
from ...core.files import exists
from ...core.nn.netfile import FORMAT as NETWORK_FORMAT
from ...core.nn.netfile import network_from_dict, network_text, read_json_file
from ...core.nn.network_edit import check_window_size
from ...core.session.session_file import FORMAT as SESSION_FORMAT
from ...core.session.session_file import Session, load_session, session_text
from ...core.session.setup_link import looks_like_link
from ...model.session import SessionModel
from ...report.numpy_script import session_script
from ..kit import export
from ..kit.background_writer import BackgroundWriter
from .autosave import Autosaver, AutosaveSlot
from .csv_loading import CsvLoader
from .file_dialogs import FileDialogs
from .links import LinkActions

AUTOSAVE_MS = 5000
MAX_RECENT = 8
SESSION_FILTER = "mlpviz session (*.mlpviz)"


def default_autosave_folder() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation) or Path.home() / ".mlpviz")


class FileActions(QObject):
    """`parent`: the window, for the dialogs (and the picture of it); `pictures`: how to
    write each view's picture to a path, by the keys of the Export picture menu."""

    recent_changed = Signal(list)  # the recent sessions, newest first
    session_saved = Signal(str)  # Save session's file, written

    def __init__(self, parent: QWidget, model: SessionModel, settings: QSettings,
                 pictures: dict[str, Callable[[str], None]],
                 autosave_folder: Path | None = None,
                 ask: Callable[[str, str], bool] | None = None) -> None:
        super().__init__(parent)
        self.parent_widget, self.model, self.settings = parent, model, settings
        self.pictures = pictures
        self.dialogs = FileDialogs(parent, settings)
        self.links = LinkActions(parent, model, self._fail)
        self.autosave_slot = AutosaveSlot(autosave_folder or default_autosave_folder())
        self.autosave_path = self.autosave_slot.path
        self.ask = ask or self.default_ask
        self._saved_serial = -1
        self.last_message: QMessageBox | None = None
        self.csv = CsvLoader(self)
        self.csv.progress.connect(self._csv_progress)
        self.csv.failed.connect(self._csv_failed)
        self.csv.loaded.connect(self._csv_loaded)
        self.autosaver = Autosaver(self.autosave_path, self)
        self.writer = BackgroundWriter(self)  # Save and Export: off the GUI thread
        self.writer.written.connect(self._written)
        self.writer.failed.connect(self._write_failed)
        self._writing = ("", "")  # (path, kind) of the file being written
        self.autosaver.failed.connect(self._autosave_failed)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)

    # -- helpers -------------------------------------------------------------------------
    def default_ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent_widget, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _fail(self, title: str, error: Exception) -> None:
        """Say what went wrong in a message that does not block the window (nor a test):
        plain text (a file name is no markup), deleted when closed."""
        self.model.report(str(error))
        box = QMessageBox(QMessageBox.Icon.Warning, title, str(error),
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box

    # -- sessions ------------------------------------------------------------------------
    def save_session_as(self) -> None:
        path = self.dialogs.save_name(self.tr("Save session"), "session.mlpviz",
                               self.tr(SESSION_FILTER))
        if path:
            self.save_session(path)

    def save_session(self, path: str) -> bool:
        """Start saving (written on a thread: a disk busy with other work can take seconds
        to flush, and the window must not wait); Recent and the status bar are told once
        it is written. False if it could not start."""
        s = self.model.saveable_session()
        if s is None:
            return False
        return self._write(path, "session", lambda: session_text(s, path=path))

    def _write(self, path: str, kind: str, make_text: Callable[[], str]) -> bool:
        if not self.writer.write(path, make_text):
            self.model.report(self.tr("Still writing {0}").format(self._writing[0]))
            return False
        self._writing = (path, kind)
        return True

    def _written(self, path: str) -> None:
        kind = self._writing[1]
        if kind == "session":
            self.add_recent(path)
            self.session_saved.emit(path)
        if kind in ("session", "network"):
            self._report_saved(path)
        else:
            self.model.report(self.tr("Saved {0}").format(path), False)

    def _write_failed(self, text: str) -> None:
        titles = {"session": self.tr("Cannot save the session"),
                  "network": self.tr("Cannot save network"),
                  "csv": self.tr("Cannot export the data"),
                  "script": self.tr("Cannot export the script")}
        self._fail(titles[self._writing[1]], MlpvizError(text))

    def _report_saved(self, path: str) -> None:
        snap = self.model.snapshot
        if snap is not None and snap.fallback is not None:
            self.model.report(self.tr(
                "Saved {0}, with the weights of epoch {1}: training had diverged, and a file "
                "of NaN weights could not be opened again").format(path, snap.fallback.epoch),
                False)
        else:
            self.model.report(self.tr("Saved {0}").format(path), False)

    def open_session_dialog(self) -> None:
        path = self.dialogs.open_name(self.tr("Open session"), self.tr(SESSION_FILTER))
        if path:
            self.open_session(path)

    def open_session(self, path: str) -> bool:
        """Open a session file; a bad or foreign file leaves the current state as it is."""
        try:
            s = load_session(path)
            check_window_size(s.network)
        except MlpvizError as e:
            self._fail(self.tr("Cannot open the session"), e)
            return False
        self.apply_session(s, path)  # added to Recent when the worker has taken it
        return True

    def open_any(self, path: str) -> bool:
        """Open what `mlpviz FILE` or a drop on the window names: a session, a network or
        CSV data, told apart by the file itself (its format field), not only its suffix."""
        if Path(path).suffix.lower() == ".csv":
            return self.import_csv(path)
        try:
            kind = read_json_file(path).get("format") if exists(path) else None
        except AttributeError:  # JSON, not an object
            kind = None
        except MlpvizError as e:
            if "invalid JSON at line 1, column 1" not in str(e) and "UTF-8" not in str(e):
                self._fail(self.tr("Cannot open the file"), e)  # JSON, and what is wrong
                return False
            kind = None
        if kind == SESSION_FORMAT:
            return self.open_session(path)
        if kind == NETWORK_FORMAT:
            return self.load_network_file(path)
        reason = self.tr("no such file") if not exists(path) else self.tr(
            "not an mlpviz session, network or CSV file")
        self._fail(self.tr("Cannot open the file"), MlpvizError(f"{path}: {reason}"))
        return False

    def take_drops(self) -> None:
        """Files dropped anywhere on the window open as with `mlpviz FILE`. The views take
        drops for their scenes (QGraphicsView does by default) and would swallow them, so
        every widget that takes drops passes file drops here."""
        window = self.parent_widget
        window.setAcceptDrops(True)
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.acceptDrops():
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A drop of files opens the first local one of them."""
        if isinstance(event, QDropEvent):  # (a drag entering or moving is one too)
            mime = event.mimeData()
            paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            link = "" if paths else next(
                (t for t in [*(u.toString() for u in mime.urls()), mime.text()]
                 if looks_like_link(t)), "")
            if paths or link:
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:  # opened after the drop
                    QTimer.singleShot(0, self, lambda: self.open_any(paths[0]) if paths
                                      else self.links.open_link(link))
                return True
        return super().eventFilter(watched, event)

    def apply_session(self, s: Session, path: str = "") -> None:
        self.model.pause()
        self.model.data.load_session(s, path)
        for key, value in s.view.items():
            self.model.set_option(key, value)

    # -- the network alone ---------------------------------------------------------------
    def open_network_dialog(self) -> None:
        path = self.dialogs.open_name(self.tr("Open network"), self.tr("Network (*.json)"))
        if path:
            self.load_network_file(path)

    def load_network_file(self, path: str) -> bool:
        try:
            net = network_from_dict(read_json_file(path), path)
            check_window_size(net)
        except MlpvizError as e:
            self._fail(self.tr("Cannot open network"), e)
            return False
        self.model.network.load(net)
        return True

    def save_network_dialog(self) -> None:
        path = self.dialogs.save_name(self.tr("Save network"), "network.json",
                               self.tr("Network (*.json)"))
        if path:
            self.save_network_file(path)

    def save_network_file(self, path: str) -> None:
        snap = self.model.snapshot
        if snap is None:
            return
        net = snap.saveable()[0]
        self._write(path, "network", lambda: network_text(net))

    # -- recent files --------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value("recent_sessions", [])
        items = [value] if isinstance(value, str) else \
            list(value) if isinstance(value, (list, tuple)) else []
        return [p for p in items if isinstance(p, str)]

    def add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        items = ([path] + [p for p in self.recent() if p != path])[:MAX_RECENT]
        self.settings.setValue("recent_sessions", items)
        self.recent_changed.emit(items)

    # -- autosave ------------------------------------------------------------------------
    def start_autosave(self) -> None:
        """Offer to restore what an instance that crashed or was killed autosaved (never a
        running one's), newest first until one is taken; then autosave every few seconds.
        An offer declined is removed; one taken, once this window's own autosave is on disk;
        one that cannot be restored is kept aside, and the message says where."""
        for path in self.autosave_slot.orphans():
            try:
                when = time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))
            except OSError:
                continue
            if not self.ask(self.tr("Restore the last session?"), self.tr(
                    "mlpviz did not close properly. Restore the session it autosaved at "
                    "{0}?").format(when)):
                path.unlink(missing_ok=True)
                continue
            try:
                self.apply_session(load_session(path))
            except MlpvizError as e:
                kept = self.autosave_slot.keep_aside(path)
                self._fail(self.tr("Cannot restore the session"), MlpvizError(self.tr(
                    "{0}\nThe autosaved session is kept as {1}.").format(e, kept)))
                continue
            self.autosaver.replaces = path
            break
        self.timer.start()

    def autosave(self) -> None:
        """Every few seconds, if anything changed: written on a thread (Autosaver)."""
        snap = self.model.snapshot
        if snap is None or snap.serial == self._saved_serial:
            return
        session = self.model.saveable_session()
        if session is not None and self.autosaver.save(session, snap.data.version):
            self._saved_serial = snap.serial

    def _autosave_failed(self, error: str) -> None:
        self.model.report(self.tr("Autosave failed: {0}").format(error))

    def stop_autosave(self) -> None:
        """A clean exit: nothing of this instance's to restore next time."""
        self.timer.stop()
        self.autosaver.wait()
        self.autosaver.retire_replaced()  # closed knowingly: the restored one is done with
        self.writer.wait()
        self.autosave_slot.release()

    # -- data as CSV ---------------------------------------------------------------------
    def import_csv_dialog(self) -> None:
        path = self.dialogs.open_name(self.tr("Import data"), self.tr("CSV (*.csv)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> bool:
        """Your own points from a CSV file (x1, x2, label). A small file is read at once;
        a big one on a thread, its progress in the status bar, the window working meanwhile.
        False if it could not be read now (said in a message)."""
        if self.csv.busy:
            self.model.report(self.tr("Still reading {0}").format(self.csv.busy))
            return False
        if not self.csv.is_small(path):
            self.csv.start(path)
            return True
        try:
            data, sha = self.csv.read_now(path)
        except MlpvizError as e:
            self._fail(self.tr("Cannot import the data"), e)
            return False
        return self._csv_loaded(path, data, sha)

    def _csv_progress(self, path: str, fraction: float) -> None:
        self.model.report(self.tr("Reading {0}: {1:.0%}").format(Path(path).name, fraction),
                          False)

    def _csv_failed(self, path: str, message: str) -> None:
        self._fail(self.tr("Cannot import the data"), MlpvizError(message))

    def _csv_loaded(self, path: str, data: CsvData, sha: str) -> bool:
        if data.inputs.shape[1] != 2:
            self._fail(self.tr("Cannot import the data"), MlpvizError(self.tr(
                "{0}: the window needs two input columns (x1, x2), found {1}").format(
                    path, data.inputs.shape[1])))
            return False
        self.model.data.import_points(data.inputs, data.labels, data.problem,
                                      str(Path(path).resolve()), sha)
        self.model.report(self.tr("{0}: {1:,} points").format(Path(path).name,
                                                               len(data.inputs)), False)
        return True

    def export_csv_dialog(self) -> None:
        path = self.dialogs.save_name(self.tr("Export data"), "data.csv", self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> None:
        snap = self.model.snapshot
        if snap is None:
            return
        d = snap.data
        points = np.vstack([d.train_points, d.test_points])
        labels = np.concatenate([d.train_labels, d.test_labels])
        columns = ["x1", "x2"]
        if snap.features == PIXELS:  # a digit's 64 ink counts, as a digits CSV holds them
            columns, points = list(PIXELS), np.rint(points * INK)
        self._write(path, "csv", lambda: format_csv(columns, points, labels))

    def export_script_dialog(self) -> None:
        path = self.dialogs.save_name(self.tr("Export NumPy script"), "mlp.py",
                               self.tr("Python (*.py)"))
        if path:
            self.export_script(path)

    def export_script(self, path: str) -> bool:
        s = self.model.saveable_session()
        return s is not None and self._write(path, "script",
                                             lambda: session_script(s, path=path))

    # -- pictures ------------------------------------------------------------------------
    def export_view(self, what: str) -> None:
        path = self.dialogs.save_name(self.tr("Export picture"), f"{what}.png",
                               self.tr("PNG (*.png);;SVG (*.svg)"))
        if path:
            self.export_picture(what, path)

    def export_picture(self, what: str, path: str) -> None:
        try:
            self.pictures[what](path)
        except MlpvizError as e:
            self._fail(self.tr("Cannot export"), e)

    def copy_window(self) -> None:
        export.copy_to_clipboard(self.parent_widget)
        self.model.report(self.tr("The window is on the clipboard"), False)
