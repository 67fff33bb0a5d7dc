"""The window at its largest network: the diagram by level of detail (one item for the links,
one for the thumbnails), the maps of a big network made less often while it plays, and a
network too big for the frame budget refused with the limit named."""

import numpy as np
import pytest

from mlpviz.core.errors import MlpvizError
from mlpviz.core.nn.network import MLP
from mlpviz.core.nn.network_edit import WINDOW_MAX_WEIGHTS
from mlpviz.core.session import commands as c
from mlpviz.core.session.training_session import TrainingSession
from mlpviz.core.training.scenario import Scenario
from mlpviz.gui.diagram.diagram_layers import MAX_DRAWN

TIMEOUT = 20_000
BIG = (32,) * 10


def test_the_largest_network_is_drawn_by_two_items(qtbot, window):
    view = window.network_view
    for _ in range(8):  # the default 4-2 grown to 10 layers of 32, as a user would
        window.model.send(c.AddLayer(32))
    qtbot.waitUntil(lambda: len(window.model.snapshot.units) == 11, timeout=TIMEOUT)
    for l in range(10):
        for _ in range(32 - window.model.snapshot.units[l]):
            window.model.send(c.AddUnit(l))
    qtbot.waitUntil(lambda: window.model.snapshot.units[:10] == [32] * 10, timeout=TIMEOUT)
    window.clock.flush()
    assert view.links == {} and view.link_layer is not None
    assert view.link_layer.total == sum(w.size for w in window.model.snapshot.weights)
    assert view.link_layer.shown == MAX_DRAWN
    window.model.play()
    qtbot.waitUntil(lambda: window.model.snapshot.epoch > 3, timeout=TIMEOUT)
    window.model.pause()
    image = window.network_view.grab()
    assert not image.isNull()


def test_the_strongest_links_are_the_ones_drawn():
    from mlpviz.gui.diagram.diagram_layers import LinkLayer

    n = 3000
    layer = LinkLayer(np.zeros((n, 2)), np.ones((n, 2)))
    w = np.linspace(-1, 1, n)
    layer.set_weights(w)
    assert layer.shown == MAX_DRAWN
    drawn = sum(path.elementCount() for _, path in layer._groups) // 2
    assert drawn == MAX_DRAWN


def test_a_big_networks_maps_are_made_every_few_frames_while_it_plays():
    session = TrainingSession(Scenario(hidden=BIG))
    session.apply(c.Play())
    full = session.picture.grid.evaluate
    made = []
    session.picture.grid.evaluate = lambda *a, **k: made.append(1) or full(*a, **k)
    for _ in range(9):
        session.trainer.step()
        session.snapshot()
    assert 2 <= len(made) <= 4  # every third snapshot in full, thumbnails in between
    session.apply(c.Pause())
    made.clear()
    session.trainer.step()
    session.snapshot()
    assert made == [1]  # paused: exact


def test_a_network_too_big_for_the_window_is_refused_with_the_limit():
    session = TrainingSession(Scenario())
    rng = np.random.default_rng(0)
    big = MLP.create(2, [128, 128], 1, "tanh", "tanh", rng=rng)
    with pytest.raises(MlpvizError, match=f"{WINDOW_MAX_WEIGHTS:,} weights"):
        session.apply(c.LoadNetwork(big))
    assert session.net.units == [4, 2, 1]  # unchanged


def test_presenting_draws_fewer_and_says_so(qtbot, window):
    from mlpviz.gui.diagram.diagram_layers import MAX_DRAWN_PRESENTING

    window.apply_preset("digits")  # 64 · 32 + 32 · 10 links: a link layer
    view = window.network_view
    qtbot.waitUntil(lambda: view.link_layer is not None and view.link_layer.shown > 0,
                    timeout=TIMEOUT)
    assert view.link_layer.shown == MAX_DRAWN

    def noted(count: int) -> bool:
        return any(f"The {count:,} strongest" in getattr(item, "text", str)()
                   for item in view.scene().items() if hasattr(item, "text"))

    assert noted(MAX_DRAWN)
    window.presentation.set(True)
    assert view.link_layer.shown == MAX_DRAWN_PRESENTING and noted(MAX_DRAWN_PRESENTING)
    window.presentation.set(False)
    assert view.link_layer.shown == MAX_DRAWN and noted(MAX_DRAWN)
