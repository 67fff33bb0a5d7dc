"""The training session without any GUI: a trainer, the settings that made it, and the
commands that change it between steps.

The Qt worker is a thin loop around this class, so every edit the window can make is
testable headless. Commands are (name, args) pairs applied with `apply`; each one either
takes effect fully or raises MlpvizError and changes nothing.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

import numpy as np

from ..data.datasets import GENERATORS, TRUTH_TABLES, Dataset, Split, split
from ..data.features import check_features
from ..data.grid import GridEvaluator
from ..errors import MlpvizError
from ..nn import network_edit as edit
from ..nn.network import MLP
from ..training.history import COLUMNS
from ..training.scenario import (
    Scenario,
    build_network,
    build_trainer,
    count_classes,
    scenario_split,
)
from ..training.trainer import EpochResult, TrainingData, train_one_sample
from .session_file import Session
from .snapshot import DataView, Snapshot, frozen

Array = np.ndarray
MAX_PENDING_ROWS = 1 << 16
# A compiled run of epochs takes every epoch's shuffled row order at once, (epochs, n): this
# bounds that array (to 0.5 MB) however long a run is asked for.
MAX_ROWS_PER_CALL = 1 << 16


class TrainingEngine:
    def __init__(self, scenario: Scenario | None = None, grid: int = 100) -> None:
        self.scenario = scenario or Scenario()
        self.grid = GridEvaluator(grid)
        self.rng = np.random.default_rng(self.scenario.weight_seed + 1)
        self.custom: tuple[Split, str] | None = None  # the user's own points, if any
        self.trainer = build_trainer(self.scenario)
        self.serial = 0
        self.structure_version = 0
        self.diverged = False
        self.hover: tuple[int, int] | None = None
        self._pending: list[tuple[float, ...]] = []
        self._history_reset = True
        self._epoch_seconds = 1e-3  # measured as training goes (see train_for)
        self._make_data_view()

    # -- reading -------------------------------------------------------------------------
    @property
    def net(self) -> MLP:
        return self.trainer.net

    def snapshot(self, playing: bool = False) -> Snapshot:
        t, net = self.trainer, self.trainer.net
        rows = np.array(self._pending, dtype=float).reshape(-1, len(COLUMNS))
        self._pending = []
        reset, self._history_reset = self._history_reset, False
        self.serial += 1
        return Snapshot(
            serial=self.serial, epoch=t.epoch, step=t.step_count,
            position=t.position_in_epoch, playing=playing, settings=self.scenario,
            weights=tuple(frozen(w) for w in net.weights),
            biases=tuple(frozen(b) for b in net.biases),
            activations=tuple(net.activation_names), features=tuple(net.features),
            loss_name=net.loss_name, result=t.last_result, history_rows=rows,
            history_reset=reset, maps=self.grid.evaluate(net, self.hover), hover=self.hover,
            data=self.data_view, diverged=self.diverged,
            structure_version=self.structure_version)

    # -- training ------------------------------------------------------------------------
    def step(self) -> EpochResult | None:
        result = self.trainer.step()
        if result is not None:
            self._record(result)
        return result

    def _record(self, r: EpochResult) -> None:
        self._pending.append((r.epoch, r.train_loss, r.test_loss, r.train_accuracy,
                              r.test_accuracy))
        if len(self._pending) > MAX_PENDING_ROWS:  # nobody is reading: keep the newest
            del self._pending[: MAX_PENDING_ROWS // 2]
        if not r.finite:
            self.diverged = True

    def step_epoch(self) -> EpochResult:
        while True:
            result = self.step()
            if result is not None:
                return result

    def train_for(self, seconds: float, max_steps: int = 1 << 30,
                  go_on: Callable[[], bool] | None = None,
                  max_epochs: int | None = None, calls: int = 1 << 30) -> int:
        """Train until `seconds` pass, divergence, max_steps or max_epochs, `go_on()`
        turns false (checked between calls), or after `calls` calls into the trainer;
        returns the steps taken.

        Compiled, whole epochs go in one call, as many as fit in the time left by the last
        measured cost of an epoch, so the GIL is taken a few times a slice, not every step.
        """
        trainer = self.trainer
        per_epoch = trainer.batches_per_epoch
        if per_epoch == 0:
            return 0  # nothing to train on (the user cleared their points)
        now = time.perf_counter()
        end, first_epoch = now + seconds, trainer.epoch
        done = 0
        while done < max_steps and not self.diverged and calls > 0:
            calls -= 1
            whole = (max_steps - done) // per_epoch
            if max_epochs is not None:
                if trainer.epoch - first_epoch >= max_epochs:
                    break
                whole = min(whole, max_epochs - (trainer.epoch - first_epoch))
            if trainer.runs_compiled and trainer.position_in_epoch == 0 and whole:
                count = max(1, min(whole, int((end - now) / self._epoch_seconds),
                                   MAX_ROWS_PER_CALL // len(trainer.data.x_train)))
                results = trainer.epochs(count)
                for result in results:
                    self._record(result)
                taken = len(results) * per_epoch
            else:  # to the end of this epoch; step by step uncompiled, to check the time
                taken, result = trainer.steps(max_steps - done if trainer.runs_compiled else 1)
                if result is not None:
                    self._record(result)
            done += taken
            before, now = now, time.perf_counter()
            if taken >= per_epoch:
                self._epoch_seconds = (now - before) * per_epoch / taken
            if now >= end or (go_on is not None and not go_on()):
                break
        return done

    # -- commands ------------------------------------------------------------------------
    def apply(self, name: str, *args: object, **kwargs: object) -> None:
        method = getattr(self, f"cmd_{name}", None)
        if method is None:
            raise MlpvizError(f"unknown command '{name}'")
        method(*args, **kwargs)

    def _set_net(self, net: MLP, structural: bool = True,
                 data: TrainingData | None = None) -> None:
        self.trainer.net = net
        if data is not None:
            self.trainer.set_data(data)
        self.trainer.network_changed()
        self.trainer.mark_start()
        if structural:
            self.structure_version += 1

    def _restart(self) -> None:
        self.trainer.restart_from_current()
        self._pending = []
        self._history_reset = True
        self.diverged = False

    def cmd_set_weight(self, layer: int, i: int, j: int, value: float) -> None:
        if not np.isfinite(value):
            raise MlpvizError("a weight must be a finite number")
        self.net.weights[layer][i, j] = value

    def cmd_set_bias(self, layer: int, j: int, value: float) -> None:
        if not np.isfinite(value):
            raise MlpvizError("a bias must be a finite number")
        self.net.biases[layer][j] = value

    def cmd_add_layer(self, units: int = 2) -> None:
        self._set_net(edit.add_layer(self.net, units, self.rng))
        self._sync_hidden()

    def cmd_remove_layer(self) -> None:
        self._set_net(edit.remove_layer(self.net, self.rng))
        self._sync_hidden()

    def cmd_add_unit(self, layer: int) -> None:
        self._set_net(edit.add_unit(self.net, layer, self.rng))
        self._sync_hidden()

    def cmd_remove_unit(self, layer: int, unit: int | None = None) -> None:
        self._set_net(edit.remove_unit(self.net, layer, unit))
        self._sync_hidden()

    def _sync_hidden(self) -> None:
        self.scenario = dataclasses.replace(self.scenario, hidden=tuple(self.net.units[:-1]))
        self.hover = None

    def cmd_set_activation(self, activation: str, layer: int | None = None) -> None:
        self._set_net(edit.set_activation(self.net, activation, layer), structural=False)
        if layer is None:
            self.scenario = dataclasses.replace(self.scenario, activation=activation)

    def _split(self) -> tuple[Split, str]:
        return self.custom if self.custom is not None else scenario_split(self.scenario)

    def cmd_set_features(self, features: list[str]) -> None:
        check_features(list(features))
        net = edit.set_inputs(self.net, list(features), self.rng)
        self.scenario = dataclasses.replace(self.scenario, features=tuple(features))
        sp, problem = self._split()
        self._set_net(net, data=TrainingData.from_split(sp, list(features), problem))
        self.hover = None

    def cmd_set_training(self, **changes: object) -> None:
        """lr, batch_size, optimizer, regularization, reg_rate, shuffle: weights are kept."""
        self.trainer.set_config(**changes)
        self.scenario = dataclasses.replace(self.scenario, train=self.trainer.config)

    def cmd_set_data(self, keep_network: bool = False, **changes: object) -> None:
        """dataset, noise, ratio, data_seed. A new data set or problem starts training anew
        (as Playground); a new seed only redraws the points and keeps the network, and so
        does keep_network (the walkthrough's "go on with this net on XOR")."""
        new = dataclasses.replace(self.scenario, **changes)  # type: ignore[arg-type]
        if new.dataset not in GENERATORS and new.dataset not in TRUTH_TABLES:
            raise MlpvizError(f"unknown data set '{new.dataset}'")
        keep_net = keep_network or set(changes) <= {"data_seed"}
        if self.custom is not None and set(changes) <= {"data_seed"}:
            raise MlpvizError("your own points cannot be regenerated: pick a data set")
        self.custom = None
        trainer = build_trainer(new, self.net if keep_net else None)
        self.scenario = new
        self.trainer = trainer
        self.structure_version += 0 if keep_net else 1
        self._make_data_view()
        if not keep_net:
            self._restart()

    def cmd_regenerate(self) -> None:
        self.cmd_set_data(data_seed=self.scenario.data_seed + 1)

    def cmd_set_loss(self, loss: str) -> None:
        s = dataclasses.replace(self.scenario, loss=loss, output_activation=None)
        d = self.data_view
        fresh = build_network(s, d.problem, d.n_classes, self.net.n_inputs, self.net.features)
        net = MLP([w.copy() for w in self.net.weights], [b.copy() for b in self.net.biases],
                  [*self.net.activation_names[:-1], fresh.output_activation], loss,
                  self.net.features)
        self.scenario = s
        self._set_net(net, structural=False)

    def cmd_reset(self) -> None:
        """All-new random weights for the same shape; the run starts again."""
        seed = self.scenario.weight_seed + 1
        self.scenario = dataclasses.replace(self.scenario, weight_seed=seed)
        net = self.net
        fresh = MLP.create(net.n_inputs, net.units[:-1], net.units[-1],
                           net.activation_names[:-1], net.output_activation, net.loss_name,
                           np.random.default_rng(seed), net.features)
        self.trainer.net = fresh
        self.trainer.network_changed()
        self._restart()

    def cmd_rewind(self) -> None:
        self.trainer.rewind()
        self._pending = []
        self._history_reset = True
        self.diverged = False

    def cmd_load_network(self, net: MLP) -> None:
        """Replace the network; its inputs must be features the data can give."""
        check_features(list(net.features))
        s = dataclasses.replace(self.scenario, features=tuple(net.features),
                                hidden=tuple(net.units[:-1]), activation=net.activation_names[0]
                                if len(net.units) > 1 else self.scenario.activation,
                                loss=net.loss_name, output_activation=net.output_activation)
        trainer = build_trainer(s, net.copy())
        self.scenario, self.trainer = s, trainer
        self.structure_version += 1
        self._make_data_view()
        self._restart()

    def sample_run(self, x: Array, target: Array, lr: float, steps: int) -> dict:
        """Train a copy of the network on one sample; the session's network is untouched."""
        trainer = train_one_sample(self.net.copy(), x, target, lr, steps)
        out = trainer.net.predict(trainer.data.x_train)
        return {"steps": steps, "output": out[0].tolist(),
                "loss": trainer.net.loss.value(out, trainer.t_train,
                                               trainer.net.output_activation)}

    def cmd_apply_preset(self, key: str) -> None:
        """Set the session up as one of the lecture's presets (a new run)."""
        from ..lessons.presets import PRESETS

        if key not in PRESETS:
            raise MlpvizError(f"unknown preset '{key}'")
        preset = PRESETS[key]
        trainer = preset.trainer()
        self.scenario, self.trainer = preset.scenario, trainer
        self.structure_version += 1
        self._make_data_view()
        self._restart()

    def cmd_hover(self, neuron: tuple[int, int] | None) -> None:
        self.hover = neuron

    def _make_data_view(self) -> None:
        sp, problem = self._split()
        version = getattr(self, "data_view", None)
        self.data_view = DataView((version.version + 1) if version else 1, problem,
                                  count_classes(sp, problem),
                                  frozen(sp.train_points), frozen(sp.train_labels),
                                  frozen(sp.test_points), frozen(sp.test_labels))

    # -- the user's own data -------------------------------------------------------------
    def _own_data(self) -> tuple[Split, str]:
        """The current data as the user's own, ready to be edited."""
        if self.custom is None:
            self.custom = scenario_split(self.scenario)
            self.scenario = dataclasses.replace(self.scenario, dataset="custom")
        return self.custom

    def _use_points(self, sp: Split, problem: str) -> None:
        self.custom = (sp, problem)
        self.trainer.set_data(TrainingData.from_split(sp, list(self.net.features), problem))
        self._make_data_view()

    def cmd_add_point(self, x: float, y: float, label: float) -> None:
        """A new training point; a class must be one the output layer has."""
        sp, problem = self._own_data()
        if problem != "regression":
            k = max(self.net.units[-1], 2)
            if int(label) != label or not 0 <= label < k:
                raise MlpvizError(f"a class must be 0 … {k - 1}")
            label = int(label)
        pts = np.vstack([sp.train_points, [[x, y]]])
        labels = np.append(sp.train_labels, label)
        self._use_points(Split(pts, labels, sp.test_points, sp.test_labels), problem)

    def cmd_remove_point(self, x: float, y: float, radius: float = 0.5) -> None:
        """Remove the point nearest (x, y), if one lies within `radius`."""
        sp, problem = self._own_data()
        best = None
        for part, pts in (("train", sp.train_points), ("test", sp.test_points)):
            if len(pts):
                d = np.hypot(pts[:, 0] - x, pts[:, 1] - y)
                i = int(d.argmin())
                if d[i] <= radius and (best is None or d[i] < best[0]):
                    best = (d[i], part, i)
        if best is None:
            return
        _, part, i = best
        if part == "train":
            sp = Split(np.delete(sp.train_points, i, 0), np.delete(sp.train_labels, i),
                       sp.test_points, sp.test_labels)
        else:
            sp = Split(sp.train_points, sp.train_labels, np.delete(sp.test_points, i, 0),
                       np.delete(sp.test_labels, i))
        self._use_points(sp, problem)

    def cmd_clear_points(self) -> None:
        _, problem = self._own_data()
        empty = np.empty((0, 2))
        labels = np.empty(0, dtype=float if problem == "regression" else int)
        self._use_points(Split(empty, labels, empty.copy(), labels.copy()), problem)

    def cmd_import_points(self, points: Array, labels: Array, problem: str) -> None:
        """Points from a CSV: split by the train ratio; a new network fits the problem."""
        data = Dataset("custom", np.asarray(points, float), np.asarray(labels), problem)
        sp = split(data, self.scenario.ratio, self.scenario.data_seed)
        s = dataclasses.replace(self.scenario, dataset="custom")
        self.trainer = build_trainer(s, None, (sp, problem))
        self.scenario, self.custom = s, (sp, problem)
        self.structure_version += 1
        self._make_data_view()
        self._restart()

    # -- sessions ------------------------------------------------------------------------
    def session(self, view: dict) -> Session:
        sp, problem = self._split()
        return Session(self.scenario, self.net.copy(), sp, problem, dict(view),
                       self.trainer.epoch, self.trainer.step_count)

    def cmd_load_session(self, s: Session) -> None:
        """Replace everything with a saved session (validated when it was read)."""
        trainer = build_trainer(s.scenario, s.network.copy(), (s.split, s.problem))
        self.scenario, self.trainer = s.scenario, trainer
        self.custom = (s.split, s.problem)
        self.structure_version += 1
        self._make_data_view()
        self._restart()
        self.trainer.epoch, self.trainer.step_count = s.epoch, s.step
