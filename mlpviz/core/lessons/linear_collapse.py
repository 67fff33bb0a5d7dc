"""Why stacked linear layers are no better than one: their composition is one affine map.

With the linear activation in every layer, X·W1 + B1 fed into ·W2 + B2 … equals X·W + b with
W = W1·W2·…·WL and b = (…((B1·W2 + B2)·W3 + B3)…)·WL + BL.
"""

from __future__ import annotations

import numpy as np

from ..errors import MlpvizError
from ..nn.network import MLP, Array


def collapse(net: MLP) -> MLP:
    """The single-layer network equal to an all-linear `net`."""
    if any(a != "linear" for a in net.activation_names):
        raise MlpvizError("only a network with the linear activation in every layer collapses "
                          "to one layer")
    w = net.weights[0].copy()  # (n_in, n_1)
    b = net.biases[0].copy()
    for wl, bl in zip(net.weights[1:], net.biases[1:], strict=True):
        w = w @ wl
        b = b @ wl + bl
    return MLP([w], [b], ["linear"], net.loss_name, net.features)


def is_equivalent(net: MLP, other: MLP, x: Array, tol: float = 1e-9) -> bool:
    return bool(np.allclose(net.predict(x), other.predict(x), atol=tol))
