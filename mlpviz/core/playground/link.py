"""A Playground link read as Playground reads it, and written as Playground writes it.

Playground keeps its whole set-up in the URL's hash, `#activation=tanh&batchSize=10&…`
(src/state.ts). Reading one here follows `State.deserializeState`: every key it knows, its
default for every key that is missing, unknown keys left alone, a number as JavaScript's `+`
reads it, a flag false only when it says "false". Where Playground would quietly keep a
default for a value it cannot use (`activation=softmax`) or take a value its controls cannot
show (`networkShape=9`), a link is refused here, in one line naming the key: a class
comparing the two programs must not see different set-ups under one link.

Links as they reach people are read too: the chapter prints them with `&reg` turned into
"®" by the typesetter, and cut off with "..." or "…" (the cut fragment is dropped).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields, replace

from ..errors import MlpvizError
from .js_values import js_number, js_string

HOST = "playground.tensorflow.org"
PREFIX = f"https://{HOST}/#"
MAX_LENGTH = 4096  # a full link is under 600 characters
ACTIVATIONS = ("relu", "tanh", "sigmoid", "linear")
REGULARIZATIONS = ("none", "L1", "L2")
DATASETS = ("circle", "xor", "gauss", "spiral")
REG_DATASETS = ("reg-plane", "reg-gauss")
PROBLEMS = ("classification", "regression")
# Playground's inputs in its order (playground.ts INPUTS); cosX and cosY are in its state
# but never became inputs.
INPUTS = ("x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY")
FLAGS = ("x", "y", "xTimesY", "xSquared", "ySquared", "cosX", "sinX", "cosY", "sinY",
         "showTestData", "discretize", "collectStats", "initZero", "hideText")
MAX_LAYERS, MAX_UNITS = 6, 8
MAX_NOISE = 80  # Playground's slider stretches to 80 for a link, no further
_CUT = re.compile(r"(\.\.\.|…)\s*$")
_HOST_PART = re.compile(r"(?:https?://)?(?:www\.)?playground\.tensorflow\.org/?(?:index\.html)?"
                        r"\??", re.IGNORECASE)


@dataclass(frozen=True)
class PlaygroundState:
    """Playground's settings, by its own names (state.ts), with its defaults."""

    activation: str = "tanh"
    regularization: str = "none"
    batchSize: int = 10
    dataset: str = "circle"
    regDataset: str = "reg-plane"
    learningRate: float = 0.03
    regularizationRate: float = 0.0
    noise: float = 0.0
    networkShape: tuple[int, ...] = (4, 2)
    seed: str | None = None  # None: Playground draws one (the link did not say)
    showTestData: bool = False
    discretize: bool = False
    percTrainData: float = 50.0
    x: bool = True
    y: bool = True
    xTimesY: bool = False
    xSquared: bool = False
    ySquared: bool = False
    cosX: bool = False
    sinX: bool = False
    cosY: bool = False
    sinY: bool = False
    collectStats: bool = False
    tutorial: str | None = None
    problem: str = "classification"
    initZero: bool = False
    hideText: bool = False
    hidden_controls: tuple[str, ...] = field(default=())  # the `…_hide=true` keys

    @property
    def inputs(self) -> list[str]:
        """The inputs that are on, in Playground's order."""
        return [name for name in INPUTS if getattr(self, name)]

    @property
    def regression(self) -> bool:
        return self.problem == "regression"


# state.ts PROPS, in its order: what serialize writes
ORDER = ("activation", "regularization", "batchSize", "dataset", "regDataset", "learningRate",
         "regularizationRate", "noise", "networkShape", "seed", "showTestData", "discretize",
         "percTrainData", "x", "y", "xTimesY", "xSquared", "ySquared", "cosX", "sinX",
         "cosY", "sinY", "collectStats", "tutorial", "problem", "initZero", "hideText")


def is_playground_link(text: str) -> bool:
    """Whether `text` names Playground (its host), so it is read as a Playground link."""
    return HOST in text[:200].lower()


def the_hash(text: str) -> str:
    """The part of a link Playground reads: after '#', the host (and scheme) optional, a
    bare `key=value&…` also; "®" read as "&reg", a cut-off last fragment dropped."""
    if not isinstance(text, str):
        raise MlpvizError("a Playground link must be text")
    if len(text) > MAX_LENGTH:
        raise MlpvizError(f"a Playground link is at most {MAX_LENGTH:,} characters; this "
                          f"text has {len(text):,}")
    if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in text) or "\x7f" in text:
        raise MlpvizError("a Playground link holds no control characters (NUL and the like)")
    text = text.strip().replace("®", "&reg")
    head, sharp, tail = text.partition("#")
    if sharp:
        if head.strip() and not _HOST_PART.fullmatch(head.strip()):
            raise MlpvizError(f"not a Playground link: '{head.strip()[:60]}' is not "
                              f"{HOST}")
        text = tail
    elif _HOST_PART.fullmatch(text):
        text = ""
    elif "=" not in text:
        raise MlpvizError(f"not a Playground link: '{text[:60]}'")
    cut = _CUT.search(text)
    if cut:
        text = text[: cut.start()].rpartition("&")[0]
    return text


