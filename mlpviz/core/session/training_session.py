"""The live training session without any GUI: a trainer, the settings that made it, whether
it plays, and the handler of every command the window sends (commands.py).

The Qt worker is a thin loop around this class, so everything the window can do is testable
headless. `apply(command)` takes effect fully or raises MlpvizError and changes nothing.
Messages that are not refusals (training diverged, the optimizer had to change) go to
`notify`.
"""

from __future__ import annotations

import dataclasses
from functools import singledispatchmethod

import numpy as np

from ..data import points
from ..data.csvio import DataSource
from ..data.datasets import GENERATORS, TRUTH_TABLES, split
from ..data.features import check_features
from ..errors import MlpvizError
from ..nn import network_edit as edit
from ..nn.network import MLP
from ..training.scenario import build_network, build_trainer, scenario_split
from ..training.trainer import TrainingData, default_backend, next_seed
from ..training.warm_up import COMPILING, READY
from ..translatable import QT_TRANSLATE_NOOP
from . import commands as c
from .checks import existing_index, finite, whole
from .session_state import SessionState
from .training_loop import DIVERGED

Array = np.ndarray
MAX_SAMPLE_STEPS = 10_000_000
COMPILING_KERNELS = QT_TRANSLATE_NOOP(
    "core", "Preparing the fast training kernels (the first start only, some seconds): "
            "training runs meanwhile, more slowly.")
KERNELS_READY = QT_TRANSLATE_NOOP("core", "The fast training kernels are ready.")
STEP_HAS_NO_SLOPE = QT_TRANSLATE_NOOP(
    "core", "Step has slope 0 everywhere, so gradient descent cannot move the weights below "
            "a step unit: the network will not learn. Step belongs to the perceptron: choose "
            "the optimizer \"perceptron\" for a net with no hidden layer (the perceptron "
            "rule), or sigmoid, tanh or ReLU to train with backprop.")


