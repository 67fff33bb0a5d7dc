"""The loss and cross-entropy's shortcut ∂E/∂net = out − t, written out with the numbers, for
the walkthrough's views (rich text in the window, LaTeX in the Markdown notes).

Binary cross-entropy is −[t log out + (1 − t) log(1 − out)]: the "−Σ t log out" of the
softmax form would give 0 for every t = 0, which is not what the trainer computes. A tanh
output is read as p = (1 + out) / 2 first, its targets ±1 as 0 and 1.
"""

from __future__ import annotations

from typing import Any

from .numbers import fmt


def _pairs(rec: dict[str, Any]) -> list[tuple[float, float]]:
    """(target, out) of each output unit, tanh's mapped to 0 … 1."""
    pairs = list(zip(rec["targets"], rec["outputs"], strict=True))
    if rec.get("output") == "tanh":
        pairs = [((1 + t) / 2, (1 + y) / 2) for t, y in pairs]
    return pairs


def loss_text(rec: dict[str, Any], latex: bool = False) -> tuple[str, str]:
    """(the formula, the formula with the numbers = value) of a "loss" record."""
    value = fmt(rec["value"])
    log = r"\log " if latex else "log "
    minus, times = ("-", r" \cdot ") if latex else ("−", " · ")
    if rec["loss"] == "mse":
        terms = " + ".join(f"({fmt(t)} {minus} {fmt(y)})^2" if latex else
                           f"({fmt(t)} − {fmt(y)})²" for t, y in _pairs(rec))
        if latex:
            return (r"E = \frac{1}{2} \sum (t - \mathrm{out})^2",
                    rf"\frac{{1}}{{2}}({terms}) = {value}")
        return "E = ½ Σ (target − out)²", f"½ · {terms} = {value}"
    out = r"\mathrm{out}" if latex else "out"
    if rec.get("output") == "softmax":
        terms = " + ".join(f"{fmt(t)}{times}{log}{fmt(y)}" for t, y in _pairs(rec))
        sigma = r"\sum" if latex else "Σ"
        return f"E = {minus}{sigma} t{times}{log}{out}", f"{minus}({terms}) = {value}"
    p = "p" if rec.get("output") == "tanh" else out
    terms = " + ".join(f"[{fmt(t)}{times}{log}{fmt(y)} + (1 {minus} {fmt(t)}){times}"
                       f"{log}(1 {minus} {fmt(y)})]" for t, y in _pairs(rec))
    sigma = r"\sum " if latex else "Σ "
    formula = (f"E = {minus}{sigma}[t{times}{log}{p} + (1 {minus} t){times}{log}"
               f"(1 {minus} {p})]")
    if rec.get("output") == "tanh":
        formula += (r",\ p = \frac{1 + \mathrm{out}}{2}" if latex
                    else ", p = (1 + out) / 2")
    if len(rec["targets"]) > 1:
        terms = f"({terms})"
    return formula, f"{minus}{terms} = {value}"


def shortcut_text(rec: dict[str, Any], latex: bool = False) -> str | None:
    """For an output unit under cross-entropy, why ∂E/∂net = out − t, with its numbers; None
    for any other unit."""
    ce = rec.get("cross_entropy")
    if ce is None:
        return None
    minus = "-" if latex else "−"
    end = f"{fmt(ce['out'])} {minus} {fmt(ce['target'])} = {fmt(rec['dE_dnet'])}"
    if rec["dout_dnet"] is None:  # softmax
        if latex:
            return (r"\frac{\partial E}{\partial \mathrm{net}_k} = \sum_j "
                    r"\frac{-t_j}{\mathrm{out}_j}\,\mathrm{out}_j(\delta_{jk} - "
                    r"\mathrm{out}_k) = \mathrm{out}_k \sum_j t_j - t_k = \mathrm{out}_k "
                    rf"- t_k = {end}")
        return ("∂E/∂net_k = Σ_j (−t_j / out_j) · out_j (δ_jk − out_k) = out_k Σ_j t_j − t_k "
                f"= out_k − t_k = {end}")
    if latex:
        return (r"\text{①} \times \text{②} = "
                rf"{fmt(rec['dE_dout'])} \times {fmt(rec['dout_dnet'])} = "
                rf"\mathrm{{out}} - t = {end}")
    return (f"① × ② = {fmt(rec['dE_dout'])} × {fmt(rec['dout_dnet'])} = out − t = {end}")
