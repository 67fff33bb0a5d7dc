"""The multilayer perceptron, in the lecture's row convention Z = XW + B.

Inputs are rows: X is (N, n_in). Layer l has W[l] of shape (n_in, n_out) — `W[l][i, j]` is
the weight from unit i below to unit j — and B[l] of shape (n_out,). With no hidden layer the
net is a single layer, the perceptron's shape.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError
from .activations import get_activation
from .losses import get_loss

Array = NDArray[np.float64]

MAX_LAYERS = 16
MAX_UNITS = 1024
# Playground's initialisation.
INIT_WEIGHT_RANGE = 0.5
INIT_BIAS = 0.1


class ForwardPass(NamedTuple):
    """What a forward pass keeps for backprop and the views.

    zs[l] is layer l's net input (N, units[l]); activations[0] is X and activations[l + 1]
    is layer l's output, so activations[-1] is the prediction.
    """

    zs: list[Array]
    activations: list[Array]

    @property
    def output(self) -> Array:
        return self.activations[-1]


class Gradients(NamedTuple):
    """∂E/∂W[l] (same shape as W[l]) and ∂E/∂B[l] for every layer.

    A NamedTuple, like ForwardPass: both are made every training step, and a tuple is the
    cheapest object Python makes."""

    weights: list[Array]
    biases: list[Array]


class MLP:
    """A fully connected network. The arrays are mutated in place by training."""

    def __init__(
        self,
        weights: list[Array],
        biases: list[Array],
        activations: list[str],
        loss: str = "mse",
        features: list[str] | None = None,
    ) -> None:
        given_w = [np.asarray(w, dtype=float) for w in weights]
        given_b = [np.asarray(b, dtype=float) for b in biases]
        self.weights, self.biases = given_w, given_b  # checked, then moved into `params`
        self.activation_names = list(activations)
        self.loss_name = loss
        n_in = given_w[0].shape[0] if given_w and given_w[0].ndim == 2 else 0
        self.features = list(features) if features else [f"x{i + 1}" for i in range(n_in)]
        self._validate()
        # All parameters live in one flat vector, W[l] and B[l] being views of it, and so do
        # their gradients: an optimizer then updates everything in a couple of NumPy calls
        # instead of a few per array, which is most of a small network's step.
        self.params, self.weights, self.biases = _flat_views(given_w, given_b)
        self.grad, self.grad_weights, self.grad_biases = _flat_views(
            [np.zeros_like(w) for w in given_w], [np.zeros_like(b) for b in given_b])
        self.acts = [get_activation(a) for a in self.activation_names]
        self.loss = get_loss(loss)
        self.loss.check_output(self.activation_names[-1])
        if "softmax" in self.activation_names[:-1]:
            raise MlpvizError("softmax is only allowed on the output layer")

    def _validate(self) -> None:
        n = len(self.weights)
        if n == 0:
            raise MlpvizError("a network needs at least an output layer")
        if n > MAX_LAYERS:
            raise MlpvizError(f"{n} layers is more than the limit of {MAX_LAYERS}")
        if len(self.biases) != n or len(self.activation_names) != n:
            raise MlpvizError("weights, biases and activations must have one entry per layer")
        n_in = self.weights[0].shape[0] if self.weights[0].ndim == 2 else -1
        if len(self.features) != n_in:
            raise MlpvizError(f"{len(self.features)} feature names for {n_in} inputs")
        for l, (w, b) in enumerate(zip(self.weights, self.biases, strict=True)):
            if w.ndim != 2 or w.shape[0] != n_in:
                raise MlpvizError(
                    f"layer {l + 1}: weights must be {n_in} rows (one per unit below), "
                    f"got shape {w.shape}"
                )
            if max(w.shape) > MAX_UNITS or w.shape[0] < 1 or w.shape[1] < 1:
                raise MlpvizError(f"layer {l + 1}: units must be 1 to {MAX_UNITS}")
            if b.shape != (w.shape[1],):
                raise MlpvizError(
                    f"layer {l + 1}: {b.size} biases for {w.shape[1]} units"
                )
            if not (np.isfinite(w).all() and np.isfinite(b).all()):
                raise MlpvizError(f"layer {l + 1}: weights and biases must be finite numbers")
            n_in = w.shape[1]

    @classmethod
    def create(
        cls,
        n_inputs: int,
        hidden: list[int],
        n_outputs: int,
        activation: str | list[str] = "tanh",
        output_activation: str = "tanh",
        loss: str = "mse",
        rng: np.random.Generator | None = None,
        features: list[str] | None = None,
    ) -> MLP:
        """A new network with Playground's initialisation (w ~ U[−0.5, 0.5), b = 0.1)."""
        rng = rng if rng is not None else np.random.default_rng()
        sizes = [n_inputs, *hidden, n_outputs]
        hidden_acts = [activation] * len(hidden) if isinstance(activation, str) else activation
        if len(hidden_acts) != len(hidden):
            raise MlpvizError(f"{len(hidden_acts)} activations for {len(hidden)} hidden layers")
        weights = [init_weights(rng, a, b) for a, b in zip(sizes[:-1], sizes[1:], strict=True)]
        biases = [np.full(b, INIT_BIAS) for b in sizes[1:]]
        return cls(weights, biases, [*hidden_acts, output_activation], loss, features)

    # -- shape ---------------------------------------------------------------------------
    @property
    def n_inputs(self) -> int:
        return int(self.weights[0].shape[0])

    @property
    def units(self) -> list[int]:
        """Units per layer, hidden layers then the output layer."""
        return [w.shape[1] for w in self.weights]

    @property
    def output_activation(self) -> str:
        return self.activation_names[-1]

    def copy(self) -> MLP:
        return MLP([w.copy() for w in self.weights], [b.copy() for b in self.biases],
                   self.activation_names, self.loss_name, self.features)

    # -- computation ---------------------------------------------------------------------
    def forward(self, x: Array) -> ForwardPass:
        """x: (N, n_inputs)."""
        zs, acts = [], [x]
        a = x
        for w, b, act in zip(self.weights, self.biases, self.acts, strict=True):
            # ndarray.dot and np.add(out=) cost about half of `@` and `+=` on tiny arrays,
            # and a training step is mostly such calls.
            z = a.dot(w)
            np.add(z, b, out=z)
            a = act.forward(z)
            zs.append(z)
            acts.append(a)
        return ForwardPass(zs, acts)

    def predict(self, x: Array) -> Array:
        """(N, n_outputs); keeps nothing but the output."""
        a = x
        for w, b, act in zip(self.weights, self.biases, self.acts, strict=True):
            z = a.dot(w)
            np.add(z, b, out=z)
            a = act.forward(z)
        return a

    def backward_into_grad(self, fp: ForwardPass, targets: Array) -> Array:
        """Backprop of the batch-mean loss into `self.grad` (flat; views grad_weights and
        grad_biases), which it returns. targets: (N, n_outputs) in the output's range."""
        gw, gb = self.grad_weights, self.grad_biases
        delta = self.loss.output_delta(self.acts[-1], fp.zs[-1], fp.output, targets)
        for l in range(len(self.weights) - 1, -1, -1):
            np.dot(fp.activations[l].T, delta, out=gw[l])
            np.add.reduce(delta, axis=0, out=gb[l])
            if l:
                grad_a = delta.dot(self.weights[l].T)
                delta = self.acts[l - 1].backward(fp.zs[l - 1], fp.activations[l], grad_a)
        return self.grad

    def backward(self, fp: ForwardPass, targets: Array) -> Gradients:
        """The gradients as new arrays, one per W[l] and B[l]."""
        self.backward_into_grad(fp, targets)
        return Gradients([g.copy() for g in self.grad_weights],
                         [g.copy() for g in self.grad_biases])

    def loss_value(self, x: Array, targets: Array) -> float:
        return self.loss.value(self.predict(x), targets, self.output_activation)


def _flat_views(weights: list[Array], biases: list[Array]
                ) -> tuple[Array, list[Array], list[Array]]:
    """One flat vector holding every W[l] then every B[l], and views of it in their shapes."""
    sizes = [w.size for w in weights] + [b.size for b in biases]
    flat = np.empty(sum(sizes))
    views, start = [], 0
    for a, n in zip([*weights, *biases], sizes, strict=True):
        v = flat[start : start + n].reshape(a.shape)
        v[...] = a
        views.append(v)
        start += n
    return flat, views[: len(weights)], views[len(weights) :]


def init_weights(rng: np.random.Generator, n_in: int, n_out: int) -> Array:
    return rng.uniform(-INIT_WEIGHT_RANGE, INIT_WEIGHT_RANGE, size=(n_in, n_out))
