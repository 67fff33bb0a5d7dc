"""Plain gradient descent on a function of one variable: the lecture's first lab.

x ← x − η·f′(x), from a start point; each record keeps x, f(x) and f′(x) before the step, so
a table or a plot can show the path (10 → 7.2 → 5.52 … for f = (x − 3)² + 10, η = 0.2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DescentStep:
    x: float
    y: float
    slope: float


def descend_1d(f: Callable[[float], float], df: Callable[[float], float], x0: float,
               lr: float, steps: int) -> list[DescentStep]:
    """steps + 1 records: the start and each point reached."""
    path, x = [], x0
    for _ in range(steps + 1):
        path.append(DescentStep(x, f(x), df(x)))
        x = x - lr * path[-1].slope
    return path
