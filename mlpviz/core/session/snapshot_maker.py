"""What the window sees of a session: immutable snapshots, with the network's maps over the
input plane, made on the worker thread and handed to the GUI.

Apart from the session because the maps are its one costly read (a big network's full maps
take much of a frame) and keep their own cache and pace; and because a diverged network still
needs finite weights to draw, which only the history of snapshots knows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..data.digits import PIXELS, SIDE
from ..data.grid import GridEvaluator, GridMaps
from ..nn.network import MLP
from ..training.history import COLUMNS
from .snapshot import Array, FiniteState, Snapshot, frozen

if TYPE_CHECKING:
    from .training_session import TrainingSession

# Multiply-adds of full maps a frame may average (about 2.5 ms on the project's machine, in
# the worker): 6 × 8 takes 3.4 M every frame, 10 × 32 93 M (6 ms) every third.
MAPS_WORK = 40_000_000
# What the maps were made from: commands applied, the trainer, its step and epoch, the plane.
MapsKey = tuple[int, int, int, int, tuple[float, float]]


def digit_maps(net: MLP) -> GridMaps:
    """A digits network has no plane to draw over: its first hidden layer's units show what
    they look for instead, their 64 incoming weights as an 8×8 picture (scaled to ±1 by
    the layer's largest, row 0 at the bottom as the maps have it); the other units and the
    inputs are blank."""
    blank = np.zeros((1, 1, net.units[-1]), dtype=np.float32)
    w = net.weights[0]
    peak = float(np.abs(w).max()) or 1.0
    pictures = (w.T.reshape(-1, SIDE, SIDE)[:, ::-1] / peak).astype(np.float32)
    thumbs = [pictures if len(net.units) > 1 else np.zeros((net.units[0], 1, 1), np.float32)]
    thumbs += [np.zeros((units, 1, 1), dtype=np.float32) for units in net.units[1:]]
    return GridMaps(blank, np.zeros((len(PIXELS), 1, 1), dtype=np.float32),
                    tuple(thumbs), None)


class SnapshotMaker:
    def __init__(self, grid: int = 100) -> None:
        self.grid = GridEvaluator(grid)
        self.serial = 0
        self.hover: tuple[int, int] | None = None  # the neuron whose map is drawn large
        self._last_finite: tuple[int, FiniteState] | None = None  # (structure, state)
        self._maps_cache: tuple[MapsKey, GridMaps] | None = None
        self._maps_age = 0  # snapshots since the maps were last made in full

    def make(self, session: TrainingSession) -> Snapshot:
        loop, net = session.loop, session.net
        t = loop.trainer
        pending, reset = loop.take_rows()
        rows = np.array(pending, dtype=float).reshape(-1, len(COLUMNS))
        self.serial += 1
        weights = tuple(frozen(w) for w in net.weights)
        biases = tuple(frozen(b) for b in net.biases)
        data = session.points.view
        self.grid.set_bounds(data.bounds)
        return Snapshot(
            serial=self.serial, epoch=t.epoch, step=t.step_count,
            position=t.position_in_epoch, playing=loop.playing, settings=session.scenario,
            weights=weights, biases=biases,
            fallback=self._fallback(session, weights, biases),
            activations=tuple(net.activation_names), features=tuple(net.features),
            loss_name=net.loss_name, result=t.last_result, history_rows=rows,
            history_reset=reset, maps=self._maps(session), hover=self.hover,
            data=data, diverged=loop.diverged,
            structure_version=session.structure_version, backend=t.backend.name,
            kernels=session.kernels.state, commands=session.changes,
            playground=None if session.playground is None else session.playground.record())

    def _fallback(self, session: TrainingSession, weights: tuple[Array, ...],
                  biases: tuple[Array, ...]) -> FiniteState | None:
        """None while the weights are finite (they are remembered); after divergence the
        last finite ones of this shape, else the rewind point."""
        t, version = session.trainer, session.structure_version
        if all(np.isfinite(a).all() for a in (*weights, *biases)):
            self._last_finite = (version, FiniteState(weights, biases, t.epoch, t.step_count))
            return None
        if self._last_finite is not None and self._last_finite[0] == version:
            return self._last_finite[1]
        start = t.start_network()
        return FiniteState(tuple(frozen(w) for w in start.weights),
                           tuple(frozen(b) for b in start.biases), 0, 0)

    def _maps(self, session: TrainingSession) -> GridMaps:
        """The network over the input plane; the last ones again when nothing has changed
        since (a paced run's heartbeat snapshots cost nothing then). A big network's full
        maps cost much of a frame (6 ms at 10 × 32): while it plays they are made every
        few snapshots, within MAPS_WORK a frame on average, and its hundreds of thumbnails
        in between from their own small grid; paused, everything is exact."""
        t = session.trainer
        if tuple(t.net.features) == PIXELS:
            return digit_maps(t.net)
        key = (session.changes, id(t), t.step_count, t.epoch, self.grid.bounds)
        cached = self._maps_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        every = -(-self.grid.work(t.net) // MAPS_WORK)
        if (cached is not None and session.loop.playing and every > 1
                and self._maps_age + 1 < every
                and cached[0][:2] == key[:2] and cached[0][4] == key[4]):
            self._maps_age += 1
            maps = self.grid.thumbnails_only(t.net, cached[1])
        else:
            self._maps_age = 0
            maps = self.grid.evaluate(t.net, self.hover)
        self._maps_cache = (key, maps)
        return maps
