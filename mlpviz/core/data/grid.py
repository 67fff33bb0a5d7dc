"""The network evaluated over the input plane: the boundary map and every neuron's map.

The plane is a square, [−6, 6]² as Playground's (or the one a truth table's four corners
need, see plane_bounds), sampled on a square grid, row 0 at the bottom so an image of it reads
like the plot. Features are computed from the grid's points like the data's.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from ..nn.network import MLP
from .features import compute_features

Array = np.ndarray

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
    output: Array  # (n, n, K): row 0 at y = −6
    input_thumbs: Array  # (F, t, t)
    neuron_thumbs: tuple[Array, ...]  # one (units, t, t) per layer
    full: Array | None  # (n, n) map of one chosen neuron


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
        self._features: tuple[tuple, Array] | None = None

    def set_bounds(self, bounds: tuple[float, float]) -> None:
        """The square [lo, hi]² to evaluate on from now on."""
        if bounds != self.bounds:
            self.bounds = bounds
            self.points = grid_points(self.n, bounds)

    def features(self, names: list[str]) -> Array:
        key = (tuple(names), self.bounds)
        if self._features is None or self._features[0] != key:
            self._features = (key, compute_features(self.points, names).astype(np.float32))
        return self._features[1]

    def thumbnails(self, maps: Array) -> Array:
        """(n·n, k) → (k, t, t), sampled at the centre of each t×t block."""
        b = self.n // self.thumb
        k = maps.shape[1]
        return maps.T.reshape(k, self.n, self.n)[:, b // 2 :: b, b // 2 :: b].copy()

    def evaluate(self, net: MLP, full_neuron: tuple[int, int] | None = None) -> GridMaps:
        """Everything the views draw of the network over the plane; `full_neuron` (layer,
        unit), layer −1 for an input, also gets its full-resolution map."""
        x = self.features(net.features)
        a, acts = x, []
        with np.errstate(over="ignore", invalid="ignore"):
            for w, b, act in zip(net.weights, net.biases, net.acts, strict=True):
                a = act.forward(a @ w.astype(np.float32) + b.astype(np.float32))
                acts.append(a)
        n = self.n
        full = None
        if full_neuron is not None:
            layer, unit = full_neuron
            source = x if layer < 0 else acts[layer] if layer < len(acts) else None
            if source is not None and 0 <= unit < source.shape[1]:
                full = source[:, unit].reshape(n, n).copy()
        return GridMaps(acts[-1].reshape(n, n, -1), self.thumbnails(x),
                        tuple(self.thumbnails(a) for a in acts), full)
