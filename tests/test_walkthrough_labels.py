"""The walkthrough reads at a glance: every weight and bias has its label, at least 11 px
high (16 px in presentation mode), and no two texts on the diagram overlap, at every step,
for the lecture's 2-2-1 network and the window's 2-4-2-1, in both modes."""

import pytest
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from .conftest import make_window

TIMEOUT = 20_000


def _texts(view) -> list[tuple[str, object]]:
    """(text, its rectangle in the view's pixels) for every text on the diagram."""
    out = []
    for item in view.scene().items():
        if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible() and item.text():
            rect = item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect())
            out.append((item.text(), rect))
    return out


def _overlaps(texts) -> list[tuple[str, str]]:
    found = []
    for n, (a, ra) in enumerate(texts):
        for b, rb in texts[n + 1:]:
            if ra.adjusted(1, 1, -1, -1).intersects(rb.adjusted(1, 1, -1, -1)):
                found.append((a, b))
    return found


@pytest.mark.parametrize("present", [False, True], ids=["normal", "presentation"])
@pytest.mark.parametrize("network", ["lecture", "2-4-2-1"])
def test_labels_are_all_there_large_enough_and_apart(qtbot, tmp_path, network, present):
    window = make_window(qtbot, tmp_path, (1920, 1080) if present else (1600, 1000))
    if present:
        window.presentation.set(True, 1.5)
    if network == "lecture":
        window.start_preset("lecture")
    else:
        window.set_walkthrough_mode(True)  # the window's own 2-4-2-1 network
    wm, view = window.walkthrough, window.network_view
    units = [2, 1] if network == "lecture" else [4, 2, 1]
    qtbot.waitUntil(lambda: wm.active and wm.net.units == units
                    and window.model.snapshot.units == units, timeout=TIMEOUT)
    qtbot.waitUntil(window.docks.walkthrough_fitted, timeout=TIMEOUT)
    least = 16 if present else 11
    for i in range(len(wm.steps)):
        wm.go(i)
        overlay = view.overlay
        assert len(overlay.param_labels) == len(view.links) + len(view.biases)
        for label in [*overlay.param_labels.values(), *overlay.neuron_labels.values()]:
            assert label.font().pixelSize() >= least
        texts = _texts(view)
        assert not _overlaps(texts), (i, _overlaps(texts)[:3])
    # Only the network's own inputs are drawn while walking through.
    assert sum(1 for key in view.neurons if key[0] == -1) == 2
    assert not [t for t, _ in _texts(view) if t in ("x₁²", "sin x₁")]
