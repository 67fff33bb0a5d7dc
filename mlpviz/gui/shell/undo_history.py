"""Edit ▸ Undo, Redo and History: Qt's QUndoStack, mirroring the session's edit history.

The session in the worker records each edit with its state before and after and is the one
that undoes it (core/session/edit_history.py); this stack is its mirror, for the menu's
texts, the keys and the History list. An undo asked here goes to the worker as a command,
applied between training steps like any edit; whatever the worker's history becomes comes
back as EditsNow and the stack is brought in line with it, so an undo pressed while an edit
was still on its way (it undoes that edit, as the worker saw it) leaves the two agreeing.

It also knows whether the session differs from its file: an edit since it was saved or
opened, or training since (the window's modified mark, and the question on closing).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QUndoView, QWidget

from ...core.session.commands import EditEntry, EditsNow
from ...core.session.edit_history import LIMIT
from ...core.session.snapshot import Snapshot
from ...model.session import SessionModel
from .edit_names import edit_name


class _Edit(QUndoCommand):
    def __init__(self, owner: UndoHistory, entry: EditEntry) -> None:
        super().__init__(edit_name(entry))
        self.owner, self.entry = owner, entry

    def id(self) -> int:
        return 1  # every edit may merge: mergeWith says whether this one does

    def mergeWith(self, other: QUndoCommand) -> bool:
        """The worker merged `other` into this edit (a drag, points added one by one)."""
        if not (isinstance(other, _Edit) and other.entry.first is self.entry.first):
            return False
        self.entry = other.entry
        self.setText(other.text())
        return True

    def undo(self) -> None:
        if not self.owner.syncing:
            self.owner.model.undo_edit()

    def redo(self) -> None:
        if not self.owner.syncing:  # (pushed: done already)
            self.owner.model.redo_edit()


def _same(a: EditEntry, b: EditEntry) -> bool:
    return a.first is b.first and a.last is b.last and a.count == b.count


class UndoHistory(QObject):
    modified_changed = Signal(bool)
    cleared = Signal()  # the worker forgot the edits (a file or a link opened)

    def __init__(self, model: SessionModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(LIMIT)  # as many as the session keeps
        self.syncing = False  # the stack follows the worker: its commands send nothing
        # (actions of our own, not createUndoAction's: their texts follow the language)
        self.undo_action, self.redo_action = QAction(self), QAction(self)
        self.undo_action.triggered.connect(self.stack.undo)
        self.redo_action.triggered.connect(self.stack.redo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.stack.undoTextChanged.connect(self._name_actions)
        self.stack.redoTextChanged.connect(self._name_actions)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        parent.addActions([self.undo_action, self.redo_action])  # (keys without the menu)
        self._forgets = 0  # ClearEdits sent, not yet answered: no note for them
        self.history_action = QAction(self)
        self.history_action.triggered.connect(self.show_history)
        self.view: QUndoView | None = None
        self._parent = parent
        self._saved: tuple[EditEntry | None, int] = (None, 0)  # (last edit done, step)
        self._opening: int | None = None  # opened: saved as of the snapshot after these
        self._modified = False
        self.retranslate()
        model.snapshot_changed.connect(self._check_modified)

    def _name_actions(self) -> None:
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.undo_action.setText(self.tr("&Undo {0}").format(undo) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo) if redo
                                 else self.tr("&Redo"))

    def retranslate(self) -> None:
        self._name_actions()
        self.history_action.setText(self.tr("&History"))
        self.history_action.setToolTip(self.tr("Every edit since the session was opened: "
                                               "click one to go back to it"))
        if self.view is not None:
            self.view.setWindowTitle(self.tr("History"))
            self.view.setEmptyLabel(self.tr("<opened>"))

    # -- mirroring the worker ----------------------------------------------------------------
    def sync(self, now: EditsNow) -> None:
        """The stack as the worker's history `now` is."""
        mine = [self._entry(i) for i in range(self.stack.count())]
        entries, index = list(now.entries), self.stack.index()
        had = bool(mine)
        self.syncing = True
        try:
            if len(mine) == len(entries) and all(map(_same, mine, entries)):
                pass
            elif entries and index == len(entries) - 1 == len(mine[:index]) and all(
                    map(_same, mine[:index], entries[:-1])):
                self.stack.push(_Edit(self, entries[-1]))  # a new edit
            elif entries and index == len(entries) and all(
                    map(_same, mine[:index - 1], entries[:-1])) and \
                    mine[index - 1].first is entries[-1].first:
                self.stack.push(_Edit(self, entries[-1]))  # merged into the last
            else:
                self.stack.clear()
                for entry in entries:
                    self.stack.push(_Edit(self, entry))
            if self.stack.index() != now.cursor:
                self.stack.setIndex(now.cursor)
        finally:
            self.syncing = False
        if not entries:  # (each ClearEdits sent is answered by an empty history)
            if self._forgets:
                self._forgets -= 1
            elif had:
                self.cleared.emit()
        self._check_modified()

    def _entry(self, i: int) -> EditEntry:
        command = self.stack.command(i)
        assert isinstance(command, _Edit), "the stack holds only _Edit commands"
        return command.entry

    def forget(self) -> None:
        """Nothing to undo from here: a lesson page set up (the window did it, not the
        user; undoing it would leave the page's text over another page's network)."""
        self._forgets += 1
        self.model.forget_edits()

    # -- saved or not ------------------------------------------------------------------------
    def _done(self) -> EditEntry | None:
        index = self.stack.index()
        return self._entry(index - 1) if index else None

    def mark_saved(self, after: int | None = None) -> None:
        """The session is its file now: saved (as the snapshot shows it), or opened (as
        the first snapshot made `after` that many commands will show it)."""
        if after is not None:
            self._opening = after
            self._check_modified()
            return
        snap = self.model.snapshot
        self._saved = (self._done(), snap.step if snap is not None else 0)
        self._check_modified()

    @property
    def modified(self) -> bool:
        return self._modified

    def _check_modified(self, snap: Snapshot | None = None) -> None:
        snap = snap or self.model.snapshot
        if self._opening is not None:
            if snap is None or snap.commands < self._opening:
                return  # (a snapshot of before it was opened)
            self._opening = None
            self._saved = (self._done(), snap.step)
        saved, step = self._saved
        done = self._done()
        same = done is saved or (done is not None and saved is not None and _same(done, saved))
        modified = not same or (snap is not None and snap.step != step)
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    # -- the history's window ----------------------------------------------------------------
    def show_history(self) -> None:
        """Edit ▸ History: the edits as a list (Qt's QUndoView); clicking one undoes or
        redoes up to it."""
        if self.view is None:
            self.view = QUndoView(self.stack, self._parent)
            self.view.setWindowFlags(Qt.WindowType.Tool)
            self.retranslate()
        self.view.show()
        self.view.raise_()
