"""The session file (.mlpviz): the whole state as JSON — network, data (the user's own points
too), hyper-parameters, seeds and view settings — validated field by field on the way in.

    {"format": "mlpviz.session", "version": 2, "backend": "playground",
     "scenario": {...}, "network": {mlpviz.network}, "data": {"problem": …,
     "train": {"points": [[x1, x2], …], "labels": […]}, "test": {…}},
     "view": {"show_test": false, …}, "progress": {"epoch": 12, "step": 300},
     "history": [[epoch, train loss, test loss, train accuracy, test accuracy], …],
     "playground": {"link": "https://playground.tensorflow.org/#…", "given": "…",
                    "random": {"i": 12, "j": 200, "S": [256 bytes]}, "dead": [[[false…]]]}}

Version 2 added "playground" (a run that follows a Playground link: the link's set-up as
Playground holds it now, the link as given, where Playground's random numbers stand, the
links L1 killed) and "backend" (what trained: numpy, compiled, perceptron or playground; a
note, the reader chooses by "playground"). A version 1 file reads as one without them.
Version 2 also names the bundled digits instead of copying them:
"data": {"problem": "multiclass", "digits": {"ratio": 50, "seed": 0}}.

The history is the loss curve, thinned to at most MAX_HISTORY rows (the last always kept);
a value that was not measured (no test set, regression's accuracy) is null.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from collections.abc import Collection
from pathlib import Path
from typing import Any, Literal, TypeVar, overload

import numpy as np
from numpy.typing import NDArray

from ..data.csvio import DataSource
from ..data.datasets import DATASET_IDS, DIGITS, Split
from ..data.features import check_features
from ..errors import MlpvizError
from ..files import short, write_file
from ..nn.activations import ACTIVATIONS
from ..nn.losses import LOSSES
from ..nn.netfile import check_finite, network_from_dict, network_to_dict, read_json_file
from ..nn.network import MLP
from ..nn.targets import check_labels
from ..playground.link import read_link, write_link
from ..playground.record import PlaygroundRecord, check_dead, check_random
from ..training.optimizers import OPTIMIZERS, REGULARIZATIONS
from ..training.scenario import Scenario, check_hidden
from ..training.trainer import MAX_SEED, TrainConfig
from .session_data import (
    digits_from_dict,
    digits_to_dict,
    points_json,
    refers,
    source_to_dict,
    split_from_file,
)

FORMAT = "mlpviz.session"
VERSION = 2
READS = (1, 2)  # the versions this mlpviz opens
MAX_POINTS = 100_000
MAX_HISTORY = 2000
SESSION_SUFFIX = ".mlpviz"
PROBLEMS = ("classification", "multiclass", "regression")
T = TypeVar("T")
VIEW_DEFAULTS = {"show_test": False, "discretize": False, "log_scale": False,
                 "step_mode": "epoch"}


@dataclasses.dataclass(frozen=True)
class Session:
    scenario: Scenario
    network: MLP
    split: Split
    problem: str
    view: dict[str, Any]
    epoch: int = 0
    step: int = 0
    # The loss curve: (epoch, train loss, test loss, train accuracy, test accuracy) rows.
    history: tuple[tuple[float, ...], ...] = ()
    source: DataSource | None = None  # the CSV file the points were imported from
    playground: PlaygroundRecord | None = None  # the Playground run it follows, if any


def thinned(rows: list[T], most: int = MAX_HISTORY) -> list[T]:
    """At most `most` of the rows, evenly, the last always among them."""
    if len(rows) <= most:
        return list(rows)
    if most <= 1:
        return list(rows[-most:]) if most == 1 else []
    step = -(-len(rows) // (most - 1))
    return [*rows[:-1:step], rows[-1]]


def session_to_dict(s: Session, with_data: bool = True, folder: Path | None = None
                    ) -> dict[str, Any]:
    """`with_data` False: without "data", for session_text to put in a cached copy."""
    sc = dataclasses.asdict(s.scenario)
    sc["features"], sc["hidden"] = list(sc["features"]), list(sc["hidden"])
    d = {"format": FORMAT, "version": VERSION, "scenario": sc,
         "network": network_to_dict(s.network), "data": None,
         "view": dict(s.view), "progress": {"epoch": s.epoch, "step": s.step},
         "history": [[int(r[0]), *(None if not math.isfinite(v) else v for v in r[1:])]
                     for r in thinned(list(s.history))],
         "backend": "numpy" if s.playground is None else "playground"}
    if s.playground is not None:
        d["playground"] = _playground_to_dict(s.playground)
    if with_data:
        d["data"] = data_to_dict(s, folder)
    return d


def data_to_dict(s: Session, folder: Path | None = None) -> dict[str, Any]:
    """`folder`: the session file's, where a referred data file's relative path starts."""
    data: dict[str, Any] = {"problem": s.problem}
    if s.scenario.dataset == DIGITS:  # the bundled digits, by name
        data["digits"] = digits_to_dict(s.scenario.ratio, s.scenario.data_seed)
    elif refers(s.source, s.split):
        data["csv"] = source_to_dict(s.source, folder)
    else:
        data.update(points_json(s.split))
    return data


def data_text(s: Session) -> str:
    """The "data" part as JSON: what an autosave keeps while the points stay the same."""
    return json.dumps(data_to_dict(s), allow_nan=False)


def session_text(s: Session, data: str | None = None, path: str | Path | None = None) -> str:
    """The session file's text; `data`: its "data" part already made by data_text (an
    autosave does not turn ten thousand unchanged points into text every five seconds);
    `path`: where it will be written (a data file is also named relative to it)."""
    check_finite(s.network)
    folder = None if path is None else Path(os.path.abspath(path)).parent
    d = session_to_dict(s, with_data=data is None, folder=folder)
    text = json.dumps(d, allow_nan=False)
    if data is not None:
        text = text.replace('"data": null', '"data": ' + data, 1)
    return text


def save_session(s: Session, path: str | Path, data: str | None = None) -> None:
    write_file(path, session_text(s, data, path))


def load_session(path: str | Path) -> Session:
    return session_from_dict(read_json_file(path), str(path), str(path))


def _need(d: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    v = d.get(key)
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not isinstance(v, kinds) or (isinstance(v, bool) and bool not in kinds):
        raise MlpvizError(f"{where}.{key}: missing or of the wrong type")
    return v


def _number(d: dict[str, Any], key: str, where: str, lo: float, hi: float) -> float:
    v = _need(d, key, (int, float), where)
    if not math.isfinite(v) or not lo <= v <= hi:
        raise MlpvizError(f"{where}.{key}: {short(v)} is outside {lo:g} … {hi:g}")
    return float(v)


def _whole(d: dict[str, Any], key: str, where: str, lo: int, hi: int) -> int:
    v = _need(d, key, int, where)
    if not lo <= v <= hi:
        raise MlpvizError(f"{where}.{key}: {short(v)} is outside {lo} … {hi}")
    return int(v)


@overload
def _choice(d: dict[str, Any], key: str, where: str, choices: Collection[str],
            optional: Literal[False] = False) -> str: ...


@overload
def _choice(d: dict[str, Any], key: str, where: str, choices: Collection[str],
            optional: bool) -> str | None: ...


def _choice(d: dict[str, Any], key: str, where: str, choices: Collection[str],
            optional: bool = False) -> str | None:
    v = d.get(key)
    if v is None and optional:
        return None
    if not isinstance(v, str) or v not in choices:
        raise MlpvizError(f"{where}.{key}: {short(v)} is not one of {', '.join(choices)}")
    return v


def _scenario(d: Any, where: str) -> Scenario:
    if not isinstance(d, dict):
        raise MlpvizError(f"{where}: expected an object")
    t = d.get("train")
    if not isinstance(t, dict):
        raise MlpvizError(f"{where}.train: expected an object")
    tw = f"{where}.train"
    train = TrainConfig(lr=_number(t, "lr", tw, 1e-12, 1e6),
                        batch_size=_whole(t, "batch_size", tw, 1, MAX_POINTS),
                        optimizer=_choice(t, "optimizer", tw, list(OPTIMIZERS)),
                        regularization=_choice(t, "regularization", tw, REGULARIZATIONS),
                        reg_rate=_number(t, "reg_rate", tw, 0, 1e6),
                        shuffle=_need(t, "shuffle", bool, tw),
                        seed=_whole(t, "seed", tw, 0, MAX_SEED))
    features = _need(d, "features", list, where)
    check_features(features)
    hidden = _need(d, "hidden", list, where)
    if not all(isinstance(h, int) and not isinstance(h, bool) for h in hidden):
        raise MlpvizError(f"{where}.hidden: whole numbers expected")
    check_hidden(hidden)
    return Scenario(dataset=_choice(d, "dataset", where, [*DATASET_IDS, "custom"]),
                    noise=_number(d, "noise", where, 0, 0.5),
                    ratio=_number(d, "ratio", where, 1, 100),
                    data_seed=_whole(d, "data_seed", where, 0, MAX_SEED),
                    features=tuple(features), hidden=tuple(hidden),
                    activation=_choice(d, "activation", where, list(ACTIVATIONS)),
                    output_activation=_choice(d, "output_activation", where,
                                              list(ACTIVATIONS), optional=True),
                    loss=_choice(d, "loss", where, list(LOSSES), optional=True),
                    weight_seed=_whole(d, "weight_seed", where, 0, MAX_SEED), train=train)


def _points(d: Any, where: str, problem: str) -> tuple[NDArray[np.float64], NDArray[Any]]:
    if not isinstance(d, dict):
        raise MlpvizError(f"{where}: expected an object with points and labels")
    pts, labels = d.get("points"), d.get("labels")
    if not isinstance(pts, list) or not isinstance(labels, list) or len(pts) != len(labels):
        raise MlpvizError(f"{where}: points and labels must be lists of the same length")
    if len(pts) > MAX_POINTS:
        raise MlpvizError(f"{where}: {len(pts)} points, over the limit of {MAX_POINTS}")
    try:
        p = np.array(pts, dtype=float).reshape(len(pts), 2)
        lab = np.array(labels, dtype=float).reshape(len(labels))
    except (ValueError, TypeError):
        raise MlpvizError(f"{where}: each point must be two numbers, each label a number") \
            from None
    if not (np.isfinite(p).all() and np.isfinite(lab).all()):
        raise MlpvizError(f"{where}: points and labels must be finite numbers")
    if problem != "regression":
        if (lab != np.round(lab)).any() or (lab < 0).any() or (lab > 9).any():
            raise MlpvizError(f"{where}: class labels must be whole numbers 0 … 9")
        return p, lab.astype(int)
    return p, lab


def session_from_dict(d: Any, where: str = "session", path: str | None = None) -> Session:
    """`path`: the session file's, where a referred data file is also looked for."""
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        raise MlpvizError(f"{where}: not an mlpviz session (format must be '{FORMAT}')")
    if d.get("version") not in READS:
        raise MlpvizError(f"{where}: unsupported version {short(d.get('version'))} "
                          f"(this mlpviz reads versions {READS[0]} to {READS[-1]})")
    scenario = _scenario(d.get("scenario"), f"{where}: scenario")
    net = network_from_dict(d.get("network"), f"{where}: network")
    if tuple(net.features) != scenario.features:
        raise MlpvizError(f"{where}: the network's inputs differ from the scenario's features")
    data = d.get("data")
    if not isinstance(data, dict):
        raise MlpvizError(f"{where}: data: expected an object")
    problem = _choice(data, "problem", f"{where}: data", PROBLEMS)
    source = None
    if "digits" in data:
        sp = digits_from_dict(data["digits"], f"{where}: data.digits")
    elif "csv" in data:
        sp, source = split_from_file(data["csv"], f"{where}: data.csv", path, problem)
    else:
        sp = Split(*_points(data.get("train"), f"{where}: data.train", problem),
                   *_points(data.get("test"), f"{where}: data.test", problem))
    try:
        check_labels(problem, (sp.train_labels, sp.test_labels), net.units[-1])
    except MlpvizError as e:
        raise MlpvizError(f"{where}: {e}") from None
    view = dict(VIEW_DEFAULTS)
    given = d.get("view", {})
    if not isinstance(given, dict):
        raise MlpvizError(f"{where}: view: expected an object")
    for key, default in VIEW_DEFAULTS.items():
        if key in given:
            if type(given[key]) is not type(default):
                raise MlpvizError(f"{where}: view.{key}: wrong type")
            view[key] = given[key]
    if view["step_mode"] not in ("epoch", "batch"):
        raise MlpvizError(f"{where}: view.step_mode must be epoch or batch")
    progress = d.get("progress", {})
    if not isinstance(progress, dict):
        raise MlpvizError(f"{where}: progress: expected an object")
    epoch = _whole(progress, "epoch", f"{where}: progress", 0, 2**53) if progress else 0
    step = _whole(progress, "step", f"{where}: progress", 0, 2**53) if progress else 0
    history = _history(d.get("history", []), f"{where}: history")
    playground = None
    if d.get("playground") is not None:
        playground = _playground(d["playground"], net, f"{where}: playground")
    return Session(scenario, net, sp, problem, view, epoch, step, history, source, playground)


