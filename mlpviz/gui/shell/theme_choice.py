"""View ▸ Theme: light, dark or high contrast, for the window and every view in it.

Presentation mode keeps a choice of its own (high contrast, unless the lecturer picks
another while presenting): leaving it brings back the everyday theme. Both are remembered;
`--theme` sets the everyday one for a run.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ..kit.themes import THEMES, Theme, paint_plots
from .presentation import Presentation


class Themed(Protocol):
    def set_theme(self, theme: Theme) -> None: ...


class ThemeChoice(QObject):
    def __init__(self, window: QWidget, settings: QSettings, presentation: Presentation,
                 views: list[Themed], menu: QMenu, theme: str | None = None) -> None:
        """`views`: those with paper of their own to repaint (the diagram); `theme`, the
        everyday theme for this run only, over the remembered one."""
        super().__init__(window)
        self.window, self.settings, self.presentation = window, settings, presentation
        self.views = views
        remembered = str(settings.value("theme", "light"))
        self.everyday = theme if theme in THEMES else remembered if remembered in THEMES \
            else "light"
        presenting = str(settings.value("present_theme", "contrast"))
        self.presenting = presenting if presenting in THEMES else "contrast"
        self.menu = menu
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for name in THEMES:
            action = self.actions[name] = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, n=name: self.choose(n))
            self.group.addAction(action)
            menu.addAction(action)
        presentation.changed.connect(lambda *_: self.apply())
        window.installEventFilter(self)
        self.retranslate()

    @property
    def theme(self) -> Theme:
        return THEMES[self.presenting if self.presentation.on else self.everyday]

    def choose(self, name: str) -> None:
        """The theme for now: presentation mode's while presenting, the everyday one
        otherwise."""
        if name not in THEMES:
            return
        if self.presentation.on:
            self.presenting = name
            self.settings.setValue("present_theme", name)
        else:
            self.everyday = name
            self.settings.setValue("theme", name)
        self.apply()

    def apply(self) -> None:
        theme = self.theme
        QApplication.setPalette(theme.palette(self.presentation.base_palette))
        paint_plots(self.window, theme)
        for view in self.views:
            view.set_theme(theme)
        self.actions[theme.name].setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Theme"))
        for name, text in (("light", self.tr("Light")), ("dark", self.tr("Dark")),
                           ("contrast", self.tr("High contrast"))):
            self.actions[name].setText(text)
