"""Playground's data, point for point: its six generators as src/dataset.ts writes them, fed
by its seeded random numbers in the same order, then its Fisher–Yates shuffle and its split.

The arithmetic follows the TypeScript expression by expression (and d3 3.5's linear scales
where it uses them), so the points agree to the last bit wherever the maths library does.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .seedrandom import SeedRandom

Point = tuple[float, float, float]  # (x, y, label)
Generator = Callable[[SeedRandom, int, float], list[Point]]
CLASSIFY_SAMPLES = 500
REGRESS_SAMPLES = 1200


def _uniform(rng: SeedRandom, a: float, b: float) -> float:
    return rng.random() * (b - a) + a


def _normal(rng: SeedRandom, mean: float, variance: float) -> float:
    """dataset.ts normalRandom: the polar method, one of the pair used."""
    while True:
        v1 = 2 * rng.random() - 1
        v2 = 2 * rng.random() - 1
        s = v1 * v1 + v2 * v2
        if not s > 1:
            break
    result = math.sqrt(-2 * math.log(s) / s) * v1
    return mean + math.sqrt(variance) * result


def _linear(d0: float, d1: float, r0: float, r1: float,
            clamp: bool = False) -> Callable[[float], float]:
    """d3 3.5's `d3.scale.linear().domain([d0, d1]).range([r0, r1])`: uninterpolate the
    domain, interpolate the range, as d3 does it."""
    span = (d1 - d0) or 1 / d1

    def scale(x: float) -> float:
        t = (x - d0) / span
        if clamp:
            t = max(0.0, min(1.0, t))
        return r0 * (1 - t) + r1 * t
    return scale


def _dist(ax: float, ay: float, bx: float, by: float) -> float:
    dx, dy = ax - bx, ay - by
    return math.sqrt(dx * dx + dy * dy)


def two_gauss(rng: SeedRandom, n: int, noise: float) -> list[Point]:
    variance = _linear(0, 0.5, 0.5, 4)(noise)
    points: list[Point] = []
    for cx, cy, label in ((2.0, 2.0, 1.0), (-2.0, -2.0, -1.0)):
        i = 0
        while i < n / 2:
            x = _normal(rng, cx, variance)
            y = _normal(rng, cy, variance)
            points.append((x, y, label))
            i += 1
    return points


def _regress(rng: SeedRandom, n: int, noise: float,
             label_of: Callable[[float, float], float]) -> list[Point]:
    radius = 6.0
    points: list[Point] = []
    for _ in range(n):
        x = _uniform(rng, -radius, radius)
        y = _uniform(rng, -radius, radius)
        noise_x = _uniform(rng, -radius, radius) * noise
        noise_y = _uniform(rng, -radius, radius) * noise
        points.append((x, y, label_of(x + noise_x, y + noise_y)))
    return points


def regress_plane(rng: SeedRandom, n: int, noise: float) -> list[Point]:
    scale = _linear(-10, 10, -1, 1)
    return _regress(rng, n, noise, lambda x, y: scale(x + y))


GAUSSIANS = ((-4.0, 2.5, 1.0), (0.0, 2.5, -1.0), (4.0, 2.5, 1.0),
             (-4.0, -2.5, -1.0), (0.0, -2.5, 1.0), (4.0, -2.5, -1.0))


def regress_gaussian(rng: SeedRandom, n: int, noise: float) -> list[Point]:
    scale = _linear(0, 2, 1, 0, clamp=True)

    def label_of(x: float, y: float) -> float:
        label = 0.0
        for cx, cy, sign in GAUSSIANS:
            new = sign * scale(_dist(x, y, cx, cy))
            if abs(new) > abs(label):
                label = new
        return label
    return _regress(rng, n, noise, label_of)


def spiral(rng: SeedRandom, n_samples: int, noise: float) -> list[Point]:
    points: list[Point] = []
    n = n_samples / 2
    for delta_t, label in ((0.0, 1.0), (math.pi, -1.0)):
        i = 0
        while i < n:
            r = i / n * 5
            t = 1.75 * i / n * 2 * math.pi + delta_t
            x = r * math.sin(t) + _uniform(rng, -1, 1) * noise
            y = r * math.cos(t) + _uniform(rng, -1, 1) * noise
            points.append((x, y, label))
            i += 1
    return points


def circle(rng: SeedRandom, n: int, noise: float) -> list[Point]:
    radius = 5.0
    points: list[Point] = []
    for r_low, r_high in ((0.0, radius * 0.5), (radius * 0.7, radius)):
        i = 0
        while i < n / 2:
            r = _uniform(rng, r_low, r_high)
            angle = _uniform(rng, 0, 2 * math.pi)
            x = r * math.sin(angle)
            y = r * math.cos(angle)
            noise_x = _uniform(rng, -radius, radius) * noise
            noise_y = _uniform(rng, -radius, radius) * noise
            inside = _dist(x + noise_x, y + noise_y, 0, 0) < radius * 0.5
            points.append((x, y, 1.0 if inside else -1.0))
            i += 1
    return points


def xor(rng: SeedRandom, n: int, noise: float) -> list[Point]:
    points: list[Point] = []
    padding = 0.3
    for _ in range(n):
        x = _uniform(rng, -5, 5)
        x += padding if x > 0 else -padding
        y = _uniform(rng, -5, 5)
        y += padding if y > 0 else -padding
        noise_x = _uniform(rng, -5, 5) * noise
        noise_y = _uniform(rng, -5, 5) * noise
        points.append((x, y, 1.0 if (x + noise_x) * (y + noise_y) >= 0 else -1.0))
    return points


CLASSIFY: dict[str, Generator] = {"circle": circle, "xor": xor, "gauss": two_gauss,
                                  "spiral": spiral}
REGRESS: dict[str, Generator] = {"reg-plane": regress_plane, "reg-gauss": regress_gaussian}


def shuffle(rng: SeedRandom, items: list[Point]) -> None:
    """dataset.ts shuffle: Fisher–Yates from the end, in place."""
    counter = len(items)
    while counter > 0:
        index = math.floor(rng.random() * counter)
        counter -= 1
        items[counter], items[index] = items[index], items[counter]


def playground_points(rng: SeedRandom, generator: Generator, regression: bool,
                      noise_percent: float, train_percent: float
                      ) -> tuple[list[Point], list[Point]]:
    """playground.ts generateData after its `Math.seedrandom(seed)`: the points, shuffled,
    split into (train, test)."""
    data = generator(rng, REGRESS_SAMPLES if regression else CLASSIFY_SAMPLES,
                     noise_percent / 100)
    shuffle(rng, data)
    split = math.floor(len(data) * train_percent / 100)
    return data[:split], data[split:]
