"""Per-epoch losses with memory bounded however long training runs.

A million epochs must not grow memory without end, yet the loss curve wants the whole run.
When the table fills, every other row is dropped and from then on only every 2nd (4th, …)
epoch is kept: the curve keeps its shape at a coarser step. The latest row is always kept
apart, so the counters never lag.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]

COLUMNS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


class History:
    def __init__(self, capacity: int = 1 << 16) -> None:
        self._rows = np.empty((capacity, len(COLUMNS)))  # (capacity, 5)
        self._n = 0
        self._stride = 1
        self.last: tuple[float, ...] | None = None

    def __len__(self) -> int:
        return self._n

    @property
    def stride(self) -> int:
        return self._stride

    def append(self, epoch: int, train_loss: float, test_loss: float,
               train_accuracy: float = float("nan"),
               test_accuracy: float = float("nan")) -> None:
        row = (epoch, train_loss, test_loss, train_accuracy, test_accuracy)
        self.last = row
        if epoch % self._stride:
            return
        if self._n == len(self._rows):
            kept = self._rows[1::2].copy()  # odd rows: epochs that are multiples of 2·stride
            self._n = len(kept)
            self._rows[: self._n] = kept
            self._stride *= 2
            if epoch % self._stride:
                return
        self._rows[self._n] = row
        self._n += 1

    def table(self) -> Array:
        """A copy of the rows kept, oldest first, a column each of COLUMNS."""
        return self._rows[: self._n].copy()

    def column(self, name: str) -> Array:
        """A copy of one column, oldest first."""
        return self._rows[: self._n, COLUMNS.index(name)].copy()

    def rows(self) -> list[dict[str, float]]:
        return [dict(zip(COLUMNS, r, strict=True)) for r in self._rows[: self._n].tolist()]

    def clear(self) -> None:
        self._n = 0
        self._stride = 1
        self.last = None
