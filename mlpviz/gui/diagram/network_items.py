"""The graphics items of the network diagram: neurons, links, biases and small buttons.

Each item knows which parameter or unit it stands for and reports clicks and drags through
callbacks; it never changes the network itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QMenu,
    QWidget,
)

from ...core.nn.activations import ELEMENTWISE
from ..kit import theme
from ..kit.i18n import tr_activation

NODE = 36.0
ROW = 52.0  # scene units from one unit of a column to the next
TOP = 80.0  # the first unit's top: the headings are over it
HIGHLIGHT = QColor(214, 39, 40)  # the walkthrough's current item
EMPHASIS_COLORS: dict[str | None, QColor] = {"on": HIGHLIGHT, "sum": QColor(44, 160, 44)}
DRAG_PER_PIXEL = 0.01


NAN_COLOR = "#9e9e9e"  # a weight that is not a number (training diverged)


def link_width(w: float, lo: float = 1.0) -> float:
    """Playground's scale: 1 to 10 px for |w| from 0 to 5 (from 3 px when presenting)."""
    return lo + min(abs(w), 5.0) / 5.0 * (10.0 - lo)


class NeuronItem(QGraphicsRectItem):
    """A unit drawn as its own output map over the input plane (Playground's thumbnail)."""

    def __init__(self, layer: int, unit: int, on_hover: Callable, on_click: Callable | None
                 = None) -> None:
        super().__init__(0, 0, NODE, NODE)
        self.layer, self.unit = layer, unit
        self.image: QImage | None = None
        self.active = True
        self.highlighted = False
        self._on_hover, self._on_click = on_hover, on_click
        self.setAcceptHoverEvents(True)
        self.setPen(QPen(QColor(60, 60, 60), 1.0))
        self.setBrush(QBrush(QColor(*theme.GREY)))
        if on_click is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = self.rect()
        if self.image is not None and self.active:
            painter.drawImage(r, self.image)
        else:
            painter.fillRect(r, QColor(245, 245, 245))
        if self.highlighted:
            pen = QPen(HIGHLIGHT, 4.0)
        else:
            pen = QPen(QColor(40, 40, 40) if self.active else QColor(190, 190, 190),
                       2.0 if self.isUnderMouse() else 1.0)
        painter.setPen(pen)
        painter.drawRect(r)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._on_hover((self.layer, self.unit))
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._on_hover(None)
        self.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._on_click is not None:
            self._on_click(self)
        else:
            super().mousePressEvent(event)


class _Editable:
    """Click to type a value, or drag up and down to change it."""

    def init_editable(self, on_edit: Callable, on_drag: Callable) -> None:
        self._on_edit, self._on_drag = on_edit, on_drag
        self._press: QPointF | None = None
        self._start_value = 0.0
        self.value = 0.0
        self.setAcceptHoverEvents(True)  # type: ignore[attr-defined]
        self.setCursor(Qt.CursorShape.SizeVerCursor)  # type: ignore[attr-defined]

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press = event.scenePos()
        self._start_value = self.value

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        dy = self._press.y() - event.scenePos().y()
        if abs(dy) >= 3:
            self._on_drag(self, self._start_value + dy * DRAG_PER_PIXEL)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is not None and (event.scenePos() - self._press).manhattanLength() < 3:
            self._on_edit(self, event.screenPos())
        self._press = None


