"""Training steps, whole evaluated epochs and the loss and accuracy of a data set, as plain
loops for Numba to compile, run with the GIL released.

The arithmetic is network.py's, losses.py's and optimizers.py's, sample by sample; those
modules stay the reference, and tests hold this one to them for every activation, loss,
optimizer and regularization. In the package only `compiled.py` imports this module, and
only when the kernels are loaded (importing Numba takes half a second).

The kernels take three bundles (kernel_args.py): the network (`net`), the update rule
(`rule`) and data rows. The numbers naming activations, losses, optimizers and
regularizations are the registries' own `code`s, read here once; every kernel refuses a code
it has no branch for before any arithmetic. Numba's cache keys on this file: after changing a
code in a registry, touch this file so the kernels compile again.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from ..nn.activations import ACTIVATIONS, LEAKY_SLOPE
from ..nn.losses import LOSSES
from .optimizers import OPTIMIZERS, REGULARIZATIONS

STEP, SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR, SOFTMAX = (
    ACTIVATIONS[n].code for n in ("step", "sigmoid", "tanh", "relu", "leaky_relu", "linear",
                                  "softmax"))
MSE, CROSS_ENTROPY = LOSSES["mse"].code, LOSSES["cross_entropy"].code
SGD, MOMENTUM, ADAM = (OPTIMIZERS[n].code for n in ("sgd", "momentum", "adam"))
NO_PENALTY, L1, L2 = (REGULARIZATIONS[n] for n in ("none", "l1", "l2"))
# The activation codes with a branch below (as _check_net accepts them).
ACTIVATION_CODES = frozenset((STEP, SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR, SOFTMAX))

# error_model="numpy": a division by zero gives inf or NaN, as in NumPy, instead of a check
# before every division (15 % of a small network's epoch); none of ours divides by zero.
jit = njit(nogil=True, cache=True, error_model="numpy")
# Helpers called per row or per element are inlined by Numba itself: as calls, passing their
# arrays cost reference counting that was most of a small network's step.
inline = njit(nogil=True, cache=True, inline="always", error_model="numpy")


@inline
def _check_net(net):
    """Refuse codes the kernels have no branch for (they would compute nonsense)."""
    for c in net.acts:
        if (c != STEP and c != SIGMOID and c != TANH and c != RELU and c != LEAKY_RELU
                and c != LINEAR and c != SOFTMAX):
            raise ValueError("unknown activation code")
    if net.loss != MSE and net.loss != CROSS_ENTROPY:
        raise ValueError("unknown loss code")


@inline
def _check_rule(rule):
    if rule.optimizer != SGD and rule.optimizer != MOMENTUM and rule.optimizer != ADAM:
        raise ValueError("unknown optimizer code")
    if rule.reg != NO_PENALTY and rule.reg != L1 and rule.reg != L2:
        raise ValueError("unknown regularization code")


@jit
def layout(sizes):
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
def _tanh(z):
    """tanh through expm1: ~21 ns here against libm tanh's ~31, within 2 ulp of NumPy's."""
    e = math.expm1(-2.0 * abs(z))
    r = -e / (2.0 + e)
    return r if z >= 0 else -r


@inline
def _activate(code, z):
    """f(z) for the element-wise activations (codes checked on entry)."""
    if code == STEP:
        return 1.0 if z > 0 else 0.0
    if code == SIGMOID:
        return 1.0 / (1.0 + math.exp(min(-z, 700.0)))
    if code == TANH:
        return _tanh(z)
    if code == RELU:
        return max(z, 0.0)
    if code == LEAKY_RELU:
        return z if z > 0 else LEAKY_SLOPE * z
    return z  # LINEAR


@inline
def _slope(code, z, a):
    """f'(z) from z and a = f(z), for the element-wise activations."""
    if code == STEP:
        return 0.0
    if code == SIGMOID:
        return a * (1.0 - a)
    if code == TANH:
        return 1.0 - a * a
    if code == RELU:
        return 1.0 if z > 0 else 0.0
    if code == LEAKY_RELU:
        return 1.0 if z > 0 else LEAKY_SLOPE
    return 1.0  # LINEAR


@inline
def _forward_row(net, w_off, b_off, x, r, z, a):
    """Sample x[r] through the network: z[l, :units] net inputs, a[l + 1, :units] outputs,
    a[0] the input row. z: (L, max units), a: (L + 1, max units)."""
    params, sizes, acts = net.params, net.sizes, net.acts
    n_layers = len(sizes) - 1
    for i in range(sizes[0]):
        a[0, i] = x[r, i]
    for l in range(n_layers):
        n_in, n_out, wo, bo = sizes[l], sizes[l + 1], w_off[l], b_off[l]
        # Row i of W[l] is contiguous: z += a_i·W[i, :] runs along it. (No slices here:
        # each one costs a reference count, which was most of a step.)
        zl = z[l, :n_out]
        zl[:] = 0.0
        for i in range(n_in):
            ai = a[l, i]
            w_row = params[wo + i * n_out : wo + (i + 1) * n_out]
            for j in range(n_out):
                zl[j] += ai * w_row[j]
        for j in range(n_out):
            zl[j] += params[bo + j]
        if acts[l] == SOFTMAX:
            top = z[l, 0]
            for j in range(1, n_out):
                top = max(top, z[l, j])
            total = 0.0
            for j in range(n_out):
                a[l + 1, j] = math.exp(z[l, j] - top)
                total += a[l + 1, j]
            for j in range(n_out):
                a[l + 1, j] /= total
        else:
            for j in range(n_out):
                a[l + 1, j] = _activate(acts[l], z[l, j])


