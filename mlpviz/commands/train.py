"""`mlpviz train`: train headless, on one sample (the lecture's "after 10000 steps") or on a
data set or CSV file, and print the result."""

from __future__ import annotations

import argparse
import dataclasses
import os
import shlex
import sys
import time

import numpy as np

from ..core.bundled import open_network
from ..core.data.csvio import read_csv
from ..core.data.datasets import Dataset, split
from ..core.data.digits import digits_from_table, is_digits_table
from ..core.data.features import check_features
from ..core.errors import MlpvizError
from ..core.files import short, write_file
from ..core.nn.netfile import network_to_dict, save_network
from ..core.nn.network import MLP
from ..core.playground.exact_training import PlaygroundBackend
from ..core.playground.link import read_link, write_link
from ..core.playground.setup import PlaygroundRun, playground_trainer
from ..core.session.session_file import SESSION_SUFFIX, load_session, thinned
from ..core.training import compiled
from ..core.training.scenario import Scenario, build_network, build_trainer
from ..core.training.trainer import Trainer, TrainingData, default_backend, one_sample_data
from ..report.numpy_script import numpy_script, script_data_path
from .common import NETWORK_HELP, check_outputs, count, file_name, finite, print_json
from .scenario_args import add_scenario_arguments, scenario_from_args, train_config
from .training_run import run_training
from .walkthrough import sample_arrays

DEFAULT_HISTORY = 1000


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train without a window and print the result")
    p.add_argument("network", metavar="NET", nargs="?", help=NETWORK_HELP + "; or a session "
                   "(.mlpviz), trained on from where it was saved, on its data and settings")
    one = p.add_argument_group("one sample (needs NET)")
    one.add_argument("--x", type=finite, nargs="+", help="the input values")
    one.add_argument("--target", type=finite, nargs="+", help="the target, in the output's range")
    one.add_argument("--steps", type=count, help="number of updates (one sample: default 1)")
    source = p.add_argument_group("a data set").add_mutually_exclusive_group()
    source.add_argument("--data", metavar="FILE.csv",
                        help="a CSV file (header; last column target)")
    add_scenario_arguments(p, source)
    source.add_argument("--playground", metavar="URL",
                        help="a TensorFlow Playground link: its own points, starting weights "
                        "and training, number for number (--epochs 0: the starting network)")
    p.add_argument("--epochs", type=count, help="epochs over the data (default 100)")
    p.add_argument("--out", metavar="TRAINED.json", type=file_name,
                   help="save the trained network")
    p.add_argument("--history", type=count, default=DEFAULT_HISTORY, metavar="N",
                   help=f"keep at most N rows of the loss history, evenly spaced, the last "
                        f"among them (default {DEFAULT_HISTORY}; 0: none)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--emit-script", metavar="FILE.py", type=file_name,
                   help="also write this run as a NumPy "
                   "script that trains the same way and prints the same weights")
    p.set_defaults(run=run)


def _one_sample_trainer(args: argparse.Namespace) -> Trainer:
    if args.network is None:
        raise MlpvizError("--x and --target need a network file, or a bundled example (lecture)")
    if args.x is None or args.target is None:
        raise MlpvizError("give both --x and --target")
    net = open_network(args.network)
    x, t = sample_arrays(net, args.x, args.target)
    return Trainer(net, one_sample_data(x, t), train_config(args, batch=1))


