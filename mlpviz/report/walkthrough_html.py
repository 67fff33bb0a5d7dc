"""The walkthrough's formulas as Qt rich text (its HTML subset).

Qt rich text was chosen over matplotlib's mathtext: it scales with the widget's font (so
presentation mode and a projector get large, sharp formulas for free), needs no extra
dependency or image rendering, and <sub>, <sup>, Unicode ∂ η Σ and tables carry everything
the lecture writes. Its fractions are written ∂E/∂w inline rather than stacked.

Names follow the lecture (w1 … w6, b1 … b3, net, out, η) for its 2-2-1 network and
w⁽ˡ⁾ᵢⱼ in general; numbers are rounded to 6 decimals.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..core.lessons.trace import Walkthrough
from ..core.nn.activations import get_activation
from ..core.nn.naming import is_lecture_shape
from .loss_text import loss_text, shortcut_text
from .numbers import fmt
from .plain_text import html_text

MEANING = {
    1: "how the error changes with the unit's output",
    2: "how the unit's output changes with its net input (the activation's slope)",
    3: "how the net input changes with the parameter",
}
# Every sentence the panel shows, so the window can translate them (the GUI passes `tr`;
# Markdown and tests use them as they are).
ZERO_SLOPE = ("The slope is 0 here, so no gradient flows through this unit (for the step "
              "function it is 0 everywhere: why a perceptron cannot learn by backprop).")
PHASES = ("forward", "loss", "backward", "update", "apply")
CE_SHORTCUT = ("With cross-entropy the slope ② cancels the denominator of ①, so "
               "∂E/∂net = out − t:")
SOFTMAX_SHORTCUT = ("With cross-entropy, as the targets sum to 1, ∂E/∂net is out − t:")
TEXTS = (*MEANING.values(), ZERO_SLOPE, *PHASES, "Update {0}", "All parameters updated",
         "the output is now {0}",
         "Forward pass: {0}", "f is {0}", "Loss", "Backward: ∂E/∂{0}",
         "a hidden unit feeds every unit k above it, so",
         "softmax mixes its units, so ① and ② are taken together",
         "Forward pass in matrix form", "Backward pass in matrix form", CE_SHORTCUT,
         SOFTMAX_SHORTCUT)


def _same(text: str) -> str:
    return text


class Names:
    """The lecture's names on its 2-2-1 net, w⁽ˡ⁾ᵢⱼ and b⁽ˡ⁾ⱼ on any other."""

    def __init__(self, units: list[int], n_inputs: int) -> None:
        self.lecture = is_lecture_shape(units, n_inputs)

    def param(self, r: dict[str, Any]) -> str:
        if self.lecture:
            return _sub(r["param"])
        l = r["layer"] + 1
        if r["kind"] == "weight":
            return f"w<sup>({l})</sup><sub>{r['i'] + 1}{r['j'] + 1}</sub>"
        return f"b<sup>({l})</sup><sub>{r['j'] + 1}</sub>"

    def weight(self, name: str, layer: int, i: int, j: int) -> str:
        if self.lecture:
            return _sub(name)
        return f"w<sup>({layer + 1})</sup><sub>{i + 1}{j + 1}</sub>"

    def bias(self, name: str, layer: int, j: int) -> str:
        return _sub(name) if self.lecture else f"b<sup>({layer + 1})</sup><sub>{j + 1}</sub>"


def _sub(name: str) -> str:
    """w5 → w<sub>5</sub>; h2,1 → h<sub>2,1</sub>; x1sq → x1sq."""
    head = name.rstrip("0123456789,")
    tail = name[len(head):]
    return f"{html_text(head)}<sub>{tail}</sub>" if tail and head else html_text(name)


def _unit(kind: str, name: str) -> str:
    return f"{kind}<sub>{html_text(name)}</sub>"


def _b(v: float) -> str:
    return f"<b>{fmt(v)}</b>"


def step_html(w: Walkthrough, r: dict[str, Any], names: Names,
              tr: Callable[[str], str] = _same) -> str:
    """One record as rich text; `tr` translates the sentences (see TEXTS)."""
    phase = r["phase"]
    if phase == "forward":
        return _forward(r, names, tr)
    if phase == "loss":
        return _loss(r, tr)
    if phase == "backward":
        return _backward(r, names, tr)
    if phase == "update":
        p = names.param(r)
        return (f"<h3>{tr('Update {0}').format(p)}</h3><p>{p} ← {p} − η · ∂E/∂{p}</p>"
                f"<p>= {fmt(r['old'])} − {fmt(r['lr'])} × {fmt(r['gradient'])} "
                f"= {_b(r['new'])}</p>")
    outs = ", ".join(fmt(v) for v in r["outputs_after"])
    return (f"<h3>{tr('All parameters updated')}</h3><p>E: {fmt(r['loss_before'])} → "
            f"{_b(r['loss_after'])}</p><p>{tr('the output is now {0}').format(outs)}</p>")


