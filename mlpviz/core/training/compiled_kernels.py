"""Training steps, whole evaluated epochs and the loss and accuracy of a data set, as plain
loops for Numba to compile, run with the GIL released.

The arithmetic is network.py's, losses.py's and optimizers.py's; those modules stay the
reference, and tests hold this one to them (1e-9) for every activation, loss, optimizer and
regularization, at widths 1 to 32 and depths 1 to 10. Rows go through the network a chunk at
a time, a layer at a time, by the block functions of kernel_blocks.py. In the package only
`compiled.py` imports this module, and only when the kernels are loaded (importing Numba
takes half a second).

The kernels take three bundles (kernel_args.py): the network (`net`), the update rule
(`rule`) and data rows. The numbers naming activations, losses, optimizers and
regularizations are the registries' own `code`s, read once; every kernel refuses a code it
has no branch for before any arithmetic. Numba's cache keys on the source files: after
changing a code in a registry, touch this file and kernel_blocks.py.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from numba import njit

from ..nn.losses import LOSSES
from .kernel_blocks import (
    CHUNK,
    LEAKY_RELU,
    LINEAR,
    RELU,
    SIGMOID,
    SOFTMAX,
    STEP,
    TANH,
    WIDE,
    _strides,
    activate_block,
    affine_block,
    affine_rows,
    backprop_block,
    backprop_rows,
    slope_block,
    transpose_weights,
)
from .optimizers import OPTIMIZERS, REGULARIZATIONS

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from .kernel_args import Array, Ints, NetArrays, Rows, UpdateRule

    Order = NDArray[np.intp]  # row indices
    Orders = np.ndarray[tuple[int, int], np.dtype[np.intp]]  # (epochs, n) row indices

MSE, CROSS_ENTROPY = LOSSES["mse"].code, LOSSES["cross_entropy"].code
SGD, MOMENTUM, ADAM = (OPTIMIZERS[n].code for n in ("sgd", "momentum", "adam"))
NO_PENALTY, L1, L2 = (REGULARIZATIONS[n] for n in ("none", "l1", "l2"))

jit = njit(nogil=True, cache=True, error_model="numpy")
# Helpers called per chunk are inlined by Numba itself: as calls, passing their arrays cost
# reference counting.
inline = njit(nogil=True, cache=True, inline="always", error_model="numpy")


@jit
def layout(sizes: Ints) -> tuple[Ints, Ints]:
    """Offsets of W[l] and B[l] in the flat parameter vector; sizes: (L + 1,)."""
    n_layers = len(sizes) - 1
    w_off = np.empty(n_layers, np.int64)
    b_off = np.empty(n_layers, np.int64)
    o = 0
    for l in range(n_layers):
        w_off[l] = o
        o += sizes[l] * sizes[l + 1]
    for l in range(n_layers):
        b_off[l] = o
        o += sizes[l + 1]
    return w_off, b_off


@inline
def _check_net(net: NetArrays) -> None:
    """Refuse codes the kernels have no branch for (they would compute nonsense)."""
    for c in net.acts:
        if (c != STEP and c != SIGMOID and c != TANH and c != RELU and c != LEAKY_RELU
                and c != LINEAR and c != SOFTMAX):
            raise ValueError("unknown activation code")
    if net.loss != MSE and net.loss != CROSS_ENTROPY:
        raise ValueError("unknown loss code")


@inline
def _check_rule(rule: UpdateRule) -> None:
    if rule.optimizer != SGD and rule.optimizer != MOMENTUM and rule.optimizer != ADAM:
        raise ValueError("unknown optimizer code")
    if rule.reg != NO_PENALTY and rule.reg != L1 and rule.reg != L2:
        raise ValueError("unknown regularization code")


@jit
def penalty(params: Array, n_weights: int, reg: int, reg_rate: float) -> float:
    """L2: λ/2·Σw², L1: λ·Σ|w|, over the weights (the first n_weights parameters)."""
    s = 0.0
    for p in range(n_weights):
        s += 0.5 * params[p] * params[p] if reg == L2 else abs(params[p])
    return reg_rate * s if reg != NO_PENALTY else 0.0


@inline
def _update(params: Array, grad: Array, n_weights: int, rule: UpdateRule) -> None:
    """Penalty gradient on the weights, then one optimizer update, in place."""
    reg_rate, state1, state2 = rule.reg_rate, rule.state1, rule.state2
    if rule.reg != NO_PENALTY and reg_rate != 0:
        for p in range(n_weights):
            w = params[p]
            if rule.reg == L2:
                grad[p] += reg_rate * w
            else:
                grad[p] += reg_rate * (1.0 if w > 0 else (-1.0 if w < 0 else 0.0))
    lr, beta1, beta2 = rule.lr, rule.beta1, rule.beta2
    if rule.optimizer == SGD:
        for p in range(len(params)):
            params[p] -= lr * grad[p]
    elif rule.optimizer == MOMENTUM:
        for p in range(len(params)):
            state1[p] = state1[p] * beta1 + grad[p]
            params[p] -= lr * state1[p]
    else:  # ADAM
        rule.adam_t[0] += 1
        t = rule.adam_t[0]
        lr_t = lr * math.sqrt(1.0 - beta2**t) / (1.0 - beta1**t)
        eps_t = rule.eps * math.sqrt(1.0 - beta2**t)
        for p in range(len(params)):
            g = grad[p]
            state1[p] = state1[p] * beta1 + (1.0 - beta1) * g
            state2[p] = state2[p] * beta2 + (1.0 - beta2) * g * g
            params[p] -= lr_t * state1[p] / (math.sqrt(state2[p]) + eps_t)


@inline
def _buffers(sizes: Ints, rows: int) -> tuple[Array, Array, Array, Array, Array, Array]:
    """Blocks for every layer's z and a (backprop needs them all), δ, its transpose, and
    the activations' scratch, for chunks of up to `rows` rows."""
    n_layers = len(sizes) - 1
    size = sizes.max() * rows
    return (np.empty((n_layers, size)), np.empty((n_layers + 1, size)), np.empty(size),
            np.empty(size), np.empty(size), np.empty(2 * size))


