"""The network file: JSON, validated field by field, never pickle.

    {"format": "mlpviz.network", "version": 1, "inputs": 2,
     "layers": [{"units": 2, "activation": "sigmoid"}, {"units": 1, "activation": "sigmoid"}],
     "loss": "mse", "weights": [...], "biases": [...], "features": ["x1", "x2"]}

weights[l][i][j] goes from unit i of the layer below (the inputs for l = 0) to unit j of
layer l — the same layout as the in-memory W[l] of shape (n_in, n_out).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import MlpvizError
from ..files import read_text, short, write_file
from .activations import ACTIVATIONS
from .losses import LOSSES
from .network import MAX_LAYERS, MAX_UNITS, MLP, Array

FORMAT = "mlpviz.network"
VERSION = 1
MAX_FILE_BYTES = 100 * 1024 * 1024  # read and checked in about 3 s (the budget is 5)
FLOAT_MAX = int(sys.float_info.max)


def _reject_constant(name: str) -> Any:
    raise MlpvizError(f"{name} is not a number JSON allows")


def _float_sized_int(digits: str) -> int:
    """A JSON integer, refused where no float holds it (10^400 written out raised an
    OverflowError deep in the checks, and aborted the window)."""
    value = int(digits)
    if len(digits) > 300 and not -FLOAT_MAX <= value <= FLOAT_MAX:
        raise MlpvizError(f"the whole number {short(digits, 24)} ({len(digits)} digits) is "
                          "too large for a number mlpviz can hold")
    return value


def load_json_text(text: str, where: str) -> Any:
    """Parse JSON, refusing NaN and Infinity (which Python's json would accept) and whole
    numbers no float can hold."""
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_int=_float_sized_int)
    except MlpvizError as e:
        raise MlpvizError(f"{where}: {e}") from None
    except json.JSONDecodeError as e:
        raise MlpvizError(f"{where}: invalid JSON at line {e.lineno}, column {e.colno}: "
                          f"{e.msg}") from None
    except RecursionError:
        raise MlpvizError(f"{where}: JSON nested too deeply") from None
    except ValueError as e:  # a number of over 4,300 digits
        raise MlpvizError(f"{where}: invalid JSON ({short(e)})") from None


def read_json_file(path: str | Path) -> Any:
    return load_json_text(read_text(path, MAX_FILE_BYTES), str(path))


def _int(value: Any, where: str, lo: int, hi: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise MlpvizError(f"{where}: must be a whole number from {lo} to {hi}, got {short(value)}")
    return value


def _matrix(value: Any, where: str, rows: int, cols: int | None) -> Array:
    """A nested list of numbers of exactly the given shape (cols None: a flat list)."""
    if not isinstance(value, list) or len(value) != rows:
        n = len(value) if isinstance(value, list) else type(value).__name__
        raise MlpvizError(f"{where}: expected a list of {rows}, got {n}")
    if cols is not None:
        return np.array([_matrix(row, f"{where}[{i}]", cols, None)
                         for i, row in enumerate(value)]).reshape(rows, cols)
    for i, x in enumerate(value):
        if isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x):
            raise MlpvizError(f"{where}[{i}]: must be a finite number, got {short(x)}")
    return np.array(value, dtype=float)


def network_from_dict(d: Any, where: str = "network", rng: np.random.Generator | None = None
                      ) -> MLP:
    if not isinstance(d, dict):
        raise MlpvizError(f"{where}: expected a JSON object")
    if d.get("format") != FORMAT:
        raise MlpvizError(f"{where}: not an mlpviz network (format must be '{FORMAT}')")
    if d.get("version") != VERSION:
        raise MlpvizError(f"{where}: unsupported version {short(d.get('version'))} "
                          f"(this mlpviz reads version {VERSION})")
    n_in = _int(d.get("inputs"), f"{where}: inputs", 1, MAX_UNITS)
    layers = d.get("layers")
    if not isinstance(layers, list) or not 1 <= len(layers) <= MAX_LAYERS:
        raise MlpvizError(f"{where}: layers must be a list of 1 to {MAX_LAYERS} layers")
    units, acts = [], []
    for l, layer in enumerate(layers):
        at = f"{where}: layers[{l}]"
        if not isinstance(layer, dict):
            raise MlpvizError(f"{at}: expected an object with units and activation")
        units.append(_int(layer.get("units"), f"{at}.units", 1, MAX_UNITS))
        act = layer.get("activation")
        if not isinstance(act, str) or act not in ACTIVATIONS:
            raise MlpvizError(f"{at}.activation: unknown activation {short(act)} "
                              f"(known: {', '.join(ACTIVATIONS)})")
        acts.append(act)
    loss = d.get("loss", "mse")
    if not isinstance(loss, str) or loss not in LOSSES:
        raise MlpvizError(f"{where}: unknown loss {short(loss)} (known: {', '.join(LOSSES)})")
    features = d.get("features")
    if features is not None and (not isinstance(features, list) or len(features) != n_in
            or not all(isinstance(f, str) and f for f in features)
            or len(set(features)) != n_in):
        raise MlpvizError(f"{where}: features must be {n_in} different names")
    sizes = [n_in, *units]
    if ("weights" in d) != ("biases" in d):
        raise MlpvizError(f"{where}: give both weights and biases, or neither")
    if "weights" in d:
        ws, bs = d["weights"], d["biases"]
        if not isinstance(ws, list) or len(ws) != len(units):
            raise MlpvizError(f"{where}: weights must have one matrix per layer ({len(units)})")
        if not isinstance(bs, list) or len(bs) != len(units):
            raise MlpvizError(f"{where}: biases must have one list per layer ({len(units)})")
        weights = [_matrix(ws[l], f"{where}: weights[{l}]", sizes[l], sizes[l + 1])
                   for l in range(len(units))]
        biases = [_matrix(bs[l], f"{where}: biases[{l}]", sizes[l + 1], None)
                  for l in range(len(units))]
        try:
            return MLP(weights, biases, acts, loss, features)
        except MlpvizError as e:
            raise MlpvizError(f"{where}: {e}") from None
    try:
        return MLP.create(n_in, units[:-1], units[-1], acts[:-1], acts[-1], loss, rng, features)
    except MlpvizError as e:
        raise MlpvizError(f"{where}: {e}") from None


def _finite_or_none(x: float) -> float | None:
    return x if math.isfinite(x) else None


def _listify(a: Array) -> list[Any]:
    return [_listify(r) for r in a] if a.ndim > 1 else [_finite_or_none(float(x)) for x in a]


def network_to_dict(net: MLP) -> dict[str, Any]:
    """Non-finite numbers (a diverged run) are written as null."""
    return {
        "format": FORMAT, "version": VERSION, "inputs": net.n_inputs,
        "features": net.features,
        "layers": [{"units": u, "activation": a}
                   for u, a in zip(net.units, net.activation_names, strict=True)],
        "loss": net.loss_name,
        "weights": [_listify(w) for w in net.weights],
        "biases": [_listify(b) for b in net.biases],
    }


def load_network(path: str | Path, rng: np.random.Generator | None = None) -> MLP:
    return network_from_dict(read_json_file(path), str(path), rng)


def check_finite(net: MLP) -> None:
    """A diverged network is not written: its file could not be opened again."""
    if not all(np.isfinite(w).all() for w in (*net.weights, *net.biases)):
        raise MlpvizError("the network's weights are not finite numbers (training diverged)")


def network_text(net: MLP) -> str:
    check_finite(net)
    return json.dumps(network_to_dict(net), indent=1) + "\n"


def save_network(net: MLP, path: str | Path) -> None:
    write_file(path, network_text(net))
