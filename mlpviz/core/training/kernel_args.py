"""The compiled kernels' arguments, in three bundles instead of twenty-odd positions.

Plain NamedTuples, which Numba passes to compiled code as typed records: the kernels read
`net.params` and `rule.lr` by name. They live apart from the kernels so that building them
never imports Numba. Every field must always get the same type (a Python float for a float
field, an int64 array for an int array …): another type means another compile, of seconds.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
Ints = NDArray[np.int64]


class NetArrays(NamedTuple):
    """A network as the kernels see it. Layout as `MLP.params`: every W[l] row-major,
    (sizes[l], sizes[l+1]), then every B[l]."""

    params: Array  # (P,) float64, updated in place
    grad: Array  # (P,) float64, backprop's output
    sizes: Ints  # (L + 1,) int64: inputs, then the units of each layer
    acts: Ints  # (L,) int64: each layer's activation code
    loss: int  # the loss's code


class UpdateRule(NamedTuple):
    """How a batch's gradient becomes a step: optimizer, its constants and state, and the
    penalty on the weights."""

    batch: int  # rows per step
    optimizer: int  # the optimizer's code
    lr: float
    beta1: float  # momentum's β, or Adam's β1
    beta2: float
    eps: float
    reg: int  # the regularization's code
    reg_rate: float
    state1: Array  # (P,) momentum's velocity or Adam's m; (0,) for SGD
    state2: Array  # (P,) Adam's v; else (0,)
    adam_t: Ints  # (1,) int64: Adam's step count, updated in place


class Rows(NamedTuple):
    """A data set: model inputs, targets in the output's range, and class labels."""

    x: Array  # (N, F) float64
    t: Array  # (N, K) float64
    labels: Ints  # (N,) int64; NO_LABELS for regression (accuracy is then NaN)


NO_LABELS = np.zeros(0, dtype=np.int64)
