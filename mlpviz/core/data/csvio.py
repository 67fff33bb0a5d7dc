"""CSV data: a header row, one sample a row, the last column the target.

Targets that are all whole numbers 0 … K−1 (K ≤ 10) are classes; −1/+1 (Playground's labels)
are read as classes 0/1; anything else is a regression target.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from ..files import decode_text, read_bytes, short, write_file

MAX_CLASSES = 10
MAX_ROWS = 1_000_000
MAX_FILE_BYTES = 128 * 1024 * 1024  # with MAX_ROWS: read in under 5 s
MAX_COLUMNS = 1024 + 1  # a network's most inputs, and the target
MAX_LINE = MAX_COLUMNS * 64  # characters: a row of the most columns, each a long number
Progress = Callable[[float], None]
Array = NDArray[np.float64]
Labels = NDArray[Any]  # int classes, or float targets for a regression


@dataclass(frozen=True)
class CsvData:
    columns: list[str]  # the input columns' names
    inputs: Array  # (N, len(columns))
    labels: Labels  # (N,): int classes or float targets
    problem: str
    sha256: str = ""  # of the bytes read (read_csv): a session names the file by it


CHUNK_LINES = 20_000  # lines parsed at a time: progress, and the GIL let go between them


@dataclass(frozen=True)
class DataSource:
    """Where imported points came from, so that a session can name the file instead of
    carrying a big copy of it: the path, the file's SHA-256 (a changed file is noticed), and
    the train ratio and seed of the split made when it was imported."""

    path: str
    sha256: str
    ratio: float
    seed: int


def _parse_rows(text: str, where: str, progress: Progress | None = None
                ) -> tuple[list[str], Array]:
    """The header and the values (rows, columns). The lines are parsed by NumPy's C reader
    a chunk at a time (a million rows in about a second); a chunk it refuses is parsed again
    row by row in Python, which names the line and column of the problem."""
    lines = [line for line in _lines(text) if line.strip(" \t,")]
    if not lines:
        raise MlpvizError(f"{where}: empty file")
    _check_widths(lines, where)  # before splitting: 30 M columns took 2 GB to split
    header = [c.strip() for c in next(csv.reader([lines[0]]))]
    if len(header) < 2:
        raise MlpvizError(f"{where}: need at least one input column and a target column")
    body = lines[1:]
    if not body:
        raise MlpvizError(f"{where}: no data rows under the header")
    if len(body) > MAX_ROWS:
        raise MlpvizError(f"{where}: {len(body)} rows, over the limit of {MAX_ROWS}")
    values = np.empty((len(body), len(header)))
    for start in range(0, len(body), CHUNK_LINES):
        chunk = body[start:start + CHUNK_LINES]
        try:
            block = np.loadtxt(chunk, delimiter=",", quotechar='"', ndmin=2)
            if block.shape != (len(chunk), len(header)) or not np.isfinite(block).all():
                raise ValueError
        except ValueError:
            block = _parse_slowly(chunk, header, where, first_line=start + 2)
        values[start:start + len(chunk)] = block
        if progress is not None:
            progress(min(1.0, (start + len(chunk)) / len(body)))
    return header, values


def _check_widths(lines: list[str], where: str) -> None:
    columns = lines[0].count(",") + 1
    if columns > MAX_COLUMNS:
        raise MlpvizError(f"{where}: the header has {columns:,} columns, over the limit of "
                          f"{MAX_COLUMNS:,} ({MAX_COLUMNS - 1:,} inputs and the target)")
    longest = max(map(len, lines))  # (a million lines: map, not a key function)
    if longest > MAX_LINE:
        row = next(i for i, line in enumerate(lines) if len(line) == longest) + 1
        raise MlpvizError(f"{where}: row {row} is {longest:,} characters long, over the "
                          f"limit of {MAX_LINE:,}")


def _lines(text: str, block: int = 1 << 20) -> list[str]:
    """text.splitlines(), a megabyte at a time: one call on 40 MB holds the GIL for 90 ms,
    long enough to be seen in the window."""
    if len(text) <= block:
        return text.splitlines()
    lines: list[str] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + block)
        end = len(text) if end < 0 else end + 1
        lines += text[start:end].splitlines()
        start = end
    return lines


def _parse_slowly(lines: list[str], header: list[str], where: str, first_line: int
                  ) -> Array:
    """Row by row, saying exactly what is wrong where (line numbers as in the file, when
    it has no blank lines)."""
    values = np.empty((len(lines), len(header)))
    for n, row in enumerate(csv.reader(lines), start=first_line):
        if len(row) != len(header):
            raise MlpvizError(f"{where}: line {n}: {len(row)} values, the header has "
                              f"{len(header)}")
        for c, cell in enumerate(row):
            try:
                v = float(cell)
            except ValueError:
                raise MlpvizError(f"{where}: line {n}, column {short(header[c], 40)!r}: "
                                  f"{short(cell.strip(), 40)!r} is not a number") from None
            if not math.isfinite(v):
                raise MlpvizError(f"{where}: line {n}, column {short(header[c], 40)!r}: "
                                  f"{short(cell.strip(), 40)!r} is not a finite number")
            values[n - first_line, c] = v
    return values


def parse_csv(text: str, where: str = "CSV", progress: Progress | None = None) -> CsvData:
    try:
        header, values = _parse_rows(text, where, progress)
    except csv.Error as e:  # a field over 128 KB, a NUL byte
        raise MlpvizError(f"{short(where)}: not a CSV file mlpviz can read ({short(e)})") \
            from None
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


def check_csv_start(path: str | Path, inputs: int | None = None) -> None:
    """What can be told of a CSV file at once, from its size and first rows (the whole file
    is read later, on a thread): a missing, oversized or malformed file, or one with the
    wrong number of input columns, raises here."""
    p = Path(path)
    head, size = read_bytes(p, MAX_FILE_BYTES, first=1 << 16)
    if size > len(head):
        head = head[:head.rfind(b"\n") + 1] or head  # whole lines only
    data = parse_csv(decode_text(head, p, "utf-8-sig"), str(p))
    if inputs is not None and data.inputs.shape[1] != inputs:
        raise MlpvizError(f"{p}: {inputs} input columns expected (x1, x2), found "
                          f"{data.inputs.shape[1]}")


def read_csv(path: str | Path, progress: Progress | None = None) -> CsvData:
    """progress(fraction), if given, as the rows are parsed (reading the text is quick).
    The file is checked (a regular file, under the cap) before a byte is read, and hashed
    from the bytes read: a session's reference to it is checked against those, never
    against a second read of a file that may be endless (/proc) or a pipe."""
    raw, _ = read_bytes(path, MAX_FILE_BYTES)
    data = parse_csv(decode_text(raw, path, "utf-8-sig"), str(path), progress)
    return dataclasses.replace(data, sha256=hashlib.sha256(raw).hexdigest())


def format_csv(columns: list[str], inputs: Array, labels: Labels,
               target_name: str = "label") -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow([*columns, target_name])
    for row, label in zip(inputs.tolist(), labels.tolist(), strict=True):
        w.writerow([*(repr(float(v)) for v in row), label])
    return out.getvalue()


def write_csv(path: str | Path, columns: list[str], inputs: Array,
              labels: Labels) -> None:
    write_file(path, format_csv(columns, inputs, labels))
