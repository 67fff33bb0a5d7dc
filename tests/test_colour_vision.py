"""Colour-blind safety (issue 29): what must be told apart stays apart under simulated
deuteranopia, protanopia and tritanopia (Machado 2009), by CIEDE2000 ΔE ≥ 12: the two
classes, the weights' signs, the loss curves, the activation lab's curves, the 2-D lab's
optimizers, the 1-D lab's learning rates, the walkthrough's three factors. The colours are
read from the live widgets and rendered, then simulated, in each theme."""

import re

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from mlpviz.gui.kit import theme
from mlpviz.gui.walkthrough.walkthrough_text import STYLE

from .colour_vision import LEAST, ciede2000, closest
from .conftest import make_window


def _rendered(colour: QColor) -> tuple[int, int, int]:
    """The colour as Qt paints it over white (a translucent one blends)."""
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 8, 8, colour)
    painter.end()
    c = image.pixelColor(4, 4)
    return c.red(), c.green(), c.blue()


def test_ciede2000_gives_sharma_wu_and_dalal_s_numbers():
    for a, b, expected in [((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
                           ((50, -1.3802, -84.2814), (50, 0, -82.7485), 1.0000),
                           ((50, 2.5, 0), (73, 25, -18), 27.1492)]:
        assert ciede2000(np.array(a), np.array(b)) == pytest.approx(expected, abs=1e-4)


def _groups(window) -> dict[str, dict[str, tuple[int, int, int]]]:
    """Each set of colours that must be told apart, as the window draws them."""
    loss = window.loss_view
    labs = window.central.prepare_lab("activations")
    acts = labs.lab("activations")
    d1, d2 = labs.lab("descent1d"), labs.lab("descent2d")
    from mlpviz.gui.labs.descent1d import COLORS

    groups = {
        "classes": {str(k): _rendered(theme.qcolor(theme.CLASS_COLORS[k])) for k in (0, 1)},
        "weight signs": {"+": _rendered(theme.weight_color(1.0)),
                         "−": _rendered(theme.weight_color(-1.0))},
        "loss curves": {"train": _rendered(loss.train_curve.opts["pen"].color()),
                        "test": _rendered(loss.test_curve.opts["pen"].color())},
        "activations": {name: _rendered(curves[0].opts["pen"].color())
                        for name, curves in acts.curves.items()},
        "optimizers": {name: _rendered(item.opts["pen"].color())
                       for name, item in d2.path_items.items()},
        "learning rates": {str(k): _rendered(QColor(c)) for k, c in enumerate(COLORS)},
        "factors": {k: _rendered(QColor(c)) for k, c in
                    re.findall(r"\.(one|two|three) \{ color: (#[0-9a-f]{6})", STYLE)},
    }
    assert d1 is not None and len(groups["factors"]) == 3
    return groups


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_what_must_be_told_apart_stays_apart_for_colour_blind_eyes(qtbot, tmp_path, theme):
    window = make_window(qtbot, tmp_path)
    window.central.prepare_lab("activations")  # (its plots made before the theme comes)
    window.themes.choose(theme)
    for group, colours in _groups(window).items():
        assert len(colours) >= 2, group
        least = closest(colours)
        assert least[0] >= LEAST, (group, least)
