"""The compiled kernels' arithmetic on blocks: one layer's values for a chunk of rows.

A block is flat. Narrow networks keep it units major (unit j of row r at [j * count + r]),
so the rows, as many as a batch has, are the inner loop; networks with a layer of WIDE units
or more keep it row-major ([r * units + j]) and work in dot products along W's rows. Each
function here is a few plain loops over arrays that cannot overlap, compiled apart (not
inlined into a caller whose buffers it cannot tell apart), which LLVM vectorizes to AVX2 or
AVX-512. Every array is indexed by loop counters, through 2-D views where it helps: an
index Numba cannot prove non-negative gets a wraparound test that stops the vectorizer
(that alone made a 32-wide layer five times slower).

The activations are the registries' codes (compiled_kernels.py checks them on entry);
adding one means a branch in _activate and _slope here. Numba's cache keys on this file.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from numba import njit

from ..nn.activations import ACTIVATIONS, LEAKY_SLOPE

if TYPE_CHECKING:
    from .kernel_args import Array, Ints

STEP, SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR, SOFTMAX = (
    ACTIVATIONS[n].code for n in ("step", "sigmoid", "tanh", "relu", "leaky_relu", "linear",
                                  "softmax"))
# The activation codes with a branch below (as compiled_kernels._check_net accepts them).
ACTIVATION_CODES = frozenset((STEP, SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR, SOFTMAX))

# error_model="numpy": a division by zero gives inf or NaN, as in NumPy, without a check.
# "contract": a·b + c as one fused multiply-add (rounded once, not twice): a third faster.
jit = njit(nogil=True, cache=True, error_model="numpy", fastmath={"contract"})
inline = njit(nogil=True, cache=True, inline="always", error_model="numpy")
# Dot products vectorize only when their sum may be reassociated; the order then differs
# from NumPy's by rounding, as BLAS's own does. Never with the flags that assume no NaN or
# infinity: divergence must still show.
reduce = njit(nogil=True, cache=True, error_model="numpy", fastmath={"reassoc", "contract"})

WIDE = 8  # from this many units in the widest layer, blocks are row-major (measured)

CHUNK = 64  # rows through the network at a time: a layer's block stays in the L1/L2 cache
LOG2E = 1.4426950408889634
LN2_HI = 6.93147180369123816490e-01
LN2_LO = 1.90821492927058770002e-10
SHIFT = 6755399441055744.0  # 1.5 * 2**52: adding it rounds a double to an integer
SHIFT_BITS = 4843621399236968448  # its bits
# exp(r) for |r| <= ln2/2 by Taylor's series to r**13/13! (its error there < 2e-17).
E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13 = (
    1 / 2, 1 / 6, 1 / 24, 1 / 120, 1 / 720, 1 / 5040, 1 / 40320, 1 / 362880, 1 / 3628800,
    1 / 39916800, 1 / 479001600, 1 / 6227020800)


@inline
def _tanh(z: float) -> float:
    """tanh through expm1: ~21 ns here against libm tanh's ~31, within 2 ulp of NumPy's."""
    e = math.expm1(-2.0 * abs(z))
    r = -e / (2.0 + e)
    return r if z >= 0 else -r


@inline
def _activate(code: int, z: float) -> float:
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
def _slope(code: int, z: float, a: float) -> float:
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
def _strides(wide: bool, units: int, count: int) -> tuple[int, int]:
    """(row stride, unit stride) of a block: row-major when the net is wide, else units
    major (the rows inner)."""
    return (units, 1) if wide else (1, count)


@jit
def exp_block(x: Array, out: Array, scratch: Array, n: int) -> None:
    """out[:n] = exp(x[:n]) to 1 ulp, in loops without calls (libm's exp would stop the
    vectorizer): x = m·ln2 + r, exp(r) by its series, 2**m built in the exponent's bits.
    x, out and scratch (n,) must not overlap."""
    for k in range(n):
        v = min(max(x[k], -708.0), 709.0)
        t = v * LOG2E + SHIFT
        m = t - SHIFT
        r = (v - m * LN2_HI) - m * LN2_LO
        p = ((((((((((((E13 * r + E12) * r + E11) * r + E10) * r + E9) * r + E8) * r + E7)
                   * r + E6) * r + E5) * r + E4) * r + E3) * r + E2) * r + 1.0) * r + 1.0
        out[k] = p
        scratch[k] = t
    bits = scratch.view(np.int64)
    for k in range(n):
        bits[k] = (bits[k] - SHIFT_BITS + 1023) << 52
    for k in range(n):
        out[k] *= scratch[k]


@jit
def activate_block(code: int, z: Array, a: Array, scratch: Array, n_out: int, count: int,
                   wide: bool) -> None:
    """a = f(z) on a block (n_out units × count rows); scratch: (2 n,) not overlapping."""
    n = n_out * count
    u, s = scratch[:n], scratch[n:2 * n]
    if code == TANH:  # (1 − e)/(1 + e), e = exp(−2|z|), its sign put back
        for k in range(n):
            u[k] = -2.0 * abs(z[k])
        exp_block(u, a, s, n)
        for k in range(n):
            e = a[k]
            t = (1.0 - e) / (1.0 + e)
            a[k] = t if z[k] >= 0 else -t
    elif code == SIGMOID:
        for k in range(n):
            u[k] = min(-z[k], 700.0)
        exp_block(u, a, s, n)
        for k in range(n):
            a[k] = 1.0 / (1.0 + a[k])
    elif code == RELU:
        for k in range(n):
            a[k] = max(z[k], 0.0)
    elif code == SOFTMAX:  # across the units of each row
        rs, js = _strides(wide, n_out, count)
        for r in range(count):
            top = z[r * rs]
            for j in range(1, n_out):
                top = max(top, z[r * rs + j * js])
            total = 0.0
            for j in range(n_out):
                a[r * rs + j * js] = math.exp(z[r * rs + j * js] - top)
                total += a[r * rs + j * js]
            for j in range(n_out):
                a[r * rs + j * js] /= total
    else:
        for k in range(n):
            a[k] = _activate(code, z[k])


@jit
def slope_block(code: int, z: Array, a: Array, g: Array, delta: Array, n: int) -> None:
    """delta = g · f'(z) on a block of n values (a = f(z)); arrays must not overlap."""
    if code == TANH:
        for k in range(n):
            delta[k] = g[k] * (1.0 - a[k] * a[k])
    elif code == SIGMOID:
        for k in range(n):
            delta[k] = g[k] * (a[k] * (1.0 - a[k]))
    else:
        for k in range(n):
            delta[k] = g[k] * _slope(code, z[k], a[k])


