"""CSV data: a header row, one sample a row, the last column the target.

Targets that are all whole numbers 0 … K−1 (K ≤ 10) are classes; −1/+1 (Playground's labels)
are read as classes 0/1; anything else is a regression target.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import MlpvizError, read_text

MAX_CLASSES = 10
MAX_ROWS = 1_000_000
MAX_FILE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class CsvData:
    columns: list[str]  # the input columns' names
    inputs: np.ndarray  # (N, len(columns))
    labels: np.ndarray  # (N,): int classes or float targets
    problem: str


def _parse_rows(text: str, where: str) -> tuple[list[str], np.ndarray]:
    rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
    if not rows:
        raise MlpvizError(f"{where}: empty file")
    header = [c.strip() for c in rows[0]]
    if len(header) < 2:
        raise MlpvizError(f"{where}: need at least one input column and a target column")
    if len(rows) < 2:
        raise MlpvizError(f"{where}: no data rows under the header")
    if len(rows) - 1 > MAX_ROWS:
        raise MlpvizError(f"{where}: {len(rows) - 1} rows, over the limit of {MAX_ROWS}")
    values = np.empty((len(rows) - 1, len(header)))
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise MlpvizError(f"{where}: line {n}: {len(row)} values, the header has "
                              f"{len(header)}")
        for c, cell in enumerate(row):
            try:
                v = float(cell)
            except ValueError:
                raise MlpvizError(f"{where}: line {n}, column '{header[c]}': "
                                  f"{cell.strip()!r} is not a number") from None
            if not math.isfinite(v):
                raise MlpvizError(f"{where}: line {n}, column '{header[c]}': "
                                  f"{cell.strip()!r} is not a finite number")
            values[n - 2, c] = v
    return header, values


def parse_csv(text: str, where: str = "CSV") -> CsvData:
    header, values = _parse_rows(text, where)
    inputs, target = values[:, :-1], values[:, -1]
    distinct = np.unique(target)
    if set(distinct) <= {-1.0, 1.0} and -1.0 in distinct:
        labels, problem = (target > 0).astype(int), "classification"
    elif (np.all(target == np.round(target)) and distinct.min() >= 0
          and distinct.max() < MAX_CLASSES):
        labels = target.astype(int)
        problem = "classification" if labels.max() <= 1 else "multiclass"
    else:
        labels, problem = target, "regression"
    return CsvData(header[:-1], inputs, labels, problem)


def read_csv(path: str | Path) -> CsvData:
    return parse_csv(read_text(path, MAX_FILE_BYTES, "utf-8-sig"), str(path))


def format_csv(columns: list[str], inputs: np.ndarray, labels: np.ndarray,
               target_name: str = "label") -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow([*columns, target_name])
    for row, label in zip(inputs.tolist(), labels.tolist(), strict=True):
        w.writerow([*(repr(float(v)) for v in row), label])
    return out.getvalue()


def write_csv(path: str | Path, columns: list[str], inputs: np.ndarray,
              labels: np.ndarray) -> None:
    try:
        Path(path).write_text(format_csv(columns, inputs, labels), encoding="utf-8")
    except OSError as e:
        raise MlpvizError(f"{path}: cannot write ({e.strerror})") from None
