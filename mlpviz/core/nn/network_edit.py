"""Structural edits that keep what still exists.

Growing a trained network must not throw its training away: adding a neuron or a layer
keeps every weight whose two ends still exist and initialises only the new ones (Playground
resets instead; Reset still gives all-new weights). Each function returns a new MLP.
"""

from __future__ import annotations

import numpy as np

from ..errors import MlpvizError
from .network import INIT_BIAS, MAX_UNITS, MLP, Array, init_weights

MAX_HIDDEN_LAYERS = 10
MAX_HIDDEN_UNITS = 32
# The window's largest network, by its frame budget (30 frames a second, frames within
# 33 ms): what it builds at most, 10 hidden layers of 32 (9,312 weights with every input),
# and no column taller than twice that. Files may hold bigger networks; `mlpviz train`
# trains them, the window refuses them with this limit in the message.
WINDOW_MAX_WEIGHTS = 10_000
WINDOW_MAX_UNITS = 64


def check_window_size(net: MLP) -> None:
    weights = sum(w.size for w in net.weights)
    widest = max(net.units)
    if weights > WINDOW_MAX_WEIGHTS or widest > WINDOW_MAX_UNITS:
        raise MlpvizError(
            f"this network ({weights:,} weights, {widest} units in its widest layer) is "
            f"larger than the window draws smoothly: at most {WINDOW_MAX_WEIGHTS:,} weights "
            f"and {WINDOW_MAX_UNITS} units a layer; train it with `mlpviz train`")


def _rebuild(net: MLP, weights: list[Array], biases: list[Array], acts: list[str],
             features: list[str] | None = None) -> MLP:
    return MLP(weights, biases, acts, net.loss_name, features or net.features)


def add_layer(net: MLP, units: int, rng: np.random.Generator,
              activation: str | None = None) -> MLP:
    """A new last hidden layer, just below the output layer."""
    hidden = len(net.weights) - 1
    if hidden >= MAX_HIDDEN_LAYERS:
        raise MlpvizError(f"at most {MAX_HIDDEN_LAYERS} hidden layers")
    below = net.weights[-1].shape[0]
    n_out = net.units[-1]
    act = activation or (net.activation_names[-2] if hidden else "tanh")
    weights = [*(w.copy() for w in net.weights[:-1]), init_weights(rng, below, units),
               init_weights(rng, units, n_out)]
    biases = [*(b.copy() for b in net.biases[:-1]), np.full(units, INIT_BIAS),
              net.biases[-1].copy()]
    acts = [*net.activation_names[:-1], act, net.activation_names[-1]]
    return _rebuild(net, weights, biases, acts)


def remove_layer(net: MLP, rng: np.random.Generator) -> MLP:
    """Drop the last hidden layer; the output layer is rewired to the one below."""
    if len(net.weights) < 2:
        raise MlpvizError("there is no hidden layer to remove")
    below = net.weights[-2].shape[0]
    weights = [*(w.copy() for w in net.weights[:-2]), init_weights(rng, below, net.units[-1])]
    biases = [*(b.copy() for b in net.biases[:-2]), net.biases[-1].copy()]
    acts = [*net.activation_names[:-2], net.activation_names[-1]]
    return _rebuild(net, weights, biases, acts)


def add_unit(net: MLP, layer: int, rng: np.random.Generator) -> MLP:
    """One more neuron in hidden layer `layer`: a new column in W[layer], a new row above."""
    _check_hidden(net, layer)
    if net.units[layer] >= MAX_HIDDEN_UNITS:
        raise MlpvizError(f"at most {MAX_HIDDEN_UNITS} neurons a layer")
    weights = [w.copy() for w in net.weights]
    biases = [b.copy() for b in net.biases]
    weights[layer] = np.hstack([weights[layer], init_weights(rng, weights[layer].shape[0], 1)])
    biases[layer] = np.append(biases[layer], INIT_BIAS)
    weights[layer + 1] = np.vstack([weights[layer + 1],
                                    init_weights(rng, 1, weights[layer + 1].shape[1])])
    return _rebuild(net, weights, biases, net.activation_names)


def remove_unit(net: MLP, layer: int, unit: int | None = None) -> MLP:
    """Remove a neuron (the last one by default) from hidden layer `layer`."""
    _check_hidden(net, layer)
    if net.units[layer] <= 1:
        raise MlpvizError("a hidden layer keeps at least one neuron")
    j = net.units[layer] - 1 if unit is None else unit
    if not 0 <= j < net.units[layer]:
        raise MlpvizError(f"hidden layer {layer + 1} has no neuron {j + 1}")
    weights = [w.copy() for w in net.weights]
    biases = [b.copy() for b in net.biases]
    weights[layer] = np.delete(weights[layer], j, axis=1)
    biases[layer] = np.delete(biases[layer], j)
    weights[layer + 1] = np.delete(weights[layer + 1], j, axis=0)
    return _rebuild(net, weights, biases, net.activation_names)


def set_inputs(net: MLP, features: list[str], rng: np.random.Generator) -> MLP:
    """New input features: rows of W[0] for features kept stay, new ones are initialised."""
    if not features or len(features) > MAX_UNITS:
        raise MlpvizError("at least one input feature is needed")
    old = {f: i for i, f in enumerate(net.features)}
    w0 = net.weights[0]
    rows = [w0[old[f]] if f in old else init_weights(rng, 1, w0.shape[1])[0] for f in features]
    weights = [np.array(rows), *(w.copy() for w in net.weights[1:])]
    return _rebuild(net, weights, [b.copy() for b in net.biases], net.activation_names,
                    list(features))


def set_activation(net: MLP, activation: str, layer: int | None = None) -> MLP:
    """Change the activation of one hidden layer, or of every hidden layer (layer None);
    a network without hidden layers (the perceptron) changes its output's."""
    acts = list(net.activation_names)
    if layer is None and len(acts) == 1:
        return _rebuild(net, [w.copy() for w in net.weights], [b.copy() for b in net.biases],
                        [activation])
    layers = range(len(acts) - 1) if layer is None else [layer]
    for l in layers:
        _check_hidden(net, l)
        acts[l] = activation
    return _rebuild(net, [w.copy() for w in net.weights], [b.copy() for b in net.biases], acts)


def with_hidden_activations(net: MLP, activations: list[str]) -> MLP:
    """`net` with these activations in its hidden layers, where it has as many of them
    (a new network for new data keeps the layers' chosen activations); else `net`."""
    if len(activations) != len(net.weights) - 1 or not activations:
        return net
    return _rebuild(net, [w.copy() for w in net.weights], [b.copy() for b in net.biases],
                    [*activations, net.output_activation])


def _check_hidden(net: MLP, layer: int) -> None:
    if not 0 <= layer < len(net.weights) - 1:
        raise MlpvizError(f"there is no hidden layer {layer + 1}")