class LinkItem(_Editable, QGraphicsPathItem):
    def __init__(self, layer: int, i: int, j: int, start: QPointF, end: QPointF, name: str,
                 on_edit: Callable, on_drag: Callable) -> None:
        QGraphicsPathItem.__init__(self)
        self.layer, self.i, self.j, self.name = layer, i, j, name
        path = QPainterPath(start)
        dx = (end.x() - start.x()) / 2
        path.cubicTo(QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y()), end)
        self.setPath(path)
        self.setZValue(-1)
        self._look: tuple | None = None
        self.emphasis: str | None = None
        self.min_width = 1.0
        self.init_editable(on_edit, on_drag)
        self.set_value(0.0)

    def set_value(self, w: float) -> None:
        self.value = w
        if not math.isfinite(w):  # diverged: a thin dashed grey line, not a colour
            nan_look = ("nan", self.emphasis)
            if nan_look != self._look:
                self._look = nan_look
                pen = QPen(QColor(NAN_COLOR), self.min_width, Qt.PenStyle.DashLine)
                self.setPen(pen)
            return
        # A new pen re-lays the item out; skip it while the look stays the same.
        look = (w >= 0, round(link_width(w, self.min_width) * 4), self.emphasis)
        if look == self._look:
            return
        self._look = look
        color = QColor(EMPHASIS_COLORS.get(self.emphasis) or theme.weight_color(w))
        if self.emphasis == "dim":
            color.setAlpha(50)
        width = look[1] / 4 + (2.0 if self.emphasis in ("on", "sum") else 0.0)
        pen = QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(pen)
        self.setZValue(0 if self.emphasis in ("on", "sum") else -1)

    def set_min_width(self, px: float) -> None:
        self.min_width = px
        self.set_value(self.value)

    def set_emphasis(self, emphasis: str | None) -> None:
        """None (normal), "on" (the step's own link), "sum" (a term of Σ), or "dim"."""
        if emphasis != self.emphasis:
            self.emphasis = emphasis
            self.set_value(self.value)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        # The tooltip is written when asked for, not on every frame's new weight.
        self.setToolTip(f"{self.name} = {self.value:.4f}\n" + _edit_hint())

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(self.pen().widthF(), 8.0))
        return stroker.createStroke(self.path())


class BiasItem(_Editable, QGraphicsRectItem):
    SIZE = 9.0

    def __init__(self, layer: int, j: int, name: str, on_edit: Callable,
                 on_drag: Callable) -> None:
        QGraphicsRectItem.__init__(self, 0, 0, self.SIZE, self.SIZE)
        self.layer, self.j, self.name = layer, j, name
        self.init_editable(on_edit, on_drag)
        self.setZValue(2)
        self.setPen(QPen(QColor(40, 40, 40), 0.8))
        self.set_value(0.0)

    def set_value(self, b: float) -> None:
        self.value = b
        self.setBrush(QBrush(theme.weight_color(b)))

    def set_emphasis(self, on: bool) -> None:
        self.setPen(QPen(HIGHLIGHT, 3.0) if on else QPen(QColor(40, 40, 40), 0.8))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip(QCoreApplication.translate("NetworkItems", "{0} = {1} (bias)").format(
            self.name, f"{self.value:.4f}") + "\n" + _edit_hint())


def _edit_hint() -> str:
    """Written when a tooltip is asked for, so always in the current language."""
    return QCoreApplication.translate(
        "NetworkItems", "Click to type a value, or drag up or down to change it.")


class ButtonItem(QGraphicsRectItem):
    """A small round button drawn in the scene, so it scales and aligns with the columns."""

    def __init__(self, text: str, tooltip: str, on_click: Callable[[], None],
                 size: float = 18.0) -> None:
        super().__init__(0, 0, size, size)
        self._on_click = on_click
        self.setBrush(QBrush(QColor(90, 90, 90)))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setToolTip(tooltip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        label = QGraphicsSimpleTextItem(text, self)
        font = QFont()
        font.setPixelSize(int(size * 0.8))
        font.setBold(True)
        label.setFont(font)
        label.setBrush(QBrush(QColor("white")))
        b = label.boundingRect()
        label.setPos((size - b.width()) / 2, (size - b.height()) / 2)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.brush())
        painter.setPen(self.pen())
        painter.drawEllipse(self.rect())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._on_click()


def text_item(text: str, size: int, color: QColor | None = None, bold: bool = False
              ) -> QGraphicsSimpleTextItem:
    item = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    item.setFont(font)
    item.setBrush(QBrush(color or QColor(50, 50, 50)))
    # Labels never change between rebuilds: paint them from a cached pixmap.
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return item



def parameter_key(item: LinkItem | BiasItem) -> tuple:
    """("w", layer, i, j) for a link, ("b", layer, j) for a bias."""
    if isinstance(item, LinkItem):
        return ("w", item.layer, item.i, item.j)
    return ("b", item.layer, item.j)


def activation_menu(parent: QWidget, current: str, choose: Callable[[str], None]) -> QMenu:
    """The activations a hidden layer may have, by their display names, the current one
    checked."""
    menu = QMenu(parent)
    for name in ELEMENTWISE:
        action = menu.addAction(tr_activation(name))
        action.setCheckable(True)
        action.setChecked(name == current)
        action.triggered.connect(lambda _=False, a=name: choose(a))
    return menu
