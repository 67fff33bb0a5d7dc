"""Input features computed from a point (x1, x2), by Playground's names."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from ..files import short
from ..translatable import QT_TRANSLATE_NOOP, with_values
from .digits import PIXELS

A_POINT = QT_TRANSLATE_NOOP("core", "x: give the point as two numbers, x1 and x2")
A_DIGIT = QT_TRANSLATE_NOOP("core", "x: a digit is its {0} pixels, each 0 … 1")

Array = NDArray[np.float64]

FEATURES = {
    "x1": lambda p: p[:, 0],
    "x2": lambda p: p[:, 1],
    "x1sq": lambda p: p[:, 0] ** 2,
    "x2sq": lambda p: p[:, 1] ** 2,
    "x1x2": lambda p: p[:, 0] * p[:, 1],
    "sinx1": lambda p: np.sin(p[:, 0]),
    "sinx2": lambda p: np.sin(p[:, 1]),
}
FEATURE_LABELS = {"x1": "x₁", "x2": "x₂", "x1sq": "x₁²", "x2sq": "x₂²", "x1x2": "x₁x₂",
                  "sinx1": "sin x₁", "sinx2": "sin x₂"}
DEFAULT_FEATURES = ("x1", "x2")


def check_features(names: list[str]) -> None:
    """Features of a point on the plane, each once; or a digit's 64 pixels, all, in order."""
    if tuple(names) == PIXELS:
        return
    if not names:
        raise MlpvizError("at least one input feature is needed")
    for n in names:
        if not isinstance(n, str) or n not in FEATURES:
            raise MlpvizError(f"unknown feature {short(n)!r} (known: {', '.join(FEATURES)})")
    if len(set(names)) != len(names):
        raise MlpvizError("each feature may be used once")


def sample_input(values: Array, names: list[str]) -> Array:
    """One sample's inputs as typed or picked: a point (x1, x2) made into `names`, or a
    digit's 64 pixels as they are."""
    if tuple(names) == PIXELS:
        if len(values) != len(PIXELS) or not ((values >= 0) & (values <= 1)).all():
            raise MlpvizError(with_values(A_DIGIT, len(PIXELS)))
        return np.asarray(values, dtype=float)
    if len(values) != 2:
        raise MlpvizError(A_POINT)
    row: Array = compute_features(np.asarray(values, dtype=float).reshape(1, 2), names)[0]
    return row


def compute_features(points: Array, names: list[str]) -> Array:
    """points (N, 2) → (N, len(names)); a digit's pixels (N, 64) are their own features."""
    if tuple(names) == PIXELS:
        return np.asarray(points, dtype=float).reshape(len(points), len(PIXELS))
    return np.column_stack([FEATURES[n](points) for n in names]).astype(float)
