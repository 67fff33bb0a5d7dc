"""Plain gradient descent on a function of one variable: the lecture's first lab.

x ← x − η·f′(x), from a start point; each record keeps x, f(x) and f′(x) before the step, so
a table or a plot can show the path (10 → 7.2 → 5.52 … for f = (x − 3)² + 10, η = 0.2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..training.optimizers import make_optimizer
from .expression import Expression


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


def descend_expression(expr: Expression, x0: float, lr: float, steps: int
                       ) -> list[DescentStep]:
    """The 1-D lab on a typed function: its slope is the expression's exact derivative."""
    d = expr.derivative("x")
    return descend_1d(lambda x: float(expr(x=x)), lambda x: float(d(x=x)), x0, lr, steps)


def quadratic_factor(lr: float, a: float = 1.0) -> float:
    """For f = a·x² + b·x + c each step multiplies (x − x*) by 1 − 2aη: it crawls for small η,
    jumps straight to the minimum at η = 1/(2a), oscillates above it and diverges once
    |1 − 2aη| > 1, i.e. η > 1/a (η > 1 for the quiz's x² − 6x + 4)."""
    return 1.0 - 2.0 * a * lr


# -- the 2-D lab -------------------------------------------------------------------------
@dataclass(frozen=True)
class Surface:
    name: str
    formula: str
    f: Callable[[np.ndarray, np.ndarray], np.ndarray]
    grad: Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]
    extent: float
    start: tuple[float, float]


SURFACES = {
    s.name: s for s in (
        Surface("bowl", "f = x² + y²", lambda x, y: x**2 + y**2,
                lambda x, y: (2 * x, 2 * y), 5.0, (-4.0, 3.5)),
        Surface("elongated", "f = x² + 10y²", lambda x, y: x**2 + 10 * y**2,
                lambda x, y: (2 * x, 20 * y), 5.0, (-4.5, 2.0)),
        Surface("saddle", "f = x² − y²", lambda x, y: x**2 - y**2,
                lambda x, y: (2 * x, -2 * y), 5.0, (-4.0, 0.05)),
        Surface("rosenbrock", "f = (1 − x)² + 100(y − x²)²",
                lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2,
                lambda x, y: (-2 * (1 - x) - 400 * x * (y - x**2), 200 * (y - x**2)),
                2.0, (-1.5, 1.5)),
    )
}


def quiver_grid(surface: Surface, n: int = 20) -> tuple[np.ndarray, ...]:
    """The lecture's figure: points on an n×n grid and the arrows −∇f there (X, Y, U, V)."""
    c = np.linspace(-surface.extent, surface.extent, n)
    x, y = np.meshgrid(c, c)
    gx, gy = surface.grad(x, y)
    return x, y, -gx, -gy


def descent_path(surface: Surface, start: tuple[float, float], optimizer: str, lr: float,
                 steps: int) -> np.ndarray:
    """(steps + 1, 2) points from `start` with SGD, momentum or Adam on the surface; the path
    stops early if it runs off to infinity."""
    p = np.array(start, dtype=float)
    opt = make_optimizer(optimizer, lr)
    path = [p.copy()]
    with np.errstate(all="ignore"):
        for _ in range(steps):
            g = np.array(surface.grad(p[0], p[1]), dtype=float)
            opt.step(p, g)
            if not np.isfinite(p).all() or np.abs(p).max() > 1e6:
                break
            path.append(p.copy())
    return np.array(path)
