"""`mlpviz bench`: the trainer's speed against a bare NumPy loop doing the same work.

Rounds of the two alternate and the medians are compared, so a noisy shared machine slows
both alike.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from ..core.data.csvio import write_csv
from ..core.data.datasets import big_spiral
from ..core.own_process import own_command
from ..core.playground.link import read_link
from ..core.playground.setup import playground_trainer
from ..core.training import compiled
from ..core.training.backends import NUMPY
from ..core.training.scenario import Scenario, build_trainer
from .bare_loop import bare_epochs
from .common import bench_seconds, int_list, pace, print_json


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure training speed")
    p.add_argument("--layers", type=int_list, default=(4, 2), help="hidden layers (default 4,2)")
    p.add_argument("--seconds", type=bench_seconds, default=6.0, help="time to spend (default 6)")
    p.add_argument("--gui", action="store_true",
                   help="measure with the window rendering offscreen")
    p.add_argument("--all", action="store_true",
                   help="everything: headless and window speed (default and 6x8), time to "
                        "the first painted window, memory over a million steps")
    p.add_argument("--speed", type=pace, default=None, metavar="N|max",
                   help="with --gui: play at N epochs a second (0.1 … 10,000; default max)")
    p.add_argument("--data", metavar="FILE.csv",
                   help="with --gui: train on this CSV (x1, x2, label)")
    p.add_argument("--dataset", choices=("digits",),
                   help="with --gui: the digits (the preset's network with --layers), and "
                        "the seconds from Play to 95 %% test accuracy")
    p.add_argument("--lesson", action="store_true",
                   help="the lesson presenting in Korean at 1280x720: Page Down to the next "
                        "page's first frame, and a language switch, in milliseconds")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    # --all's child for the million-row load (its memory is measured in a fresh process)
    p.add_argument("--load-probe", metavar="FILE.csv", help=argparse.SUPPRESS)
    p.set_defaults(run=run)


def headless_bench(hidden: tuple[int, ...] = (4, 2), seconds: float = 6.0,
                   rounds: int = 5) -> dict:
    """Epochs/s of the trainer as `mlpviz train` runs it (compiled when Numba is there; a
    wide network's evaluation on the second core), as the window runs it (one core), of its
    NumPy path, of the bare loop, and of Playground's own arithmetic (a Playground link of
    the same shape), on the default scenario (circle, 250 training points, batch 10,
    lr 0.03, tanh; train and test loss after every epoch)."""
    compiled.warm_up()  # (a damaged cache is rebuilt here, not mid-bench)
    trainer = build_trainer(Scenario(hidden=hidden))
    trainer.two_cores = True
    one_core = build_trainer(Scenario(hidden=hidden))
    numpy_path = build_trainer(Scenario(hidden=hidden))
    numpy_path.use_backend(NUMPY)
    d = trainer.data
    weights = [w.copy() for w in trainer.net.weights]
    biases = [b.copy() for b in trainer.net.biases]
    playground = None
    if len(hidden) <= 6 and all(1 <= h <= 8 for h in hidden):
        shape = ",".join(map(str, hidden))
        playground, _ = playground_trainer(read_link(f"networkShape={shape}&seed=0.1"))
    epochs = 20

    def bare() -> None:
        bare_epochs(d.x_train, trainer.t_train, d.x_test, trainer.t_test, weights, biases,
                    trainer.config.lr, trainer.config.batch_size, epochs)

    def numpy_epochs() -> None:
        for _ in range(epochs):
            numpy_path.train_epoch()

    runs = {"bare": bare, "numpy": numpy_epochs, "ours": lambda: trainer.epochs(epochs),
            "one_core": lambda: one_core.epochs(epochs)}
    if playground is not None:
        runs["playground"] = lambda: playground.epochs(epochs)
    per_round = seconds / (len(runs) * rounds)
    rates: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run_epochs in runs.items():
            start, done = time.perf_counter(), 0
            while time.perf_counter() - start < per_round:
                run_epochs()
                done += epochs
            rates[name].append(done / (time.perf_counter() - start))
    ours, bare_med = statistics.median(rates["ours"]), statistics.median(rates["bare"])
    return {"epochs_per_second": ours, "bare_numpy_epochs_per_second": bare_med,
            "ratio": ours / bare_med,
            "one_core_epochs_per_second": statistics.median(rates["one_core"]),
            "numpy_path_epochs_per_second": statistics.median(rates["numpy"]),
            "playground_exact_epochs_per_second":
                statistics.median(rates["playground"]) if playground is not None else None,
            "backend": trainer.backend.name, "hidden": list(hidden), "rounds": rounds}


def memory_soak(steps: int = 1_000_000) -> dict:
    """Resident memory before and after `steps` headless training steps (with snapshots, as
    the window takes them)."""
    import resource

    from ..core.session.training_session import TrainingSession

    def rss() -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * resource.getpagesize()

    compiled.warm_up()  # (a damaged cache is rebuilt here, not mid-bench)
    session = TrainingSession()
    session.loop.train_for(0.5)
    session.snapshot()
    before, done, start = rss(), 0, time.perf_counter()
    while done < steps:
        done += session.loop.train_for(5.0, max_steps=steps - done)
        session.snapshot()
    return {"memory_before_mb": before / 2**20, "memory_after_mb": rss() / 2**20,
            "memory_growth_mb": (rss() - before) / 2**20, "soak_steps": done,
            "soak_seconds": time.perf_counter() - start}


def first_paint_seconds(runs: int = 3) -> float:
    """Median wall time from starting `mlpviz` to its first painted window (offscreen): the
    clock stops when the probe says so, not when its process has wound down."""
    import subprocess

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with subprocess.Popen(own_command("--first-paint"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) as proc:
            line = proc.stdout.readline() if proc.stdout else ""
            painted = time.perf_counter() - start
            _, err = proc.communicate(timeout=120)
        if proc.returncode != 0 or "painted" not in line:
            raise RuntimeError(f"the first-paint probe failed: {err.strip()[-200:]}")
        times.append(painted)
    return statistics.median(times)


def train_command(runs: int = 3) -> dict:
    """`mlpviz train` on the default scenario as a user runs it, in its own process: the
    median of its reported epochs/s (the training loop) and of its wall time."""
    import subprocess

    rates, walls = [], []
    for _ in range(runs):
        done = subprocess.run(own_command("train", "--dataset", "circle", "--layers", "4,2",
                                          "--epochs", "3000", "--json"),
                              capture_output=True, text=True, timeout=300, check=True)
        out = json.loads(done.stdout)
        rates.append(out["epochs_per_second"])
        walls.append(out["wall_seconds"])
    return {"epochs_per_second": statistics.median(rates),
            "wall_seconds": statistics.median(walls)}


WIDEST = (32,) * 10  # the window's largest network


def bench_all(seconds: float) -> dict:
    from ..gui.bench.gui_bench import gui_bench

    six = (8,) * 6
    result: dict = {"machine": _machine()}
    result["headless_default"] = headless_bench((4, 2), seconds)
    result["headless_6x8"] = headless_bench(six, seconds)
    train = train_command()
    train["ratio"] = (train["epochs_per_second"]
                      / result["headless_default"]["bare_numpy_epochs_per_second"])
    result["train_command"] = train
    result["headless_10x32"] = headless_bench(WIDEST, seconds)
    result["window_default"] = gui_bench((4, 2), seconds)
    result["window_6x8"] = gui_bench(six, seconds)
    result["window_10x32"] = gui_bench(WIDEST, seconds)
    with tempfile.TemporaryDirectory(prefix="mlpviz-bench-") as folder:
        spiral = Path(folder) / "spiral20k.csv"
        write_csv(spiral, ["x1", "x2"], *big_spiral(20_000))
        result["window_spiral20k_8x3"] = gui_bench((8, 8, 8), seconds, data=str(spiral))
        million = Path(folder) / "spiral1m.csv"
        write_csv(million, ["x1", "x2"], *big_spiral(1_000_000))
        result["window_load_1m_rows"] = _in_child("bench", "--load-probe", str(million))
    result["first_paint_seconds"] = first_paint_seconds()
    result.update(memory_soak())
    return result


def _in_child(*args: str) -> dict:
    """`mlpviz ARGS…` in a fresh process, for figures of memory: its JSON back."""
    import subprocess

    done = subprocess.run(own_command(*args), capture_output=True, text=True, timeout=600,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _machine() -> str:
    import os
    import platform
    from importlib.metadata import PackageNotFoundError, version

    import numpy

    try:
        numba = f", Numba {version('numba')}"
    except PackageNotFoundError:  # the NumPy path
        numba = ""
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, NumPy {numpy.__version__}{numba}")


def run(args: argparse.Namespace) -> int:
    if args.load_probe:
        from ..gui.bench.gui_bench import gui_load_bench

        print_json(gui_load_bench(args.load_probe))
        return 0
    if args.all:
        result = bench_all(args.seconds)
        if args.json:
            print_json(result)
        else:
            print(json.dumps(result, indent=1))
        return 0
    if args.lesson:
        from ..gui.bench.lesson_bench import lesson_bench  # Qt only when asked for

        result = lesson_bench()
    elif args.gui:
        from ..gui.bench.gui_bench import gui_bench  # Qt only when asked for

        if args.data:
            from ..core.data.csvio import check_csv_start

            check_csv_start(args.data, inputs=2)
        result = gui_bench(tuple(args.layers), args.seconds, args.speed, args.data,
                           args.dataset)
    else:
        result = headless_bench(tuple(args.layers), args.seconds)
    if args.json:
        print_json(result)
    else:
        for key, value in result.items():
            print(f"{key.replace('_', ' ')}: {value:.4g}" if isinstance(value, float)
                  else f"{key.replace('_', ' ')}: {value}")
    return 0
