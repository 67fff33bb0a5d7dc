"""The command-line flags that describe a training set-up, shared by `mlpviz train` and the
window (`mlpviz --screenshot …`), so one scenario is written the same way for both."""

from __future__ import annotations

import argparse

from ..core.data.datasets import DATASET_IDS, DIGITS
from ..core.data.digits import PIXELS
from ..core.data.features import check_features
from ..core.errors import MlpvizError
from ..core.nn.activations import ACTIVATIONS
from ..core.nn.losses import LOSSES
from ..core.training.optimizers import OPTIMIZERS, REGULARIZATIONS
from ..core.training.scenario import Scenario
from ..core.training.trainer import TrainConfig
from .common import batch_size, finite, int_list, name_list, positive, seed


def add_scenario_arguments(p: argparse.ArgumentParser,
                           dataset_group: argparse._ActionsContainer | None = None) -> None:
    """Data, network and training flags; `dataset_group` holds --dataset (train puts it
    beside --data, where only one of the two may be given)."""
    data = p.add_argument_group("data")
    (dataset_group or data).add_argument("--dataset", choices=DATASET_IDS,
                                         help="a built-in data set")
    data.add_argument("--noise", type=finite, default=0.0, help="noise in percent, 0-50")
    data.add_argument("--ratio", type=finite, help="percent of points to train on (default 50; "
                      "with --data every row)")
    data.add_argument("--data-seed", type=seed, default=0)
    data.add_argument("--features", type=name_list, help="input features, e.g. x1,x2,x1sq")
    net = p.add_argument_group("network (without NET.json)")
    net.add_argument("--layers", type=int_list, default=(4, 2),
                     help="hidden layer sizes, e.g. 4,2; 0 for none")
    net.add_argument("--activation", choices=list(ACTIVATIONS), default="tanh")
    net.add_argument("--output-activation", choices=list(ACTIVATIONS))
    net.add_argument("--loss", choices=list(LOSSES))
    tr = p.add_argument_group("training")
    tr.add_argument("--optimizer", choices=list(OPTIMIZERS), default="sgd")
    tr.add_argument("--reg", choices=REGULARIZATIONS, default="none")
    tr.add_argument("--reg-rate", type=finite, default=0.0)
    tr.add_argument("--lr", type=positive, default=0.03, help="learning rate η")
    tr.add_argument("--batch-size", type=batch_size, default=10)
    tr.add_argument("--no-shuffle", action="store_true")
    tr.add_argument("--seed", type=seed, default=0, help="seed of weights and shuffling")


def train_config(args: argparse.Namespace, batch: int | None = None) -> TrainConfig:
    return TrainConfig(lr=args.lr, batch_size=batch or args.batch_size, optimizer=args.optimizer,
                       regularization=args.reg, reg_rate=args.reg_rate,
                       shuffle=not args.no_shuffle, seed=args.seed)


def scenario_from_args(args: argparse.Namespace,
                       features: tuple[str, ...] | None = None) -> Scenario:
    """The scenario the flags describe; `features` where --features was not given."""
    if not 0 <= args.noise <= 50:
        raise MlpvizError(f"--noise must be 0 to 50 percent, not {args.noise:g}")
    if args.dataset == DIGITS:  # a digit's inputs are its 64 pixels
        if args.features:
            raise MlpvizError("--features: a digit's inputs are its 64 pixels; drop it")
        chosen: tuple[str, ...] = PIXELS
    else:
        chosen = args.features or features or ("x1", "x2")
    check_features(list(chosen))
    return Scenario(dataset=args.dataset or "circle", noise=args.noise / 100,
                    ratio=50.0 if args.ratio is None else args.ratio, data_seed=args.data_seed,
                    features=tuple(chosen), hidden=tuple(args.layers),
                    activation=args.activation, output_activation=args.output_activation,
                    loss=args.loss, weight_seed=args.seed, train=train_config(args))
