"""Presentation mode, for a lecturer sharing the screen: everything scales by a factor
(100–300 %), lines are at least 3 px, classes told apart by shape as well as hue, the
controls make way for the views, and the theme is presentation mode's own (high contrast,
text at least 7:1, unless the lecturer chose another: theme_choice.py).

The factor follows the window's height unless the lecturer zooms (Ctrl+= / Ctrl+−): the
smallest text is then 1.7 % of it (12 px on a 720-line projector, 18 px at 1080), readable
from the back of a room, while everything still fits a 1280×720 or 1024×768 screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ..kit.scale import (  # noqa: F401  (the mode's sizes: kit/scale.py)
    LEAST_SHARE,
    MAX_SCALE,
    MIN_SCALE,
    STEP,
    TEXT_SHARE,
    contrast_ratio,
    factor_for,
    font_pixels,
    high_contrast_palette,
)


class Scalable(Protocol):
    def set_scale(self, scale: float, high_contrast: bool) -> None: ...


class Presentation(QObject):
    """Owns the application's font: scales it, and the views it is given, by the factor;
    says what changed through `changed` (on, factor). Its palette is the theme's."""

    changed = Signal(bool, float)

    def __init__(self, window: QWidget, views: list[Scalable]) -> None:
        super().__init__(window)
        self._window, self._views = window, views
        self.base_font = QFont(QApplication.font())
        self.base_palette = QPalette(QApplication.palette())
        self.on = False
        self.scale = 1.5
        self.auto = True  # the factor follows the window's height until the lecturer zooms
        # called when presentation turns on (the screen to go to)
        self.on_presenting: list[Callable[[], None]] = []
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self.refit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resize (full screen, another projector) refits the factor once it has settled:
        every new factor lays the whole window out again."""
        if event.type() == QEvent.Type.Resize and self.on and self.auto:
            self._refit.start()
        return False

    def add_view(self, view: Scalable) -> None:
        """A view made later (the labs' window) follows from now on, at the current factor."""
        self._views.append(view)
        if self.on:
            view.set_scale(self.scale, True)

    def toggle(self) -> None:
        self.set(not self.on, None if self.auto else self.scale)

    def zoom(self, steps: int) -> None:
        """Ctrl+= / Ctrl+−: change the factor (and turn presentation mode on); from then on
        it stays where the lecturer put it."""
        base = self.scale if self.on else self.fitted()
        self.set(True, min(MAX_SCALE, max(MIN_SCALE, base + steps * STEP)))

    def fitted(self) -> float:
        """The factor for the window's height now."""
        return factor_for(self._window.height(), self.base_font)

    def refit(self) -> None:
        """The window changed its height: a factor that follows it follows."""
        if self.on and self.auto and abs(self.fitted() - self.scale) > 0.02:
            self.set(True, None)

    def toggle_full_screen(self) -> None:
        """F11: the window fills the screen, or comes back (the projector's best use)."""
        w = self._window
        w.showNormal() if w.isFullScreen() else w.showFullScreen()

    def restore(self) -> None:
        """Give the application its own font and palette back (the window is closing)."""
        QApplication.setFont(self.base_font)
        QApplication.setPalette(self.base_palette)

    def set(self, on: bool, scale: float | None = None) -> None:
        """On or off; at `scale`, or (None) at the factor that fits the window's height."""
        if on and not self.on:
            for call in self.on_presenting:
                call()
        self.auto = scale is None
        if scale is None:
            scale = self.fitted()
        self.on, self.scale = on, min(MAX_SCALE, max(MIN_SCALE, scale))
        factor = self.scale if on else 1.0
        font = QFont(self.base_font)
        font.setPointSizeF(self.base_font.pointSizeF() * factor)
        QApplication.setFont(font)
        self._window.setFont(font)  # children that were built already follow their window
        for view in self._views:
            view.set_scale(factor, on)
        self.changed.emit(on, factor)
