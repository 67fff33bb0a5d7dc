"""The lecturer's pen and pointer: a transparent layer over the whole window.

P (or the toolbar's pen button) turns it on and off. The laser pointer is a red spot that
follows the mouse and lets every click through; the pen and the highlighter draw strokes
over whatever is under them (the diagram, a formula, the loss curve) and take the mouse
while they do. Backspace takes back the last stroke, Esc clears them all. Strokes belong to
what was on screen when they were drawn: a lesson page turned, a walkthrough step, a lab
or a window of another size clears them. Nothing drawn here reaches the network: the layer
is a widget of its own and sends no command.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QRadialGradient,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from ..kit.themes import line_icon

MODES = ("pointer", "pen", "highlighter")
# Colours that stay apart for colour-blind eyes (Okabe–Ito's vermilion, blue, yellow)
COLOURS = {"red": QColor(213, 94, 0), "blue": QColor(0, 114, 178),
           "yellow": QColor(240, 228, 66)}
PEN_WIDTH, HIGHLIGHTER_WIDTH = 4.0, 22.0  # at 100 % (presenting, times its factor)
SPOT = 14.0  # the pointer's radius


@dataclass
class Stroke:
    mode: str
    colour: QColor
    width: float
    points: list[QPointF] = field(default_factory=list)


class PenOverlay(QWidget):
    toggled = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_widget = window
        self.mode = "pen"
        self.colour = "red"
        self.scale = 1.0
        self.strokes: list[Stroke] = []
        self.spot: QPointF | None = None  # the pointer, where the mouse is
        self._blank = False  # the cursor hidden (the spot is it)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page keys stay with the window
        self.hide()
        window.installEventFilter(self)

    # -- on and off, what draws ------------------------------------------------------------
    @property
    def on(self) -> bool:
        return self.isVisible()

    def set_on(self, on: bool) -> None:
        if on == self.on:
            return
        if on:
            self.setGeometry(self.window_widget.rect())
            self.show()
            self.raise_()
            self._follow_mode()
        else:
            self.hide()
            self.strokes.clear()
            self.spot = None
            self._follow_mode()
        self.toggled.emit(on)

    def toggle(self) -> None:
        self.set_on(not self.on)

    def set_mode(self, mode: str) -> None:
        """pointer, pen or highlighter (choosing one turns the layer on)."""
        self.mode = mode if mode in MODES else "pen"
        self.set_on(True)
        self._follow_mode()

    def set_colour(self, name: str) -> None:
        self.colour = name if name in COLOURS else "red"

    def set_scale(self, scale: float, high_contrast: bool) -> None:
        self.scale = scale  # presenting, thicker strokes and a bigger spot

    def _follow_mode(self) -> None:
        """The pointer lets clicks through and follows the mouse over every widget; the
        pen and the highlighter take the mouse."""
        pointer = self.mode == "pointer" and self.on
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, pointer)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            if pointer:
                app.installEventFilter(self)
        if pointer != self._blank:  # the spot is the cursor while pointing
            self._blank = pointer
            QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor) if pointer else \
                QApplication.restoreOverrideCursor()
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.update()

    # -- strokes ---------------------------------------------------------------------------
    def take_back(self) -> None:
        """Backspace: the last stroke goes."""
        if self.strokes:
            self.strokes.pop()
            self.update()

    def clear(self) -> None:
        """Esc, or what the strokes were drawn over has changed."""
        if self.strokes:
            self.strokes.clear()
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.mode == "pointer":
            return
        highlighter = self.mode == "highlighter"
        colour = QColor(COLOURS[self.colour])
        if highlighter:
            colour.setAlpha(90)
        width = (HIGHLIGHTER_WIDTH if highlighter else PEN_WIDTH) * self.scale
        self.strokes.append(Stroke(self.mode, colour, width, [event.position()]))
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.strokes and event.buttons() & Qt.MouseButton.LeftButton:
            self.strokes[-1].points.append(event.position())
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window_widget and kind == QEvent.Type.Resize and self.on:
            self.setGeometry(self.window_widget.rect())
            self.clear()  # (what they were drawn over has moved)
        elif kind == QEvent.Type.MouseMove and self.on and self.mode == "pointer" and \
                isinstance(event, QMouseEvent):
            self.spot = self.mapFromGlobal(event.globalPosition().toPoint()).toPointF()
            self.update()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in self.strokes:
            pen = QPen(stroke.colour, stroke.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            if len(stroke.points) == 1:
                painter.drawPoint(stroke.points[0])
            else:
                painter.drawPolyline(QPolygonF(stroke.points))
        if self.mode == "pointer" and self.spot is not None:
            radius = SPOT * self.scale
            glow = QRadialGradient(self.spot, radius)
            glow.setColorAt(0.0, QColor(255, 40, 20, 255))
            glow.setColorAt(0.35, QColor(255, 40, 20, 200))
            glow.setColorAt(1.0, QColor(255, 40, 20, 0))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(QRectF(self.spot.x() - radius, self.spot.y() - radius,
                                       2 * radius, 2 * radius))


class PenTools(QObject):
    """The pen's actions: P turns the layer on and off; its menu (on the toolbar's pen
    button and in View) picks the pointer, the pen or the highlighter and a colour;
    Backspace and Esc take strokes back while it is on. `clear_on`: the signals of what
    the strokes are drawn over changing (a page turned, a walkthrough step)."""

    def __init__(self, window: QMainWindow, clear_on: list[Any]) -> None:
        super().__init__(window)
        self.overlay = PenOverlay(window)
        self.toggle = QAction(window)
        self.toggle.setCheckable(True)
        self.toggle.setShortcut(QKeySequence("P"))
        self.toggle.toggled.connect(self.overlay.set_on)
        self.overlay.toggled.connect(self._shown)
        self.menu = QMenu(window)
        self.modes = QActionGroup(self)
        self.mode_actions = {mode: self._choice(self.modes, mode == "pen") for mode in MODES}
        for mode, action in self.mode_actions.items():
            action.triggered.connect(lambda _=False, m=mode: self.overlay.set_mode(m))
        self.menu.addSeparator()
        self.colours = QActionGroup(self)
        self.colour_actions = {name: self._choice(self.colours, name == "red")
                               for name in COLOURS}
        for name, action in self.colour_actions.items():
            action.setIcon(line_icon(COLOURS[name].name()))
            action.triggered.connect(lambda _=False, n=name: self.overlay.set_colour(n))
        self.menu.addSeparator()
        self.take_back = self._key(QKeySequence(Qt.Key.Key_Backspace), self.overlay.take_back)
        self.clear = self._key(QKeySequence(Qt.Key.Key_Escape), self._escape)
        self.toggle.setMenu(self.menu)
        window.addActions([self.toggle, self.take_back, self.clear])
        for signal in clear_on:
            signal.connect(lambda *_: self.overlay.clear())
        window.installEventFilter(self)
        self.retranslate()

    def _choice(self, group: QActionGroup, checked: bool) -> QAction:
        action = QAction(self)
        action.setCheckable(True)
        action.setChecked(checked)
        group.addAction(action)
        self.menu.addAction(action)
        return action

    def _key(self, key: QKeySequence, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(key)
        action.setEnabled(False)  # only while the layer is on: Esc and Backspace are the
        action.triggered.connect(slot)  # window's own otherwise
        self.menu.addAction(action)
        return action

    def _escape(self) -> None:
        if self.overlay.strokes:
            self.overlay.clear()
        else:
            self.toggle.setChecked(False)

    def _shown(self, on: bool) -> None:
        self.toggle.setChecked(on)
        self.take_back.setEnabled(on)
        self.clear.setEnabled(on)

    def fill(self, toolbar: QToolBar, menu: QMenu) -> None:
        """The pen's button (its menu beside it) on the toolbar, and the pen in `menu`."""
        toolbar.addAction(self.toggle)
        button = toolbar.widgetForAction(self.toggle)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu.addSeparator()
        menu.addAction(self.toggle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Pen"))
        self.toggle.setToolTip(self.tr(
            "Pen and pointer (P): draw over the window to point something out; Backspace "
            "takes back a stroke, Esc clears them. Nothing drawn changes the network."))
        names = {"pointer": self.tr("Laser pointer"), "pen": self.tr("Pen"),
                 "highlighter": self.tr("Highlighter")}
        for mode, action in self.mode_actions.items():
            action.setText(names[mode])
        colours = {"red": self.tr("Red"), "blue": self.tr("Blue"),
                   "yellow": self.tr("Yellow")}
        for name, action in self.colour_actions.items():
            action.setText(colours[name])
        self.take_back.setText(self.tr("Take back the last stroke"))
        self.clear.setText(self.tr("Clear the strokes"))