@inline
def _forward_chunk(net: NetArrays, w_off: Ints, b_off: Ints, x: Array, order: Order, start: int,
                   count: int, z: Array, a: Array, scratch: Array, wide: bool, wt: Array
                   ) -> None:
    """Rows x[order[start:start + count]] through the network into the blocks z, a."""
    params, sizes, acts = net.params, net.sizes, net.acts
    rs, js = _strides(wide, sizes[0], count)
    for i in range(sizes[0]):
        for r in range(count):
            a[0, r * rs + i * js] = x[order[start + r], i]
    for l in range(len(sizes) - 1):
        if wide:
            affine_rows(wt, params, w_off[l], b_off[l], sizes[l], sizes[l + 1], a[l], z[l],
                        count)
        else:
            affine_block(params, w_off[l], b_off[l], sizes[l], sizes[l + 1], a[l], z[l],
                         count)
        activate_block(acts[l], z[l], a[l + 1], scratch, sizes[l + 1], count, wide)


@inline
def _output_delta(net: NetArrays, t: Array, order: Order, start: int, count: int, n: int,
                  z: Array, a: Array, g: Array, delta: Array, wide: bool) -> None:
    """∂E/∂z at the output for a chunk, each row's share of a batch of n rows: (y − t)/n
    for cross-entropy; for MSE ① (y − t)/n times ②, or softmax's Jacobian."""
    sizes, acts = net.sizes, net.acts
    top = len(sizes) - 2
    k_out = sizes[-1]
    y = a[top + 1]
    rs, ks = _strides(wide, k_out, count)
    for k in range(k_out):
        for r in range(count):
            g[r * rs + k * ks] = (y[r * rs + k * ks] - t[order[start + r], k]) / n
    if net.loss == CROSS_ENTROPY:
        for q in range(k_out * count):
            delta[q] = g[q]
    elif acts[top] == SOFTMAX:
        for r in range(count):
            s = 0.0
            for k in range(k_out):
                s += g[r * rs + k * ks] * y[r * rs + k * ks]
            for k in range(k_out):
                delta[r * rs + k * ks] = y[r * rs + k * ks] * (g[r * rs + k * ks] - s)
    else:
        slope_block(acts[top], z[top], y, g, delta, k_out * count)


@inline
def _backward_chunk(net: NetArrays, w_off: Ints, b_off: Ints, count: int, z: Array, a: Array,
                    g: Array, delta: Array, delta_t: Array, wide: bool) -> None:
    """Backprop of a chunk from the output's δ (in `delta`) down to the first layer."""
    params, grad, sizes, acts = net.params, net.grad, net.sizes, net.acts
    for l in range(len(sizes) - 2, -1, -1):
        if wide:
            backprop_rows(params, grad, w_off[l], b_off[l], sizes[l], sizes[l + 1], a[l],
                          delta, delta_t, g, count)
        else:
            backprop_block(params, grad, w_off[l], b_off[l], sizes[l], sizes[l + 1], a[l],
                           delta, delta_t, g, count)
        if l:
            slope_block(acts[l - 1], z[l - 1], a[l], g, delta, sizes[l] * count)