def read_link(text: str) -> PlaygroundState:
    """The set-up a Playground link holds (see the module's note); MlpvizError naming the
    key for a value Playground cannot show."""
    pairs: dict[str, str | None] = {}
    for piece in the_hash(text).split("&"):
        if not piece:
            continue
        name, eq, rest = piece.partition("=")
        value = rest.split("=")[0] if eq else None  # `let [name, value] = split("=")`
        if name in pairs:
            raise MlpvizError(f"the key '{name[:40]}' appears twice in the link")
        pairs[name] = value
    changes: dict[str, object] = {}
    for name in ORDER:
        if name in pairs:
            read = _value(name, pairs[name])
            if read is not None:
                changes[name] = read
    hidden = tuple(k[:-5] for k, v in pairs.items() if k.endswith("_hide") and v == "true")
    state = replace(PlaygroundState(), hidden_controls=hidden, **changes)  # type: ignore[arg-type]
    if not state.inputs:
        raise MlpvizError("the link turns every input off: Playground needs one")
    return state


def _has(value: str | None) -> bool:
    return value is not None and value.strip() != ""


def _value(name: str, value: str | None) -> object:
    """One key's value as state.ts reads it (None: keep the default), checked."""
    if name == "networkShape":  # `name in map` is enough: "" is no hidden layer
        return _shape(value or "")
    if not _has(value):
        return None
    assert value is not None
    if "%" in value and name != "seed":
        raise MlpvizError(f"the link's {name} is not readable: '{value[:40]}'")
    if name in ("seed", "tutorial"):
        return value
    if name in FLAGS:
        return value != "false"
    choices = {"activation": ACTIVATIONS, "regularization": REGULARIZATIONS,
               "dataset": DATASETS, "regDataset": REG_DATASETS, "problem": PROBLEMS}
    if name in choices:
        if value not in choices[name]:
            raise MlpvizError(f"the link's {name} '{value[:40]}' is not one of Playground's: "
                              f"{', '.join(choices[name])}")
        return value
    return _number(name, value)


RANGES = {  # Playground's controls: (least, most, whole)
    "batchSize": (1, 30, True), "learningRate": (0.00001, 10.0, False),
    "regularizationRate": (0.0, 10.0, False), "noise": (0, MAX_NOISE, False),
    "percTrainData": (10, 90, False),
}


def _number(name: str, value: str) -> float | int:
    x = js_number(value)
    least, most, whole = RANGES[name]
    if math.isnan(x) or not least <= x <= most or (whole and x != int(x)):
        kind = "a whole number" if whole else "a number"
        raise MlpvizError(f"the link's {name} must be {kind} from {least:g} to {most:g}, "
                          f"not '{value[:40]}'")
    return int(x) if whole else x


def _shape(value: str) -> tuple[int, ...]:
    units = [js_number(part) for part in value.split(",")] if value.strip() else []
    if len(units) > MAX_LAYERS or any(math.isnan(u) or u != int(u) or not 1 <= u <= MAX_UNITS
                                      for u in units):
        raise MlpvizError(f"the link's networkShape must be at most {MAX_LAYERS} hidden "
                          f"layers of 1 to {MAX_UNITS} neurons, not '{value[:40]}'")
    return tuple(int(u) for u in units)


def write_link(state: PlaygroundState) -> str:
    """The link Playground's `serialize` would make of `state` (it leaves out what is
    unset: a missing seed, no tutorial)."""
    parts = []
    for name in ORDER:
        value = getattr(state, name)
        if value is None or (name == "regularization" and value == "none"):  # (null there)
            continue
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, tuple):
            text = ",".join(str(v) for v in value)
        elif isinstance(value, int | float):
            text = js_string(float(value))
        else:
            text = str(value)
        parts.append(f"{name}={text}")
    parts += [f"{name}_hide=true" for name in state.hidden_controls]
    return PREFIX + "&".join(parts)


def known_keys() -> list[str]:
    return [f.name for f in fields(PlaygroundState) if f.name != "hidden_controls"]