class TrainingSession(SessionState):
    # -- commands ------------------------------------------------------------------------
    def apply(self, command: c.Command) -> object:
        """Apply one command; a few answer (TrainSample → SampleRun), the rest give None."""
        self._changes += 1
        return self._handle(command)

    @singledispatchmethod
    def _handle(self, command: c.Command) -> object:
        raise MlpvizError(f"unknown command: {type(command).__name__}")

    @_handle.register
    def _play(self, _: c.Play) -> None:
        if self.diverged:
            raise MlpvizError(DIVERGED)
        self._need_points()
        self.playing = True
        self._pace_origin = None
        self._warn_step()

    def _warn_step(self) -> None:
        """Gradient descent through a step unit gets no gradient: say why nothing learns."""
        if "step" in self.net.activation_names and self.trainer.config.optimizer != \
                "perceptron":
            self.notify(STEP_HAS_NO_SLOPE)

    @_handle.register
    def _pause(self, _: c.Pause) -> None:
        self._stop_playing()

    @_handle.register
    def _step_batch(self, _: c.StepBatch) -> None:
        self._stop_playing()
        self._need_points()
        self.step()

    @_handle.register
    def _step_epoch(self, _: c.StepEpoch) -> None:
        self._stop_playing()
        self.step_epoch()

    @_handle.register
    def _train_epochs(self, cmd: c.TrainEpochs) -> None:
        count = whole(cmd.count, "epochs", 0)
        if count and not self.diverged:
            self._need_points()
            self.epoch_goal, self.playing = self.trainer.epoch + count, True

    @_handle.register
    def _set_stop(self, cmd: c.SetStopCondition) -> None:
        epoch = None if cmd.epoch is None else whole(cmd.epoch, "stop epoch", 1)
        patience = None if cmd.patience is None else whole(cmd.patience, "patience", 1)
        self.set_stop(epoch, patience)

    @_handle.register
    def _set_pace(self, cmd: c.SetPace) -> None:
        if cmd.rate is not None and not c.MIN_PACE <= cmd.rate <= c.MAX_PACE:
            raise MlpvizError(f"a pace must be {c.MIN_PACE:g} … {c.MAX_PACE:,} epochs a second")
        self.set_pace(None if cmd.rate is None else float(cmd.rate), cmd.per_frame)

    @_handle.register
    def _warm_up(self, _: c.WarmUp) -> None:
        state = self.kernels.start()
        if state == READY:
            self.trainer.use_backend(default_backend(self.trainer.config))
        elif state == COMPILING:
            self.notify(COMPILING_KERNELS)

    def poll_background(self) -> None:
        """Between slices: take the compiled kernels into use once they are ready."""
        if self.kernels.poll():
            self.trainer.use_backend(default_backend(self.trainer.config))
            self.notify(KERNELS_READY)

    def close(self) -> None:
        """Stop what runs in the background (a child compiling the kernels)."""
        self.kernels.cancel()

    @_handle.register
    def _train_sample(self, cmd: c.TrainSample) -> c.SampleRun:
        steps = whole(cmd.steps, "steps", 0, MAX_SAMPLE_STEPS)
        x, t = np.asarray(cmd.x, dtype=float), np.asarray(cmd.target, dtype=float)
        if x.shape != (self.net.n_inputs,) or not np.isfinite(x).all():
            raise MlpvizError(f"the sample needs {self.net.n_inputs} finite inputs")
        if not np.isfinite(t).all():
            raise MlpvizError("the target must be finite")
        self._stop_playing()
        return self.sample_runs.run(self.net, x, t, finite(cmd.lr, "η"), steps,
                                    go_on=lambda: not self.cancelled.is_set(),
                                    record=self._record, restart=self._forget_run)

    @_handle.register
    def _set_weight(self, cmd: c.SetWeight) -> None:
        self._check_structure(cmd.structure)
        weights = self.net.weights
        layer = existing_index(cmd.layer, len(weights), "layer")
        i = existing_index(cmd.i, weights[layer].shape[0], "unit below")
        j = existing_index(cmd.j, weights[layer].shape[1], "unit")
        weights[layer][i, j] = finite(cmd.value, "a weight")

    @_handle.register
    def _set_bias(self, cmd: c.SetBias) -> None:
        self._check_structure(cmd.structure)
        biases = self.net.biases
        layer = existing_index(cmd.layer, len(biases), "layer")
        j = existing_index(cmd.j, len(biases[layer]), "unit")
        biases[layer][j] = finite(cmd.value, "a bias")

    @_handle.register
    def _add_layer(self, cmd: c.AddLayer) -> None:
        self._edit_network(edit.add_layer(self.net, whole(cmd.units, "units", 1), self.rng))

    @_handle.register
    def _remove_layer(self, _: c.RemoveLayer) -> None:
        self._edit_network(edit.remove_layer(self.net, self.rng))

    @_handle.register
    def _add_unit(self, cmd: c.AddUnit) -> None:
        self._edit_network(edit.add_unit(self.net, whole(cmd.layer, "layer", 0), self.rng))

    @_handle.register
    def _remove_unit(self, cmd: c.RemoveUnit) -> None:
        unit = None if cmd.unit is None else whole(cmd.unit, "unit", 0)
        self._edit_network(edit.remove_unit(self.net, whole(cmd.layer, "layer", 0), unit))

    @_handle.register
    def _set_activation(self, cmd: c.SetActivation) -> None:
        layer = None if cmd.layer is None else whole(cmd.layer, "layer", 0)
        self._edit_network(edit.set_activation(self.net, cmd.activation, layer),
                           structural=False)
        if layer is None:
            self.scenario = dataclasses.replace(self.scenario, activation=cmd.activation)
        if cmd.activation == "step":
            self._warn_step()

    @_handle.register
    def _set_features(self, cmd: c.SetFeatures) -> None:
        features = list(cmd.features)
        check_features(features)
        net = edit.set_inputs(self.net, features, self.rng)
        sp, problem = self._split()
        self._edit_network(net, data=TrainingData.from_split(sp, features, problem))
        self.scenario = dataclasses.replace(self.scenario, features=tuple(features))

    @_handle.register
    def _set_loss(self, cmd: c.SetLoss) -> None:
        s = dataclasses.replace(self.scenario, loss=cmd.loss, output_activation=None)
        d, net = self.data_view, self.net
        fresh = build_network(s, d.problem, d.n_classes, net.n_inputs, net.features)
        self._edit_network(MLP([w.copy() for w in net.weights],
                               [b.copy() for b in net.biases],
                               [*net.activation_names[:-1], fresh.output_activation],
                               cmd.loss, net.features), structural=False)
        self.scenario = dataclasses.replace(s, train=self.trainer.config)

    @_handle.register
    def _reset(self, _: c.Reset) -> None:
        seed = next_seed(self.scenario.weight_seed)
        net = self.net
        fresh = MLP.create(net.n_inputs, net.units[:-1], net.units[-1],
                           net.activation_names[:-1], net.output_activation, net.loss_name,
                           np.random.default_rng(seed), net.features)
        self.trainer.replace_network(fresh)
        self.scenario = dataclasses.replace(self.scenario, weight_seed=seed)
        self._restart()

    @_handle.register
    def _rewind(self, _: c.Rewind) -> None:
        self.trainer.rewind()
        self._forget_run()

    @_handle.register
    def _hover(self, cmd: c.Hover) -> None:
        self.hover = None if cmd.neuron is None else (whole(cmd.neuron[0], "layer", -1),
                                                      whole(cmd.neuron[1], "unit", 0))

    @_handle.register
    def _set_training(self, cmd: c.SetTraining) -> None:
        self.trainer.set_config(**cmd.changes())
        self.scenario = dataclasses.replace(self.scenario, train=self.trainer.config)

    @_handle.register
    def _set_data(self, cmd: c.SetData) -> None:
        """A new data set or problem starts training anew (as Playground); a new seed only
        redraws the points and keeps the network, and so does keep_network (the
        walkthrough's "go on with this net on XOR")."""
        changes = cmd.changes()
        new = dataclasses.replace(self.scenario, **changes)  # type: ignore[arg-type]
        if not isinstance(new.dataset, str) or (new.dataset not in GENERATORS
                                                and new.dataset not in TRUTH_TABLES):
            raise MlpvizError(f"unknown data set '{str(new.dataset)[:40]}'")
        keep_net = cmd.keep_network or set(changes) <= {"data_seed"}
        if self.custom is not None and set(changes) <= {"data_seed"}:
            raise MlpvizError("your own points cannot be regenerated: pick a data set")
        data = scenario_split(new)
        if data[1] != self.data_view.problem:  # a chosen output belonged to the old problem
            new = dataclasses.replace(new, output_activation=None)
        net = self.net if keep_net else None
        new = self._fitting(new, net, data)
        trainer = build_trainer(new, net, data)
        if net is None:  # a new network: each hidden layer keeps the activation it had
            trainer.replace_network(edit.with_hidden_activations(
                trainer.net, self.net.activation_names[:-1]))
        self._install(new, trainer, None, restart=not keep_net)

    @_handle.register
    def _regenerate(self, _: c.Regenerate) -> None:
        self.apply(c.SetData(data_seed=next_seed(self.scenario.data_seed)))

    @_handle.register
    def _load_network(self, cmd: c.LoadNetwork) -> None:
        net = cmd.net
        edit.check_window_size(net)
        check_features(list(net.features))
        s = dataclasses.replace(self.scenario, features=tuple(net.features),
                                hidden=tuple(net.units[:-1]), activation=net.activation_names[0]
                                if len(net.units) > 1 else self.scenario.activation,
                                loss=net.loss_name, output_activation=net.output_activation)
        s = self._fitting(s, net)
        self._install(s, build_trainer(s, net.copy(), self.custom), self.custom,
                      source=self.data_source)

    @_handle.register
    def _apply_preset(self, cmd: c.ApplyPreset) -> None:
        from ..lessons.presets import PRESETS

        if cmd.key not in PRESETS:
            raise MlpvizError(f"unknown preset '{cmd.key}'")
        preset = PRESETS[cmd.key]
        self._install(preset.scenario, preset.trainer(), None)

    @_handle.register
    def _load_session(self, cmd: c.LoadSession) -> c.SessionLoaded:
        """Everything from a saved session (validated when it was read)."""
        s = cmd.session
        edit.check_window_size(s.network)
        trainer = build_trainer(s.scenario, s.network.copy(), (s.split, s.problem))
        self._install(s.scenario, trainer, (s.split, s.problem), source=s.source)
        self.trainer.epoch, self.trainer.step_count = s.epoch, s.step
        self.restore_history(s.history)
        return c.SessionLoaded(cmd.path)

    # -- the user's own data -------------------------------------------------------------
    @_handle.register
    def _add_point(self, cmd: c.AddPoint) -> None:
        sp, problem = self._split()
        x, y, label = finite(cmd.x, "x"), finite(cmd.y, "y"), finite(cmd.label, "a label")
        self._use_points(points.with_point(sp, problem, x, y, label,
                                           max(self.net.units[-1], 2)), problem)

    @_handle.register
    def _remove_point(self, cmd: c.RemovePoint) -> None:
        sp, problem = self._split()
        fewer = points.without_nearest(sp, finite(cmd.x, "x"), finite(cmd.y, "y"),
                                       finite(cmd.radius, "a radius"))
        if fewer is not None:
            self._use_points(fewer, problem)

    @_handle.register
    def _clear_points(self, _: c.ClearPoints) -> None:
        problem = self._split()[1]
        self._use_points(points.no_points(problem), problem)

    @_handle.register
    def _import_points(self, cmd: c.ImportPoints) -> None:
        """Points from a CSV: split by the train ratio; a new network fits the problem."""
        data = points.checked_dataset(cmd.points, cmd.labels, cmd.problem)
        sp = split(data, self.scenario.ratio, self.scenario.data_seed)
        s = self._fitting(dataclasses.replace(self.scenario, dataset="custom"), None,
                          (sp, cmd.problem))
        source = DataSource(cmd.path, cmd.sha256, self.scenario.ratio,
                            self.scenario.data_seed) if cmd.path and cmd.sha256 else None
        self._install(s, build_trainer(s, None, (sp, cmd.problem)), (sp, cmd.problem),
                      source=source)