@jit
def evaluate(net: NetArrays, rows: Rows, threshold: float) -> tuple[float, float]:
    """(loss, accuracy) over rows.x (N, F) with targets rows.t (N, K), as losses.py and
    targets.accuracy compute them. Accuracy needs class labels (N,); with none (regression)
    it is NaN. threshold: the one-unit output's class boundary."""
    _check_net(net)
    sizes, acts, x, t, labels = net.sizes, net.acts, rows.x, rows.t, rows.labels
    n_layers = len(sizes) - 1
    w_off, b_off = layout(sizes)
    n = x.shape[0]
    z, a, _, _, _, scratch = _buffers(sizes, min(CHUNK, max(n, 1)))
    order = np.arange(n)
    k_out, out_code = sizes[-1], acts[-1]
    wide = sizes.max() >= WIDE
    wt = np.empty(b_off[0] if wide else 0)
    if wide:
        transpose_weights(net.params, sizes, w_off, wt)
    total, hits = 0.0, 0
    for start in range(0, n, CHUNK):
        count = min(CHUNK, n - start)
        _forward_chunk(net, w_off, b_off, x, order, start, count, z, a, scratch, wide, wt)
        y = a[n_layers]
        rs, ks = _strides(wide, k_out, count)
        for r in range(count):
            row = start + r
            if net.loss == MSE:
                for k in range(k_out):
                    total += 0.5 * (y[r * rs + k * ks] - t[row, k]) ** 2
            else:
                for k in range(k_out):
                    p, q = y[r * rs + k * ks], t[row, k]
                    if out_code == TANH:  # read as p = (1 + y) / 2
                        p, q = (1.0 + p) / 2.0, (1.0 + q) / 2.0
                    p = min(max(p, 1e-12), 1.0 - 1e-12)
                    total -= q * math.log(p)
                    if out_code != SOFTMAX:
                        total -= (1.0 - q) * math.log(1.0 - p)
            if len(labels):
                if k_out == 1:
                    guess = 1 if y[r * rs] > threshold else 0
                else:
                    guess = 0
                    for k in range(1, k_out):
                        if y[r * rs + k * ks] > y[r * rs + guess * ks]:
                            guess = k
                hits += guess == labels[row]
    if n == 0:
        return np.nan, np.nan
    return total / n, (hits / n if len(labels) else np.nan)


@jit
def train_steps(net: NetArrays, rule: UpdateRule, rows: Rows, order: Order, pos: int,
                max_steps: int) -> tuple[int, int]:
    """Up to `max_steps` minibatch updates from position `pos` of the epoch, whose rows are
    rows.x[order] (n, F) with targets rows.t[order] (n, K); stops at the epoch's end.
    Updates net.params, net.grad and the rule's state in place. Returns (steps, position)."""
    _check_net(net)
    _check_rule(rule)
    return _steps(net, rule, rows, order, pos, max_steps)


@inline
def _steps(net: NetArrays, rule: UpdateRule, rows: Rows, order: Order, pos: int,
           max_steps: int) -> tuple[int, int]:
    """train_steps' body, inlined into train_epochs too: a call from there to the train_steps
    dispatcher typed its literal arguments apart and compiled a second version of it."""
    params, grad, sizes = net.params, net.grad, net.sizes
    w_off, b_off = layout(sizes)
    chunk = min(CHUNK, max(rule.batch, 1))
    z, a, g, delta, delta_t, scratch = _buffers(sizes, chunk)
    wide = sizes.max() >= WIDE
    wt = np.empty(b_off[0] if wide else 0)
    n_rows = len(order)
    steps = 0
    while steps < max_steps and pos < n_rows:
        end = min(pos + rule.batch, n_rows)
        grad[:] = 0.0
        if wide:
            transpose_weights(params, sizes, w_off, wt)
        for start in range(pos, end, chunk):
            count = min(chunk, end - start)
            _forward_chunk(net, w_off, b_off, rows.x, order, start, count, z, a, scratch,
                           wide, wt)
            _output_delta(net, rows.t, order, start, count, end - pos, z, a, g, delta, wide)
            _backward_chunk(net, w_off, b_off, count, z, a, g, delta, delta_t, wide)
        _update(params, grad, b_off[0], rule)
        pos = end
        steps += 1
    return steps, pos


@jit
def train_epochs(net: NetArrays, rule: UpdateRule, train: Rows, test: Rows, threshold: float,
                 orders: Orders, results: Array) -> int:
    """Whole epochs, each over the training rows in orders[e] (epochs, n) and evaluated after
    it into results[e] = (train loss, test loss, train accuracy, test accuracy, penalty).
    Stops after an epoch whose train loss is not finite (it diverged). Returns the epochs
    done."""
    _check_net(net)
    _check_rule(rule)
    n_weights = layout(net.sizes)[1][0]  # the weights come first, then the biases
    for e in range(orders.shape[0]):
        _steps(net, rule, train, orders[e], 0, orders.shape[1])
        results[e, 0], results[e, 2] = evaluate(net, train, threshold)
        results[e, 1], results[e, 3] = evaluate(net, test, threshold)
        results[e, 4] = penalty(net.params, n_weights, rule.reg, rule.reg_rate)
        if not np.isfinite(results[e, 0]):
            return e + 1
    return orders.shape[0]
