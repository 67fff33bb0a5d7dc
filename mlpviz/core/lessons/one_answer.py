"""The loss of one answer, term by term, as the chapter writes it for its digit network:
E = ½Σ(y_k − t_k)² over the ten outputs, and the cross-entropy −Σ t_k log y_k, for the
target the user picks. The Digits workspace shows the terms beside the output bars.

The chapter's two answers for a "2" (그림 6-8) are CHAPTER_ANSWERS: 0.03 and 0.81.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError

CLASSES = 10
# (y, what E comes to): the chapter's good and bad answer for the digit 2
CHAPTER_TARGET = 2
CHAPTER_ANSWERS = (
    ((0, 0, 0.8, 0.1, 0, 0, 0, 0.1, 0, 0), 0.03),
    ((0.9, 0, 0.1, 0, 0, 0, 0, 0, 0, 0), 0.81),
)
EPSILON = 1e-12  # log's floor: an answer of exactly 0 for the true class costs 27.6, not ∞


@dataclass(frozen=True)
class OneAnswer:
    squared_terms: tuple[float, ...]  # ½(y_k − t_k)²
    squared_error: float  # their sum: E
    cross_entropy: float  # −log y_target


def one_answer(y: NDArray[np.float64] | tuple[float, ...], target: int) -> OneAnswer:
    """The loss of answer `y` (ten outputs) when the digit is `target`."""
    out = np.asarray(y, dtype=float).reshape(-1)
    if out.shape != (CLASSES,) or not np.isfinite(out).all():
        raise MlpvizError(f"an answer is {CLASSES} finite numbers")
    if not 0 <= target < CLASSES:
        raise MlpvizError(f"the target is a digit 0 … {CLASSES - 1}")
    t = np.zeros(CLASSES)
    t[target] = 1.0
    terms = tuple(float(v) for v in 0.5 * (out - t) ** 2)
    return OneAnswer(terms, float(sum(terms)),
                     -math.log(max(float(out[target]), EPSILON)))
