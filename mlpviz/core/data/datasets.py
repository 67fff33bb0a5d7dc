"""Data sets by id: TensorFlow Playground's generators, the lecture's truth tables, a
three-class spiral, and the chapter's handwritten digits.

Points are (N, 2) in [−6, 6]² (the digits' are their 64 pixels: digits.py); labels are
class numbers 0 … K−1 (Playground's −1 is class 0, its +1 class 1) or, for regression, real
numbers. Noise is a fraction 0 … 0.5 (the percent slider divided by 100), as in Playground.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from .digits import PIXELS, load_digits, stratified_order
from .features import DEFAULT_FEATURES

Array = NDArray[np.float64]
Labels = NDArray[Any]  # int classes, or float targets for a regression

N_CLASSIFY = 500
N_REGRESS = 1200


@dataclass(frozen=True)
class Dataset:
    """points (N, 2), labels (N,): int classes or float targets."""

    id: str
    points: Array
    labels: Labels
    problem: str  # "classification", "multiclass" or "regression"

    @property
    def n_classes(self) -> int:
        return 0 if self.problem == "regression" else int(self.labels.max()) + 1


def _noise_offset(rng: np.random.Generator, n: int, noise: float, half: float) -> Array:
    return rng.uniform(-half, half, size=(n, 2)) * noise


def circle(rng: np.random.Generator, noise: float) -> tuple[Array, Labels]:
    radius = 5.0
    n = N_CLASSIFY // 2
    parts = []
    for r_lo, r_hi in ((0.0, radius * 0.5), (radius * 0.7, radius)):
        r = rng.uniform(r_lo, r_hi, n)
        angle = rng.uniform(0, 2 * np.pi, n)
        parts.append(np.column_stack([r * np.sin(angle), r * np.cos(angle)]))
    points = np.vstack(parts)
    shifted = points + _noise_offset(rng, len(points), noise, radius)
    labels = (np.hypot(shifted[:, 0], shifted[:, 1]) < radius * 0.5).astype(int)
    return points, labels


def xor(rng: np.random.Generator, noise: float) -> tuple[Array, Labels]:
    padding = 0.3
    points = rng.uniform(-5, 5, size=(N_CLASSIFY, 2))
    points += np.where(points > 0, padding, -padding)
    shifted = points + _noise_offset(rng, N_CLASSIFY, noise, 5.0)
    labels = (shifted[:, 0] * shifted[:, 1] >= 0).astype(int)
    return points, labels


def gauss(rng: np.random.Generator, noise: float) -> tuple[Array, Labels]:
    variance = 0.5 + noise / 0.5 * 3.5  # Playground: noise 0 … 0.5 → variance 0.5 … 4
    n = N_CLASSIFY // 2
    pos = rng.normal(2.0, np.sqrt(variance), size=(n, 2))
    neg = rng.normal(-2.0, np.sqrt(variance), size=(n, 2))
    return np.vstack([pos, neg]), np.r_[np.ones(n, int), np.zeros(n, int)]


def _spiral_arms(rng: np.random.Generator, noise: float, arms: int, total: int
                 ) -> tuple[Array, Labels]:
    points, labels = [], []
    for k in range(arms):
        n = total // arms + (1 if k < total % arms else 0)
        i = np.arange(n)
        r = i / n * 5.0
        t = 1.75 * i / n * 2 * np.pi + k * 2 * np.pi / arms
        p = np.column_stack([r * np.sin(t), r * np.cos(t)])
        points.append(p + rng.uniform(-1, 1, size=(n, 2)) * noise)
        labels.append(np.full(n, k))
    return np.vstack(points), np.concatenate(labels)


def spiral(rng: np.random.Generator, noise: float) -> tuple[Array, Labels]:
    points, arm = _spiral_arms(rng, noise, 2, N_CLASSIFY)
    return points, 1 - arm  # the first arm is Playground's +1


def big_spiral(points: int, noise: float = 0.1, seed: int = 0) -> tuple[Array, Labels]:
    """Playground's two-arm spiral with any number of points, seeded: the big-data
    benchmarks' data set. (points, 2), labels (points,) 0/1 as in `spiral`."""
    xy, arm = _spiral_arms(np.random.default_rng(seed), noise, 2, points)
    return xy, 1 - arm


def spiral3(rng: np.random.Generator, noise: float) -> tuple[Array, Labels]:
    return _spiral_arms(rng, noise, 3, N_CLASSIFY)


def plane(rng: np.random.Generator, noise: float) -> tuple[Array, Labels]:
    points = rng.uniform(-6, 6, size=(N_REGRESS, 2))
    shifted = points + _noise_offset(rng, N_REGRESS, noise, 6.0)
    return points, (shifted[:, 0] + shifted[:, 1]) / 10.0