def _csv_trainer(args: argparse.Namespace, net: MLP | None) -> Trainer:
    csv = read_csv(args.data)
    if is_digits_table(csv.columns):  # px0 … px63 and the digit: the digits' own kind
        if csv.problem == "regression":
            raise MlpvizError(f"{short(args.data)}: the digit column must hold whole "
                              "numbers 0 … 9")
        pixels, digits = digits_from_table(csv.inputs, csv.labels, short(args.data))
        csv = dataclasses.replace(csv, inputs=pixels, labels=digits, problem="multiclass")
    whole = args.ratio is None
    sp = split(Dataset("csv", csv.inputs, csv.labels, csv.problem), args.ratio or 100,
               args.data_seed, whole=whole)
    n_classes = 0 if csv.problem == "regression" else int(csv.labels.max()) + 1
    features = list(args.features) if args.features else (
        list(net.features) if net else list(csv.columns))
    if len(csv.columns) == 2 and (args.features or (net and net.features != csv.columns)):
        check_features(features)  # two columns are a point (x1, x2): features apply
        data = TrainingData.from_split(sp, features, csv.problem)
    else:
        if args.features:
            raise MlpvizError("--features needs a CSV with exactly two input columns")
        features = list(csv.columns)
        data = TrainingData(sp.train_points, sp.train_labels, sp.test_points, sp.test_labels,
                            csv.problem)
    if net is None:
        s = Scenario(hidden=args.layers, activation=args.activation,
                     output_activation=args.output_activation, loss=args.loss,
                     weight_seed=args.seed)
        net = build_network(s, csv.problem, n_classes, len(features), features)
    elif net.n_inputs != data.x_train.shape[1]:
        raise MlpvizError(f"{args.network}: the network has {net.n_inputs} inputs, "
                          f"the CSV {data.x_train.shape[1]} columns")
    return Trainer(net, data, train_config(args))


def _session_trainer(args: argparse.Namespace) -> Trainer:
    """A saved session goes on training where it stopped, on its own data and settings."""
    if args.data or args.dataset:
        raise MlpvizError("a session brings its own data: drop --data/--dataset")
    s = load_session(args.network)
    trainer = build_trainer(s.scenario, s.network.copy(), (s.split, s.problem))
    trainer.epoch, trainer.step_count = s.epoch, s.step
    if s.playground is not None:  # a Playground run goes on Playground's way
        backend = PlaygroundBackend()
        backend.restore_dead(trainer.net, s.playground.dead)
        trainer.use_backend(backend)
    return trainer


def _dataset_trainer(args: argparse.Namespace, net: MLP | None) -> Trainer:
    s = scenario_from_args(args, tuple(net.features) if net else None)
    return build_trainer(s, net)


def run(args: argparse.Namespace) -> int:
    """Exit code 130 after Ctrl+C, with the network as far as it got written and printed."""
    wall = time.perf_counter()
    _check_files(args)
    run: PlaygroundRun | None = None
    one_sample = args.x is not None or args.target is not None
    if one_sample and (args.data or args.dataset):
        raise MlpvizError("--x/--target train on one sample; drop --data/--dataset")
    if one_sample:
        trainer = _one_sample_trainer(args)
        steps = 1 if args.steps is None else args.steps
        epochs = steps
    elif args.playground is not None:
        if args.network or args.emit_script:
            raise MlpvizError("a Playground link brings its own network and trains "
                              "Playground's way: drop NET and --emit-script")
        trainer, run = playground_trainer(read_link(args.playground))
        epochs = 100 if args.epochs is None else args.epochs
        steps = args.steps
    elif args.network and args.network.lower().endswith(SESSION_SUFFIX):
        trainer = _session_trainer(args)
        epochs = trainer.epoch + (100 if args.epochs is None else args.epochs)
        steps = None if args.steps is None else trainer.step_count + args.steps
    else:
        net = open_network(args.network) if args.network else None
        trainer = _csv_trainer(args, net) if args.data else _dataset_trainer(args, net)
        epochs = 100 if args.epochs is None else args.epochs
        steps = args.steps
    # Loaded (compiled, the first time) before the clock starts: epochs_per_second is the
    # training loop's alone. Trainers made before take the compiled path when they can.
    if not compiled.cache_is_warm() and sys.stderr and sys.stderr.isatty():
        print("mlpviz: compiling the training kernels (once after installing, some seconds)",
              file=sys.stderr)
    if trainer.backend.name != "playground" and compiled.warm_up():
        trainer.use_backend(default_backend(trainer.config))
    trainer.two_cores = True  # no window to leave a core for
    if args.emit_script:
        _emit_script(args, trainer, epochs, steps, one_sample)
    outcome = run_training(trainer, epochs, steps)
    net = trainer.net
    params = network_to_dict(net)
    out: dict = {"weights": params["weights"], "biases": params["biases"],
                 "steps": trainer.step_count}
    if one_sample:
        x = trainer.data.x_train
        out["loss"] = net.loss_value(x, trainer.t_train)
        out["output"] = net.predict(x)[0].tolist()
    else:
        result = trainer.evaluate()
        out.update(_summary(trainer, result, args.history))
        out["epochs_per_second"] = (trainer.epoch / outcome.seconds if outcome.seconds > 0
                                    else None)
    if run is not None:
        out["playground"] = {"link": write_link(run.state), "seed": run.state.seed}
    out["seconds"] = outcome.seconds
    out["wall_seconds"] = time.perf_counter() - wall
    if outcome.diverged or not all(np.isfinite(w).all() for w in net.weights):
        out["diverged"] = True
    if outcome.interrupted:
        out["interrupted"] = True
    unsaved = None
    if args.out and not out.get("diverged"):
        try:
            save_network(net, args.out)
        except MlpvizError as e:  # a full disk: the run is not lost, it is printed
            unsaved = e
    if args.json:
        print_json(out)
    else:
        _print_text(out)
    if unsaved is not None:
        raise MlpvizError(f"{unsaved}; the trained network is printed above")
    if args.out and out.get("diverged"):
        raise MlpvizError(f"{short(args.out)} not written: training diverged (the weights "
                          "are not finite); try a smaller learning rate")
    return 128 + outcome.signum if outcome.interrupted else 0  # 130 Ctrl+C, 143 SIGTERM


