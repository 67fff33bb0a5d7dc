"""Playground's starting network: nn.ts `buildNetwork` drawing its weights from the same
random numbers in the same order (layer by layer, each unit's incoming links in turn, a draw
for every link even when `initZero` then sets it to 0), biases 0.1 (0 with `initZero`)."""

from __future__ import annotations

import numpy as np

from ..nn.network import MLP
from .seedrandom import SeedRandom


def playground_network(rng: SeedRandom, shape: list[int], activation: str,
                       output_activation: str, features: list[str],
                       init_zero: bool) -> MLP:
    """`shape`: inputs, hidden units…, outputs (Playground's is always 1)."""
    weights, biases = [], []
    for below, units in zip(shape[:-1], shape[1:], strict=True):
        w = np.empty((below, units))
        for i in range(units):
            for j in range(below):
                w[j, i] = rng.random() - 0.5  # `weight = Math.random() - 0.5`, always drawn
        if init_zero:
            w[...] = 0.0
        weights.append(w)
        biases.append(np.full(units, 0.0 if init_zero else 0.1))
    activations = [activation] * (len(shape) - 2) + [output_activation]
    return MLP(weights, biases, activations, "mse", features)
