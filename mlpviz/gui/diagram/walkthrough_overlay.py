"""What the walkthrough draws on the network diagram: the current step's neuron, links and
bias highlighted (the terms of a hidden unit's Σ in green), everything else dimmed, the
values known so far beside the neurons, and each parameter's value on its link, changing as
the updates apply.

The labels are sized in screen pixels, not scaled with the diagram (12 px, more in
presentation mode), so they stay readable however the diagram is fitted to the view, and
they are placed one by one where they overlap nothing placed before: the neurons, then the
neuron values, then the current parameter, then the others. Placement is in the view's
pixels, so it is done again when the view's size changes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from ...model.walkthrough import WalkthroughModel
from ...report.numbers import fmt
from .readable_texts import least_pixels

MAX_LINK_LABELS = 40
LABEL_PX = 12  # at scale 1: a label's type in screen pixels
BOXED = (QColor(255, 255, 240, 235), QColor(200, 200, 160))  # a neuron's values
PLAIN = (QColor(255, 255, 255, 200), None)  # a parameter's: white under the text only
# Where along a link its label may go, best first.
ALONG = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85, 0.08, 0.92)


# Every label is placed against every one placed before it: a network of thousands of
# weights took 17 s a step. Beyond this many, only the step's unit's parameters are labelled.
MAX_PARAM_LABELS = 120


def _relevant(labels: list, step: dict, current: tuple | None, layers: int) -> list:
    """All the labels of a small network; of a big one, the current parameter and those
    of the unit the step is about (the output layer's for the loss), at most
    MAX_PARAM_LABELS."""
    if len(labels) <= MAX_PARAM_LABELS:
        return labels
    layer = step.get("layer", layers - 1)
    unit = step.get("unit", step.get("j"))

    def near(key: tuple) -> bool:
        return key == current or (key[1] == layer and (unit is None or key[-1] == unit))

    return [kv for kv in labels if near(kv[0])][:MAX_PARAM_LABELS]


class WalkthroughOverlay:
    def __init__(self, view) -> None:
        self.view = view
        self.items: list[QGraphicsItem] = []
        self.neuron_labels: dict[tuple[int, int], QGraphicsSimpleTextItem] = {}
        self.param_labels: dict[tuple, QGraphicsSimpleTextItem] = {}
        self.scale = 1.0
        self._wm: WalkthroughModel | None = None

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
        self.forget()
        self._wm = None
        for link in self.view.links.values():
            link.set_emphasis(None)
        for bias in self.view.biases.values():
            bias.set_emphasis(False)
        for neuron in self.view.neurons.values():
            neuron.highlighted = False
            neuron.update()

    def show(self, wm: WalkthroughModel) -> None:
        """Redraw for the model's current step (after any rebuild or refit of the diagram)."""
        self.clear()
        if not wm.active:
            return
        self._wm = wm
        hl = wm.highlight()
        for key, link in self.view.links.items():
            link.set_emphasis("on" if key in hl.links else "sum" if key in hl.sum_links
                              else "dim")
        for key, bias in self.view.biases.items():
            bias.set_emphasis(key in hl.biases)
        for key, neuron in self.view.neurons.items():
            neuron.highlighted = key in hl.neurons
            neuron.update()
        # What labels must not cover: the neurons, the biases, the diagram's own texts.
        scene_items = [*self.view.neurons.values(), *self.view.biases.values(),
                       *(i for i in self.view.scene().items()
                         if isinstance(i, QGraphicsSimpleTextItem) and i.isVisible())]
        placed = [self._view_rect(i.sceneBoundingRect()) for i in scene_items]
        for key, text in wm.neuron_labels().items():
            neuron = self.view.neurons.get(key)
            if neuron is not None:
                self._neuron_label(key, text, neuron, placed)
        if len(self.view.links) <= MAX_LINK_LABELS:
            self._parameter_labels(wm, placed)

    def relayout(self) -> None:
        """The view changed size: place the labels again."""
        if self._wm is not None:
            self.show(self._wm)

    # -- placing ---------------------------------------------------------------------------
    def _px(self) -> int:
        """12 px; presenting, as large as the least text allowed (1.6 % of the screen's
        height: 12 px at 720 lines, 13 at 768, 17 at 1080)."""
        return LABEL_PX if self.scale <= 1 else max(LABEL_PX, math.ceil(least_pixels()))

    def _view_rect(self, scene_rect: QRectF) -> QRectF:
        return QRectF(self.view.mapFromScene(scene_rect).boundingRect())

    def _view_point(self, scene_point: QPointF) -> QPointF:
        return QPointF(self.view.mapFromScene(scene_point))

    def _size(self, text: str, bold: bool) -> QRectF:
        font = QFont()
        font.setPixelSize(self._px())
        font.setBold(bold)
        metrics = QFontMetricsF(font)
        lines = text.split("\n")
        return QRectF(0, 0, max(metrics.horizontalAdvance(t) for t in lines) + 4,
                      metrics.height() * len(lines) + 2)

    @staticmethod
    def _free(rect: QRectF, placed: list[QRectF]) -> bool:
        return not any(rect.intersects(other) for other in placed)

    def _choose(self, candidates: list[QRectF], placed: list[QRectF]) -> QRectF:
        """The first candidate that overlaps nothing placed (else the least overlapping)."""
        for rect in candidates:
            if self._free(rect, placed):
                return rect
        return min(candidates, key=lambda r: sum(
            (r & o).width() * (r & o).height() for o in placed))

    def _add(self, text: str, rect: QRectF, color: QColor, bold: bool, z: float,
             look: tuple[QColor, QColor | None]) -> QGraphicsSimpleTextItem:
        """A label whose top-left is at the view point rect.topLeft(), unscaled, on a box of
        look = (fill, border): readable over a link, even the highlighted one."""
        font = QFont()
        font.setPixelSize(self._px())
        font.setBold(bold)
        item = QGraphicsSimpleTextItem(text)
        item.setFont(font)
        item.setBrush(QBrush(color))
        fill, border = look
        holder = QGraphicsRectItem(QRectF(0, 0, rect.width(), rect.height()))
        holder.setBrush(QBrush(fill))
        holder.setPen(QPen(border, 0.8) if border is not None else QPen(QColor(0, 0, 0, 0)))
        item.setParentItem(holder)
        item.setPos(2, 1)
        holder.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        holder.setPos(self.view.mapToScene(rect.topLeft().toPoint()))
        holder.setZValue(z)
        self.view.scene().addItem(holder)
        self.items.append(holder)
        return item

    def _neuron_label(self, key: tuple[int, int], text: str, neuron: QGraphicsItem,
                      placed: list[QRectF]) -> None:
        box = self._view_rect(neuron.sceneBoundingRect())
        size = self._size(text, bold=True)
        w, h = size.width(), size.height()
        candidates = [QRectF(box.right() + 4, y, w, h) for y in
                      (box.top() - 2, box.center().y() - h / 2, box.bottom() - h + 2,
                       box.top() - h / 2, box.bottom() - h / 2)]
        candidates += [QRectF(box.left() - 4 - w, box.top() - 2, w, h),
                       QRectF(box.left(), box.top() - h - 2, w, h),
                       QRectF(box.left(), box.bottom() + 2, w, h)]
        rect = self._choose(candidates, placed)
        placed.append(rect)
        self.neuron_labels[key] = self._add(text, rect, QColor(20, 20, 20), True, 5, BOXED)

    def _parameter_labels(self, wm: WalkthroughModel, placed: list[QRectF]) -> None:
        values = wm.parameter_values()
        step = wm.step or {}
        current = None
        if step.get("phase") in ("backward", "update", "mean", "step"):
            current = ("w", step["layer"], step["i"], step["j"]) if step["kind"] == "weight" \
                else ("b", step["layer"], step["j"])
        # The current one first, where it wants to be; then the biases, which have fewer
        # places to go than the weights along their links.
        labels = [(("b", *key), bias) for key, bias in self.view.biases.items()]
        labels += [(("w", *key), link) for key, link in self.view.links.items()]
        labels = _relevant(labels, step, current, len(self.view.model.snapshot.units)
                           if self.view.model.snapshot is not None else 1)
        labels.sort(key=lambda kv: kv[0] != current)
        texts = {key: f"{item.name} {fmt(values[key], 6)}" for key, item in labels}
        options = {key: (self._along if key[0] == "w" else self._around)(
            item, self._size(texts[key], bold=key == current)) for key, item in labels}
        order = [key for key, _ in labels]
        for _ in range(4):  # labels left without room go first next time
            chosen, crowded, taken = {}, [], list(placed)
            for key in order:
                rect = self._choose(options[key], taken)
                if not self._free(rect, taken):
                    crowded.append(key)
                chosen[key] = rect
                taken.append(rect)
            if not crowded:
                break
            order = [*crowded, *(k for k in order if k not in crowded)]
        placed[:] = taken
        for key in order:
            color = QColor(214, 39, 40) if key == current else QColor(60, 60, 60)
            self.param_labels[key] = self._add(texts[key], chosen[key], color, key == current,
                                               6 if key == current else 4, PLAIN)

    def _along(self, link: QGraphicsPathItem, size: QRectF) -> list[QRectF]:
        """Places on a link: centred on points along it, just above, on or below it."""
        path = link.path()
        w, h = size.width(), size.height()
        out = []
        near = (-h - 1, 1, -h / 2, -2 * h - 2, h + 2)
        far = (-3 * h - 3, 2 * h + 3)  # where a crowd of links leaves no room beside them
        for tops, lefts in ((near, (-w / 2,)), (near, (-w + 4, -4)), (far, (-w / 2, -w, 0))):
            for t in ALONG:
                p = self._view_point(path.pointAtPercent(t))
                out += [QRectF(p.x() + dx, p.y() + dy, w, h) for dy in tops for dx in lefts]
        # Last, anywhere between the link's two columns, nearest its middle first.
        a, b = self._view_point(path.pointAtPercent(0)), self._view_point(path.pointAtPercent(1))
        mid = self._view_point(path.pointAtPercent(0.5))
        view = self.view.viewport().rect()
        spots = [QRectF(x - w / 2, y, w, h)
                 for x in (a.x() + (b.x() - a.x()) * f for f in (0.3, 0.5, 0.7))
                 for y in range(int(view.top()), int(view.bottom() - h), max(4, int(h / 2)))]
        spots.sort(key=lambda r: (r.center().x() - mid.x()) ** 2 + (r.center().y() - mid.y())
                   ** 2)
        return out + spots

    def _around(self, bias: QGraphicsItem, size: QRectF) -> list[QRectF]:
        """Places by a bias's square: below it to the left first (its links come from the
        left), then around it."""
        box = self._view_rect(bias.sceneBoundingRect())
        w, h = size.width(), size.height()
        return [QRectF(box.left() - w, box.bottom() + 1, w, h),
                QRectF(box.left() - w - 2, box.center().y() - h / 2, w, h),
                QRectF(box.left() - w, box.top() - h - 1, w, h),
                QRectF(box.left(), box.bottom() + 1, w, h),
                QRectF(box.left() - w / 2, box.bottom() + h + 2, w, h),
                QRectF(box.right() + 2, box.bottom() + 1, w, h)]
