"""What the walkthrough draws on the network diagram: the current step's neuron, links and
bias highlighted (the terms of a hidden unit's Σ in green), everything else dimmed, the
values known so far beside the neurons, and each parameter's value on its link, changing as
the updates apply."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

from ..model.walkthrough import WalkthroughModel
from ..report.numbers import fmt
from .network_items import NODE, text_item

MAX_LINK_LABELS = 40


class WalkthroughOverlay:
    def __init__(self, view) -> None:  # noqa: ANN001 (a NetworkView)
        self.view = view
        self.items: list = []
        self.neuron_labels: dict[tuple[int, int], QGraphicsSimpleTextItem] = {}
        self.param_labels: dict[tuple, QGraphicsSimpleTextItem] = {}

    def forget(self) -> None:
        """The scene was cleared (its items are gone): drop our references to them."""
        self.items.clear()
        self.neuron_labels.clear()
        self.param_labels.clear()

    def clear(self) -> None:
        scene = self.view.scene()
        for item in self.items:
            if item.scene() is scene:
                scene.removeItem(item)
        self.items.clear()
        self.neuron_labels.clear()
        self.param_labels.clear()
        for link in self.view.links.values():
            link.set_emphasis(None)
        for bias in self.view.biases.values():
            bias.set_emphasis(False)
        for neuron in self.view.neurons.values():
            neuron.highlighted = False
            neuron.update()

    def show(self, wm: WalkthroughModel) -> None:
        """Redraw for the model's current step (after any rebuild of the diagram)."""
        self.clear()
        if not wm.active:
            return
        hl = wm.highlight()
        for key, link in self.view.links.items():
            link.set_emphasis("on" if key in hl.links else "sum" if key in hl.sum_links
                              else "dim")
        for key, bias in self.view.biases.items():
            bias.set_emphasis(key in hl.biases)
        for key, neuron in self.view.neurons.items():
            neuron.highlighted = key in hl.neurons
            neuron.update()
        for key, text in wm.neuron_labels().items():
            neuron = self.view.neurons.get(key)
            if neuron is not None:
                self._label(text, neuron.scenePos() + QPointF(NODE + 6, -2), key)
        if len(self.view.links) <= MAX_LINK_LABELS:
            self._parameter_labels(wm)

    def _label(self, text: str, pos: QPointF, key: tuple[int, int]) -> None:
        item = text_item(text, 11, QColor(20, 20, 20), bold=True)
        box = QGraphicsRectItem(item.boundingRect().adjusted(-2, -1, 2, 1))
        box.setBrush(QBrush(QColor(255, 255, 240, 235)))
        box.setPen(QPen(QColor(200, 200, 160), 0.8))
        box.setPos(pos)
        box.setZValue(5)
        item.setParentItem(box)
        self.view.scene().addItem(box)
        self.items.append(box)
        self.neuron_labels[key] = item

    def _parameter_labels(self, wm: WalkthroughModel) -> None:
        values = wm.parameter_values()
        step = wm.step or {}
        current = None
        if step.get("phase") in ("backward", "update"):
            current = ("w", step["layer"], step["i"], step["j"]) if step["kind"] == "weight" \
                else ("b", step["layer"], step["j"])
        for (l, i, j), link in self.view.links.items():
            key = ("w", l, i, j)
            # Links from one unit start together and links into one unit end together:
            # spread the labels along them by source so that no two meet.
            n_in, n_out = self.view.model.snapshot.weights[l].shape
            spread = (i * n_out + j) / max(n_in * n_out - 1, 1)
            t = 0.15 + 0.6 * spread if l == 0 else 0.6 + 0.3 * spread
            self._param(key, f"{link.name} {fmt(values[key], 6)}", link.path().pointAtPercent(t),
                        key == current, centre=True)
        for (l, j), bias in self.view.biases.items():
            key = ("b", l, j)
            self._param(key, f"{bias.name} {fmt(values[key], 6)}",
                        bias.scenePos() + QPointF(-4, 14), key == current, centre=False)

    def _param(self, key: tuple, text: str, pos: QPointF, current: bool, centre: bool) -> None:
        color = QColor(214, 39, 40) if current else QColor(70, 70, 70)
        item = text_item(text, 10, color, bold=current)
        width = item.boundingRect().width()
        item.setPos(pos + QPointF(-width / 2 if centre else -width, -14))
        item.setZValue(6 if current else 4)  # the current one above the neuron labels
        self.view.scene().addItem(item)
        self.items.append(item)
        self.param_labels[key] = item
