"""Playground's two-arm spiral at any size, as CSV (x1,x2,label; labels 0/1), for the big-data
benchmarks: python benchmarks/spiral_csv.py OUT.csv [--points 20000] [--noise 10] [--seed 0].
The same seed gives the same file. `mlpviz bench --all` writes its own copy this way."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mlpviz.core.data.csvio import write_csv
from mlpviz.core.data.datasets import big_spiral


def spiral_csv(path: str | Path, points: int = 20_000, noise: float = 0.1,
               seed: int = 0) -> Path:
    xy, labels = big_spiral(points, noise, seed)
    write_csv(path, ["x1", "x2"], xy, labels.astype(int))
    return Path(path)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--points", type=int, default=20_000)
    p.add_argument("--noise", type=float, default=10, help="percent, as Playground's")
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    print(spiral_csv(a.out, a.points, a.noise / 100, a.seed))
    sys.exit(0)
