"""Presenting, the diagram's own texts (layer headers, input names, titles) stay at least as
large on screen as the rule for all text: they are scene items, scaled with the diagram to
fit its view, and a walkthrough at 1280×720 drew 뉴런 2개 at 10 px. The view hands over the
texts it made (the buttons' glyphs, + −, are icons and keep their size; the walkthrough's
labels ignore the view's scale already). Not found by walking the scene: PySide6's
parentItem() on a top-level item let Python delete it (the inputs' names vanished)."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QGraphicsView

from ..kit.scale import LEAST_SHARE, TEXT_SHARE, font_pixels

# Item data: its own pixel size; the x of its right edge, the y of its bottom edge, or the
# item it stands on, where it is anchored so (a grown text must not cover its neighbour).
BASE, RIGHT, BOTTOM, ON = 0, 1, 2, 3


def least_pixels() -> float:
    """The smallest text allowed presenting, in pixels: the application's font is
    TEXT_SHARE of the screen's height then, the least LEAST_SHARE of it."""
    return font_pixels(QApplication.font()) * LEAST_SHARE / TEXT_SHARE


def everyday_pixels() -> float:
    """The smallest diagram text outside presentation mode: three quarters of the
    application's font (a 32-unit column at 1600×1000 scaled its headings down to 6 px)."""
    return font_pixels(QApplication.font()) * 0.75


def anchor_right(item: QGraphicsSimpleTextItem, right: float) -> None:
    """Keep the item's right edge at `right` when its size changes (an input's name, left
    of its square)."""
    item.setData(RIGHT, right)
    item.setX(right - item.boundingRect().width())


def anchor_bottom(item: QGraphicsSimpleTextItem, bottom: float) -> None:
    item.setData(BOTTOM, bottom)
    item.setY(bottom - item.boundingRect().height())


def stand_on(item: QGraphicsSimpleTextItem, below: QGraphicsSimpleTextItem) -> None:
    """Keep the item just above `below` (a layer's neuron count over its activation)."""
    item.setData(ON, below)
    item.setY(below.y() - item.boundingRect().height())


def keep_readable(view: QGraphicsView, items: list[QGraphicsSimpleTextItem],
                  least_px: float) -> None:
    """Each of the view's `items` at least `least_px` on screen (0: their own sizes)."""
    scale = view.transform().m11()
    grown: list[QGraphicsSimpleTextItem] = []
    for item in items:
        base = item.data(BASE)
        if base is None:
            base = item.font().pixelSize()
            item.setData(BASE, base)
        px = max(base, math.ceil(least_px / scale)) if least_px > 0 and scale > 0 else base
        if item.font().pixelSize() != px:
            font = item.font()
            font.setPixelSize(px)
            item.setFont(font)
            grown.append(item)
    for item in grown:  # the anchored edges, bottoms before what stands on them
        if item.data(RIGHT) is not None:
            item.setX(item.data(RIGHT) - item.boundingRect().width())
        if item.data(BOTTOM) is not None:
            item.setY(item.data(BOTTOM) - item.boundingRect().height())
    for item in grown:
        below = item.data(ON)
        if below is not None:
            item.setY(below.y() - item.boundingRect().height())
