"""The diagram first: its share of the window's width, measured as the network view's
viewport, by default and in a walkthrough; every walkthrough step whole without scrolling;
View ▸ Reset layout; and a saved layout that would starve the diagram is not restored."""

import pytest
from PySide6.QtCore import Qt

from .conftest import make_window

TIMEOUT = 20_000


def _share(window) -> float:
    return window.network_view.viewport().width() / window.width()


@pytest.mark.parametrize("size, least", [((1280, 720), 0.40), ((1024, 768), 0.35),
                                         ((1600, 1000), 0.45)])
def test_the_diagram_keeps_its_share(qtbot, tmp_path, size, least):
    window = make_window(qtbot, tmp_path, size)
    assert _share(window) >= least


def _walking(qtbot, tmp_path, size, present: bool):
    """A window of `size` in the lecture's walkthrough, in presentation mode if asked."""
    window = make_window(qtbot, tmp_path, size)
    if present:
        window.presentation.set(True, 1.5)
    window.start_preset("lecture")
    qtbot.waitUntil(lambda: window.walkthrough.active and len(window.walkthrough.steps) > 20,
                    timeout=TIMEOUT)
    # Its dock takes the height it needs once the layout has settled.
    qtbot.waitUntil(window.docks.walkthrough_fitted, timeout=TIMEOUT)
    return window


@pytest.mark.parametrize("size, present", [((1280, 720), False), ((1920, 1080), True)])
def test_a_walkthrough_gives_the_diagram_half(qtbot, tmp_path, size, present):
    window = _walking(qtbot, tmp_path, size, present)
    assert _share(window) >= 0.5
    assert window.walkthrough_dock.isVisible() and not window.controls_dock.isVisible()


@pytest.mark.parametrize("size, present", [((1600, 1000), False), ((1920, 1080), True)])
def test_every_walkthrough_step_reads_without_scrolling(qtbot, tmp_path, size, present):
    window = _walking(qtbot, tmp_path, size, present)
    text = window.walkthrough_panel.text
    for i in range(len(window.walkthrough.steps)):
        window.walkthrough.go(i)
        qtbot.wait(5)
        assert text.verticalScrollBar().maximum() == 0, (i, text.toPlainText()[:80])
    assert _share(window) >= 0.5


def test_reset_layout(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, (1280, 800))
    window.resizeDocks([window.boundary_dock], [900], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: _share(window) < 0.3, timeout=TIMEOUT)
    window.action_set.reset_layout.trigger()
    qtbot.waitUntil(lambda: _share(window) >= 0.40, timeout=TIMEOUT)


def test_a_starving_saved_layout_is_not_restored(qtbot, tmp_path):
    first = make_window(qtbot, tmp_path, (1280, 800))
    first.resizeDocks([first.boundary_dock], [900], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: _share(first) < 0.3, timeout=TIMEOUT)
    first.close()
    second = make_window(qtbot, tmp_path, restore_layout=True)
    qtbot.waitUntil(lambda: _share(second) >= 0.40, timeout=TIMEOUT)
    assert second.width() == first.width()  # the geometry itself is kept


@pytest.mark.slow  # every one of its hundreds of steps laid out: 20 s
def test_a_softmax_walkthrough_reads_without_scrolling_at_1280_by_800(qtbot, tmp_path):
    """Its steps are taller than the lecture's (the sum over the classes): the text is set
    smaller, down to 80 %, rather than hide its last line under a scroll bar."""
    from mlpviz.core.session import commands as c
    from mlpviz.gui.walkthrough.walkthrough_panel import TEXT_PT
    from mlpviz.gui.walkthrough.walkthrough_text import SMALLEST

    window = make_window(qtbot, tmp_path, (1280, 800))
    window.model.send(c.SetData(dataset="spiral3"))
    qtbot.waitUntil(lambda: window.model.snapshot.units[-1] == 3, timeout=TIMEOUT)
    window.action_set.walkthrough.trigger()
    qtbot.waitUntil(lambda: window.walkthrough.active, timeout=TIMEOUT)
    qtbot.waitUntil(window.docks.walkthrough_fitted, timeout=TIMEOUT)
    text = window.walkthrough_panel.text
    assert SMALLEST * TEXT_PT <= text.font().pointSizeF() < TEXT_PT
    for i in range(len(window.walkthrough.steps)):
        window.walkthrough.go(i)
        qtbot.wait(5)
        assert text.verticalScrollBar().maximum() == 0, (i, text.toPlainText()[:80])
    assert _share(window) >= 0.5


def test_shrinking_the_window_keeps_the_diagrams_share(qtbot, tmp_path):
    """From 1600 to 1024 px wide the docks kept their pixels and the diagram was left
    221 px (issue 24): the side docks keep their shares of the width instead."""
    window = make_window(qtbot, tmp_path, (1600, 1000))
    qtbot.waitUntil(lambda: _share(window) >= 0.45, timeout=TIMEOUT)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: _share(window) >= 0.35, timeout=TIMEOUT)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: _share(window) >= 0.45, timeout=TIMEOUT)
