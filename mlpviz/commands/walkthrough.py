"""`mlpviz walkthrough NET --x … --target … --lr …`: one forward pass and one
backprop update on one sample, as JSON or as Markdown lecture notes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from ..bundled import open_network
from ..core.errors import MlpvizError
from ..core.lessons.presets import LECTURE_SLIDE_DIGITS, is_lecture_walk
from ..core.lessons.trace import walkthrough
from ..report.walkthrough_markdown import walkthrough_markdown
from .common import NETWORK_HELP, finite, positive, print_json


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("walkthrough", help="one backprop step on one sample, shown in full")
    p.add_argument("network", metavar="NET", help=NETWORK_HELP)
    p.add_argument("--x", type=finite, nargs="+", required=True, help="the input values")
    p.add_argument("--target", type=finite, nargs="+", required=True,
                   help="the target, in the output's range")
    p.add_argument("--lr", type=positive, default=0.2, help="learning rate η (default 0.2)")
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


def run(args: argparse.Namespace) -> int:
    net = open_network(args.network)
    x, t = sample_arrays(net, args.x, args.target)
    w = walkthrough(net, x, t, args.lr)
    if args.json:
        print_json(w.to_json())
    else:
        digits = LECTURE_SLIDE_DIGITS if is_lecture_walk(net, x, t, args.lr) else None
        sys.stdout.write(walkthrough_markdown(w, Path(args.network).stem, digits))
    return 0
