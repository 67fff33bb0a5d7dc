"""The diagram's input column: every feature as a unit to switch on or off (in a
walkthrough only the network's own), or for a digits network its 64 inputs as the one 8×8
picture they are. A function of the NetworkView it draws into; its texts keep the view's
translation context ("NetworkView")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF

from ...core.data.digits import PIXELS, SIDE
from ...core.data.features import FEATURE_LABELS
from ...core.session.snapshot import Snapshot
from .digit_input import DigitInputItem
from .network_items import NODE, ROW, TOP, NeuronItem
from .readable_texts import anchor_right

if TYPE_CHECKING:
    from .network_view import NetworkView


def add_inputs(view: NetworkView, snap: Snapshot, shown: list[str],
               pixel: float) -> dict[int, QPointF]:
    """The inputs `shown` (feature names), or with `pixel` > 0 the digit picture with
    pixels that size; returns where each active input's links start."""
    scene, active = view.scene(), list(snap.features)
    starts: dict[int, QPointF] = {}
    view.digit_input = None
    if pixel > 0:
        picture = view.digit_input = DigitInputItem(pixel)
        picture.setPos(0, TOP + max(0.0, (max(snap.units) * ROW - SIDE * pixel) / 2))
        first = snap.data.train_points[:1]  # (its first training digit)
        picture.show_digit(first[0] if len(first) else np.zeros(len(PIXELS)))
        scene.addItem(picture)
        return {i: picture.link_start(i) for i in range(len(PIXELS))}
    for r, name in enumerate(shown):
        item = NeuronItem(-1, active.index(name) if name in active else -1,
                          view.hover_unit, view.toggle_feature)
        item.feature = name  # type: ignore[attr-defined]
        item.active = name in active
        item.setPos(0, TOP + r * ROW)

        def input_tip(n: str = name) -> str:
            return QCoreApplication.translate(
                "NetworkView", "Input {0}: click to switch it on or off").format(
                    FEATURE_LABELS[n])

        view.texts.add(item, tip=input_tip)
        scene.addItem(item)
        label = view.diagram_text(FEATURE_LABELS[name], 14)
        label.setY(TOP + r * ROW + 9)
        anchor_right(label, -8)
        scene.addItem(label)
        if name in active:
            view.neurons[(-1, active.index(name))] = item
            starts[active.index(name)] = item.scenePos() + QPointF(NODE, NODE / 2)
    return starts
