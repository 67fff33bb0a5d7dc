"""The chapter's digit network's data: real handwritten digits, 8×8 pixels, ten classes.

The chapter's example is MNIST (28×28); these are the UCI "Optical Recognition of Handwritten
Digits" (E. Alpaydin, C. Kaynak, 1998, CC BY 4.0: share/data/DIGITS.txt), in the copy
scikit-learn ships: 1,797 digits in 57 KB, small enough to ship and to train in seconds, and
free to share. Each pixel counts the ink in a 4×4 block of a 32×32 scan (0 … 16); here it is
scaled to 0 … 1.

The file is checked by its SHA-256 as it is read: the numbers a class compares are the same
everywhere.
"""

from __future__ import annotations

import gzip
import hashlib
from functools import cache
from importlib.resources import files

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError

SHA256 = "09f66e6debdee2cd2b5ae59e0d6abbb73fc2b0e0185d2e1957e9ebb51e23aa22"
SIDE = 8  # pixels a side
PIXELS = tuple(f"px{i}" for i in range(SIDE * SIDE))  # the features: row by row
INK = 16  # a pixel's most: a 4×4 block all ink
COUNT = 1797


@cache
def load_digits() -> tuple[NDArray[np.float64], NDArray[np.intp]]:
    """(pixels (1797, 64) in 0 … 1, digits (1797,)), read-only."""
    raw = files("mlpviz").joinpath("share", "data", "digits.csv.gz").read_bytes()
    if hashlib.sha256(raw).hexdigest() != SHA256:
        raise MlpvizError("the bundled digits file is damaged (its SHA-256 differs): "
                          "reinstall mlpviz")
    table = np.loadtxt(gzip.decompress(raw).decode("ascii").splitlines(), delimiter=",",
                       dtype=np.int64)
    pixels = (table[:, :-1] / INK).astype(np.float64)
    digits = table[:, -1].astype(np.intp)
    pixels.flags.writeable = False
    digits.flags.writeable = False
    return pixels, digits


def stratified_order(labels: NDArray[np.intp], ratio_percent: float, seed: int | None
                     ) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """(train rows, test rows): each class shuffled with `seed` and cut at its own
    ratio%, so every digit is as common in the test part as in the whole."""
    rng = np.random.default_rng(seed)
    train, test = [], []
    for digit in np.unique(labels):
        rows = rng.permutation(np.flatnonzero(labels == digit))
        cut = int(round(len(rows) * ratio_percent / 100))
        train.append(rows[:cut])
        test.append(rows[cut:])
    # the classes interleaved, not in blocks: a whole-data order for an unshuffled run
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))


def is_digits_table(columns: list[str]) -> bool:
    """Whether a CSV's input columns say it holds digits: px0 … px63, in order."""
    return tuple(columns) == PIXELS


def digits_from_table(inputs: NDArray[np.float64], labels: NDArray[np.intp], where: str
                      ) -> tuple[NDArray[np.float64], NDArray[np.intp]]:
    """A CSV of digits (columns px0 … px63 and the digit) as the data set's kind of input:
    counts 0 … 16 scaled to 0 … 1, digits 0 … 9; MlpvizError naming the first value out of
    range."""
    bad = np.argwhere((inputs < 0) | (inputs > INK) | (inputs != np.round(inputs)))
    if len(bad):
        row, col = bad[0]
        raise MlpvizError(f"{where}: px{col} on data row {row + 1} is {inputs[row, col]:g}; "
                          f"a digit's pixels are whole counts 0 … {INK}")
    wrong = np.flatnonzero((labels < 0) | (labels > 9))
    if len(wrong):
        raise MlpvizError(f"{where}: the digit on data row {wrong[0] + 1} is "
                          f"{labels[wrong[0]]}; digits are 0 … 9")
    return (inputs / INK).astype(np.float64), labels.astype(np.intp)
