"""The walkthrough: one forward pass, the loss, backprop and the update, for one sample, as
an ordered list of plain records a view can play one at a time and a file can store.

Every number comes from the network's own forward/backward, so what the walkthrough prints
is what training does. Record kinds (the "phase" key):
  forward  — one unit: z = Σ w·a + b with every term, then a = f(z)
  loss     — E for the sample
  backward — one parameter: ∂E/∂p = ① ∂E/∂out × ② ∂out/∂net × ③ ∂net/∂p; for a hidden unit,
             ① is the sum over the layer above, kept term by term in "sum_terms"; for an
             output unit under cross-entropy, "cross_entropy" holds out and t, as ① × ②
             is out − t
  update   — p ← p − η·g
  apply    — the loss after all updates
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from ..nn.naming import bias_name, input_name, unit_name, weight_name
from ..nn.network import MLP, ForwardPass, Gradients

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Walkthrough:
    x: list[float]
    target: list[float]
    lr: float
    zs: list[list[float]]
    activations: list[list[float]]  # the inputs, then one list per layer
    loss: float
    gradients: Gradients
    updated: MLP
    loss_after: float
    records: list[dict[str, Any]]

    def to_json(self) -> dict[str, Any]:
        return {
            "x": self.x, "target": self.target, "lr": self.lr,
            "forward": {"z": self.zs, "a": self.activations},
            "loss": self.loss,
            "gradients": {"weights": [g.tolist() for g in self.gradients.weights],
                          "biases": [g.tolist() for g in self.gradients.biases]},
            "updated": {"weights": [w.tolist() for w in self.updated.weights],
                        "biases": [b.tolist() for b in self.updated.biases]},
            "loss_after": self.loss_after,
            "trace": self.records,
        }


# The walkthrough lists, for every weight, each term of its unit's ∂E/∂out sum: its size
# grows like units³. The largest network the window builds (10 hidden layers of 32) has
# 270,000 such terms (2 s and 240 MB for `mlpviz walkthrough --json`); a legal file of two
# layers of 1,024 would have a billion.
MAX_TERMS = 300_000


def walkthrough_terms(net: MLP) -> int:
    """How many numbers the walkthrough of `net` lists, near enough: the weights, each
    times the units above it whose sum it shows."""
    sizes = [net.n_inputs, *net.units]
    return sum(sizes[l] * sizes[l + 1] * (sizes[l + 2] if l + 2 < len(sizes) else 1)
               for l in range(len(sizes) - 1))


def check_walkthrough_size(net: MLP) -> None:
    terms = walkthrough_terms(net)
    if terms > MAX_TERMS:
        raise MlpvizError(
            f"this network is too big to walk through: its walkthrough would list {terms:,} "
            f"numbers, at most {MAX_TERMS:,} (about 10 hidden layers of 32) fit in 5 seconds")


def walkthrough(net: MLP, x: Array, target: Array, lr: float) -> Walkthrough:
    """x (n_inputs,), target (n_outputs,) in the output's range; net is not changed."""
    check_walkthrough_size(net)
    x = np.asarray(x, dtype=float).reshape(1, -1)
    t = np.asarray(target, dtype=float).reshape(1, -1)
    fp = net.forward(x)
    grads = net.backward(fp, t)
    loss = net.loss.value(fp.output, t, net.output_activation)
    units, n_in = net.units, net.n_inputs
    records: list[dict[str, Any]] = []

    for l, (w, b) in enumerate(zip(net.weights, net.biases, strict=True)):
        below = fp.activations[l][0]
        for j in range(w.shape[1]):
            records.append({
                "phase": "forward", "layer": l, "unit": j, "name": unit_name(units, l, j),
                "terms": [{"weight": weight_name(units, n_in, l, i, j), "w": float(w[i, j]),
                           "input": _below_name(net, l, i), "a": float(below[i])}
                          for i in range(w.shape[0])],
                "bias": bias_name(units, l, j), "b": float(b[j]),
                "z": float(fp.zs[l][0, j]), "activation": net.activation_names[l],
                "a": float(fp.activations[l + 1][0, j]),
            })
    records.append({"phase": "loss", "loss": net.loss_name, "value": loss,
                    "output": net.output_activation,
                    "outputs": fp.output[0].tolist(), "targets": t[0].tolist()})

    # With one sample, ∂E/∂B[l] is exactly ∂E/∂net of layer l: (units[l],) each.
    deltas = [g.copy() for g in grads.biases]
    d_out = _dE_dout(net, fp, t, deltas)
    for l in range(len(units) - 1, -1, -1):
        w = net.weights[l]
        slope = _slope(net, fp, l)
        below = fp.activations[l][0]
        unit_info = []
        for j in range(w.shape[1]):
            info = {"phase": "backward", "layer": l, "unit": j,
                    "unit_name": unit_name(units, l, j),
                    "activation": net.activation_names[l],
                    "dE_dout": float(d_out[l][j]),
                    "dout_dnet": None if slope is None else float(slope[j]),
                    "dE_dnet": float(deltas[l][j])}
            if l < len(units) - 1:
                info["sum_terms"] = _sum_terms(net, fp, l, j, deltas, d_out)
            elif net.loss_name == "cross_entropy":  # ① × ② = out − t: shown with numbers
                info["cross_entropy"] = {"out": float(fp.output[0, j]),
                                         "target": float(t[0, j])}
            unit_info.append(info)
        for i in range(w.shape[0]):
            for j in range(w.shape[1]):
                records.append({**unit_info[j], "param": weight_name(units, n_in, l, i, j),
                                "kind": "weight", "i": i, "j": j,
                                "input": _below_name(net, l, i),
                                "dnet_dparam": float(below[i]),
                                "gradient": float(grads.weights[l][i, j])})
        for j in range(w.shape[1]):
            records.append({**unit_info[j], "param": bias_name(units, l, j), "kind": "bias",
                            "i": None, "j": j, "input": "1", "dnet_dparam": 1.0,
                            "gradient": float(grads.biases[l][j])})

    updated = net.copy()
    for rec in [r for r in records if r["phase"] == "backward"]:  # output layer first
        l = rec["layer"]
        arr = updated.weights[l] if rec["kind"] == "weight" else updated.biases[l]
        key = (rec["i"], rec["j"]) if rec["kind"] == "weight" else rec["j"]
        old = float(arr[key])
        arr[key] = old - lr * rec["gradient"]
        records.append({"phase": "update", "param": rec["param"], "kind": rec["kind"],
                        "layer": l, "i": rec["i"], "j": rec["j"], "old": old, "lr": lr,
                        "gradient": rec["gradient"], "new": float(arr[key])})
    loss_after = updated.loss_value(x, t)
    records.append({"phase": "apply", "loss_before": loss, "loss_after": loss_after,
                    "outputs_after": updated.predict(x)[0].tolist()})
    return Walkthrough(x[0].tolist(), t[0].tolist(), lr, [z[0].tolist() for z in fp.zs],
                       [a[0].tolist() for a in fp.activations], loss, grads, updated,
                       loss_after, records)


