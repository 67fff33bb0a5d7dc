"""Checks on the values commands carry: they come from widgets, files and tests, so a wrong
type or a stale index must become a message, never an exception from NumPy."""

from __future__ import annotations

from operator import index

import numpy as np

from ..errors import MlpvizError


def whole(value: object, what: str, lo: int, hi: int = 1 << 62) -> int:
    """`value` as a whole number in lo … hi, or an error naming `what`."""
    try:
        n = index(value)  # type: ignore[arg-type]
    except TypeError:
        raise MlpvizError(f"{what} must be a whole number") from None
    if not lo <= n <= hi:
        raise MlpvizError(f"{what} must be {lo} … {hi}, not {n}")
    return n


def existing_index(value: object, size: int, what: str) -> int:
    n = whole(value, what, 0)
    if n >= size:
        raise MlpvizError(f"there is no {what} {n + 1} (the network has {size}): it may have "
                          "been removed")
    return n


def finite(value: object, what: str) -> float:
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        v = float("nan")
    if not np.isfinite(v):
        raise MlpvizError(f"{what} must be a finite number")
    return v