_BUMPS = np.array([[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1],
                   [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]], dtype=float)


def multigauss(rng: np.random.Generator, noise: float) -> tuple[Array, Labels]:
    points = rng.uniform(-6, 6, size=(N_REGRESS, 2))
    shifted = points + _noise_offset(rng, N_REGRESS, noise, 6.0)
    # (N, 6): each bump's value sign·max(0, 1 − distance/2); keep the largest magnitude.
    dist = np.hypot(shifted[:, None, 0] - _BUMPS[:, 0], shifted[:, None, 1] - _BUMPS[:, 1])
    values = _BUMPS[:, 2] * np.maximum(0.0, 1.0 - dist / 2.0)
    pick = np.abs(values).argmax(axis=1)
    return points, values[np.arange(N_REGRESS), pick]


_TRUTH_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
TRUTH_TABLES = {"xor4": [0, 1, 1, 0], "and4": [0, 0, 0, 1], "or4": [0, 1, 1, 1]}

GENERATORS = {"circle": circle, "xor": xor, "gauss": gauss, "spiral": spiral,
              "spiral3": spiral3, "plane": plane, "multigauss": multigauss}
PROBLEMS = {"plane": "regression", "multigauss": "regression", "spiral3": "multiclass",
            "digits": "multiclass"}
DIGITS = "digits"  # real handwritten digits, 8×8 pixels (digits.py), not points on a plane
DATASET_IDS = (*GENERATORS, *TRUTH_TABLES, DIGITS)


def inputs_for(dataset: str, features: tuple[str, ...]) -> tuple[str, ...]:
    """The inputs a data set is read through: the digits' 64 pixels for the digits, the
    plane's features for the others (the pixels go with the digits: choosing the circle
    after them failed on 64 features of 2-column points, and the digits after the circle
    trained a 2-input network on two pixels)."""
    if dataset == DIGITS:
        return PIXELS
    return DEFAULT_FEATURES if tuple(features) == PIXELS else tuple(features)


def make_dataset(dataset_id: str, noise: float = 0.0, seed: int | None = 0) -> Dataset:
    """noise: 0 … 0.5. The truth tables ignore noise and seed."""
    if not 0.0 <= noise <= 0.5:
        raise MlpvizError(f"noise must be 0 to 50 percent, not {noise * 100:g}")
    if dataset_id in TRUTH_TABLES:
        return Dataset(dataset_id, _TRUTH_X.copy(), np.array(TRUTH_TABLES[dataset_id]),
                       "classification")
    if dataset_id == DIGITS:
        if noise:
            raise MlpvizError("the digits are real handwriting: they take no noise")
        pixels, digits = load_digits()
        return Dataset(DIGITS, pixels, digits, "multiclass")
    try:
        gen = GENERATORS[dataset_id]
    except KeyError:
        known = ", ".join(DATASET_IDS)
        raise MlpvizError(f"unknown data set '{dataset_id}' (known: {known})") from None
    points, labels = gen(np.random.default_rng(seed), noise)
    return Dataset(dataset_id, points, labels, PROBLEMS.get(dataset_id, "classification"))


@dataclass(frozen=True)
class Split:
    """The train and test parts of a data set; the test part may be empty."""

    train_points: Array
    train_labels: Labels
    test_points: Array
    test_labels: Labels


def split(data: Dataset, ratio_percent: float = 50, seed: int | None = 0,
          whole: bool = False) -> Split:
    """Shuffle once (seeded) and cut: the first ratio% train, the rest test.

    The 4-row truth tables are never cut: they train and test on all four rows, as the
    lecture does. `whole` trains on every row, in the data's own order (a CSV file's, for
    training without shuffling), and leaves the test part empty.
    """
    if not 0 < ratio_percent <= 100:
        raise MlpvizError(f"train ratio must be 1 to 100 percent, not {ratio_percent:g}")
    if data.id in TRUTH_TABLES:
        return Split(data.points, data.labels, data.points, data.labels)
    if data.id == DIGITS and not whole:  # every digit as common in the test part
        tr, te = stratified_order(data.labels, ratio_percent, seed)
        return Split(data.points[tr], data.labels[tr], data.points[te], data.labels[te])
    n = len(data.points)
    order = np.arange(n) if whole else np.random.default_rng(seed).permutation(n)
    cut = n if whole else int(round(n * ratio_percent / 100))
    if n and not cut:
        raise MlpvizError(f"no points left to train on: {ratio_percent:g} % of {n} points "
                          "is none; raise the train ratio")
    tr, te = order[:cut], order[cut:]
    return Split(data.points[tr], data.labels[tr], data.points[te], data.labels[te])
