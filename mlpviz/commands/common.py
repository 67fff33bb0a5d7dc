"""Argument helpers shared by the subcommands.

The argparse types raise ArgumentTypeError: argparse prints its message as it is (any other
error becomes a vague 'invalid value').
"""

from __future__ import annotations

import json
import math
import os
import sys
from argparse import ArgumentTypeError
from typing import Any

from ..core.errors import MlpvizError
from ..core.files import short
from ..core.training.trainer import MAX_BATCH, MAX_SEED

NETWORK_HELP = ("a network file (JSON), or a bundled example by name: lecture (the lecture's "
                "2-2-1 sigmoid net) or quiz04 (the same with ReLU); a file of that name wins")


def finite(text: str) -> float:
    """argparse type: a finite float (float('nan') would pass plain `float`)."""
    try:
        value = float(text)
    except ValueError:
        raise ArgumentTypeError(f"'{short(text, 40)}' is not a number") from None
    if not math.isfinite(value):
        raise ArgumentTypeError(f"'{short(text, 40)}' is not a finite number")
    return value


def positive(text: str) -> float:
    value = finite(text)
    if value <= 0:
        raise ArgumentTypeError(f"'{short(text, 40)}' must be greater than 0")
    return value


MAX_COUNT = 10**12  # epochs, steps, rows: more than any run could reach


def bench_seconds(text: str) -> float:
    """bench --seconds: long enough to measure anything, short enough to wait for."""
    value = finite(text)
    if not 0.5 <= value <= 3600:
        raise ArgumentTypeError(f"'{short(text, 40)}' must be 0.5 to 3,600 seconds")
    return value


def lesson_page(text: str) -> int:
    """--lesson: a page of the lesson, 1 … its length."""
    from ..core.lessons.lesson import LESSON

    try:
        value = count(text, len(LESSON))
    except ArgumentTypeError:
        value = 0
    if value < 1:
        raise ArgumentTypeError(f"'{short(text, 40)}' is not a page of the lesson "
                                f"(1 … {len(LESSON)})")
    return value


def count(text: str, most: int = MAX_COUNT) -> int:
    """argparse type: a whole number from 0 to `most` (checked here, before NumPy or Numba
    sees it: a number past int64 would overflow them)."""
    try:
        value = int(text) if len(text) <= 40 else None
    except ValueError:
        value = None
    if value is None:
        raise ArgumentTypeError(f"'{short(text, 40)}' is not a whole number")
    if not 0 <= value <= most:
        raise ArgumentTypeError(f"'{short(text, 40)}' must be from 0 to {most:,}")
    return value


def seed(text: str) -> int:
    return count(text, MAX_SEED)


def batch_size(text: str) -> int:
    value = count(text, MAX_BATCH)
    if value < 1:
        raise ArgumentTypeError(f"batch size '{text}' must be at least 1")
    return value


def pace(text: str) -> float | None:
    """--speed: epochs a second while playing, 0.1 … 10,000, or `max` (None: no limit)."""
    if text.strip().lower() == "max":
        return None
    try:
        value = float(text)
    except ValueError:
        raise ArgumentTypeError(f"'{text[:40]}' is not a number of epochs a second, nor max") \
            from None
    from ..core.session.commands import MAX_PACE, MIN_PACE

    if not MIN_PACE <= value <= MAX_PACE:
        raise ArgumentTypeError(f"'{text[:40]}' must be {MIN_PACE:g} … {MAX_PACE:,} epochs a "
                                "second, or max")
    return value


def int_list(text: str) -> tuple[int, ...]:
    """'4,2' → (4, 2); '0' or '' → () (no hidden layer)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    try:
        if any(len(p) > 12 for p in parts):  # int() of 5,000 digits is slow, and no layer
            raise ValueError
        values = tuple(int(p) for p in parts)
    except ValueError:
        raise ArgumentTypeError(f"'{short(text, 40)}' is not a comma-separated list of whole "
                                "numbers") from None
    return () if values == (0,) else values


def name_list(text: str) -> tuple[str, ...]:
    names = tuple(p.strip() for p in text.split(",") if p.strip())
    if not names:
        raise ArgumentTypeError("give at least one name (an empty list chose nothing)")
    return names


def file_name(text: str) -> str:
    """An output file's name: an empty one wrote nothing and exited 0."""
    if not text.strip():
        raise ArgumentTypeError("give a file name")
    return text


def check_outputs(outputs: dict[str, str], inputs: list[str]) -> None:
    """No output (flag → file) over one of the run's input files or over another output:
    refused before anything runs, in one line, rather than found out afterwards."""
    def same(a: str, b: str) -> bool:
        try:
            return os.path.samefile(a, b)
        except (OSError, ValueError):  # one does not exist (yet): by name
            return os.path.abspath(a) == os.path.abspath(b)

    seen: dict[str, str] = {}
    for flag, path in outputs.items():
        for given in inputs:
            if same(path, given):
                raise MlpvizError(f"{flag} {short(path)}: that is an input of this run; "
                                  "it is not written over")
        for other, earlier in seen.items():
            if same(path, earlier):
                raise MlpvizError(f"{flag} and {other} name the same file {short(path)}")
        seen[flag] = path


def clean(value: Any) -> Any:
    """Non-finite floats → None, so the JSON printed is standard (no NaN)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value


def print_json(obj: Any) -> None:
    try:  # most results hold no NaN: no need to walk a big one in Python
        text = json.dumps(obj, allow_nan=False)
    except ValueError:
        text = json.dumps(clean(obj), allow_nan=False)
    sys.stdout.write(text + "\n")