@jit
def affine_block(params: Array, wo: int, bo: int, n_in: int, n_out: int, a_in: Array,
                 z_out: Array, count: int) -> None:
    """z = a·W + b for a chunk of rows, units major (unit j of row r at [j * count + r]):
    a_in (n_in × count), z_out (n_out × count); W at params[wo:] (n_in, n_out) row-major, b at
    params[bo:]. The rows are the inner loop: for narrow layers."""
    W = params[wo:wo + n_in * n_out].reshape((n_in, n_out))
    b = params[bo:bo + n_out]
    A = a_in[:n_in * count].reshape((n_in, count))
    Z = z_out[:n_out * count].reshape((n_out, count))
    for j in range(n_out):
        for r in range(count):
            Z[j, r] = b[j]
    for i in range(n_in):
        for j in range(n_out):
            w = W[i, j]
            for r in range(count):
                Z[j, r] += w * A[i, r]


@jit
def backprop_block(params: Array, grad: Array, wo: int, bo: int, n_in: int, n_out: int,
                   a_in: Array, delta: Array, delta_t: Array, grad_in: Array, count: int
                   ) -> None:
    """One layer of backprop for a chunk, units major: ∂E/∂W += aᵀ·δ, ∂E/∂b += Σ δ, and
    ∂E/∂a_in = δ·Wᵀ into grad_in (n_in × count); delta (n_out × count); delta_t scratch."""
    W = params[wo:wo + n_in * n_out].reshape((n_in, n_out))
    G = grad[wo:wo + n_in * n_out].reshape((n_in, n_out))
    gb = grad[bo:bo + n_out]
    A = a_in[:n_in * count].reshape((n_in, count))
    D = delta[:n_out * count].reshape((n_out, count))
    DT = delta_t[:count * n_out].reshape((count, n_out))
    GI = grad_in[:n_in * count].reshape((n_in, count))
    for j in range(n_out):
        s = 0.0
        for r in range(count):
            s += D[j, r]
            DT[r, j] = D[j, r]
        gb[j] += s
    for r in range(count):  # each row's outer product, along W's contiguous rows
        for i in range(n_in):
            ai = A[i, r]
            for j in range(n_out):
                G[i, j] += ai * DT[r, j]
    for i in range(n_in):
        for r in range(count):
            GI[i, r] = 0.0
        for j in range(n_out):
            w = W[i, j]
            for r in range(count):
                GI[i, r] += w * D[j, r]