@jit
def evaluate(net, rows, threshold):
    """(loss, accuracy) over rows.x (N, F) with targets rows.t (N, K), as losses.py and
    targets.accuracy compute them. Accuracy needs class labels (N,); with none (regression)
    it is NaN. threshold: the one-unit output's class boundary."""
    _check_net(net)
    sizes, acts, x, t, labels = net.sizes, net.acts, rows.x, rows.t, rows.labels
    n_layers = len(sizes) - 1
    w_off, b_off = layout(sizes)
    width = sizes.max()
    z = np.empty((n_layers, width))
    a = np.empty((n_layers + 1, width))
    k_out, out_code = sizes[-1], acts[-1]
    total, hits = 0.0, 0
    for r in range(x.shape[0]):
        _forward_row(net, w_off, b_off, x, r, z, a)
        top = n_layers  # the output is a[top]
        if net.loss == MSE:
            for k in range(k_out):
                total += 0.5 * (a[top, k] - t[r, k]) ** 2
        else:
            for k in range(k_out):
                p, q = a[top, k], t[r, k]
                if out_code == TANH:  # read as p = (1 + y) / 2
                    p, q = (1.0 + p) / 2.0, (1.0 + q) / 2.0
                p = min(max(p, 1e-12), 1.0 - 1e-12)
                total -= q * math.log(p)
                if out_code != SOFTMAX:
                    total -= (1.0 - q) * math.log(1.0 - p)
        if len(labels):
            if k_out == 1:
                guess = 1 if a[top, 0] > threshold else 0
            else:
                guess = 0
                for k in range(1, k_out):
                    if a[top, k] > a[top, guess]:
                        guess = k
            hits += guess == labels[r]
    n = x.shape[0]
    if n == 0:
        return np.nan, np.nan
    return total / n, (hits / n if len(labels) else np.nan)


@jit
def penalty(params, n_weights, reg, reg_rate):
    """L2: λ/2·Σw², L1: λ·Σ|w|, over the weights (the first n_weights parameters)."""
    s = 0.0
    for p in range(n_weights):
        s += 0.5 * params[p] * params[p] if reg == L2 else abs(params[p])
    return reg_rate * s if reg != NO_PENALTY else 0.0


@inline
def _accumulate_gradient(net, w_off, b_off, t, r, n, z, a, delta, grad_a):
    """Backprop of one sample's share of the batch-mean loss, added into `net.grad`."""
    params, grad, sizes, acts = net.params, net.grad, net.sizes, net.acts
    n_layers = len(sizes) - 1
    top = n_layers - 1
    k_out = sizes[-1]
    # ∂E/∂z at the output: (y − t)/n for cross-entropy; for MSE ① (y − t)/n times ②.
    for k in range(k_out):
        grad_a[k] = (a[n_layers, k] - t[r, k]) / n
    if net.loss == CROSS_ENTROPY:
        for k in range(k_out):
            delta[k] = grad_a[k]
    elif acts[top] == SOFTMAX:
        s = 0.0
        for k in range(k_out):
            s += grad_a[k] * a[n_layers, k]
        for k in range(k_out):
            delta[k] = a[n_layers, k] * (grad_a[k] - s)
    else:
        for k in range(k_out):
            delta[k] = grad_a[k] * _slope(acts[top], z[top, k], a[n_layers, k])
    for l in range(top, -1, -1):
        n_in, n_out, wo, bo = sizes[l], sizes[l + 1], w_off[l], b_off[l]
        for i in range(n_in):
            for j in range(n_out):
                grad[wo + i * n_out + j] += a[l, i] * delta[j]
        for j in range(n_out):
            grad[bo + j] += delta[j]
        if l:
            for i in range(n_in):
                s = 0.0
                for j in range(n_out):
                    s += delta[j] * params[wo + i * n_out + j]
                grad_a[i] = s
            for i in range(n_in):
                delta[i] = grad_a[i] * _slope(acts[l - 1], z[l - 1, i], a[l, i])


@inline
def _update(params, grad, n_weights, rule):
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


@jit
def train_steps(net, rule, rows, order, pos, max_steps):
    """Up to `max_steps` minibatch updates from position `pos` of the epoch, whose rows are
    rows.x[order] (n, F) with targets rows.t[order] (n, K); stops at the epoch's end.
    Updates net.params, net.grad and the rule's state in place. Returns (steps, position)."""
    _check_net(net)
    _check_rule(rule)
    return _steps(net, rule, rows, order, pos, max_steps)


@inline
def _steps(net, rule, rows, order, pos, max_steps):
    """train_steps' body, inlined into train_epochs too: a call from there to the train_steps
    dispatcher typed its literal arguments apart and compiled a second version of it."""
    params, grad, sizes = net.params, net.grad, net.sizes
    n_layers = len(sizes) - 1
    w_off, b_off = layout(sizes)
    width = sizes.max()
    z = np.empty((n_layers, width))
    a = np.empty((n_layers + 1, width))
    delta = np.empty(width)
    grad_a = np.empty(width)
    n_rows = len(order)
    steps = 0
    while steps < max_steps and pos < n_rows:
        end = min(pos + rule.batch, n_rows)
        grad[:] = 0.0
        for q in range(pos, end):
            r = order[q]
            _forward_row(net, w_off, b_off, rows.x, r, z, a)
            _accumulate_gradient(net, w_off, b_off, rows.t, r, end - pos, z, a, delta,
                                 grad_a)
        _update(params, grad, b_off[0], rule)
        pos = end
        steps += 1
    return steps, pos


@jit
def train_epochs(net, rule, train, test, threshold, orders, results):
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
