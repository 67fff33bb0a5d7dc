"""View ▸ Present on: the screen presentation mode (F5) goes to, for a lecturer whose
projector is a second screen beside the laptop's own. The choice is remembered by the
screen's name; where that screen is not connected, F5 presents where the window is."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QWidget


class ScreenChoice(QObject):
    def __init__(self, menu: QMenu, settings: QSettings, window: QWidget) -> None:
        super().__init__(menu)
        self.menu, self.settings, self.window = menu, settings, window
        self.group = QActionGroup(self)
        menu.aboutToShow.connect(self.fill)

    @property
    def chosen(self) -> str:
        return str(self.settings.value("present_screen", ""))

    def fill(self) -> None:
        """The screens connected now, each with its size; the chosen one (or the window's)
        checked. One screen: shown, greyed (nothing to choose)."""
        self.menu.clear()
        screens = QGuiApplication.screens()
        current = self.screen() or self.window.screen()
        for screen in screens:
            size, name = screen.geometry().size(), screen.name()
            action = self.menu.addAction(f"{name} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is current)
            action.setEnabled(len(screens) > 1)
            self.group.addAction(action)
            action.triggered.connect(lambda _=False, n=name: self.choose(n))

    def choose(self, name: str) -> None:
        self.settings.setValue("present_screen", name)

    def screen(self) -> QScreen | None:
        """The chosen screen, if it is connected."""
        return next((s for s in QGuiApplication.screens() if s.name() == self.chosen), None)

    def go_there(self) -> None:
        """Presenting: the window full screen on the chosen screen, if it is another."""
        target = self.screen()
        if target is None or target is self.window.screen():
            return
        self.window.setGeometry(target.availableGeometry())
        handle = self.window.windowHandle()
        if handle is not None:
            handle.setScreen(target)
        self.window.showFullScreen()
