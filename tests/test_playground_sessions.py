"""A Playground run saved and opened again is Playground's run still; a session file of the
earlier version (1, before Playground runs) still opens, the same."""

import json
from pathlib import Path

import numpy as np
import pytest

from mlpviz.core.errors import MlpvizError
from mlpviz.core.playground.link import read_link
from mlpviz.core.session import commands as c
from mlpviz.core.session.session_file import (
    load_session,
    session_from_dict,
    session_text,
    session_to_dict,
)
from mlpviz.core.session.training_session import TrainingSession

FIXTURES = Path(__file__).parent / "fixtures"
VIEW = {"show_test": False, "discretize": False, "log_scale": False, "step_mode": "epoch"}


def _opened(session) -> TrainingSession:
    s = TrainingSession()
    s.apply(c.LoadSession(session_from_dict(json.loads(session_text(session)))))
    return s


def test_a_version_1_session_opens_as_it_did():
    old = load_session(FIXTURES / "session_v1.mlpviz")
    d = json.loads((FIXTURES / "session_v1.mlpviz").read_text())
    assert d["version"] == 1 and "playground" not in d
    assert old.playground is None and old.scenario.dataset == "xor" and old.epoch == 3
    assert session_to_dict(old)["version"] == 2  # written again, it is of today's version
    s = TrainingSession()
    s.apply(c.LoadSession(old))
    assert s.trainer.backend.name != "playground" and s.playground is None
    np.testing.assert_array_equal(s.net.params, old.network.params)


def test_a_saved_playground_run_goes_on_as_playgrounds():
    f = json.loads((FIXTURES / "playground" / "defaults.json").read_text())
    live = TrainingSession()
    live.apply(c.UsePlayground(read_link(f["link"]), f["link"]))
    for _ in range(5):
        live.loop.step_epoch()
    saved = live.session(VIEW)
    d = session_to_dict(saved)
    assert d["backend"] == "playground" and d["playground"]["given"] == f["link"]
    again = _opened(saved)
    assert again.trainer.backend.name == "playground" and again.playground is not None
    assert again.playground.state == live.playground.state
    assert again.playground.rng.state() == live.playground.rng.state()
    for epoch in range(6, 11):  # both on, as Playground would have gone on
        ours, theirs = again.loop.step_epoch(), live.loop.step_epoch()
        assert ours.train_loss == theirs.train_loss == pytest.approx(f["losses"][epoch][0],
                                                                      abs=1e-9)
    again.apply(c.Reset())
    live.apply(c.Reset())  # its random numbers were saved where they stood
    np.testing.assert_array_equal(again.net.params, live.net.params)


def test_dead_links_are_kept():
    f = json.loads((FIXTURES / "playground" / "xor_relu_l1.json").read_text())
    live = TrainingSession()
    live.apply(c.UsePlayground(read_link(f["link"])))
    for _ in range(120):
        live.loop.step_epoch()
    saved = live.session(VIEW)
    assert any(any(any(row) for row in layer) for layer in saved.playground.dead)
    again = _opened(saved)
    assert again.playground.record().dead == saved.playground.dead


@pytest.mark.parametrize("change, says", [
    (lambda p: p.update(link="https://example.com/#x=1"), "link"),
    (lambda p: p.update(link=p["link"].replace("seed=", "sed=")), "no seed"),
    (lambda p: p["random"].update(S=[0] * 256), "random"),
    (lambda p: p["random"].update(i=256), "random"),
    (lambda p: p.update(dead=[[[True]]]), "dead"),
])
def test_a_bad_playground_part_is_refused_naming_it(change, says):
    live = TrainingSession()
    live.apply(c.UsePlayground(read_link("playground.tensorflow.org/#seed=0.1")))
    d = session_to_dict(live.session(VIEW))
    change(d["playground"])
    with pytest.raises(MlpvizError, match=f"playground: .*{says}|playground: {says}"):
        session_from_dict(d)