def _playground_to_dict(r: PlaygroundRecord) -> dict[str, Any]:
    i, j, s = r.random
    return {"link": write_link(r.state), "given": r.link,
            "random": {"i": i, "j": j, "S": list(s)},
            "dead": [[list(row) for row in layer] for layer in r.dead]}


def _playground(d: Any, net: MLP, where: str) -> PlaygroundRecord:
    if not isinstance(d, dict):
        raise MlpvizError(f"{where}: expected an object")
    link, given = d.get("link"), d.get("given", "")
    if not isinstance(link, str) or not isinstance(given, str) or len(given) > 4096:
        raise MlpvizError(f"{where}: link: expected the Playground link")
    try:
        state = read_link(link)
    except MlpvizError as e:
        raise MlpvizError(f"{where}: link: {e}") from None
    if state.seed is None:
        raise MlpvizError(f"{where}: link: it has no seed")
    random = check_random(d.get("random"), f"{where}: random")
    dead = check_dead(d.get("dead"), [w.shape for w in net.weights], f"{where}: dead")
    return PlaygroundRecord(state, given, random, dead)


def _history(rows: Any, where: str) -> tuple[tuple[float, ...], ...]:
    if not isinstance(rows, list) or len(rows) > MAX_HISTORY:
        raise MlpvizError(f"{where}: expected a list of at most {MAX_HISTORY} rows")
    out, last = [], -1
    for n, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != 5 or not isinstance(row[0], int) \
                or isinstance(row[0], bool) or not last < row[0] <= 2**53:
            raise MlpvizError(f"{where}[{n}]: expected [epoch, 4 numbers or null], epochs "
                              "rising")
        values = []
        for v in row[1:]:
            if v is None:
                values.append(math.nan)
            elif isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v):
                values.append(float(v))
            else:
                raise MlpvizError(f"{where}[{n}]: losses and accuracies are numbers or null")
        last = row[0]
        out.append((float(row[0]), *values))
    return tuple(out)
