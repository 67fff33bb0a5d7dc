"""The walkthrough's steps, highlights and labels, without drawing anything."""

import numpy as np
import pytest

from mlpviz.core.nn.network import MLP
from mlpviz.model.walkthrough import WalkthroughModel
from mlpviz.report.walkthrough_html import Names, matrix_html, step_html

from .conftest import ROOT


@pytest.fixture
def wm(lecture_net):
    m = WalkthroughModel()
    m.start(lecture_net, np.zeros(2), np.zeros(1), 0.2)
    return m


def test_lecture_steps_in_order(wm):
    phases = [s["phase"] for s in wm.steps]
    assert phases == ["forward"] * 3 + ["loss"] + ["backward"] * 9 + ["update"] * 9 + ["apply"]
    assert [s["param"] for s in wm.steps if s["phase"] == "backward"] == \
        ["w5", "w6", "b3", "w1", "w2", "w3", "w4", "b1", "b2"]


def test_forward_step_highlights_the_neuron_and_its_inputs(wm):
    hl = wm.highlight()
    assert hl.neurons == {(0, 0), (-1, 0), (-1, 1)}
    assert hl.links == {(0, 0, 0), (0, 1, 0)} and hl.biases == {(0, 0)}
    assert wm.neuron_labels()[(0, 0)] == "net 0.1\nout 0.524979"
    html = step_html(wm.walk, wm.step, Names(wm.net.units, 2))
    assert "w<sub>1</sub>·x<sub>1</sub> + w<sub>3</sub>·x<sub>2</sub> + b<sub>1</sub>" in html
    assert "0.1·0.0 + 0.3·0.0 + 0.1 = <b>0.1</b>" in html
    assert "<b>0.524979</b>" in html


def test_backward_step_for_w5(wm):
    wm.go(4)
    assert wm.step["param"] == "w5"
    hl = wm.highlight()
    assert hl.links == {(1, 0, 0)} and (1, 0) in hl.neurons
    html = step_html(wm.walk, wm.step, Names(wm.net.units, 2))
    for text in ("① how the error changes", "② how the unit's output changes",
                 "③ how the net input changes", "0.709383 × 0.206159 × 0.524979",
                 "<b>0.076776</b>"):
        assert text in html


def test_hidden_unit_sum_is_shown_term_by_term(wm):
    wm.go(7)
    assert wm.step["param"] == "w1"
    hl = wm.highlight()
    assert hl.sum_links == {(1, 0, 0)}  # h1 feeds y through w5
    html = step_html(wm.walk, wm.step, Names(wm.net.units, 2))
    assert "Σ<sub>k</sub>" in html and "0.709383 × 0.206159 × 0.5" in html


def test_updates_change_the_displayed_values(wm):
    wm.go(13)
    assert wm.step["phase"] == "update" and wm.step["param"] == "w5"
    values = wm.parameter_values()
    assert values[("w", 1, 0, 0)] == pytest.approx(0.484645, abs=1e-6)
    assert values[("w", 1, 1, 0)] == 0.6  # w6 not yet
    html = step_html(wm.walk, wm.step, Names(wm.net.units, 2))
    assert "0.5 − 0.2 × 0.076776 = <b>0.484645</b>" in html
    wm.last()
    assert wm.step["phase"] == "apply"
    assert "<b>0.244687</b>" in step_html(wm.walk, wm.step, Names(wm.net.units, 2))
    assert wm.parameter_values()[("b", 0, 1)] == pytest.approx(0.195656, abs=1e-6)


def test_navigation_clamps(wm):
    wm.prev()
    assert wm.index == 0
    wm.last()
    wm.next()
    assert wm.index == len(wm.steps) - 1


def test_quiz04_relu(lecture_net):
    net = MLP(lecture_net.weights, lecture_net.biases, ["relu", "relu"])
    m = WalkthroughModel()
    m.start(net, np.zeros(2), np.zeros(1), 0.2)
    assert m.steps[2]["a"] == pytest.approx(0.47)
    assert m.steps[3]["value"] == pytest.approx(0.110450, abs=1e-6)
    html = step_html(m.walk, m.steps[0], Names(net.units, 2))
    assert "max(0, 0.1) = <b>0.1</b>" in html


def test_step_activation_explains_zero_gradient():
    rng = np.random.default_rng(0)
    net = MLP.create(2, [2], 1, "step", "sigmoid", rng=rng)
    m = WalkthroughModel()
    m.start(net, np.array([1.0, -1.0]), np.array([1.0]), 0.1)
    r = next(s for s in m.steps if s["phase"] == "backward" and s["layer"] == 0)
    assert r["dout_dnet"] == 0.0 and r["gradient"] == 0.0
    assert "no gradient flows" in step_html(m.walk, r, Names(net.units, 2))


def test_general_names():
    net = MLP.create(2, [3, 2], 1, rng=np.random.default_rng(0))
    m = WalkthroughModel()
    m.start(net, np.zeros(2), np.zeros(1), 0.1)
    html = step_html(m.walk, m.steps[0], Names(net.units, 2))
    assert "w<sup>(1)</sup><sub>11</sub>" in html


def test_large_network_follows_one_neuron():
    net = MLP.create(2, [12], 1, rng=np.random.default_rng(0))
    m = WalkthroughModel()
    m.start(net, np.zeros(2), np.zeros(1), 0.1, focus=(0, 3))
    forward = [(s["layer"], s["unit"]) for s in m.steps if s["phase"] == "forward"]
    assert forward == [(0, 3), (1, 0)]
    params = {s["param"] for s in m.steps if s["phase"] == "backward"}
    assert params == {"w4", "w16", "b4", "w28"}  # into h4 from x1, x2; its bias; h4 → y


def test_matrix_form(wm):
    html = matrix_html(wm.walk, wm.net.weights, wm.net.biases, backward=True)
    assert "Z<sub>1</sub> = X·W<sub>1</sub> + B<sub>1</sub>: (1×2) · (2×2) + (1×2) → (1×2)" in html
    assert "∂E/∂W<sub>2</sub> = A<sub>1</sub><sup>T</sup>·δ<sub>2</sub>: (2×1) · (1×1)" in html
    assert "0.076776" in html


def test_markdown_export_matches_golden(lecture_net):
    from mlpviz.core.lessons.presets import LECTURE_SLIDE_DIGITS
    from mlpviz.core.lessons.trace import walkthrough
    from mlpviz.report.walkthrough_markdown import walkthrough_markdown

    text = walkthrough_markdown(walkthrough(lecture_net, np.zeros(2), np.zeros(1), 0.2),
                                "Lecture 2-2-1", LECTURE_SLIDE_DIGITS)
    golden = (ROOT / "tests" / "golden" / "lecture_walkthrough.md").read_text(encoding="utf-8")
    assert text == golden
