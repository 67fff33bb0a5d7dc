"""The user's own points: a split edited one point at a time, as Playground never allowed.

Each function returns a new Split; the one it was given is left as it was (snapshots share
its arrays with the window).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from .datasets import Dataset, Split

PROBLEMS = ("classification", "multiclass", "regression")


def with_point(sp: Split, problem: str, x: float, y: float, label: float,
               n_classes: int) -> Split:
    """`sp` and a new training point; a class must be one of 0 … n_classes − 1."""
    if not (np.isfinite(x) and np.isfinite(y) and np.isfinite(label)):
        raise MlpvizError("a point needs finite coordinates and label")
    if problem != "regression":
        if int(label) != label or not 0 <= label < n_classes:
            raise MlpvizError(f"a class must be 0 … {n_classes - 1}")
        label = int(label)
    return Split(np.vstack([sp.train_points, [[x, y]]]), np.append(sp.train_labels, label),
                 sp.test_points, sp.test_labels)


def without_nearest(sp: Split, x: float, y: float, radius: float) -> Split | None:
    """`sp` less the point nearest (x, y), train or test; None if none lies within
    `radius`."""
    best = None
    for part, pts in (("train", sp.train_points), ("test", sp.test_points)):
        if len(pts):
            d = np.hypot(pts[:, 0] - x, pts[:, 1] - y)
            i = int(d.argmin())
            if d[i] <= radius and (best is None or d[i] < best[0]):
                best = (d[i], part, i)
    if best is None:
        return None
    _, part, i = best
    if part == "train":
        return Split(np.delete(sp.train_points, i, 0), np.delete(sp.train_labels, i),
                     sp.test_points, sp.test_labels)
    return Split(sp.train_points, sp.train_labels, np.delete(sp.test_points, i, 0),
                 np.delete(sp.test_labels, i))


def no_points(problem: str) -> Split:
    """An empty split, its labels typed for the problem."""
    empty = np.empty((0, 2))
    labels = np.empty(0, dtype=float if problem == "regression" else int)
    return Split(empty, labels, empty.copy(), labels.copy())


def checked_dataset(pts: NDArray[Any], labels: NDArray[Any], problem: str) -> Dataset:
    """The user's points (N, 2) and labels (N,) as a data set, once they make sense."""
    if problem not in PROBLEMS:
        raise MlpvizError(f"unknown problem '{str(problem)[:40]}' (known: {', '.join(PROBLEMS)})")
    try:
        pts, labels = np.asarray(pts, dtype=float), np.asarray(labels, dtype=float)
    except (TypeError, ValueError):
        raise MlpvizError("points and labels must be numbers") from None
    if pts.ndim != 2 or pts.shape[1] != 2 or labels.shape != (len(pts),) or not len(pts):
        raise MlpvizError("points must be (x1, x2) pairs, one label each")
    if not (np.isfinite(pts).all() and np.isfinite(labels).all()):
        raise MlpvizError("points and labels must be finite numbers")
    if problem != "regression":
        if (labels != np.round(labels)).any() or (labels < 0).any():
            raise MlpvizError("class labels must be whole numbers 0, 1, 2 …")
        labels = labels.astype(int)
    return Dataset("custom", pts, labels, problem)