@reduce
def row_dots(M: Array, b: Array, X: Array, Y: Array, count: int, n_out: int, n_in: int
             ) -> None:
    """Y[r, k] = b[k] + Σ_m X[r, m]·M[k, m] for r < count, k < n_out (b empty: no b):
    dot products along contiguous rows, two rows by four outputs at a time so that each
    load feeds two or four of the eight sums held in registers."""
    r = 0
    while r < count:
        two = r + 1 < count
        r1 = r + 1 if two else r
        k = 0
        while k < n_out:
            four = k + 4 <= n_out
            k1, k2, k3 = (k + 1, k + 2, k + 3) if four else (k, k, k)
            s0 = s1 = s2 = s3 = 0.0
            if len(b):
                s0, s1, s2, s3 = b[k], b[k1], b[k2], b[k3]
            t0, t1, t2, t3 = s0, s1, s2, s3
            for m in range(n_in):
                x, y = X[r, m], X[r1, m]
                w0, w1, w2, w3 = M[k, m], M[k1, m], M[k2, m], M[k3, m]
                s0 += x * w0
                s1 += x * w1
                s2 += x * w2
                s3 += x * w3
                t0 += y * w0
                t1 += y * w1
                t2 += y * w2
                t3 += y * w3
            Y[r, k] = s0
            Y[r1, k] = t0
            if four:
                Y[r, k1], Y[r, k2], Y[r, k3] = s1, s2, s3
                Y[r1, k1], Y[r1, k2], Y[r1, k3] = t1, t2, t3
            k += 4 if four else 1
        r += 2 if two else 1


@jit
def affine_rows(wt: Array, params: Array, wo: int, bo: int, n_in: int, n_out: int, a_in: Array,
                z_out: Array, count: int) -> None:
    """affine_block for row-major blocks (unit j of row r at [r * units + j]), for wide
    layers: each z a dot product of a row with a column of W, read from its transpose wt
    (kept beside params, (n_out, n_in) at W's offset). (Every array is indexed by loop
    counters through 2-D views: an index Numba cannot prove non-negative gets a
    wraparound test that stops the vectorizer.)"""
    row_dots(wt[wo:wo + n_in * n_out].reshape((n_out, n_in)), params[bo:bo + n_out],
             a_in[:count * n_in].reshape((count, n_in)),
             z_out[:count * n_out].reshape((count, n_out)), count, n_out, n_in)


@jit
def transpose_weights(params: Array, sizes: Ints, w_off: Ints, wt: Array) -> None:
    """wt: every W[l] transposed, at W[l]'s offset (for affine_rows)."""
    for l in range(len(sizes) - 1):
        n_in, n_out, wo = sizes[l], sizes[l + 1], w_off[l]
        W = params[wo:wo + n_in * n_out].reshape((n_in, n_out))
        WT = wt[wo:wo + n_in * n_out].reshape((n_out, n_in))
        for j in range(n_out):  # written along WT's rows (faster than along W's)
            for i in range(n_in):
                WT[j, i] = W[i, j]


@jit
def backprop_rows(params: Array, grad: Array, wo: int, bo: int, n_in: int, n_out: int,
                  a_in: Array, delta: Array, delta_t: Array, grad_in: Array, count: int
                  ) -> None:
    """backprop_block for row-major blocks: ∂E/∂W as outer products two rows at a time (half
    the loads and stores of ∂E/∂W), ∂E/∂a_in = δ·Wᵀ as row_dots along W's rows."""
    W = params[wo:wo + n_in * n_out].reshape((n_in, n_out))
    G = grad[wo:wo + n_in * n_out].reshape((n_in, n_out))
    gb = grad[bo:bo + n_out]
    A = a_in[:count * n_in].reshape((count, n_in))
    D = delta[:count * n_out].reshape((count, n_out))
    for r in range(count):
        for j in range(n_out):
            gb[j] += D[r, j]
    r = 0
    while r + 2 <= count:
        for i in range(n_in):
            a0, a1 = A[r, i], A[r + 1, i]
            for j in range(n_out):
                G[i, j] += a0 * D[r, j] + a1 * D[r + 1, j]
        r += 2
    if r < count:
        for i in range(n_in):
            a0 = A[r, i]
            for j in range(n_out):
                G[i, j] += a0 * D[r, j]
    row_dots(W, params[:0], D, grad_in[:count * n_in].reshape((count, n_in)), count, n_in,
             n_out)
