"""The walkthrough of a mini-batch: each sample's gradient, their mean, then one update.

Training steps on the mean loss of a batch, so its gradient is the mean of the samples'
gradients; this lays that out with the numbers, as the window trains in batches of 10.
Records (the "phase" key):
  sample — one sample: x, t, out, its loss and its gradient of every parameter
  mean   — one parameter: the k samples' gradients and their mean
  step   — one parameter's update by the optimizer on the mean gradient, from a fresh
           optimizer state (SGD: p ← p − η·ḡ; momentum and Adam show their rule's terms)
  apply  — the batch's loss before and after
Every number comes from the network's own backward pass and the optimizer's own step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from ..nn.naming import bias_name, weight_name
from ..nn.network import MLP
from ..training.optimizers import Adam, Momentum, Optimizer, make_optimizer

Array = NDArray[np.float64]
MAX_BATCH_TERMS = 300_000  # numbers listed: parameters × (samples + a few)


@dataclass(frozen=True)
class BatchWalkthrough:
    lr: float
    optimizer: str
    loss_before: float
    loss_after: float
    mean_gradient: Array  # flat, in the network's parameter order
    updated: MLP
    records: list[dict[str, Any]]

    def to_json(self) -> dict[str, Any]:
        return {"lr": self.lr, "optimizer": self.optimizer, "loss": self.loss_before,
                "loss_after": self.loss_after,
                "updated": {"weights": [w.tolist() for w in self.updated.weights],
                            "biases": [b.tolist() for b in self.updated.biases]},
                "trace": self.records}


def parameters(net: MLP) -> list[dict[str, Any]]:
    """Each parameter's name and place, in the order of net.params (W[0] … then B[0] …)."""
    units, n_in = net.units, net.n_inputs
    found = [{"param": weight_name(units, n_in, l, i, j), "kind": "weight", "layer": l,
              "i": i, "j": j}
             for l, w in enumerate(net.weights)
             for i in range(w.shape[0]) for j in range(w.shape[1])]
    found += [{"param": bias_name(units, l, j), "kind": "bias", "layer": l, "i": None,
               "j": j} for l, b in enumerate(net.biases) for j in range(b.size)]
    return found


def batch_walkthrough(net: MLP, x: Array, t: Array, lr: float, optimizer: str = "sgd"
                      ) -> BatchWalkthrough:
    """x (k, n_inputs), t (k, n_outputs) in the output's range; `net` is not changed."""
    x, t = np.atleast_2d(np.asarray(x, float)), np.atleast_2d(np.asarray(t, float))
    k = len(x)
    if k < 1 or len(t) != k:
        raise MlpvizError("a batch needs one target row per sample, and at least one sample")
    if net.params.size * (k + 4) > MAX_BATCH_TERMS:
        raise MlpvizError(f"this batch is too big to walk through: {net.params.size:,} "
                          f"parameters × {k} samples")
    opt = make_optimizer(optimizer, lr)
    if optimizer == "perceptron":
        raise MlpvizError("the perceptron rule does not use gradients")
    names = parameters(net)
    work = net.copy()
    per_sample = np.empty((k, net.params.size))  # row s: sample s's gradient, flat
    records: list[dict[str, Any]] = []
    for s in range(k):
        fp = work.forward(x[s:s + 1])
        per_sample[s] = work.backward_into_grad(fp, t[s:s + 1])
        records.append({"phase": "sample", "sample": s, "of": k, "x": x[s].tolist(),
                        "target": t[s].tolist(), "outputs": fp.output[0].tolist(),
                        "loss": work.loss.value(fp.output, t[s:s + 1], work.output_activation),
                        "gradients": per_sample[s].tolist()})
    mean = per_sample.mean(axis=0)
    for p, name in enumerate(names):
        records.append({"phase": "mean", **name, "gradients": per_sample[:, p].tolist(),
                        "mean": float(mean[p])})
    before = work.params.copy()
    loss_before = work.loss_value(x, t)
    opt.step(work.params, mean.copy())
    for p, name in enumerate(names):
        records.append({"phase": "step", **name, "optimizer": optimizer, "lr": lr,
                        "old": float(before[p]), "gradient": float(mean[p]),
                        **_terms(opt, p), "new": float(work.params[p])})
    loss_after = work.loss_value(x, t)
    records.append({"phase": "apply", "loss_before": loss_before, "loss_after": loss_after,
                    "samples": k})
    return BatchWalkthrough(lr, optimizer, loss_before, loss_after, mean, work, records)


def _terms(opt: Optimizer, p: int) -> dict[str, Any]:
    """The optimizer's intermediate numbers for parameter p after its first step."""
    if opt.name == "momentum":
        opt = cast(Momentum, opt)  # its state is there after the step
        return {"beta": opt.beta, "velocity": float(cast(Array, opt.velocity)[p])}
    if opt.name == "adam":
        opt = cast(Adam, opt)
        b1, b2 = opt.beta1, opt.beta2
        m, v = float(cast(Array, opt.m)[p]), float(cast(Array, opt.v)[p])
        return {"beta1": b1, "beta2": b2, "eps": opt.eps, "step": opt.t, "m": m, "v": v,
                "m_hat": m / (1 - b1 ** opt.t), "v_hat": v / (1 - b2 ** opt.t)}
    return {}
