"""The diagram's headings, which are also its structure controls: + and − for the hidden
layers over the diagram, and over each hidden layer its own + and −, its neuron count and its
activation (click it for a menu).

Functions of the NetworkView they draw into; their texts keep the view's translation context
("NetworkView"), so moving them here changed no translation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from ...core.nn.naming import unit_name
from ...core.nn.network_edit import MAX_HIDDEN_LAYERS, MAX_HIDDEN_UNITS
from ...core.session.snapshot import Snapshot
from ..kit.i18n import tr_activation
from .network_items import ButtonItem, activation_menu
from .readable_texts import anchor_bottom, stand_on

if TYPE_CHECKING:
    from .network_view import NetworkView

ACTIVATION_BLUE = QColor(8, 119, 189)


def add_hidden_layers_header(view: NetworkView, hidden: int) -> None:
    """+ and − for the hidden layers, and how many there are."""
    scene, texts, network = view.scene(), view.texts, view.model.network
    x = view.column
    plus = texts.add(ButtonItem("+", "", lambda: network.add_layer(2)),
                     tip=lambda: QCoreApplication.translate("NetworkView",
                                                            "Add a hidden layer"))
    minus = texts.add(ButtonItem("−", "", network.remove_layer),
                      tip=lambda: QCoreApplication.translate("NetworkView",
                                                             "Remove the last hidden layer"))
    plus.setEnabled(hidden < MAX_HIDDEN_LAYERS)
    minus.setEnabled(hidden > 0)
    plus.setPos(x, 0)
    minus.setPos(x + 24, 0)
    scene.addItem(plus)
    scene.addItem(minus)
    title = texts.add(view.diagram_text("", 15, bold=True), lambda: QCoreApplication.translate(
        "NetworkView", "{0} HIDDEN LAYERS").format(hidden) if hidden != 1
        else QCoreApplication.translate("NetworkView", "1 HIDDEN LAYER"))
    title.setPos(x + 52, 0)
    scene.addItem(title)
    view.title_row = [plus, minus, title]


def add_layer_header(view: NetworkView, snap: Snapshot, l: int, x: float,
                     top: float) -> None:
    """Over hidden layer `l` (its column at `x`, its first unit at `top`): + and −, the
    neuron count, the activation."""
    scene, texts, network = view.scene(), view.texts, view.model.network
    n = snap.units[l]
    plus = texts.add(ButtonItem("+", "", lambda: network.add_unit(l), 15),
                     tip=lambda: QCoreApplication.translate("NetworkView",
                                                            "Add a neuron to this layer"))
    minus = texts.add(ButtonItem("−", "", lambda: network.remove_unit(l), 15),
                      tip=lambda: QCoreApplication.translate(
                          "NetworkView", "Remove a neuron from this layer"))
    plus.setEnabled(n < MAX_HIDDEN_UNITS)
    minus.setEnabled(n > 1)
    plus.setPos(x - 8, top - 52)
    minus.setPos(x + 12, top - 52)
    scene.addItem(plus)
    scene.addItem(minus)
    count = texts.add(view.diagram_text("", 12), lambda: QCoreApplication.translate(
        "NetworkView", "{0} neurons").format(n) if n != 1
        else QCoreApplication.translate("NetworkView", "1 neuron"))
    count.setX(x - 8)
    scene.addItem(count)
    act = texts.add(view.diagram_text("", 12, ACTIVATION_BLUE),
                    lambda: tr_activation(snap.activations[l]) + " ▾",
                    lambda: QCoreApplication.translate(
                        "NetworkView", "This layer's activation function: click to change it"))
    act.setX(x - 8)
    anchor_bottom(act, top - 5)  # over the column's first unit; the count over it
    stand_on(count, act)
    act.setCursor(Qt.CursorShape.PointingHandCursor)
    view.layer_headers.append(([plus, minus], count))

    def open_menu(e: QGraphicsSceneMouseEvent, layer: int = l) -> None:
        _activation_menu(view, layer, e.screenPos())

    # This one item's click handler, replaced on the instance (which mypy flags).
    act.mousePressEvent = open_menu  # type: ignore[method-assign]
    scene.addItem(act)


def stack_headers(view: NetworkView) -> bool:
    """After the texts were kept readable (readable_texts): each layer's + and − just over
    its neuron count, and the hidden layers' title row over them all. A tall column
    presenting (32 units at 720 lines) scales the scene down so far that the grown texts
    ran into the buttons and the title. True if the title row moved (the view refits)."""
    scale = view.transform().m11() or 1.0
    gap = 3 / scale
    for buttons, count in view.layer_headers:
        _grow_buttons(view, buttons, scale)
        for b in buttons:
            b.setY(count.y() - b.rect().height() * b.scale() - gap)
    if not view.title_row or not view.layer_headers:
        return False
    _grow_buttons(view, view.title_row[:2], scale)
    view.title_row[2].setX(view.title_row[1].x() + view.title_row[1].rect().height()
                           * view.title_row[1].scale() + 10)
    highest = min(b.y() for buttons, _ in view.layer_headers for b in buttons)
    height = max(item.sceneBoundingRect().height() for item in view.title_row)
    y = min(0.0, highest - gap - height)
    if abs(view.title_row[0].y() - y) < 0.5:
        return False
    for item in view.title_row:
        item.setY(y)
    return True


def _grow_buttons(view: NetworkView, buttons: list[ButtonItem], scale: float) -> None:
    """+ and − as large on screen as the least text presenting (they are scene items:
    scaled down with a tall diagram they were dots), side by side."""
    for b in buttons:
        least = view.least_text_px / max(1e-6, b.rect().height() * scale)
        b.setScale(max(1.0, least))
    for left, right in zip(buttons, buttons[1:], strict=False):
        right.setX(left.x() + left.rect().width() * left.scale() * 1.15)


def _activation_menu(view: NetworkView, layer: int, pos: QPoint) -> None:
    snap = view.model.snapshot
    if snap is not None:
        activation_menu(view, snap.activations[layer],
                        lambda a: view.model.network.set_activation(a, layer)).popup(pos)


def neuron_tip(snap: Snapshot, l: int, j: int) -> str:
    """A unit's tooltip: its name, its layer and activation (the view's translations)."""
    name = unit_name(snap.units, l, j)
    where = QCoreApplication.translate("NetworkView", "output layer") \
        if l == len(snap.units) - 1 else \
        QCoreApplication.translate("NetworkView", "hidden layer {0}").format(l + 1)
    return QCoreApplication.translate(
        "NetworkView", "{0} ({1}, {2}). Hover to see its map large.").format(
            name, where, tr_activation(snap.activations[l]))
