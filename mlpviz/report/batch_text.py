"""The mini-batch walkthrough as text: a step as rich text for the window's panel, the whole
batch as Markdown notes. The formulas are plain Unicode lines shared by both."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from ..core.lessons.batch_trace import BatchWalkthrough
from .numbers import fmt
from .plain_text import markdown_text

# Sentences the window translates (context "walkthrough"; listed in gui/i18n.py).
SAMPLE_TITLE = "Sample {0} of {1}: its own gradient"
MEAN_TITLE = "The mean gradient of {0}"
STEP_TITLE = "Update {0} on the mean"
APPLY_TITLE = "The batch after one step"
MEAN_NOTE = ("Training steps on the batch's mean loss, so its gradient is the mean of the "
             "samples' gradients.")
STATE_NOTE = "The optimizer's state starts at zero: this is its first step."
TEXTS = (SAMPLE_TITLE, MEAN_TITLE, STEP_TITLE, APPLY_TITLE, MEAN_NOTE, STATE_NOTE)


def _same(text: str) -> str:
    return text


def _vector(values: list[float]) -> str:
    return "(" + ", ".join(fmt(v) for v in values) + ")"


def sample_lines(r: dict[str, Any], names: list[str]) -> list[str]:
    """x, t, out and E of one sample, then its gradient of each parameter."""
    grads = ", ".join(f"∂E/∂{n} = {fmt(g)}" for n, g in zip(names, r["gradients"],
                                                              strict=True))
    return [f"x = {_vector(r['x'])}, t = {_vector(r['target'])}, out = "
            f"{_vector(r['outputs'])}, E = {fmt(r['loss'])}", grads]


def mean_lines(r: dict[str, Any]) -> list[str]:
    k, p = len(r["gradients"]), r["param"]
    terms = fmt(r["gradients"][0]) + "".join(
        f" − {fmt(-g)}" if g < 0 else f" + {fmt(g)}" for g in r["gradients"][1:])
    return [f"ḡ = (1/{k}) Σ_s ∂E_s/∂{p} = ({terms}) / {k} = {fmt(r['mean'])}"]


def step_lines(r: dict[str, Any]) -> list[str]:
    """The optimizer's rule for one parameter, with its numbers."""
    p, g, lr = r["param"], fmt(r["gradient"]), fmt(r["lr"])
    if r["optimizer"] == "momentum":
        return [f"v ← β·v + ḡ = {fmt(r['beta'])} × 0 + {g} = {fmt(r['velocity'])}",
                f"{p} ← {p} − η·v = {fmt(r['old'])} − {lr} × {fmt(r['velocity'])} = "
                f"{fmt(r['new'])}"]
    if r["optimizer"] == "adam":
        b1, b2 = fmt(r["beta1"]), fmt(r["beta2"])
        return [f"m ← β₁·m + (1 − β₁)·ḡ = {b1} × 0 + (1 − {b1}) × {g} = {fmt(r['m'])}",
                f"v ← β₂·v + (1 − β₂)·ḡ² = {b2} × 0 + (1 − {b2}) × {g}² = {fmt(r['v'], 12)}",
                f"m̂ = m / (1 − β₁^{r['step']}) = {fmt(r['m_hat'])}, "
                f"v̂ = v / (1 − β₂^{r['step']}) = {fmt(r['v_hat'], 12)}",
                f"{p} ← {p} − η·m̂ / (√v̂ + ε) = {fmt(r['old'])} − {lr} × "
                f"{fmt(r['m_hat'])} / (√{fmt(r['v_hat'], 12)} + {r['eps']:g}) = "
                f"{fmt(r['new'])}"]
    return [f"{p} ← {p} − η·ḡ = {fmt(r['old'])} − {lr} × {g} = {fmt(r['new'])}"]


def apply_lines(r: dict[str, Any]) -> list[str]:
    return [f"E of the batch (the mean over its {r['samples']} samples): "
            f"{fmt(r['loss_before'])} → {fmt(r['loss_after'])}"]


def batch_step_html(r: dict[str, Any], names: list[str], tr: Callable[[str], str] = _same
                    ) -> str:
    """One record of a batch walkthrough as rich text; `names` the parameters in order."""
    phase = r["phase"]
    if phase == "sample":
        title = tr(SAMPLE_TITLE).format(r["sample"] + 1, r["of"])
        lines, note = sample_lines(r, names), ""
    elif phase == "mean":
        title, lines = tr(MEAN_TITLE).format(r["param"]), mean_lines(r)
        note = tr(MEAN_NOTE)
    elif phase == "step":
        title, lines = tr(STEP_TITLE).format(r["param"]), step_lines(r)
        note = tr(STATE_NOTE) if r["optimizer"] != "sgd" else ""
    else:
        title, lines, note = tr(APPLY_TITLE), apply_lines(r), ""
    # Our own numbers and names, whole (html_text would cut a long line at 120 characters).
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    if phase == "sample":  # the gradients as a table, four to a row
        cells = [f"∂E/∂{n} = {fmt(g)}" for n, g in zip(names, r["gradients"], strict=True)]
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells[i:i + 4])
                       + "</tr>" for i in range(0, len(cells), 4))
        body = f"<p>{html.escape(lines[0])}</p><table cellspacing=2 cellpadding=2>{rows}</table>"
    return (f"<h3>{html.escape(title)}</h3>{body}"
            + (f"<p class=note>{html.escape(note)}</p>" if note else ""))


def batch_markdown(b: BatchWalkthrough, names: list[str], network: str = "") -> str:
    """The whole batch as Markdown: each sample, the table of gradients and their means,
    the updates, the loss after."""
    samples = [r for r in b.records if r["phase"] == "sample"]
    k = len(samples)
    lines = ["# A mini-batch, step by step", "",
             f"Network {markdown_text(network) or 'from the window'}: {k} samples, "
             f"{b.optimizer}, learning rate η = {fmt(b.lr)}. Numbers are rounded to 6 "
             "decimals.", "", "## 1. Each sample's gradient", ""]
    for r in samples:
        lines += [f"**Sample {r['sample'] + 1}**: {sample_lines(r, names)[0]}", ""]
    lines += ["## 2. The mean gradient", "", MEAN_NOTE, "",
              "| parameter | " + " | ".join(f"sample {s + 1}" for s in range(k))
              + " | mean ḡ |", "|---" * (k + 2) + "|"]
    for r in b.records:
        if r["phase"] == "mean":
            lines.append(f"| {r['param']} | " + " | ".join(fmt(g) for g in r["gradients"])
                         + f" | {fmt(r['mean'])} |")
    lines += ["", f"## 3. The update ({b.optimizer})", ""]
    if b.optimizer != "sgd":
        lines += [STATE_NOTE, ""]
    for r in b.records:
        if r["phase"] == "step":
            lines += [*(f"- {line}" if i == 0 else f"  {line}"
                        for i, line in enumerate(step_lines(r)))]
    lines += ["", "## 4. After the step", "", apply_lines(b.records[-1])[0], ""]
    return "\n".join(lines)
