"""`mlpviz bench`: the trainer's speed against a bare NumPy loop doing the same work.

Rounds of the two alternate and the medians are compared, so a noisy shared machine slows
both alike.
"""

from __future__ import annotations

import argparse
import statistics
import time

from ..core.scenario import Scenario, build_trainer
from .bare_loop import bare_epochs
from .common import int_list, positive, print_json


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure training speed")
    p.add_argument("--layers", type=int_list, default=(4, 2), help="hidden layers (default 4,2)")
    p.add_argument("--seconds", type=positive, default=6.0, help="time to spend (default 6)")
    p.add_argument("--gui", action="store_true",
                   help="measure with the window rendering offscreen")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=run)


def headless_bench(hidden: tuple[int, ...] = (4, 2), seconds: float = 6.0,
                   rounds: int = 5) -> dict:
    """Epochs/s of the trainer and of the bare loop on the default scenario (circle,
    250 training points, batch 10, lr 0.03, tanh; train and test loss after every epoch)."""
    trainer = build_trainer(Scenario(hidden=hidden))
    d = trainer.data
    weights = [w.copy() for w in trainer.net.weights]
    biases = [b.copy() for b in trainer.net.biases]
    per_round = seconds / (2 * rounds)
    ours, bare = [], []
    epochs = 20
    for _ in range(rounds):
        start = time.perf_counter()
        done = 0
        while time.perf_counter() - start < per_round:
            bare_epochs(d.x_train, trainer.t_train, d.x_test, trainer.t_test, weights, biases,
                        trainer.config.lr, trainer.config.batch_size, epochs)
            done += epochs
        bare.append(done / (time.perf_counter() - start))
        start = time.perf_counter()
        done = 0
        while time.perf_counter() - start < per_round:
            for _ in range(epochs):
                trainer.train_epoch()
            done += epochs
        ours.append(done / (time.perf_counter() - start))
    ours_med, bare_med = statistics.median(ours), statistics.median(bare)
    return {"epochs_per_second": ours_med, "bare_numpy_epochs_per_second": bare_med,
            "ratio": ours_med / bare_med, "hidden": list(hidden), "rounds": rounds}


def run(args: argparse.Namespace) -> int:
    if args.gui:
        from ..gui_bench import gui_bench  # Qt only when asked for

        result = gui_bench(tuple(args.layers), args.seconds)
    else:
        result = headless_bench(tuple(args.layers), args.seconds)
    if args.json:
        print_json(result)
    else:
        for key, value in result.items():
            print(f"{key.replace('_', ' ')}: {value:.4g}" if isinstance(value, float)
                  else f"{key.replace('_', ' ')}: {value}")
    return 0
