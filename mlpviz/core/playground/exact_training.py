"""Playground's training, operation for operation: a backend beside NumPy, the compiled
kernels and the perceptron rule, for a setup that came from a Playground link.

Playground (src/nn.ts and playground.ts `oneStep`) trains one example at a time in the data's
fixed order: forward, backward, the derivatives added up per weight and bias; it updates when
`(i + 1) % batchSize == 0` for i the example's index within the epoch, so the examples left at
an epoch's end are not dropped but join the next epoch's first batch, each weight's step
averaged over the derivatives it gathered. L1 and L2 are applied with each update, to the
weights only, and under L1 a weight pushed across zero is set to 0 and "dead": it learns no
more. The sums run in Playground's order, one double at a time, so the numbers agree with the
browser's to the last few bits.

Slow beside the compiled kernels (Python, one example at a time), which is Playground's
pace anyway: an epoch a frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..errors import MlpvizError
from ..nn.network import MLP
from ..training.backends import Backend, Order
from ..translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ..training.trainer import TrainConfig, Trainer

HIDDEN_ACTIVATIONS = ("tanh", "relu", "sigmoid", "linear")


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


# name: (output(x), derivative(x)), as nn.ts Activations computes them from the total input
FUNCTIONS: dict[str, tuple[Callable[[float], float], Callable[[float], float]]] = {
    "tanh": (math.tanh, lambda x: 1 - math.tanh(x) * math.tanh(x)),
    "relu": (lambda x: max(0.0, x), lambda x: 0.0 if x <= 0 else 1.0),
    "sigmoid": (_sigmoid, lambda x: _sigmoid(x) * (1 - _sigmoid(x))),
    "linear": (lambda x: x, lambda x: 1.0),
}


def lacks(net: MLP, optimizer: str) -> str | None:
    """None if Playground has `net` and `optimizer`; else why not, as a clause to show
    ("it trains with plain SGD", marked for translation)."""
    hidden = net.activation_names[:-1]
    checks = (  # (what Playground lacks, whether this network needs it)
        (QT_TRANSLATE_NOOP("core", "it has at most 6 hidden layers of 8 neurons"),
         len(net.units) - 1 > 6 or any(u > 8 for u in net.units[:-1])),
        (QT_TRANSLATE_NOOP("core", "it has one activation for all hidden layers"),
         len(set(hidden)) > 1),
        (QT_TRANSLATE_NOOP("core", "its activations are ReLU, tanh, sigmoid and linear"),
         any(a not in HIDDEN_ACTIVATIONS for a in hidden)),
        (QT_TRANSLATE_NOOP("core",
                           "its output is one tanh unit, or one linear unit for regression"),
         net.units[-1] != 1 or net.output_activation not in ("tanh", "linear")),
        (QT_TRANSLATE_NOOP("core", "its loss is the squared error"), net.loss_name != "mse"),
        (QT_TRANSLATE_NOOP("core", "it trains with plain SGD"), optimizer != "sgd"),
    )
    return next((what for what, needed in checks if needed), None)


class _Accumulated:
    """What nn.ts keeps on its nodes and links between updates, for one network."""

    def __init__(self, net: MLP) -> None:
        # The network's parameters themselves, not their id: a freed array's id can be
        # given to the next network's, and its sums would be taken for this one's.
        self.params = net.params
        self.w = [[[0.0] * w.shape[1] for _ in range(w.shape[0])] for w in net.weights]
        self.w_count = [[[0] * w.shape[1] for _ in range(w.shape[0])] for w in net.weights]
        self.b = [[0.0] * len(b) for b in net.biases]
        self.b_count = [[0] * len(b) for b in net.biases]
        self.dead = [[[False] * w.shape[1] for _ in range(w.shape[0])] for w in net.weights]


class PlaygroundBackend(Backend):
    """One instance a trainer: it keeps the derivatives gathered since the last update (the
    remainder of an epoch) and which links L1 has killed."""

    name = "playground"

    def __init__(self) -> None:
        self._acc: _Accumulated | None = None
        self._restored = False  # dead links restored for a run that starts at epoch 0

    def check(self, net: MLP, config: TrainConfig) -> None:
        why = lacks(net, config.optimizer) or (
            "it trains on the data in its own order" if config.shuffle else None)
        if why is not None:
            raise MlpvizError(f"Playground-exact training cannot train this: {why}")

    def dead_links(self) -> list[list[list[bool]]]:
        """Per layer, [source][dest]: the weights L1 set to zero for good."""
        return [] if self._acc is None else [[row[:] for row in d] for d in self._acc.dead]

    def restore_dead(self, net: MLP, dead: Sequence[Sequence[Sequence[bool]]]) -> None:
        """A saved run's dead links (per layer, [source][dest]), for `net`."""
        acc = self._acc = _Accumulated(net)
        for layer, rows in zip(acc.dead, dead, strict=False):
            for j, row in enumerate(rows):
                layer[j][:] = list(row)
        self._restored = True

    def _state(self, trainer: Trainer, pos: int) -> _Accumulated:
        """The accumulators of this network; fresh for a new network or a run that starts
        over (Playground builds a new network then)."""
        acc = self._acc
        fresh = trainer.epoch == 0 and trainer.step_count == 0 and pos == 0 \
            and not self._restored
        self._restored = False
        if acc is None or acc.params is not trainer.net.params or fresh:
            acc = self._acc = _Accumulated(trainer.net)
        return acc

    def steps(self, trainer: Trainer, order: Order, pos: int, max_steps: int
              ) -> tuple[int, int]:
        """Examples from `pos` until `max_steps` updates are made or the epoch ends (an
        epoch's end without an update counts as a step: the remainder waits)."""
        acc = self._state(trainer, pos)
        net, cfg = trainer.net, trainer.config
        weights = [w.tolist() for w in net.weights]
        biases = [b.tolist() for b in net.biases]
        fns = [FUNCTIONS[a] for a in net.activation_names]
        x_rows, t_rows = trainer.data.x_train, trainer.t_train
        batch, n, done = cfg.batch_size, len(order), 0
        while done < max_steps and pos < n:
            row = int(order[pos])
            _example(weights, biases, fns, acc, x_rows[row].tolist(), float(t_rows[row, 0]))
            pos += 1
            if pos % batch == 0:
                _update(weights, biases, acc, cfg.lr, cfg.reg_rate, cfg.regularization)
                done += 1
            elif pos == n:
                done += 1
        for l, (w, b) in enumerate(zip(weights, biases, strict=True)):
            net.weights[l][...] = w
            net.biases[l][...] = b
        return done, pos


