"""`mlpviz walkthrough NET --x … --target … --lr …`: one forward pass and one
backprop update on one sample, as JSON or as Markdown lecture notes; given several samples'
values in a row, a mini-batch: each sample's gradient, their mean, one update."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from ..core.bundled import EXAMPLE_SAMPLE, example_names, is_example, open_network
from ..core.errors import MlpvizError
from ..core.lessons.batch_trace import batch_walkthrough, parameters
from ..core.lessons.presets import LECTURE_SLIDE_DIGITS, is_lecture_walk
from ..core.lessons.trace import walkthrough
from ..report.batch_text import batch_markdown
from ..report.walkthrough_markdown import walkthrough_markdown
from .common import NETWORK_HELP, finite, positive, print_json


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("walkthrough", help="one backprop step on one sample, shown in full")
    p.add_argument("network", metavar="NET", help=NETWORK_HELP)
    p.add_argument("--x", type=finite, nargs="+",
                   help="the input values; k samples' one after another for a mini-batch "
                   "(an example's default: the lecture's x = 0 0)")
    p.add_argument("--target", type=finite, nargs="+",
                   help="the target, in the output's range (k of them for a mini-batch; an "
                   "example's default: the lecture's t = 0)")
    p.add_argument("--lr", type=positive, default=0.2, help="learning rate η (default 0.2)")
    p.add_argument("--optimizer", choices=["sgd", "momentum", "adam"], default="sgd",
                   help="a mini-batch's update rule, from a fresh state (default sgd)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object")
    out.add_argument("--markdown", action="store_true", help="print Markdown (the default)")
    p.set_defaults(run=run)


def sample_arrays(net, x: list[float], target: list[float]) -> tuple[np.ndarray, np.ndarray]:
    if len(x) != net.n_inputs:
        raise MlpvizError(f"--x: the network has {net.n_inputs} inputs, got {len(x)} values")
    if len(target) != net.units[-1]:
        raise MlpvizError(f"--target: the network has {net.units[-1]} outputs, "
                          f"got {len(target)} values")
    return np.array(x), np.array(target)


def batch_arrays(net, x: list[float], target: list[float]) -> tuple[np.ndarray, np.ndarray]:
    """k samples' inputs (k, n_inputs) and targets (k, n_outputs) from flat lists."""
    n, m = net.n_inputs, net.units[-1]
    k = len(x) // n
    if len(x) % n or len(target) != k * m:
        raise MlpvizError(f"--x and --target: {len(x)} inputs and {len(target)} targets are "
                          f"not k samples of {n} inputs and {m} outputs")
    return np.array(x).reshape(k, n), np.array(target).reshape(k, m)


def _run_batch(args: argparse.Namespace, net) -> int:
    x, t = batch_arrays(net, args.x, args.target)
    b = batch_walkthrough(net, x, t, args.lr, args.optimizer)
    if args.json:
        print_json(b.to_json())
    else:
        names = [p["param"] for p in parameters(net)]
        sys.stdout.write(batch_markdown(b, names, Path(args.network).stem))
    return 0


def _default_sample(args: argparse.Namespace) -> None:
    """`mlpviz walkthrough lecture` alone: an example network's sample is the lecture's."""
    if args.x is not None and args.target is not None:
        return
    if args.x is None and args.target is None and is_example(args.network):
        args.x, args.target = [float(v) for v in EXAMPLE_SAMPLE[0]], \
            [float(v) for v in EXAMPLE_SAMPLE[1]]
        return
    missing = " and ".join(f for f, v in (("--x", args.x), ("--target", args.target))
                           if v is None)
    raise MlpvizError(f"{missing}: give the sample (only the bundled examples "
                      f"{', '.join(example_names())} have one of their own)")


def run(args: argparse.Namespace) -> int:
    net = open_network(args.network)
    _default_sample(args)
    if len(args.x) > net.n_inputs:
        return _run_batch(args, net)
    if args.optimizer != "sgd":
        raise MlpvizError("--optimizer is for a mini-batch: one sample steps by SGD")
    x, t = sample_arrays(net, args.x, args.target)
    w = walkthrough(net, x, t, args.lr)
    if args.json:
        print_json(w.to_json())
    else:
        digits = LECTURE_SLIDE_DIGITS if is_lecture_walk(net, x, t, args.lr) else None
        sys.stdout.write(walkthrough_markdown(w, Path(args.network).stem, digits))
    return 0