def _check_files(args: argparse.Namespace) -> None:
    """--out and --emit-script (and the script's data file) over none of the inputs."""
    outputs = {"--out": args.out, "--emit-script": args.emit_script}
    if args.emit_script:
        outputs["--emit-script's data file"] = str(script_data_path(args.emit_script))
    inputs = [p for p in (args.network, args.data) if p and os.path.exists(p)]
    check_outputs({k: v for k, v in outputs.items() if v}, inputs)


def _emit_script(args: argparse.Namespace, trainer: Trainer, epochs: int, steps: int | None,
                 one_sample: bool) -> None:
    """The run as a NumPy script, written before training starts (it begins where the
    trainer is now)."""
    if steps is not None and not one_sample:
        raise MlpvizError("--emit-script trains whole epochs: give --epochs, not --steps")
    source = "mlpviz " + shlex.join(sys.argv[1:]) if sys.argv[1:2] == ["train"] else ""
    write_file(args.emit_script, numpy_script(trainer, epochs - trainer.epoch, source,
                                              script_data_path(args.emit_script)))


def _summary(trainer: Trainer, r, most_rows: int) -> dict:
    has_test = len(trainer.data.x_test) > 0
    rows = []
    for row in thinned(trainer.history.rows(), most_rows):
        item = {"epoch": int(row["epoch"]), "train_loss": row["train_loss"],
                "test_loss": row["test_loss"] if has_test else None}
        if trainer.data.classifies:
            item["accuracy"] = row["test_accuracy"] if has_test else row["train_accuracy"]
            item["train_accuracy"] = row["train_accuracy"]
        rows.append(item)
    summary = {"epochs": trainer.epoch, "loss": r.train_loss,
               "test_loss": r.test_loss if has_test else None, "history": rows}
    if trainer.data.classifies:
        summary["accuracy"] = r.test_accuracy if has_test else r.train_accuracy
    if r.penalty:
        summary["penalty"] = r.penalty
    summary["config"] = dataclasses.asdict(trainer.config)
    return summary


def _print_text(out: dict) -> None:
    lines = [f"steps: {out['steps']}"]
    if "epochs" in out:
        lines.append(f"epochs: {out['epochs']}")
    for key in ("loss", "test_loss", "accuracy", "epochs_per_second"):
        if out.get(key) is not None:
            lines.append(f"{key.replace('_', ' ')}: {out[key]:.6g}")
    if "output" in out:
        lines.append("output: " + ", ".join(f"{v:.6f}" for v in out["output"]))
    if out.get("interrupted"):
        lines.append("interrupted: Ctrl+C stopped training here")
    if out.get("diverged"):
        lines.append("diverged: the loss became NaN or infinite; try a smaller learning rate")
    print("\n".join(lines))
