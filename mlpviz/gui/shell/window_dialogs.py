"""The main window's message boxes: What am I seeing?, About, and the report of an
unexpected error in the worker (one sentence, the traceback behind Details…). Each is
non-modal and deleted on close; the latest is kept as an attribute for the tests."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from ... import __version__
from ...core.app_log import logged_to
from ...core.session.snapshot import Snapshot
from ...core.training.scenario import Scenario
from ..kit.error_dialog import ErrorDialog
from ..kit.i18n import tr_core
from ..runtime.training_path import training_path, versions
from ..runtime.worker import DRAWING, TRAINING

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("mlpviz")


class WindowDialogs(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.error_dialog: ErrorDialog | None = None
        self.help_box: QMessageBox | None = None
        self.about_box: QMessageBox | None = None
        # On closing a changed session: "save", "discard" or "cancel" without asking (None:
        # ask the user; a window given its own `ask` discards, never blocking a test)
        self.answer_on_close: Callable[[], str] | None = None

    def help(self) -> None:
        """What each view shows (its tooltip): the questions Playground's users keep asking.
        The views' titles are the window's, in its translation context."""
        w = self.window
        notes = [(QCoreApplication.translate("MainWindow", "Network diagram"),
                  w.network_view.toolTip()),
                 (QCoreApplication.translate("MainWindow", "Output (decision boundary)"),
                  w.boundary_view.toolTip()),
                 (QCoreApplication.translate("MainWindow", "Loss curve"),
                  w.loss_view.toolTip()),
                 (QCoreApplication.translate("MainWindow", "Gradient quiver"),
                  w.quiver_view.note.text()),
                 (QCoreApplication.translate("MainWindow", "Confusion matrix"),
                  w.confusion_view.toolTip()),
                 (QCoreApplication.translate("MainWindow", "Walkthrough"),
                  w.walkthrough_panel.text.toolTip())]
        text = "".join(f"<h3>{title}</h3><p>{note}</p>" for title, note in notes)
        self.help_box = self._open(QMessageBox.Icon.Information, self.tr("What am I seeing?"),
                                   text)

    def about(self, snapshot: Snapshot | None) -> None:
        text = self.tr(
            "<b>mlpviz {0}</b><p>Learn and teach multilayer perceptrons: an exact NumPy "
            "MLP, a live playground and the lecture's backprop, step by step.</p>"
            "<p>Training runs on: {1}.</p><p>MIT licence.</p>").format(
                __version__, training_path(snapshot)) + self.tr(
            "<p>The handwritten digits: UCI Optical Recognition of Handwritten Digits, by "
            "E. Alpaydin and C. Kaynak (1998), CC BY 4.0.</p>") + versions() + self._log_line()
        self.about_box = self._open(QMessageBox.Icon.NoIcon, self.tr("About mlpviz"), text)
        self.about_box.setIconPixmap(self.window.windowIcon().pixmap(64, 64))

    def _log_line(self) -> str:
        where = logged_to()
        if where is None:
            return ""
        return "<p><small>" + self.tr("Log file: {0}").format(html.escape(str(where))) + \
            "</small></p>"

    def _open(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def refused(self, text: str) -> None:
        """A command the worker refused: why, in the window's language."""
        self.window.model.report(tr_core(text))

    def notice(self, text: str) -> None:
        """News from the worker that is no refusal (training diverged, kernels ready)."""
        self.window.model.report(tr_core(text), is_error=False)

    def report_crash(self, doing: str, details: str) -> None:
        """The worker's unexpected error (it has paused training, the session kept)."""
        log.error("the worker failed while %s:\n%s", doing or "applying a change", details)
        self.window.model.report(self.crashed(doing, details))

    def report_uncaught(self, report: str) -> None:
        """An error no code of ours caught (a menu action's, a button's; logged already by
        the crash reporter): the error dialog, and a line in the status bar."""
        where = logged_to()
        sentence = self.tr("Something went wrong inside mlpviz; what you were doing may not "
                           "have been done. Your work is kept: you can go on, and save it. "
                           "Details… holds a report for the developers.")
        if where is not None:
            sentence += " " + self.tr("It is also in the log: {0}").format(str(where))
        self._show_error(sentence, report)
        self.window.model.report(sentence)

    def crashed(self, doing: str, details: str) -> str:
        """An unexpected error in the worker: the sentence for the status bar, and the
        report added to the open error dialog or shown in a new one."""
        what = {TRAINING: self.tr("training"), DRAWING: self.tr("drawing the network")}.get(
            doing, self.tr("applying your change"))
        sentence = self.tr("Something went wrong inside mlpviz while {0}. Training is paused "
                           "and your work is kept: you can go on. Details… holds a report "
                           "for the developers.").format(what)
        self._show_error(sentence, details)
        return sentence

    def _show_error(self, sentence: str, details: str) -> None:
        """The report added to the open error dialog, or shown in a new one."""
        if self.error_dialog is not None:
            self.error_dialog.add_report(details)
            return
        self.error_dialog = ErrorDialog(sentence, details, self.window)
        self.error_dialog.destroyed.connect(self._error_dialog_closed)
        self.error_dialog.open()

    def _error_dialog_closed(self) -> None:
        self.error_dialog = None

    def may_close(self) -> bool:
        """Closing (or leaving for another: New, Open) a session that differs from its file
        asks whether to save it first: Save, Discard or Cancel. Saved: once it is written."""
        w = self.window
        if not w.edit_history.modified:
            return True
        if self.answer_on_close is not None:
            answer = self.answer_on_close()
        elif w.files.ask != w.files.default_ask:
            answer = "discard"  # (a window given its own `ask`, a test's or a bench's)
        else:
            answer = self._ask_on_close()
        if answer != "save":
            return answer == "discard"
        w.files.save_session_as()
        w.files.writer.wait()
        QCoreApplication.sendPostedEvents()  # (its "written", sent from the writer's thread)
        return not w.edit_history.modified  # (not saved: the dialog cancelled, or it failed)

    def _ask_on_close(self) -> str:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window, self.tr("Save the session?"),
            self.tr("The session has changed since it was saved or opened. Save it before "
                    "closing?"), buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def new_session(self) -> None:
        """File ▸ New: Playground's opening set-up, once the changes (if any) are saved or
        let go; like opening a file, it starts the history of edits again."""
        w = self.window
        if not self.may_close():
            return
        if w.walkthrough.active:
            w.set_walkthrough_mode(False)
        w.clear_preset_note()
        w.model.pause()
        w.model.use_setup(Scenario())
        w.edit_history.mark_saved(after=w.worker.posted)

    def close_without_asking(self) -> None:
        """Ctrl+C in the terminal, or SIGTERM: closed as before there was a question, with
        nobody at the window to answer it (a modal box left the process hanging)."""
        self.answer_on_close = lambda: "discard"
        self.window.close()

    def open_session(self) -> None:
        """File ▸ Open session, once the changes (if any) are saved or let go."""
        if self.may_close():
            self.window.files.open_session_dialog()

    def edits_cleared(self) -> None:
        """The worker forgot the edits: say why Undo has nothing left."""
        self.window.model.report(self.tr("Opening a file or a link cannot be undone: the "
                                         "history of edits starts again here."), False)
