"""A session's data as JSON: its points, or for data imported from a big CSV file a reference
to the file (path, SHA-256, and the ratio and seed of its split), so that a session of a
million points is a few kilobytes and its autosave costs nothing:

    "data": {"problem": "classification", "csv": {"path": "/data/spiral.csv",
             "sha256": "…", "ratio": 50, "seed": 0}}

Opening it reads the file again and splits it the same way; a missing or changed file says
so and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..data.csvio import DataSource, file_sha256, read_csv
from ..data.datasets import Dataset, Split, split
from ..errors import MlpvizError

EMBED_POINTS = 10_000  # more points than this, from a file, are referred to, not copied


def refers(source: DataSource | None, sp: Split) -> bool:
    return source is not None and len(sp.train_points) + len(sp.test_points) > EMBED_POINTS


def source_to_dict(source: DataSource) -> dict:
    return {"path": source.path, "sha256": source.sha256, "ratio": source.ratio,
            "seed": source.seed}


def split_from_file(d: Any, where: str, session_path: str | None, problem: str
                    ) -> tuple[Split, DataSource]:
    """The split a "csv" reference describes. The file is looked for at its path, then
    beside the session file (a folder moved as a whole)."""
    if not isinstance(d, dict) or not isinstance(d.get("path"), str) \
            or not isinstance(d.get("sha256"), str):
        raise MlpvizError(f"{where}: expected path and sha256")
    ratio, seed = d.get("ratio"), d.get("seed")
    if isinstance(ratio, bool) or not isinstance(ratio, int | float) or not 0 < ratio <= 100:
        raise MlpvizError(f"{where}.ratio: must be a number from 1 to 100")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise MlpvizError(f"{where}.seed: must be a whole number ≥ 0")
    path = Path(d["path"])
    if not path.is_file() and session_path is not None:
        beside = Path(session_path).parent / path.name
        path = beside if beside.is_file() else path
    if not path.is_file():
        raise MlpvizError(f"{where}: the data file {d['path']} is missing")
    if file_sha256(path) != d["sha256"]:
        raise MlpvizError(f"{where}: the data file {path} has changed since the session "
                          "was saved")
    csv = read_csv(path)
    if csv.inputs.shape[1] != 2 or csv.problem != problem:
        raise MlpvizError(f"{where}: the data file {path} does not hold this session's data")
    sp = split(Dataset("csv", csv.inputs, csv.labels, problem), float(ratio), seed)
    return sp, DataSource(str(path), d["sha256"], float(ratio), seed)


def points_json(sp: Split) -> dict:
    part = lambda p, l: {"points": p.tolist(), "labels": l.tolist()}  # noqa: E731
    return {"train": part(sp.train_points, sp.train_labels),
            "test": part(sp.test_points, sp.test_labels)}

