"""A bare vectorized NumPy training loop: the yardstick `mlpviz bench` holds the trainer to.

The same network (2-4-2-1 tanh), data, batches and per-epoch train and test loss as the
default scenario, written as straight-line NumPy with nothing else around it.
"""

from __future__ import annotations

import numpy as np


def bare_epochs(x: np.ndarray, t: np.ndarray, x_test: np.ndarray, t_test: np.ndarray,
                weights: list[np.ndarray], biases: list[np.ndarray], lr: float,
                batch: int, epochs: int, seed: int = 0) -> float:
    """Train tanh layers with MSE for `epochs` epochs in place; returns the last train loss.

    x (N, n_in), t (N, n_out); weights[l] (n_in, n_out), biases[l] (n_out,).
    """
    rng = np.random.default_rng(seed)
    n, depth = len(x), len(weights)
    loss = 0.0
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch):
            idx = order[start : start + batch]
            acts = [x[idx]]
            for w, b in zip(weights, biases, strict=True):
                acts.append(np.tanh(acts[-1] @ w + b))
            delta = (acts[-1] - t[idx]) / len(idx) * (1 - acts[-1] ** 2)
            for l in range(depth - 1, -1, -1):
                gw = acts[l].T @ delta
                gb = delta.sum(axis=0)
                if l:
                    delta = (delta @ weights[l].T) * (1 - acts[l] ** 2)
                weights[l] -= lr * gw
                biases[l] -= lr * gb
        for xs, ts in ((x, t), (x_test, t_test)):
            a = xs
            for w, b in zip(weights, biases, strict=True):
                a = np.tanh(a @ w + b)
            loss = 0.5 * ((a - ts) ** 2).sum(axis=1).mean()
    return float(loss)
