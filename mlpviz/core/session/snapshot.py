"""An immutable picture of the training session, handed from the worker to the views.

Arrays in it are private copies marked read-only, so the GUI thread can keep and read a
snapshot while the worker trains on: nothing is shared mutably between the threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from numpy.typing import NDArray

from ..data.csvio import DataSource
from ..data.grid import GridMaps
from ..nn.network import MLP
from ..playground.record import PlaygroundRecord
from ..training.scenario import Scenario
from ..training.trainer import EpochResult

Array = NDArray[np.float64]
Labels = NDArray[Any]  # int classes, or float targets for a regression
ScalarT = TypeVar("ScalarT", bound=np.generic)


def frozen(a: NDArray[ScalarT]) -> NDArray[ScalarT]:
    c = np.array(a, copy=True)
    c.flags.writeable = False
    return c


@dataclass(frozen=True)
class DataView:
    """The current data, made once per data change and shared by every snapshot."""

    version: int
    problem: str
    n_classes: int
    train_points: Array  # (N, 2)
    train_labels: Labels  # (N,)
    test_points: Array
    test_labels: Labels
    bounds: tuple[float, float] = (-6.0, 6.0)  # the square the maps cover: [lo, hi]²
    source: DataSource | None = None  # the CSV file, while the points are its, unedited


@dataclass(frozen=True)
class FiniteState:
    """What a diverged session saves instead of its NaN weights: the last finite weights a
    snapshot held, or the rewind point when there were none since the last change of
    shape (epoch and step then 0)."""

    weights: tuple[Array, ...]
    biases: tuple[Array, ...]
    epoch: int
    step: int


@dataclass(frozen=True)
class Snapshot:
    serial: int
    epoch: int
    step: int
    position: int  # samples of the current epoch already used
    playing: bool
    settings: Scenario
    weights: tuple[Array, ...]  # W[l]: (n_in, n_out)
    biases: tuple[Array, ...]
    activations: tuple[str, ...]
    features: tuple[str, ...]
    loss_name: str
    result: EpochResult | None  # the latest epoch's evaluation
    history_rows: Array  # (rows, 5) new since the previous snapshot, History's columns
    history_reset: bool  # the history was cleared or thinned: start again from these rows
    maps: GridMaps
    hover: tuple[int, int] | None
    data: DataView
    diverged: bool
    structure_version: int  # changes when layers, units or features change
    backend: str = "numpy"  # the way the trainer steps: numpy, compiled or perceptron
    kernels: str = "idle"  # the compiled kernels: idle, compiling, ready or unavailable
    # Commands applied before it was made: a view waits for the count it sent (a lesson
    # page's screenshot shows the page's network, not the one before it).
    commands: int = 0
    # The Playground link's set-up while the run is Playground's own (its seed as it stands):
    # what Copy Playground link writes, and the "Playground-exact" label's cause.
    playground: PlaygroundRecord | None = None
    # The weights are not all finite (training diverged): what to save instead.
    fallback: FiniteState | None = None

    @property
    def units(self) -> list[int]:
        return [w.shape[1] for w in self.weights]

    @property
    def output_activation(self) -> str:
        return self.activations[-1]

    def network(self) -> MLP:
        """A network of its own (copied arrays) built from the snapshot."""
        return MLP(list(self.weights), list(self.biases), list(self.activations),
                   self.loss_name, list(self.features))

    def saveable(self) -> tuple[MLP, int, int]:
        """(network, epoch, step) to write to a file: the current ones, or after divergence
        the fallback's (a file of NaN weights could not be opened again)."""
        f = self.fallback
        if f is None:
            return self.network(), self.epoch, self.step
        return (MLP(list(f.weights), list(f.biases), list(self.activations), self.loss_name,
                    list(self.features)), f.epoch, f.step)