def _example(weights: list[list[list[float]]], biases: list[list[float]],
             fns: list[tuple[Callable[[float], float], Callable[[float], float]]],
             acc: _Accumulated, inputs: list[float], target: float) -> None:
    """nn.ts forwardProp and backProp for one example, its derivatives added to `acc`."""
    outputs, totals = [inputs], []
    for l, (w, b) in enumerate(zip(weights, biases, strict=True)):
        below, f = outputs[-1], fns[l][0]
        total = []
        for i in range(len(b)):
            z = b[i]
            for j in range(len(below)):
                z += w[j][i] * below[j]
            total.append(z)
        totals.append(total)
        outputs.append([f(z) for z in total])
    output_der = [outputs[-1][0] - target]
    for l in range(len(weights) - 1, -1, -1):
        der, total, below = fns[l][1], totals[l], outputs[l]
        input_der = [output_der[i] * der(total[i]) for i in range(len(total))]
        acc_b, count_b = acc.b[l], acc.b_count[l]
        for i, d in enumerate(input_der):
            acc_b[i] += d
            count_b[i] += 1
        acc_w, count_w, dead = acc.w[l], acc.w_count[l], acc.dead[l]
        for i, d in enumerate(input_der):
            for j in range(len(below)):
                if not dead[j][i]:
                    acc_w[j][i] += d * below[j]
                    count_w[j][i] += 1
        if l == 0:
            break
        w = weights[l]
        output_der = []
        for j in range(len(below)):
            s = 0.0
            for i, d in enumerate(input_der):
                s += w[j][i] * d
            output_der.append(s)


def _update(weights: list[list[list[float]]], biases: list[list[float]], acc: _Accumulated,
            lr: float, reg_rate: float, regularization: str) -> None:
    """nn.ts updateWeights."""
    l1, l2 = regularization == "l1", regularization == "l2"
    for l, (w, b) in enumerate(zip(weights, biases, strict=True)):
        acc_b, count_b = acc.b[l], acc.b_count[l]
        acc_w, count_w, dead = acc.w[l], acc.w_count[l], acc.dead[l]
        for i in range(len(b)):
            if count_b[i] > 0:
                b[i] -= lr * acc_b[i] / count_b[i]
                acc_b[i], count_b[i] = 0.0, 0
            for j in range(len(w)):
                if dead[j][i]:
                    continue
                weight = w[j][i]
                regul_der = ((-1.0 if weight < 0 else (1.0 if weight > 0 else 0.0)) if l1
                             else weight if l2 else 0.0)
                if count_w[j][i] > 0:
                    weight = weight - (lr / count_w[j][i]) * acc_w[j][i]
                    new = weight - (lr * reg_rate) * regul_der
                    if l1 and weight * new < 0:
                        w[j][i], dead[j][i] = 0.0, True
                    else:
                        w[j][i] = new
                    acc_w[j][i], count_w[j][i] = 0.0, 0
