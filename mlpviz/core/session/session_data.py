"""A session's data as JSON: its points, or for data imported from a big CSV file a reference
to the file (path, SHA-256, and the ratio and seed of its split), so that a session of a
million points is a few kilobytes and its autosave costs nothing:

    "data": {"problem": "classification", "csv": {"path": "/data/spiral.csv",
             "relative": "../data/spiral.csv", "sha256": "…", "ratio": 50, "seed": 0}}

The path is absolute, and also relative to the session file's folder ("relative", when it
was saved to a file): opening it looks beside the session first (a folder moved or copied
as a whole), then at the absolute path, then for the file's name beside the session; a
relative "path" (written by earlier versions) is the session folder's, never the current
folder's. The file is read once, checked before a byte is read (a regular file, under the
cap), and compared by the SHA-256 of the bytes read; then split the same way. A missing or
changed file says so and changes nothing.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeGuard

from numpy.typing import NDArray

from ..data.csvio import DataSource, read_csv
from ..data.datasets import DIGITS, Dataset, Split, make_dataset, split
from ..errors import MlpvizError
from ..files import exists, short
from ..training.trainer import MAX_SEED

EMBED_POINTS = 10_000  # more points than this, from a file, are referred to, not copied


def refers(source: DataSource | None, sp: Split) -> TypeGuard[DataSource]:
    return source is not None and len(sp.train_points) + len(sp.test_points) > EMBED_POINTS


def source_to_dict(source: DataSource, folder: Path | None = None) -> dict[str, Any]:
    """`folder`: the session file's, for the path relative to it."""
    path = os.path.abspath(source.path)
    d: dict[str, Any] = {"path": path}
    if folder is not None:
        with contextlib.suppress(ValueError):  # another drive (Windows): absolute only
            d["relative"] = Path(os.path.relpath(path, os.path.abspath(folder))).as_posix()
    return {**d, "sha256": source.sha256, "ratio": source.ratio, "seed": source.seed}


def _candidates(d: dict[str, Any], session_path: str | None) -> list[Path]:
    """Where the data file may be, in order (see the module's docstring)."""
    given = Path(d["path"])
    folder = None if session_path is None else Path(os.path.abspath(session_path)).parent
    found: list[Path] = []
    relative = d.get("relative")
    if folder is not None and isinstance(relative, str) and relative:
        found.append(folder / relative)
    if given.is_absolute():
        found.append(given)
    elif folder is not None:
        found.append(folder / given)
    else:
        found.append(given)  # no session file (a session given as text): as it is
    if folder is not None and given.name:
        found.append(folder / given.name)
    return found


def split_from_file(d: Any, where: str, session_path: str | None, problem: str
                    ) -> tuple[Split, DataSource]:
    """The split a "csv" reference describes. The file is looked for at its path, then
    beside the session file (a folder moved as a whole)."""
    if not isinstance(d, dict) or not isinstance(d.get("path"), str) \
            or not isinstance(d.get("sha256"), str):
        raise MlpvizError(f"{where}: expected path and sha256")
    ratio, seed = ratio_and_seed(d, where)
    path = next((p for p in _candidates(d, session_path) if exists(p)), None)
    if path is None:
        raise MlpvizError(f"{where}: the data file {short(d['path'])} is missing")
    try:
        csv = read_csv(path)  # checked before it is read: never an endless or huge file
    except MlpvizError as e:
        raise MlpvizError(f"{where}: {e}") from None
    if csv.sha256 != d["sha256"]:
        raise MlpvizError(f"{where}: the data file {short(path)} has changed since the "
                          "session was saved")
    if csv.inputs.shape[1] != 2 or csv.problem != problem:
        raise MlpvizError(f"{where}: the data file {path} does not hold this session's data")
    sp = split(Dataset("csv", csv.inputs, csv.labels, problem), float(ratio), seed)
    return sp, DataSource(os.path.abspath(path), d["sha256"], float(ratio), seed)


def digits_to_dict(ratio: float, seed: int) -> dict[str, Any]:
    """The bundled digits by name: the split is made again from the ratio and the seed (the
    points are in every copy of mlpviz; 1,797 × 64 numbers need not be in the file)."""
    return {"ratio": ratio, "seed": seed}


def digits_from_dict(d: Any, where: str) -> Split:
    if not isinstance(d, dict):
        raise MlpvizError(f"{where}: expected ratio and seed")
    ratio, seed = ratio_and_seed(d, where)
    return split(make_dataset(DIGITS), ratio, seed)


def ratio_and_seed(d: dict[str, Any], where: str) -> tuple[float, int]:
    """A split's train ratio (1 … 100 %) and seed (0 … MAX_SEED), as a file gives them."""
    ratio, seed = d.get("ratio"), d.get("seed")
    if isinstance(ratio, bool) or not isinstance(ratio, int | float) or not 0 < ratio <= 100:
        raise MlpvizError(f"{where}.ratio: must be a number from 1 to 100")
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise MlpvizError(f"{where}.seed: must be a whole number 0 … {MAX_SEED}")
    return float(ratio), seed


def points_json(sp: Split) -> dict[str, Any]:
    part: Callable[[NDArray[Any], NDArray[Any]], dict[str, Any]] = \
        lambda p, l: {"points": p.tolist(), "labels": l.tolist()}  # noqa: E731
    return {"train": part(sp.train_points, sp.train_labels),
            "test": part(sp.test_points, sp.test_labels)}

