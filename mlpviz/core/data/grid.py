"""The network evaluated over the input plane: the boundary map and every neuron's map.

The plane is a square, [−6, 6]² as Playground's (or the one a truth table's four corners
need, see plane_bounds), sampled on a square grid, row 0 at the bottom so an image of it reads
like the plot. Features are computed from the grid's points like the data's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from ..nn.network import MLP
from .features import compute_features

Array = NDArray[np.float64]
# Values on the grid: float32 (see GridEvaluator), but float64 from a step layer up, as
# step's f(z) is float64.
Map = NDArray[np.floating[Any]]

EXTENT = 6.0
PLANE = (-EXTENT, EXTENT)
TRUTH_TABLE_PLANE = (-0.5, 1.5)  # the four corners (0 or 1, 0 or 1), with room around


def plane_bounds(points: Array) -> tuple[float, float]:
    """(low, high) of the square the views show for these points (N, 2): Playground's
    plane, or a truth table's corners close up."""
    lo, hi = TRUTH_TABLE_PLANE
    if len(points) and ((points >= lo) & (points <= hi)).all() and np.isin(points, (0, 1)).all():
        return TRUTH_TABLE_PLANE
    return PLANE


def grid_points(n: int, bounds: tuple[float, float] = PLANE) -> Array:
    """(n·n, 2) points: x varies fastest; row r has y = lo + (hi − lo)·(r + ½)/n."""
    lo, hi = bounds
    c = lo + (np.arange(n) + 0.5) / n * (hi - lo)
    xx, yy = np.meshgrid(c, c)
    return np.column_stack([xx.ravel(), yy.ravel()])


class GridMaps(NamedTuple):
    output: Map  # (n, n, K): row 0 at y = −6
    input_thumbs: Map  # (F, t, t)
    neuron_thumbs: tuple[Map, ...]  # one (units, t, t) per layer
    full: Map | None  # (n, n) map of one chosen neuron


class GridEvaluator:
    """Evaluates a network over the plane, in float32: the maps are only coloured, and
    float32 makes tanh and exp about five times faster on the 10,000 grid points, which
    the worker pays for every frame."""

    def __init__(self, n: int = 100, thumb: int = 20) -> None:
        if n % thumb:
            raise ValueError("the thumbnail size must divide the grid size")
        self.n, self.thumb = n, thumb
        self.bounds = PLANE
        self.points = grid_points(n)
        self._features: dict[str, tuple[tuple[tuple[str, ...], tuple[float, float]], Map]] = {}

    def work(self, net: MLP) -> int:
        """Multiply-adds of one full-resolution evaluation: what a frame pays for it."""
        return sum(w.size for w in net.weights) * self.n * self.n

    def set_bounds(self, bounds: tuple[float, float]) -> None:
        """The square [lo, hi]² to evaluate on from now on."""
        if bounds != self.bounds:
            self.bounds = bounds
            self.points = grid_points(self.n, bounds)

    def features(self, names: list[str], coarse: bool = False) -> Map:
        """(n·n, F) float32 inputs on the grid; `coarse`: on the thumbnails' points only."""
        key = (tuple(names), self.bounds)
        which = "coarse" if coarse else "full"
        cached = self._features.get(which)
        if cached is None or cached[0] != key:
            points = self.points
            if coarse:
                b = self.n // self.thumb
                points = points.reshape(self.n, self.n, 2)[b // 2 :: b, b // 2 :: b]
                points = points.reshape(-1, 2)
            cached = (key, compute_features(points, names).astype(np.float32))
            self._features[which] = cached
        return cached[1]

    def _forward(self, net: MLP, x: Map, keep: Callable[[int, Map], None]) -> Map:
        """The layers' outputs, (points, units) each in float32, one at a time: keep(l, a)
        takes what it needs of layer l's before the next is made, and the last is returned.
        Holding every layer at once defeated the allocator's reuse of the freed arrays: at
        10 × 32 the page faults doubled the time, to 14 ms."""
        a = x
        with np.errstate(over="ignore", invalid="ignore"):
            for l, (w, b, act) in enumerate(zip(net.weights, net.biases, net.acts,
                                                strict=True)):
                z = a @ w.astype(np.float32)
                z += b.astype(np.float32)
                a = act.forward(z)
                keep(l, a)
        return a

    def thumbnails_only(self, net: MLP, last: GridMaps) -> GridMaps:
        """`last` with new thumbnails, computed on their own t×t points (the same points the
        full evaluation samples them at): 1/25 of the work. For big networks, whose full
        maps are made less often than every frame."""
        t = self.thumb
        x = self.features(net.features, coarse=True)
        thumbs: list[Map] = []
        self._forward(net, x, lambda _, a: thumbs.append(a.T.reshape(-1, t, t).copy()))
        return last._replace(input_thumbs=x.T.reshape(-1, t, t).copy(),
                             neuron_thumbs=tuple(thumbs))

    def thumbnails(self, maps: Map) -> Map:
        """(n·n, k) → (k, t, t), sampled at the centre of each t×t block."""
        b = self.n // self.thumb
        k = maps.shape[1]
        return maps.T.reshape(k, self.n, self.n)[:, b // 2 :: b, b // 2 :: b].copy()

    def evaluate(self, net: MLP, full_neuron: tuple[int, int] | None = None) -> GridMaps:
        """Everything the views draw of the network over the plane; `full_neuron` (layer,
        unit), layer −1 for an input, also gets its full-resolution map."""
        x = self.features(net.features)
        n = self.n
        thumbs: list[Map] = []
        full: list[Map] = []
        layer, unit = full_neuron if full_neuron is not None else (None, None)

        def keep(l: int, a: Map) -> None:
            thumbs.append(self.thumbnails(a))
            if l == layer and unit is not None and 0 <= unit < a.shape[1]:
                full.append(a[:, unit].reshape(n, n).copy())

        if layer == -1 and unit is not None and 0 <= unit < x.shape[1]:
            full.append(x[:, unit].reshape(n, n).copy())
        out = self._forward(net, x, keep)
        return GridMaps(out.reshape(n, n, -1), self.thumbnails(x), tuple(thumbs),
                        full[0] if full else None)
