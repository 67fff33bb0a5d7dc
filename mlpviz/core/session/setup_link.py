"""mlpviz's own link for a set-up: a short text a lecturer pastes into a chat or a slide, and
`mlpviz LINK` or File ▸ Open link reads back to the same set-up (every setting; not the
weights, which the seeds make again).

The same `key=value&…` habit as Playground's links, with a version key, mlpviz's own names,
and for a run that follows a Playground link its seed (so the points and weights are
Playground's again):

    mlpviz:v=1&dataset=circle&noise=0&ratio=50&dataSeed=0&features=x1,x2&hidden=4,2&…
"""

from __future__ import annotations

import math
from dataclasses import replace

from ..data.datasets import DATASET_IDS, DIGITS
from ..data.digits import PIXELS
from ..data.features import FEATURES, check_features
from ..errors import MlpvizError
from ..nn.activations import ACTIVATIONS
from ..nn.losses import LOSSES
from ..playground.js_values import js_string
from ..playground.link import is_playground_link
from ..training.optimizers import OPTIMIZERS, REGULARIZATIONS
from ..training.scenario import Scenario, check_hidden
from ..training.trainer import TrainConfig

SCHEME = "mlpviz:"
VERSION = 1
MAX_LENGTH = 2048
# key: (scenario or train field, kind); kinds: name (one of a list), names, ints, int,
# number, flag
KEYS: dict[str, tuple[str, str]] = {
    "dataset": ("dataset", "name"), "noise": ("noise", "number"),
    "ratio": ("ratio", "number"), "dataSeed": ("data_seed", "int"),
    "features": ("features", "names"), "hidden": ("hidden", "ints"),
    "activation": ("activation", "name"), "output": ("output_activation", "name"),
    "loss": ("loss", "name"), "weightSeed": ("weight_seed", "int"),
    "lr": ("train.lr", "number"), "batch": ("train.batch_size", "int"),
    "optimizer": ("train.optimizer", "name"), "reg": ("train.regularization", "name"),
    "regRate": ("train.reg_rate", "number"), "shuffle": ("train.shuffle", "flag"),
    "seed": ("train.seed", "int"),
}
CHOICES = {"dataset": DATASET_IDS, "activation": tuple(ACTIVATIONS),
           "output": tuple(ACTIVATIONS), "loss": tuple(LOSSES),
           "optimizer": tuple(OPTIMIZERS), "reg": tuple(REGULARIZATIONS)}


def is_setup_link(text: str) -> bool:
    return text.strip().lower().startswith(SCHEME)


def looks_like_link(text: str) -> bool:
    """Whether `text` is meant as a link, mlpviz's or Playground's (a drop, the clipboard,
    the command line's FILE), not any text."""
    head = text.strip()[:300]
    return is_setup_link(head) or is_playground_link(head)


def write_setup_link(s: Scenario, playground_seed: str | None = None) -> str:
    """The link for `s` (an output or loss it leaves to the problem is left out as well);
    `playground_seed`: the run follows a Playground link with this seed."""
    if s.dataset not in DATASET_IDS:
        raise MlpvizError("your own points are not in a link: save a session instead")
    parts = [f"v={VERSION}"]
    for key, (name, kind) in KEYS.items():
        value = getattr(s.train, name[6:]) if name.startswith("train.") else getattr(s, name)
        if value is None or (key == "features" and value == PIXELS):  # (the digits' own)
            continue
        if kind in ("names", "ints"):
            text = ",".join(str(v) for v in value)
        elif kind == "flag":
            text = "true" if value else "false"
        elif kind == "number":
            text = js_string(float(value))
        else:
            text = str(value)
        parts.append(f"{key}={text}")
    if playground_seed is not None:
        parts.append(f"playgroundSeed={playground_seed}")
    return SCHEME + "&".join(parts)


def read_setup_link(text: str) -> tuple[Scenario, str | None]:
    """(the set-up, the Playground seed if the run followed a Playground link). Refused in
    one line naming the key, for a value mlpviz cannot use."""
    if not isinstance(text, str) or len(text) > MAX_LENGTH:
        raise MlpvizError(f"an mlpviz link is text of at most {MAX_LENGTH:,} characters")
    if any(ord(ch) < 32 for ch in text.strip()):
        raise MlpvizError("an mlpviz link holds no control characters (NUL and the like)")
    body = text.strip()
    if not body.lower().startswith(SCHEME):
        raise MlpvizError("not an mlpviz link: it starts with 'mlpviz:'")
    pairs: dict[str, str] = {}
    for piece in body[len(SCHEME):].split("&"):
        if not piece:
            continue
        key, eq, value = piece.partition("=")
        if not eq:
            raise MlpvizError(f"the link's '{key[:40]}' has no value")
        if key in pairs:
            raise MlpvizError(f"the key '{key[:40]}' appears twice in the link")
        pairs[key] = value
    version = pairs.pop("v", None)
    if version != str(VERSION):
        raise MlpvizError(f"this link is of version {str(version)[:10]}, made by another "
                          f"mlpviz; this one reads version {VERSION}")
    seed = pairs.pop("playgroundSeed", None)
    top: dict[str, object] = {}
    train: dict[str, object] = {}
    for key, value in pairs.items():
        if key not in KEYS:
            raise MlpvizError(f"the link's key '{key[:40]}' is not one mlpviz knows")
        name, kind = KEYS[key]
        parsed = _parse(key, kind, value)
        if name.startswith("train."):
            train[name[6:]] = parsed
        else:
            top[name] = parsed
    if top.get("dataset") == DIGITS and "features" not in top:
        top["features"] = PIXELS  # a digit's inputs: its pixels
    scenario = replace(Scenario(), **top)  # type: ignore[arg-type]
    scenario = replace(scenario, train=replace(TrainConfig(), **train))  # type: ignore[arg-type]
    return scenario, seed


def _parse(key: str, kind: str, value: str) -> object:
    try:
        if kind == "name":
            if value not in CHOICES[key]:
                raise ValueError
            return value
        if kind == "names":
            names = [v for v in value.split(",") if v]
            if any(v not in FEATURES for v in names):
                raise ValueError
            check_features(names)
            return tuple(names)
        if kind == "ints":
            sizes = tuple(int(v) for v in value.split(",")) if value else ()
            check_hidden(sizes)
            return sizes
        if kind == "int":
            return int(value)
        if kind == "flag":
            if value not in ("true", "false"):
                raise ValueError
            return value == "true"
        number = float(value)
        if not math.isfinite(number):
            raise ValueError
        return number
    except (ValueError, MlpvizError):
        raise MlpvizError(f"the link's {key} cannot be '{value[:40]}'") from None
