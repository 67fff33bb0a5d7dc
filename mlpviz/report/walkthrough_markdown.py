"""The walkthrough as Markdown with LaTeX math: lecture notes a student can keep.

Names follow the lecture (net, out, η, w1 … w6); numbers are rounded to 6 decimals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..core.lessons.trace import Walkthrough
from ..core.nn.activations import get_activation
from .loss_text import loss_text, shortcut_text
from .numbers import fmt
from .plain_text import markdown_text

# (phase, parameter or None) → {field: the number the slides print}
SlideDigits = dict[tuple[str, str | None], dict[str, float]]


def _sub(name: str) -> str:
    """w5 → w_{5}, h2,1 → h_{2,1}, x1sq stays as text."""
    head = name.rstrip("0123456789,")
    tail = name[len(head):]
    if not tail:
        return rf"\mathrm{{{name}}}" if len(name) > 1 else name
    return f"{head}_{{{tail}}}"


def _input(name: str, layer: int) -> str:
    """The lecture writes inputs as x1 and hidden outputs as out_h1."""
    return _sub(name) if layer == 0 else rf"\mathrm{{out}}_{{{name}}}"


def _sum_term(t: dict[str, Any]) -> str:
    if t["dout_dnet"] is None:
        return f"{fmt(t['dE_dnet'])} \\cdot {fmt(t['w'])}"
    return f"{fmt(t['dE_dout'])} \\cdot {fmt(t['dout_dnet'])} \\cdot {fmt(t['w'])}"


def _forward(rec: dict[str, Any]) -> list[str]:
    z = rf"\mathrm{{net}}_{{{rec['name']}}}"
    symbols = " + ".join(f"{_sub(t['weight'])}\\,{_input(t['input'], rec['layer'])}"
                         for t in rec["terms"])
    numbers = " + ".join(f"{fmt(t['w'])} \\cdot {fmt(t['a'])}" for t in rec["terms"])
    act = get_activation(rec["activation"]).latex.format(z=fmt(rec["z"]))
    out = rf"\mathrm{{out}}_{{{rec['name']}}}"
    return [
        f"**{rec['name']}** ({rec['activation']})",
        "",
        f"$$ {z} = {symbols} + {_sub(rec['bias'])} = {numbers} + {fmt(rec['b'])} "
        f"= {fmt(rec['z'])} $$",
        "",
        f"$$ {out} = {act} = {fmt(rec['a'])} $$",
        "",
    ]


def _backward(rec: dict[str, Any]) -> list[str]:
    j, p = rec["unit_name"], _sub(rec["param"])
    out, net = rf"\mathrm{{out}}_{{{j}}}", rf"\mathrm{{net}}_{{{j}}}"
    d1 = rf"\frac{{\partial E}}{{\partial {out}}}"
    d2 = rf"\frac{{\partial {out}}}{{\partial {net}}}"
    d3 = rf"\frac{{\partial {net}}}{{\partial {p}}}"
    lines = [f"**∂E/∂{rec['param']}**", ""]
    if rec.get("sum_terms"):
        terms = " + ".join(_sum_term(t) for t in rec["sum_terms"])
        lines += [rf"$$ {d1} = \sum_k \frac{{\partial E}}{{\partial \mathrm{{out}}_k}}"
                  rf"\frac{{\partial \mathrm{{out}}_k}}{{\partial \mathrm{{net}}_k}} "
                  rf"w_{{{j}k}} = {terms} "
                  f"= {fmt(rec['dE_dout'])} $$", ""]
    shortcut = shortcut_text(rec, latex=True)
    if shortcut:
        lines += ["With cross-entropy ∂E/∂net = out − t: the slope ② cancels the denominator "
                  "of ① (for softmax, as the targets sum to 1).", "", f"$$ {shortcut} $$", ""]
    if rec["dout_dnet"] is None:  # softmax: ① and ② do not split
        lines += [rf"$$ \frac{{\partial E}}{{\partial {p}}} = "
                  rf"\frac{{\partial E}}{{\partial {net}}} \cdot {d3} = "
                  f"{fmt(rec['dE_dnet'])} \\cdot {fmt(rec['dnet_dparam'])} "
                  f"= {fmt(rec['gradient'])} $$", ""]
        return lines
    lines += [rf"$$ \frac{{\partial E}}{{\partial {p}}} = "
              rf"\underbrace{{{d1}}}_{{\text{{①}}}} \underbrace{{{d2}}}_{{\text{{②}}}} "
              rf"\underbrace{{{d3}}}_{{\text{{③}}}} "
              f"= {fmt(rec['dE_dout'])} \\times {fmt(rec['dout_dnet'])} \\times "
              f"{fmt(rec['dnet_dparam'])} = {fmt(rec['gradient'])} $$", ""]
    return lines


def _network(w: Walkthrough, name: str) -> str:
    """'name: 2-2-1, sigmoid and sigmoid, MSE' from the walk itself."""
    recs = w.records
    sizes = "-".join(str(len(a)) for a in w.activations)
    acts: list[tuple[int, str]] = []
    for r in recs:
        if r["phase"] == "forward" and (not acts or acts[-1][0] != r["layer"]):
            acts.append((r["layer"], r["activation"]))
    loss = next(r["loss"] for r in recs if r["phase"] == "loss")
    shape = f"{sizes}, {' and '.join(a for _, a in acts)}, {loss.replace('_', '-').upper()}"
    return f"{markdown_text(name)}: {shape}" if name else shape


def _slide_note(recs: list[dict[str, Any]], slide_digits: SlideDigits) -> list[str]:
    """Where the lecture's slides print a number cut to 6 decimals, not rounded."""
    pairs = []
    for r in recs:
        for field, slide in slide_digits.get((r["phase"], r.get("param")), {}).items():
            if fmt(r[field]) != f"{slide:.6f}" and (slide, fmt(r[field])) not in pairs:
                pairs.append((slide, fmt(r[field])))
    if not pairs:
        return []
    listed = ", ".join(f"{slide:.6f} (here {ours})" for slide, ours in pairs)
    return [f"The lecture's slides cut numbers to 6 decimals instead: they print {listed}."]