def _forward(r: dict[str, Any], names: Names, tr: Callable[[str], str]) -> str:
    unit = r["name"]
    net, out = _unit("net", unit), _unit("out", unit)
    below = ["x" if r["layer"] == 0 else "out" for _ in r["terms"]]
    symbols = " + ".join(
        f"{names.weight(t['weight'], r['layer'], i, r['unit'])}·"
        f"{_sub(t['input']) if b == 'x' else _unit('out', t['input'])}"
        for i, (t, b) in enumerate(zip(r["terms"], below, strict=True)))
    numbers = " + ".join(f"{fmt(t['w'])}·{fmt(t['a'])}" for t in r["terms"])
    f = get_activation(r["activation"]).html.format(z=fmt(r["z"]))
    bias = names.bias(r["bias"], r["layer"], r["unit"])
    return (f"<h3>{tr('Forward pass: {0}').format(html_text(unit))}</h3>"
            f"<p>{net} = {symbols} + {bias}</p>"
            f"<p>= {numbers} + {fmt(r['b'])} = {_b(r['z'])}</p>"
            f"<p>{out} = f({net}) = {f} = {_b(r['a'])}</p>"
            f"<p class=note>{tr('f is {0}').format(r['activation'])}</p>")


def _loss(r: dict[str, Any], tr: Callable[[str], str]) -> str:
    formula, numbers = loss_text(r)
    return f"<h3>{tr('Loss')}</h3><p>{formula}</p><p>= {_b_text(numbers)}</p>"


def _b_text(numbers: str) -> str:
    """The value after the last '=' in bold, as _b does for a number."""
    head, _, value = numbers.rpartition("= ")
    return f"{head}= <b>{value}</b>"


def _backward(r: dict[str, Any], names: Names, tr: Callable[[str], str]) -> str:
    j, p = r["unit_name"], names.param(r)
    out, net = _unit("out", j), _unit("net", j)
    head = f"<h3>{tr('Backward: ∂E/∂{0}').format(p)}</h3>"
    chain = (f"<p>∂E/∂{p} = <span class=one>① ∂E/∂{out}</span> × "
             f"<span class=two>② ∂{out}/∂{net}</span> × "
             f"<span class=three>③ ∂{net}/∂{p}</span></p>")
    if "sum_terms" in r:
        terms = " + ".join(
            (f"{fmt(t['dE_dout'])} × {fmt(t['dout_dnet'])} × {fmt(t['w'])}"
             if t["dout_dnet"] is not None else f"{fmt(t['dE_dnet'])} × {fmt(t['w'])}")
            for t in r["sum_terms"])
        one = (f"① {tr(MEANING[1])}: {tr('a hidden unit feeds every unit k above it, so')}<br>"
               f"∂E/∂{out} = Σ<sub>k</sub> ∂E/∂out<sub>k</sub> · ∂out<sub>k</sub>/∂net"
               f"<sub>k</sub> · w<sub>{html_text(j)}k</sub> = {terms} = "
               f"{_b(r['dE_dout'])}")
    else:
        one = f"① {tr(MEANING[1])}: ∂E/∂{out} = {_b(r['dE_dout'])}"
    shortcut = shortcut_text(r)
    if shortcut:  # out_k → out<sub>k</sub>
        shortcut = re.sub(r"_(\w+)", r"<sub>\1</sub>", html.escape(shortcut))
    if r["dout_dnet"] is None:
        two = (f"② {tr('softmax mixes its units, so ① and ② are taken together')}: "
               f"∂E/∂{net} = {_b(r['dE_dnet'])}")
        if shortcut:
            two += f"<br>{tr(SOFTMAX_SHORTCUT)}<br>{shortcut}"
        product = f"{fmt(r['dE_dnet'])} × {fmt(r['dnet_dparam'])}"
    else:
        slope = get_activation(r["activation"]).slope_html
        two = f"② {tr(MEANING[2])}: {slope} = {_b(r['dout_dnet'])}"
        if r["dout_dnet"] == 0:
            two += "<br><i>" + tr(ZERO_SLOPE) + "</i>"
        if shortcut:
            two += f"<br>{tr(CE_SHORTCUT)}<br>{shortcut}"
        product = (f"{fmt(r['dE_dout'])} × {fmt(r['dout_dnet'])} × "
                   f"{fmt(r['dnet_dparam'])}")
    src = "1" if r["kind"] == "bias" else (
        _sub(r["input"]) if r["layer"] == 0 else _unit("out", r["input"]))
    three = f"③ {tr(MEANING[3])}: ∂{net}/∂{p} = {src} = {_b(r['dnet_dparam'])}"
    return (f"{head}{chain}<p>{one}</p><p>{two}</p><p>{three}</p>"
            f"<p>∂E/∂{p} = {product} = {_b(r['gradient'])}</p>")


