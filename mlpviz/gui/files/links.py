"""Links in and out of the window: File ▸ Open link… (a TensorFlow Playground link, or
mlpviz's own set-up link; pasted, from the clipboard, or dropped on the window) and Edit ▸
Copy Playground link / Copy setup link. A link that cannot be read leaves the window as it
was and says why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ...core.errors import MlpvizError
from ...core.playground.link import PlaygroundState, read_link, write_link
from ...core.playground.setup import state_of
from ...core.session.setup_link import (
    is_setup_link,
    looks_like_link,
    read_setup_link,
    write_setup_link,
)
from ...model.session import SessionModel
from ..kit.i18n import tr_core


class LinkActions(QObject):
    def __init__(self, parent: QWidget, model: SessionModel,
                 fail: Callable[[str, Exception], None]) -> None:
        super().__init__(parent)
        self.parent_widget, self.model, self._fail = parent, model, fail

    def open_link(self, text: str) -> bool:
        """Set the window up as `text` says; False (with a message) if it cannot."""
        try:
            if is_setup_link(text):
                scenario, seed = read_setup_link(text)
                self.model.pause()
                self.model.use_setup(scenario, seed)
            else:
                state = read_link(text)
                self.model.pause()
                self.model.open_playground(state, text.strip())
        except MlpvizError as e:
            self._fail(self.tr("Cannot open the link"), e)
            return False
        self.model.report(self.tr("Opened the link"), False)
        return True

    def open_link_dialog(self) -> None:
        """Ask for a link; the clipboard's is offered if it holds one."""
        clipboard = QGuiApplication.clipboard().text()
        offer = clipboard.strip() if looks_like_link(clipboard) else ""
        text, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Open link"),
            self.tr("A TensorFlow Playground link, or an mlpviz set-up link:"),
            QLineEdit.EchoMode.Normal, offer)
        if ok and text.strip():
            self.open_link(text)

    def playground_link(self) -> str:
        """This set-up as Playground's link (its seed, when the run is Playground's own);
        MlpvizError naming what Playground lacks."""
        snap = self.model.latest()
        if snap.playground is not None:
            return write_link(snap.playground.state)
        state = state_of(snap.settings, snap.network(), PlaygroundState())
        if isinstance(state, str):
            raise MlpvizError(self.tr("Playground cannot show this set-up: {0}").format(
                tr_core(state)))
        return write_link(state)

    def setup_link(self) -> str:
        snap = self.model.latest()
        seed = snap.playground.state.seed if snap.playground is not None else None
        return write_setup_link(snap.settings, seed)

    def copy_playground_link(self) -> None:
        self._copy(self.playground_link, self.tr("The Playground link is on the clipboard"))

    def copy_setup_link(self) -> None:
        self._copy(self.setup_link, self.tr("The set-up link is on the clipboard"))

    def _copy(self, make: Callable[[], str], done: str) -> None:
        try:
            text = make()
        except MlpvizError as e:
            self.model.report(str(e))
            return
        QGuiApplication.clipboard().setText(text)
        self.model.report(done, False)
