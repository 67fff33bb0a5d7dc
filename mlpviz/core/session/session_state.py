"""A training session's state, around its training loop: the scenario that made it, the
data it trains on (generated, or the user's own points), its snapshots for the window, and
the helpers every change of network or data goes through. The commands that change it are
handled by TrainingSession, one class each."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable

import numpy as np

from ..data.csvio import DataSource
from ..data.datasets import Split
from ..data.grid import GridEvaluator, GridMaps, plane_bounds
from ..errors import MlpvizError
from ..nn.network import MLP
from ..training import perceptron_rule
from ..training.history import COLUMNS
from ..training.scenario import (
    Scenario,
    build_network,
    build_trainer,
    count_classes,
    scenario_split,
)
from ..training.trainer import EpochResult, Trainer, TrainingData, next_seed
from ..training.warm_up import KernelWarmUp
from ..translatable import QT_TRANSLATE_NOOP
from .sample_runs import SampleRuns
from .session_file import Session
from .snapshot import DataView, FiniteState, Snapshot, frozen
from .training_loop import TrainingLoop

# Multiply-adds of full maps a frame may average (about 2.5 ms on the project's machine, in
# the worker): 6 × 8 takes 3.4 M every frame, 10 × 32 93 M (6 ms) every third.
MAPS_WORK = 40_000_000
TO_SGD = QT_TRANSLATE_NOOP("core", "The perceptron rule trains a single layer with one step "
                                   "unit only, so training goes on with SGD.")
STALE_EDIT = QT_TRANSLATE_NOOP("core", "The network changed shape before the edit arrived; "
                                       "nothing was changed. Pick the link again.")


class SessionState(TrainingLoop):
    def __init__(self, scenario: Scenario | None = None, grid: int = 100,
                 notify: Callable[[str], None] | None = None) -> None:
        self.scenario = scenario or Scenario()
        super().__init__(build_trainer(self.scenario), notify)
        self.grid = GridEvaluator(grid)
        self.rng = np.random.default_rng(next_seed(self.scenario.weight_seed))
        self.custom: tuple[Split, str] | None = None  # the user's own points, if any
        self.data_source: DataSource | None = None
        self.serial = 0
        self.structure_version = 0
        self._last_finite: tuple[int, FiniteState] | None = None  # (structure, state)
        self.hover: tuple[int, int] | None = None
        self._changes = 0  # commands applied: what the maps were made after
        self._maps_cache: tuple[tuple, GridMaps] | None = None
        self._maps_age = 0  # snapshots since the maps were last made in full
        self.kernels = KernelWarmUp()
        self.sample_runs = SampleRuns()
        # Set from another thread to interrupt a long command (the window is closing).
        self.cancelled = threading.Event()
        self._make_data_view()

    # -- reading -------------------------------------------------------------------------
    @property
    def net(self) -> MLP:
        return self.trainer.net

    def snapshot(self) -> Snapshot:
        t, net = self.trainer, self.trainer.net
        rows = np.array(self._pending, dtype=float).reshape(-1, len(COLUMNS))
        self._pending = []
        reset, self._history_reset = self._history_reset, False
        self.serial += 1
        weights = tuple(frozen(w) for w in net.weights)
        biases = tuple(frozen(b) for b in net.biases)
        return Snapshot(
            serial=self.serial, epoch=t.epoch, step=t.step_count,
            position=t.position_in_epoch, playing=self.playing, settings=self.scenario,
            weights=weights, biases=biases, fallback=self._fallback(weights, biases),
            activations=tuple(net.activation_names), features=tuple(net.features),
            loss_name=net.loss_name, result=t.last_result, history_rows=rows,
            history_reset=reset, maps=self._maps(), hover=self.hover,
            data=self.data_view, diverged=self.diverged,
            structure_version=self.structure_version, backend=t.backend.name,
            kernels=self.kernels.state, commands=self._changes)

    def _fallback(self, weights: tuple, biases: tuple) -> FiniteState | None:
        """None while the weights are finite (they are remembered); after divergence the
        last finite ones of this shape, else the rewind point."""
        t = self.trainer
        if all(np.isfinite(a).all() for a in (*weights, *biases)):
            self._last_finite = (self.structure_version,
                                 FiniteState(weights, biases, t.epoch, t.step_count))
            return None
        if self._last_finite is not None and self._last_finite[0] == self.structure_version:
            return self._last_finite[1]
        start = t.start_network()
        return FiniteState(tuple(frozen(w) for w in start.weights),
                           tuple(frozen(b) for b in start.biases), 0, 0)

    def _maps(self) -> GridMaps:
        """The network over the input plane; the last ones again when nothing has changed
        since (a paced run's heartbeat snapshots cost nothing then). A big network's full
        maps cost much of a frame (6 ms at 10 × 32): while it plays they are made every
        few snapshots, within MAPS_WORK a frame on average, and its hundreds of thumbnails
        in between from their own small grid; paused, everything is exact."""
        t = self.trainer
        key = (self._changes, id(t), t.step_count, t.epoch, self.grid.bounds)
        cached = self._maps_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        work = self.grid.work(t.net)
        every = -(-work // MAPS_WORK)
        if (cached is not None and self.playing and every > 1 and self._maps_age + 1 < every
                and cached[0][:2] == key[:2] and cached[0][4] == key[4]):
            self._maps_age += 1
            maps = self.grid.thumbnails_only(t.net, cached[1])
        else:
            self._maps_age = 0
            maps = self.grid.evaluate(t.net, self.hover)
        self._maps_cache = (key, maps)
        return maps

    def _check_structure(self, seen: int | None) -> None:
        if seen is not None and seen != self.structure_version:
            raise MlpvizError(STALE_EDIT)

    def _edit_network(self, net: MLP, structural: bool = True,
                      data: TrainingData | None = None) -> None:
        """Train the edited `net` from here on (the run goes on; Rewind comes back here).
        Where the perceptron rule cannot train it, SGD takes over, and the user is told:
        refusing the edit would leave them no way to grow the perceptron into an MLP."""
        changes = {}
        if self.trainer.config.optimizer == "perceptron" and not perceptron_rule.fits(net):
            changes = {"optimizer": "sgd"}
        self.trainer.replace_network(net, data, **changes)
        self.trainer.mark_start()
        if changes:
            self.scenario = dataclasses.replace(self.scenario, train=self.trainer.config)
            self.notify(TO_SGD)
        if structural:
            self.structure_version += 1
            self.scenario = dataclasses.replace(self.scenario, hidden=tuple(net.units[:-1]))
            self.hover = None

    def _fitting(self, s: Scenario, net: MLP | None,
                 data: tuple[Split, str] | None = None) -> Scenario:
        """`s`, with SGD for the perceptron rule where it cannot train the network (`net`,
        or the one `s` would build for `data` or its own data set), saying so."""
        if s.train.optimizer != "perceptron":
            return s
        if net is None:
            sp, problem = data if data is not None else scenario_split(s)
            net = build_network(s, problem, count_classes(sp, problem))
        if perceptron_rule.fits(net):
            return s
        self.notify(TO_SGD)
        return dataclasses.replace(s, train=dataclasses.replace(s.train, optimizer="sgd"))

    def _install(self, scenario: Scenario, trainer: Trainer,
                 custom: tuple[Split, str] | None, restart: bool = True,
                 source: DataSource | None = None) -> None:
        """Switch to a newly built trainer (all checks passed). `source`: the file the
        custom points are, as they are now (any other change of the data forgets it)."""
        self.scenario, self.trainer, self.custom = scenario, trainer, custom
        self.data_source = source if custom is not None else None
        if restart:
            self.structure_version += 1
            self._restart()
        self._make_data_view()

    def restore_history(self, rows: tuple[tuple[float, ...], ...]) -> None:
        """A saved session's loss curve, and its last row as the latest evaluation."""
        for row in rows:
            self.trainer.history.append(int(row[0]), *row[1:])
        self._pending = [tuple(r) for r in rows]
        if rows:
            last = rows[-1]
            self.trainer.last_result = EpochResult(int(last[0]), *last[1:], 0.0)

    def _restart(self) -> None:
        self.trainer.restart_from_current()
        self._forget_run()

    def _split(self) -> tuple[Split, str]:
        return self.custom if self.custom is not None else scenario_split(self.scenario)

    def _make_data_view(self) -> None:
        sp, problem = self._split()
        version = getattr(self, "data_view", None)
        bounds = plane_bounds(np.vstack([sp.train_points, sp.test_points]))
        self.grid.set_bounds(bounds)
        self.data_view = DataView((version.version + 1) if version else 1, problem,
                                  count_classes(sp, problem),
                                  frozen(sp.train_points), frozen(sp.train_labels),
                                  frozen(sp.test_points), frozen(sp.test_labels), bounds,
                                  self.data_source)

    def _use_points(self, sp: Split, problem: str) -> None:
        """Train on the user's points `sp` from now on (they become the data set)."""
        self.trainer.set_data(TrainingData.from_split(sp, list(self.net.features), problem))
        self.custom = (sp, problem)
        self.data_source = None  # edited: no longer the file's points
        if self.scenario.dataset != "custom":
            self.scenario = dataclasses.replace(self.scenario, dataset="custom")
        self._make_data_view()

    # -- sessions ------------------------------------------------------------------------
    def session(self, view: dict) -> Session:
        sp, problem = self._split()
        return Session(self.scenario, self.net.copy(), sp, problem, dict(view),
                       self.trainer.epoch, self.trainer.step_count)