# -- the matrix form --------------------------------------------------------------------
def matrix_table(m: NDArray[np.float64]) -> str:
    rows = "".join("<tr>" + "".join(f"<td align=right style='white-space:nowrap'>"
                                    f"{fmt(float(v))}</td>" for v in row)
                   + "</tr>" for row in np.atleast_2d(m))
    # Qt's rich text draws no side-only borders, so a matrix is a light grid.
    return (f"<table border=1 cellspacing=0 cellpadding=4 style='border-color:#999'>{rows}"
            "</table>")


def _shape(m: NDArray[np.float64]) -> str:
    m = np.atleast_2d(m)
    return f"{m.shape[0]}×{m.shape[1]}"


def _eq(*cells: str) -> str:
    """A row of matrices and operators, none broken across lines (a narrow column broke
    0.524979 into '0.5/24/97/9')."""
    return ("<table cellspacing=4><tr>" + "".join(
        f"<td valign=middle style='white-space:nowrap'>{c}</td>" for c in cells)
        + "</tr></table>")


def matrix_html(w: Walkthrough, weights: list[NDArray[np.float64]],
                biases: list[NDArray[np.float64]], backward: bool,
                tr: Callable[[str], str] = _same, recap: bool = True) -> str:
    """Z = X·W + B layer by layer with the actual matrices (row convention: the sample is a
    row), then, on the way back, δ and the gradient matrices (and the forward pass again
    under them, unless `recap` is False: a step shortened to fit a projector)."""
    acts = [np.array(a).reshape(1, -1) for a in w.activations]
    zs = [np.array(z).reshape(1, -1) for z in w.zs]
    forward = [f"<h3>{tr('Forward pass in matrix form')}</h3>"]
    parts = forward
    for l, (wm, b) in enumerate(zip(weights, biases, strict=True)):
        a_name = "X" if l == 0 else f"A<sub>{l}</sub>"
        parts.append(f"<p>Z<sub>{l + 1}</sub> = {a_name}·W<sub>{l + 1}</sub> + "
                     f"B<sub>{l + 1}</sub>: ({_shape(acts[l])}) · ({_shape(wm)}) + "
                     f"({_shape(b)}) → ({_shape(zs[l])})</p>")
        parts.append(_eq(matrix_table(acts[l]), "·", matrix_table(wm), "+",
                         matrix_table(b.reshape(1, -1)), "=", matrix_table(zs[l])))
        # its name on the matrix's row: a step that fits a projector's 720 lines unscrolled
        parts.append(_eq(f"A<sub>{l + 1}</sub> = f(Z<sub>{l + 1}</sub>) =",
                         matrix_table(acts[l + 1])))
    if backward:  # the way back first: that is where the walkthrough is
        parts = [f"<h3>{tr('Backward pass in matrix form')}</h3>"]
        n = len(weights)
        for l in range(n - 1, -1, -1):
            delta = np.array(w.gradients.biases[l]).reshape(1, -1)
            if l == n - 1:
                formula = (f"δ<sub>{l + 1}</sub> = ∂E/∂Z<sub>{l + 1}</sub> = "
                           f"(A<sub>{l + 1}</sub> − T) ⊙ f′(Z<sub>{l + 1}</sub>) =")
            else:
                formula = (f"δ<sub>{l + 1}</sub> = (δ<sub>{l + 2}</sub>·W<sub>{l + 2}"
                           f"</sub><sup>T</sup>) ⊙ f′(Z<sub>{l + 1}</sub>) =")
            parts.append(_eq(formula, matrix_table(delta)))  # one row a matrix: see above
            a_name = "X" if l == 0 else f"A<sub>{l}</sub>"
            gw = np.array(w.gradients.weights[l])
            parts.append(f"<p>∂E/∂W<sub>{l + 1}</sub> = {a_name}<sup>T</sup>·δ<sub>{l + 1}"
                         f"</sub>: ({_shape(acts[l].T)}) · ({_shape(delta)}) → "
                         f"({_shape(gw)}); ∂E/∂B<sub>{l + 1}</sub> = δ<sub>{l + 1}</sub>"
                         "</p>")  # (no word between them: it was left in English)
            parts.append(_eq(matrix_table(acts[l].T), "·", matrix_table(delta), "=",
                             matrix_table(gw)))
        if recap:
            parts += forward
    return "".join(parts)
