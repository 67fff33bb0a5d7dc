"""The edits a view can make to the network and to the data, as methods: each becomes one
typed command for the worker, so the views say what the user did, not how the worker is told.

Two small groups the SessionModel owns (`model.network`, `model.data`) rather than one class
with a method for every command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from ..core.nn.network import MLP
from ..core.session import commands as c
from ..core.session.session_file import Session

Send = Callable[[c.Command], None]


class NetworkEdits:
    def __init__(self, send: Send) -> None:
        self._send = send

    def add_layer(self, units: int = 2) -> None:
        self._send(c.AddLayer(units))

    def remove_layer(self) -> None:
        self._send(c.RemoveLayer())

    def add_unit(self, layer: int) -> None:
        self._send(c.AddUnit(layer))

    def remove_unit(self, layer: int, unit: int | None = None) -> None:
        """`unit`: which one (None: the last)."""
        self._send(c.RemoveUnit(layer, unit))

    def set_activation(self, activation: str, layer: int | None = None) -> None:
        """`layer` None: every hidden layer (the control panel's choice)."""
        self._send(c.SetActivation(activation, layer))

    def set_features(self, features: Sequence[str]) -> None:
        self._send(c.SetFeatures(tuple(features)))

    def set_loss(self, loss: str, output_activation: str | None = None) -> None:
        """`output_activation` None: the one that fits the problem and the loss."""
        self._send(c.SetLoss(loss, output_activation))

    def load(self, net: MLP) -> None:
        """Train `net` (from a file, or the walkthrough's) on the points in use."""
        self._send(c.LoadNetwork(net))


class DataEdits:
    def __init__(self, send: Send) -> None:
        self._send = send

    def choose(self, dataset: str, keep_network: bool = False) -> None:
        """Another data set; `keep_network`: go on with this network on it."""
        self._send(c.SetData(dataset=dataset, keep_network=keep_network))

    def set_noise(self, noise: float) -> None:
        self._send(c.SetData(noise=noise))

    def set_ratio(self, percent: float) -> None:
        self._send(c.SetData(ratio=float(percent)))

    def regenerate(self) -> None:
        self._send(c.Regenerate())

    def add_point(self, x: float, y: float, label: float) -> None:
        self._send(c.AddPoint(x, y, label))

    def remove_point(self, x: float, y: float) -> None:
        self._send(c.RemovePoint(x, y))

    def clear_points(self) -> None:
        self._send(c.ClearPoints())

    def import_points(self, points: NDArray[np.float64], labels: NDArray[np.float64],
                      problem: str, path: str = "", sha256: str = "") -> None:
        """`path`, `sha256`: the CSV file they were read from, for a session to refer to."""
        self._send(c.ImportPoints(points, labels, problem, path, sha256))

    def load_session(self, session: Session, path: str) -> None:
        """Everything from a saved session; the worker answers with the path once taken."""
        self._send(c.LoadSession(session, path))