def _below_name(net: MLP, layer: int, i: int) -> str:
    if layer == 0:
        return input_name(net.features, i)
    return unit_name(net.units, layer - 1, i)


def _slope(net: MLP, fp: ForwardPass, l: int) -> Array | None:
    """Factor ②, f'(net), for layer l; None for softmax (not element-wise)."""
    act = net.acts[l]
    if act.derivative is None:
        return None
    return cast(Array, act.derivative(fp.zs[l], fp.activations[l + 1])[0])


def _dE_dout(net: MLP, fp: ForwardPass, t: Array, deltas: list[Array]) -> list[Array]:
    """Factor ① for every layer: from the loss at the output, Σ_k δ_k w_jk below it."""
    out: list[Array] = [np.empty(0)] * len(deltas)
    out[-1] = net.loss.grad_output(fp.output, t, net.output_activation)[0]
    for l in range(len(deltas) - 2, -1, -1):
        out[l] = net.weights[l + 1] @ deltas[l + 1]
    return out


def _sum_terms(net: MLP, fp: ForwardPass, l: int, j: int, deltas: list[Array],
               d_out: list[Array]) -> list[dict[str, Any]]:
    """∂E/∂out_j = Σ_k ∂E/∂out_k · ∂out_k/∂net_k · w_jk over the units k of layer l + 1."""
    units, above = net.units, l + 1
    slope = _slope(net, fp, above)
    terms = []
    for k in range(units[above]):
        w_jk = float(net.weights[above][j, k])
        terms.append({"unit": unit_name(units, above, k),
                      "weight": weight_name(units, net.n_inputs, above, j, k),
                      "dE_dout": float(d_out[above][k]),
                      "dout_dnet": None if slope is None else float(slope[k]),
                      "dE_dnet": float(deltas[above][k]), "w": w_jk,
                      "term": float(deltas[above][k] * w_jk)})
    return terms
