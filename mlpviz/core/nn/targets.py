"""Between class numbers (everywhere outside the trainer) and the output layer's range.

A class is an integer 0 … K−1 in files, CSV and views. The trainer needs targets the output
can reach (the activation table's `class_targets`): −1/+1 for tanh and the unbounded outputs,
as Playground, 0/1 for sigmoid, ReLU and step, one-hot for softmax or any multi-unit output.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from .activations import get_activation

Array = NDArray[np.float64]
Labels = NDArray[Any]  # int classes, or float targets for a regression
Classes = NDArray[np.intp]  # class numbers, or counts of them


def class_range(output_activation: str) -> tuple[float, float]:
    """(value meaning 'not this class', value meaning 'this class')."""
    return get_activation(output_activation).class_targets


def check_labels(problem: str, labels: tuple[Labels, ...], n_outputs: int) -> None:
    """Labels the output layer can be trained on: one output for a target value or for two
    classes (0 and 1), one output a class otherwise."""
    if problem == "regression":
        if n_outputs != 1:
            raise MlpvizError(f"a regression needs one output unit, this network has "
                              f"{n_outputs}")
        return
    if problem == "multiclass" and n_outputs < 2:
        raise MlpvizError("several classes need one output unit each, this network has one")
    most = max((int(l.max()) for l in labels if len(l)), default=0)
    classes = max(n_outputs, 2)
    if most >= classes or any(len(l) and int(l.min()) < 0 for l in labels):
        raise MlpvizError(f"labels go up to {most}, but this network's output tells "
                          f"{classes} classes apart (0 … {classes - 1})")


def encode(labels: Labels, problem: str, output_activation: str, n_outputs: int) -> Array:
    """labels (N,) → targets (N, n_outputs)."""
    if problem == "regression":
        values = np.asarray(labels, dtype=float)
        return values.reshape(-1, 1) if values.ndim == 1 else values
    lo, hi = class_range(output_activation)
    labels = np.asarray(labels, dtype=int)
    if n_outputs == 1:
        return np.where(labels == 1, hi, lo).reshape(-1, 1).astype(float)
    t = np.full((len(labels), n_outputs), lo)
    t[np.arange(len(labels)), labels] = hi
    return t


def decode(outputs: Array, output_activation: str) -> Classes:
    """outputs (N, K) → predicted classes (N,): a threshold halfway for one unit, else argmax."""
    if outputs.shape[1] == 1:
        lo, hi = class_range(output_activation)
        return (outputs[:, 0] > (lo + hi) / 2).astype(int)
    return cast(Classes, outputs.argmax(axis=1))


def accuracy(outputs: Array, labels: Labels, output_activation: str) -> float:
    if len(labels) == 0:
        return float("nan")
    if outputs.shape[1] == 1:  # skip decode's int copy: this runs every epoch
        lo, hi = class_range(output_activation)
        hits = (outputs[:, 0] > (lo + hi) / 2) == labels
    else:
        hits = outputs.argmax(axis=1) == labels
    return np.count_nonzero(hits) / len(labels)


def confusion(outputs: Array, labels: Labels, output_activation: str, n_classes: int
              ) -> Classes:
    """(n_classes, n_classes) counts: row i the samples of class i, column j those the
    network calls class j. outputs (N, K), labels (N,)."""
    n = max(n_classes, 2)
    predicted = np.clip(decode(outputs, output_activation), 0, n - 1)
    cells = np.asarray(labels, dtype=np.int64) * n + predicted
    return np.bincount(cells, minlength=n * n).reshape(n, n)
