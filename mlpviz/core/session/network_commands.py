"""The commands that change the network: a weight or bias, layers and units, activations,
input features, the loss, the training settings, a fresh start (Reset), the start of the run
(Rewind), and a network from a file.

Each handler takes the session and its command; HANDLERS maps the command types to them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from ..data.digits import PIXELS
from ..data.features import check_features
from ..errors import MlpvizError
from ..nn import network_edit as edit
from ..nn.network import MLP
from ..training.scenario import build_network, build_trainer
from ..training.trainer import TrainingData, next_seed
from ..translatable import QT_TRANSLATE_NOOP
from . import commands as c
from .checks import existing_index, finite, whole

PIXELS_ARE_THE_DIGITS = QT_TRANSLATE_NOOP(
    "core", "A digit's inputs are its 64 pixels, and a point's are features of the plane: "
            "choose the data set, and its inputs come with it.")

if TYPE_CHECKING:
    from .training_session import TrainingSession


def set_weight(s: TrainingSession, cmd: c.SetWeight) -> None:
    s.check_structure(cmd.structure)
    weights = s.net.weights
    layer = existing_index(cmd.layer, len(weights), "layer")
    i = existing_index(cmd.i, weights[layer].shape[0], "unit below")
    j = existing_index(cmd.j, weights[layer].shape[1], "unit")
    weights[layer][i, j] = finite(cmd.value, "a weight")


def set_bias(s: TrainingSession, cmd: c.SetBias) -> None:
    s.check_structure(cmd.structure)
    biases = s.net.biases
    layer = existing_index(cmd.layer, len(biases), "layer")
    j = existing_index(cmd.j, len(biases[layer]), "unit")
    biases[layer][j] = finite(cmd.value, "a bias")


def add_layer(s: TrainingSession, cmd: c.AddLayer) -> None:
    s.edit_network(edit.add_layer(s.net, whole(cmd.units, "units", 1), s.rng))


def remove_layer(s: TrainingSession, _: c.RemoveLayer) -> None:
    s.edit_network(edit.remove_layer(s.net, s.rng))


def add_unit(s: TrainingSession, cmd: c.AddUnit) -> None:
    s.edit_network(edit.add_unit(s.net, whole(cmd.layer, "layer", 0), s.rng))


def remove_unit(s: TrainingSession, cmd: c.RemoveUnit) -> None:
    unit = None if cmd.unit is None else whole(cmd.unit, "unit", 0)
    s.edit_network(edit.remove_unit(s.net, whole(cmd.layer, "layer", 0), unit))


def set_activation(s: TrainingSession, cmd: c.SetActivation) -> None:
    layer = None if cmd.layer is None else whole(cmd.layer, "layer", 0)
    s.edit_network(edit.set_activation(s.net, cmd.activation, layer), structural=False)
    if layer is None:
        s.scenario = dataclasses.replace(s.scenario, activation=cmd.activation)
    if cmd.activation == "step":
        s.warn_step()


def set_features(s: TrainingSession, cmd: c.SetFeatures) -> None:
    features = list(cmd.features)
    check_features(features)
    if (tuple(features) == PIXELS) != (tuple(s.scenario.features) == PIXELS):
        raise MlpvizError(PIXELS_ARE_THE_DIGITS)  # (each read the other's points wrongly)
    net = edit.set_inputs(s.net, features, s.rng)
    sp, problem = s.points.split(s.scenario)
    s.edit_network(net, data=TrainingData.from_split(sp, features, problem))
    s.scenario = dataclasses.replace(s.scenario, features=tuple(features))


def set_loss(s: TrainingSession, cmd: c.SetLoss) -> None:
    """Another loss, and the output activation that goes with it (or the one asked for:
    the chapter's digits have sigmoid outputs and the squared error); the weights stay."""
    new = dataclasses.replace(s.scenario, loss=cmd.loss,
                              output_activation=cmd.output_activation)
    d, net = s.points.view, s.net
    fresh = build_network(new, d.problem, d.n_classes, net.n_inputs, net.features)
    s.edit_network(MLP([w.copy() for w in net.weights], [b.copy() for b in net.biases],
                       [*net.activation_names[:-1], fresh.output_activation],
                       cmd.loss, net.features), structural=False)
    s.scenario = dataclasses.replace(new, train=s.trainer.config)


def set_training(s: TrainingSession, cmd: c.SetTraining) -> None:
    s.trainer.set_config(**cmd.changes())
    s.scenario = dataclasses.replace(s.scenario, train=s.trainer.config)


def reset(s: TrainingSession, _: c.Reset) -> None:
    """New weights from the next seed, the same shape; the run begins again."""
    seed = next_seed(s.scenario.weight_seed)
    net = s.net
    fresh = MLP.create(net.n_inputs, net.units[:-1], net.units[-1],
                       net.activation_names[:-1], net.output_activation, net.loss_name,
                       np.random.default_rng(seed), net.features)
    s.trainer.replace_network(fresh)
    s.scenario = dataclasses.replace(s.scenario, weight_seed=seed)
    s.restart()


def rewind(s: TrainingSession, _: c.Rewind) -> None:
    s.trainer.rewind()
    s.loop.forget_run()


def load_network(s: TrainingSession, cmd: c.LoadNetwork) -> None:
    """A network from a file, trained on the points in use."""
    net = cmd.net
    edit.check_window_size(net)
    check_features(list(net.features))
    new = dataclasses.replace(
        s.scenario, features=tuple(net.features), hidden=tuple(net.units[:-1]),
        activation=net.activation_names[0] if len(net.units) > 1 else s.scenario.activation,
        loss=net.loss_name, output_activation=net.output_activation)
    new = s.fitting(new, net)
    custom = s.points.custom
    s.install(new, build_trainer(new, net.copy(), custom), custom, source=s.points.source)


HANDLERS: dict[type[c.Command], Callable[[TrainingSession, Any], object]] = {
    c.SetWeight: set_weight, c.SetBias: set_bias, c.AddLayer: add_layer,
    c.RemoveLayer: remove_layer, c.AddUnit: add_unit, c.RemoveUnit: remove_unit,
    c.SetActivation: set_activation, c.SetFeatures: set_features, c.SetLoss: set_loss,
    c.SetTraining: set_training, c.Reset: reset, c.Rewind: rewind,
    c.LoadNetwork: load_network,
}
