"""What a Playground run carries beyond mlpviz's own set-up, as a value: the link's set-up as
Playground holds it now, the link as the user gave it, where Playground's random numbers
stand, and the links L1 has killed. Snapshots hand it to the window (the label, Copy
Playground link), and session files keep it, so a saved run opens as Playground's again."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import MlpvizError
from .link import PlaygroundState
from .seedrandom import WIDTH

Random = tuple[int, int, tuple[int, ...]]  # ARC4's i, j and S
Dead = tuple[tuple[tuple[bool, ...], ...], ...]  # per layer, [source][dest]


@dataclass(frozen=True)
class PlaygroundRecord:
    state: PlaygroundState
    link: str  # as given (the chapter's, cut off and all)
    random: Random
    dead: Dead = ()


def check_random(value: object, where: str) -> Random:
    """A saved generator state, or MlpvizError: i and j bytes, S a permutation of 0 … 255."""
    if (not isinstance(value, dict) or not all(isinstance(value.get(k), int)
                                               and not isinstance(value.get(k), bool)
                                               for k in ("i", "j"))
            or not isinstance(value.get("S"), list)):
        raise MlpvizError(f"{where}: expected {{\"i\": byte, \"j\": byte, \"S\": [256 bytes]}}")
    i, j, s = value["i"], value["j"], value["S"]
    if not (0 <= i < WIDTH and 0 <= j < WIDTH) or sorted(s) != list(range(WIDTH)) \
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in s):
        raise MlpvizError(f"{where}: not a state of Playground's random numbers")
    return i, j, tuple(s)


def check_dead(value: object, shapes: list[tuple[int, int]], where: str) -> Dead:
    """Saved dead links for weights of `shapes` ((below, units) per layer), or
    MlpvizError."""
    if value in (None, []):
        return ()
    if not isinstance(value, list) or len(value) != len(shapes):
        raise MlpvizError(f"{where}: one list a layer expected")
    layers = []
    for layer, (below, units) in zip(value, shapes, strict=True):
        if not isinstance(layer, list) or len(layer) != below or not all(
                isinstance(row, list) and len(row) == units
                and all(isinstance(v, bool) for v in row) for row in layer):
            raise MlpvizError(f"{where}: each layer a [{below}][{units}] list of true/false")
        layers.append(tuple(tuple(row) for row in layer))
    return tuple(layers)
