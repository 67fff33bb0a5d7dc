"""The main window's menu bar, built from its actions. Choices that carry a key (a lab, a
preset, a picture to export, a language, a recent file) come out as signals, which the
window connects; `retranslate()` renames everything in place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar

from ...core.lessons.presets import PRESETS
from ..kit.i18n import LANGUAGES, tr_preset
from .actions import WindowActions

LABS = (("descent1d", QT_TRANSLATE_NOOP("WindowMenus", "Gradient descent 1-D")),
        ("descent2d", QT_TRANSLATE_NOOP("WindowMenus", "Gradient descent 2-D")),
        ("activations", QT_TRANSLATE_NOOP("WindowMenus", "Activation functions")),
        ("quiz03", QT_TRANSLATE_NOOP("WindowMenus", "Quiz 03: three activations")))
EXPORTS = (("boundary", QT_TRANSLATE_NOOP("WindowMenus", "Output view")),
           ("loss", QT_TRANSLATE_NOOP("WindowMenus", "Loss curve")),
           ("diagram", QT_TRANSLATE_NOOP("WindowMenus", "Network diagram")),
           ("window", QT_TRANSLATE_NOOP("WindowMenus", "Whole window")))


class WindowMenus(QObject):
    lab_chosen = Signal(str)
    preset_chosen = Signal(str)
    export_chosen = Signal(str)
    language_chosen = Signal(str)
    recent_chosen = Signal(str)

    def __init__(self, bar: QMenuBar, a: WindowActions, docks: list[QDockWidget]) -> None:
        super().__init__(bar)
        self.file = bar.addMenu("")
        self.file.addActions([a.new_session, a.open_session, a.open_link])
        self.recent = self.file.addMenu("")
        self.file.addAction(a.save_session)
        self.file.addSeparator()
        self.file.addActions([a.open_network, a.save_network, a.import_csv, a.export_csv,
                              a.export_script])
        self.export = self.file.addMenu("")
        self.exports = self._keyed(self.export, EXPORTS, self.export_chosen)
        self.file.addAction(a.copy_window)
        self.file.addSeparator()
        self.file.addAction(a.quit)
        self.edit = bar.addMenu("")
        self.edit.addActions([a.copy_playground_link, a.copy_setup_link, a.copy_window])
        self._edit_first = self.edit.actions()[0]
        self.train = bar.addMenu("")
        self.train.addActions([a.play, a.step, a.reset, a.rewind])
        self.learn = bar.addMenu("")
        self.learn.addActions([a.lesson, a.next_page, a.prev_page])
        self.learn.addSeparator()
        self.learn.addActions([a.walkthrough, a.next_step, a.prev_step, a.first_step,
                               a.last_step])
        self.labs = self.learn.addMenu("")
        self.lab_actions = self._keyed(self.labs, LABS, self.lab_chosen)
        self.presets = self.learn.addMenu("")
        self.preset_actions = self._keyed(
            self.presets, [(key, p.title) for key, p in PRESETS.items()], self.preset_chosen)
        self.quiz03 = self.presets.addAction("")
        self.quiz03.triggered.connect(lambda: self.lab_chosen.emit("quiz03"))
        self.view = bar.addMenu("")
        self.view.addActions([dock.toggleViewAction() for dock in docks])
        self.view.addSeparator()
        self.view.addActions([a.present, a.zoom_in, a.zoom_out, a.fullscreen])
        self.present_on = self.view.addMenu("")  # filled by ScreenChoice when opened
        self.view.addSeparator()
        self.view.addAction(a.reset_layout)
        self.language = self.view.addMenu("")
        self.languages = self._keyed(self.language, list(LANGUAGES.items()),
                                     self.language_chosen, checkable=True)
        self.help = bar.addMenu("")
        self.help.addActions([a.help, a.about])
        self.retranslate()

    @staticmethod
    def _keyed(menu: QMenu, items: Sequence[tuple[str, object]], signal: SignalInstance,
               checkable: bool = False) -> dict[str, QAction]:
        actions = {}
        for key, _ in items:
            action = menu.addAction("")
            action.setCheckable(checkable)
            action.triggered.connect(lambda _=False, k=key: signal.emit(k))
            actions[key] = action
        return actions

    def add_undo(self, actions: list[QAction]) -> None:
        """Undo, Redo and History first in the Edit menu."""
        self.edit.insertActions(self._edit_first, actions)
        self.edit.insertSeparator(self._edit_first)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            self.recent.addAction(path).triggered.connect(
                lambda _=False, p=path: self.recent_chosen.emit(p))
        self.recent.setEnabled(bool(paths))

    def set_language(self, code: str) -> None:
        for key, action in self.languages.items():
            action.setChecked(key == code)

    def retranslate(self) -> None:
        for menu, title in ((self.file, self.tr("&File")),
                            (self.recent, self.tr("Open recent")),
                            (self.edit, self.tr("&Edit")),
                            (self.export, self.tr("Export picture")),
                            (self.train, self.tr("&Train")), (self.learn, self.tr("&Learn")),
                            (self.labs, self.tr("Labs")),
                            (self.presets, self.tr("Lecture presets")),
                            (self.view, self.tr("&View")), (self.language, self.tr("Language")),
                            (self.present_on, self.tr("Present on")),
                            (self.help, self.tr("&Help"))):
            menu.setTitle(title)
        for key, text in EXPORTS:
            self.exports[key].setText(self.tr(str(text)))
        for key, text in LABS:
            self.lab_actions[key].setText(self.tr(str(text)))
        for key, preset in PRESETS.items():
            self.preset_actions[key].setText(tr_preset(preset.title))
            self.preset_actions[key].setToolTip(tr_preset(preset.watch))
        self.quiz03.setText(self.tr("Quiz 03: linear, ReLU, sigmoid"))
        for key, name in LANGUAGES.items():
            self.languages[key].setText(name)  # each language in its own name