# An input's name goes into the formulas as it is only if it is a plain symbol (x1, x1sq,
# sinx2); any other (a CSV's column could be `<script>` or `$$`) is written x1, x2, … in the
# math, and its real name once, escaped, in the text.
PLAIN_NAME = re.compile(r"[A-Za-z]{1,8}[0-9]{0,3}(sq)?")


def _plain_inputs(recs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The records with every input name the math can show as it is, and the lines that
    say which x stands for which name."""
    names = [t["input"] for t in next(r for r in recs if r["phase"] == "forward")["terms"]]
    if all(PLAIN_NAME.fullmatch(n) for n in names):
        return recs, []
    rename = {n: f"x{i + 1}" for i, n in enumerate(names)}
    out = []
    for r in recs:
        if r["phase"] == "forward" and r["layer"] == 0:
            r = {**r, "terms": [{**t, "input": rename[t["input"]]} for t in r["terms"]]}
        elif r["phase"] == "backward" and r["layer"] == 0 and r["kind"] == "weight":
            r = {**r, "input": rename.get(r["input"], r["input"])}
        out.append(r)
    said = "; ".join(f"x{i + 1} = “{markdown_text(n)}”" for i, n in enumerate(names))
    return out, [f"Inputs: {said}."]


def walkthrough_markdown(w: Walkthrough, network: str = "",
                         slide_digits: SlideDigits | None = None,
                         pause: Callable[[], None] = lambda: None) -> str:
    """`network`: its name, for the notes' heading; `slide_digits`: where the lecture's
    slides print other digits (its worked example only), noted once; `pause()` is called
    after each step (a thread writing a big walkthrough lets the GUI have the GIL)."""
    recs, inputs = _plain_inputs(w.records)
    x = ", ".join(fmt(v) for v in w.x)
    t = ", ".join(fmt(v) for v in w.target)
    lines = ["# Backpropagation, step by step", "",
             f"Network {_network(w, network)}.", *inputs,
             f"Input x = ({x}), target t = ({t}), learning rate η = {fmt(w.lr)}.",
             "Numbers are rounded to 6 decimals.",
             *_slide_note(recs, slide_digits or {}), "", "## 1. Forward pass", ""]
    for rec in recs:
        if rec["phase"] == "forward":
            lines += _forward(rec)
            pause()
    loss = next(r for r in recs if r["phase"] == "loss")
    lines += ["## 2. Loss", ""]
    formula, numbers = loss_text(loss, latex=True)
    lines += [f"$$ {formula} = {numbers} $$", ""]
    lines += ["## 3. Backward pass", "",
              "① how the error changes with the unit's output, "
              "② how the unit's output changes with its net input (the activation's slope), "
              "③ how the net input changes with the parameter.", ""]
    for rec in recs:
        if rec["phase"] == "backward":
            lines += _backward(rec)
            pause()
    lines += ["## 4. Updates", ""]
    for rec in recs:
        if rec["phase"] == "update":
            p = _sub(rec["param"])
            lines += [rf"$$ {p} \leftarrow {p} - \eta \frac{{\partial E}}{{\partial {p}}} = "
                      f"{fmt(rec['old'])} - {fmt(rec['lr'])} \\times {fmt(rec['gradient'])} "
                      f"= {fmt(rec['new'])} $$", ""]
    done = recs[-1]
    lines += ["## 5. After one step", "",
              f"E goes from {fmt(done['loss_before'])} to {fmt(done['loss_after'])}; "
              f"the output is now {', '.join(fmt(v) for v in done['outputs_after'])}.", ""]
    return "\n".join(lines)
