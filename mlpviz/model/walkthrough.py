"""The walkthrough's state: one sample's forward pass, loss, backprop and update — or a
mini-batch's samples, mean gradient and update — played one record at a time. Pure Python
(no Qt): the diagram and the formula panel read it.

Which diagram items a step highlights and which values are written beside the neurons are
decided here, so a test can check them without drawing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..core.lessons.batch_trace import BatchWalkthrough, batch_walkthrough
from ..core.lessons.trace import Walkthrough, walkthrough
from ..core.nn.network import MLP
from ..report.numbers import fmt
from .events import Event

# Beyond this many units in a layer the walkthrough follows one chosen neuron's paths.
MAX_FULL_UNITS = 8


@dataclass(frozen=True)
class Highlight:
    # (layer, unit); layer −1 for inputs
    neurons: frozenset[tuple[int, int]] = frozenset()
    # (layer, i, j): the parameter or the forward sum
    links: frozenset[tuple[int, int, int]] = frozenset()
    biases: frozenset[tuple[int, int]] = frozenset()  # (layer, j)
    # (layer, i, j): the Σ over the layer above
    sum_links: frozenset[tuple[int, int, int]] = frozenset()


@dataclass
class WalkthroughModel:
    walk: Walkthrough | None = None
    batch: BatchWalkthrough | None = None  # a mini-batch's walk instead of one sample's
    # (x (k, n), t (k, m), lr, optimizer) the batch's walk was made from
    batch_data: tuple[Any, ...] | None = None
    net: MLP | None = None
    index: int = 0
    matrix_view: bool = False
    focus: tuple[int, int] | None = None  # (layer, unit) followed in a large network
    steps: list[dict[str, Any]] = field(default_factory=list)
    changed: Event = field(default_factory=Event)

    # -- set-up --------------------------------------------------------------------------
    def start(self, net: MLP, x: np.ndarray, target: np.ndarray, lr: float,
              focus: tuple[int, int] | None = None) -> None:
        self.net = net.copy()
        self.batch = self.batch_data = None
        self.walk = walk = walkthrough(self.net, x, target, lr)
        large = max(net.units) > MAX_FULL_UNITS
        self.focus = (focus or (0, 0)) if large else None
        out = len(walk.zs) - 1
        self.steps = [r for r in walk.records if self._follows(r, out)]
        self.index = 0
        self.changed.emit()

    def start_batch(self, net: MLP, x: np.ndarray, target: np.ndarray, lr: float,
                    optimizer: str = "sgd") -> None:
        """x (k, n_inputs), target (k, n_outputs): each sample, the mean, the update."""
        self.net = net.copy()
        self.batch = batch_walkthrough(self.net, x, target, lr, optimizer)
        self.batch_data = (x, target, lr, optimizer)
        self.walk, self.focus = None, None
        self.steps = list(self.batch.records)
        self.index = 0
        self.changed.emit()

    def follow(self, net: MLP) -> None:
        """The same sample through `net` (the trained network), at the same step: its labels
        and formulas show the new numbers."""
        if not self.active:
            return
        index, walk = self.index, self.walk
        if walk is None:
            if self.batch_data is not None:
                self.start_batch(net, *self.batch_data)
        else:
            self.start(net, np.array(walk.x), np.array(walk.target), walk.lr, self.focus)
        self.index = min(index, len(self.steps) - 1)
        self.changed.emit()

    def stop(self) -> None:
        self.walk = self.batch = self.batch_data = None
        self.steps = []
        self.changed.emit()

    @property
    def active(self) -> bool:
        return self.walk is not None or self.batch is not None

    def _follows(self, r: dict[str, Any], out: int) -> bool:
        """In a large network keep the steps on the focus neuron's paths: its own forward
        step and the outputs' (layer `out`), the loss, and the parameters into and out of
        it."""
        if self.focus is None or r["phase"] in ("loss", "apply"):
            return True
        fl, fj = self.focus
        if r["phase"] == "forward":
            return r["layer"] == out or (r["layer"], r["unit"]) == (fl, fj)
        into = r["layer"] == fl and r["j"] == fj
        out_of = r["layer"] == fl + 1 and r["kind"] == "weight" and r["i"] == fj
        return bool(into or out_of)

    # -- moving --------------------------------------------------------------------------
    def go(self, index: int) -> None:
        if not self.steps:
            return
        index = max(0, min(index, len(self.steps) - 1))
        if index != self.index:
            self.index = index
            self.changed.emit()

    def next(self) -> None:
        self.go(self.index + 1)

    def prev(self) -> None:
        self.go(self.index - 1)

    def first(self) -> None:
        self.go(0)

    def last(self) -> None:
        self.go(len(self.steps) - 1)

    def set_matrix_view(self, on: bool) -> None:
        if on != self.matrix_view:
            self.matrix_view = on
            self.changed.emit()

    # -- reading -------------------------------------------------------------------------
    @property
    def step(self) -> dict[str, Any] | None:
        return self.steps[self.index] if self.steps else None

    def highlight(self) -> Highlight:
        r, net = self.step, self.net
        if r is None or net is None:  # (a step is of a walk, which has its network)
            return Highlight()
        units = net.units
        phase = r["phase"]
        if phase == "forward":
            l, j = r["layer"], r["unit"]
            n_in = net.weights[l].shape[0]
            below = frozenset((l - 1, i) for i in range(n_in))
            return Highlight(frozenset({(l, j)}) | below,
                             frozenset((l, i, j) for i in range(n_in)), frozenset({(l, j)}))
        if phase in ("loss", "apply", "sample"):
            out = len(units) - 1
            return Highlight(frozenset((out, j) for j in range(units[out])))
        l, j = r["layer"], r["j"]
        neurons = {(l, j)}
        links, biases, sums = set(), set(), set()
        if r["kind"] == "weight":
            links.add((l, r["i"], j))
            neurons.add((l - 1, r["i"]))
        else:
            biases.add((l, j))
        if phase == "backward" and l < len(units) - 1:
            sums = {(l + 1, j, k) for k in range(units[l + 1])}
            neurons |= {(l + 1, k) for k in range(units[l + 1])}
        return Highlight(frozenset(neurons), frozenset(links), frozenset(biases),
                         frozenset(sums))

    def neuron_labels(self) -> dict[tuple[int, int], str]:
        """Values known at this step, written beside the neurons."""
        labels: dict[tuple[int, int], str] = {}
        if not self.steps or self.walk is None:
            return labels  # a batch's samples are in the panel, not beside the neurons
        for i, x in enumerate(self.walk.x):
            labels[(-1, i)] = f"{x:.6g}"
        for r in self.steps[: self.index + 1]:
            if r["phase"] == "forward":
                labels[(r["layer"], r["unit"])] = f"net {fmt(r['z'])}\nout {fmt(r['a'])}"
            elif r["phase"] == "backward":
                key = (r["layer"], r["j"])
                labels[key] = labels.get(key, "").split("\nδ")[0] + f"\nδ {fmt(r['dE_dnet'])}"
        return labels

    def parameter_values(self) -> dict[tuple[Any, ...], float]:
        """Every parameter's value as the diagram shows it now: updates applied so far
        change it. Keys ("w", l, i, j) and ("b", l, j)."""
        net = self.net
        if net is None:
            return {}
        values: dict[tuple[Any, ...], float] = {}
        for l, (w, b) in enumerate(zip(net.weights, net.biases, strict=True)):
            for (i, j), v in np.ndenumerate(w):
                values[("w", l, i, j)] = float(v)
            for j, v in enumerate(b):
                values[("b", l, j)] = float(v)
        for r in self.steps[: self.index + 1]:
            if r["phase"] in ("update", "step"):
                key = ("w", r["layer"], r["i"], r["j"]) if r["kind"] == "weight" \
                    else ("b", r["layer"], r["j"])
                values[key] = r["new"]
        return values
