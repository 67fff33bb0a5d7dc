"""The compiled kernels against the NumPy reference at every size the window offers: 1, 8 and
32 units a layer, 1 to 10 hidden layers, in both block layouts (units major below
kernel_blocks.WIDE units, row-major from it), batches larger than a chunk, data sets of
several chunks with a partial last one, and widths that are not multiples of the dot
products' blocks of four."""

import numpy as np
import pytest

from mlpviz.core.nn import targets
from mlpviz.core.nn.network import MLP
from mlpviz.core.training import compiled
from mlpviz.core.training.backends import NUMPY
from mlpviz.core.training.kernel_blocks import CHUNK, WIDE
from mlpviz.core.training.trainer import TrainConfig, Trainer, TrainingData


def _pair(hidden: list[int], activation: str, output: str, loss: str, n_out: int,
          config: TrainConfig, n_train: int = 150) -> tuple[Trainer, Trainer]:
    rng = np.random.default_rng(11)
    net = MLP.create(3, hidden, n_out, activation, output, loss, rng)
    x, xt = rng.uniform(-3, 3, (n_train, 3)), rng.uniform(-3, 3, (70, 3))
    labels = rng.integers(0, max(n_out, 2), n_train)
    test_labels = rng.integers(0, max(n_out, 2), 70)
    problem = "multiclass" if n_out > 1 else "classification"
    data = TrainingData(x, labels, xt, test_labels, problem)
    reference = Trainer(net.copy(), data, config)
    reference.use_backend(NUMPY)
    fast = Trainer(net.copy(), data, config)
    fast.use_backend(compiled.BACKEND)
    return reference, fast


def _same(a: Trainer, b: Trainer) -> None:
    np.testing.assert_allclose(b.net.params, a.net.params, rtol=1e-9, atol=1e-9)
    ra, rb = a.evaluate(), b.evaluate()
    assert rb.train_loss == pytest.approx(ra.train_loss, rel=1e-9)
    assert rb.test_loss == pytest.approx(ra.test_loss, rel=1e-9)
    assert (rb.train_accuracy, rb.test_accuracy) == (ra.train_accuracy, ra.test_accuracy)


@pytest.mark.parametrize("depth", [1, 3, 10])
@pytest.mark.parametrize("width", [1, 8, 32])
@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "relu"])
def test_every_size_matches_numpy(width: int, depth: int, activation: str) -> None:
    config = TrainConfig(lr=0.05, batch_size=10, optimizer="momentum")
    # Four batches an epoch, a dozen steps compared: training a 10-deep net amplifies the
    # rounding of any other (equally exact) order of summation, 1e-14 after 12 steps and
    # 1e-7 after 100 (measured; the row-by-row kernels before these did the same).
    a, b = _pair([width] * depth, activation, "tanh", "mse", 1, config, n_train=40)
    for _ in range(3):
        a.step()
        b.step()
    _same(a, b)
    a.train_epoch()  # the rest of this epoch, step by step
    b.train_epoch()
    expected = [a.train_epoch() for _ in range(2)]
    got = b.epochs(2)
    _same(a, b)
    for e, g in zip(expected, got, strict=True):
        np.testing.assert_allclose([g.train_loss, g.test_loss], [e.train_loss, e.test_loss],
                                   rtol=1e-9)


@pytest.mark.parametrize("width", [5, WIDE, 9, 33])
def test_batches_larger_than_a_chunk_and_odd_widths(width: int) -> None:
    """A batch of 150 rows goes through in chunks of CHUNK; widths 9 and 33 leave
    remainders in the dot products' blocks; 5 is below WIDE (units major)."""
    assert CHUNK < 150
    config = TrainConfig(lr=0.1, batch_size=150, optimizer="adam", regularization="l2",
                         reg_rate=0.01)
    a, b = _pair([width, 7], "tanh", "sigmoid", "cross_entropy", 1, config, n_train=151)
    for _ in range(3):  # two batches an epoch, the second of one row
        a.step()
        b.step()
    _same(a, b)


@pytest.mark.parametrize("width", [4, 32])
@pytest.mark.parametrize("loss", ["mse", "cross_entropy"])
def test_softmax_outputs_in_both_layouts(width: int, loss: str) -> None:
    config = TrainConfig(lr=0.05, batch_size=9, optimizer="sgd")
    a, b = _pair([width, width], "relu", "softmax", loss, 3, config)
    for _ in range(5):
        a.step()
        b.step()
    _same(a, b)


@pytest.mark.parametrize("width", [3, 32])
def test_evaluation_over_many_chunks(width: int) -> None:
    rng = np.random.default_rng(5)
    n = 3 * CHUNK + 17
    x = rng.uniform(-4, 4, (n, 2))
    labels = rng.integers(0, 2, n)
    net = MLP.create(2, [width] * 3, 1, "tanh", "sigmoid", "mse", rng)
    t = targets.encode(labels, "classification", "sigmoid", 1)
    value, accuracy = compiled.evaluate(net, x, t, labels)
    y = net.predict(x)
    assert value == pytest.approx(net.loss.value(y, t, "sigmoid"), rel=1e-12)
    assert accuracy == targets.accuracy(y, labels, "sigmoid")


def _wide_trainer(lr: float = 0.03, two_cores: bool = False, **scenario):
    from mlpviz.core.training.scenario import Scenario, build_trainer

    trainer = build_trainer(Scenario(hidden=(32,) * 4, train=TrainConfig(lr=lr), **scenario))
    trainer.use_backend(compiled.BACKEND)
    trainer.two_cores = two_cores
    return trainer


def test_evaluating_on_a_second_core_gives_the_same_epochs() -> None:
    one, two = _wide_trainer(), _wide_trainer(two_cores=True)
    assert compiled._overlap_pays(two.net, *(compiled._rows(x, t, compiled.NO_LABELS)
                                             for x, t in ((two.data.x_train, two.t_train),
                                                          (two.data.x_test, two.t_test))), 5)
    assert one.epochs(5) == two.epochs(5)  # bit for bit: the same operations
    assert np.array_equal(one.net.params, two.net.params)
    assert one.history.rows() == two.history.rows()


def test_a_divergence_found_on_the_second_core_undoes_the_epoch_after_it() -> None:
    diverging = {"lr": 0.5, "dataset": "plane", "activation": "relu"}
    one, two = _wide_trainer(**diverging), _wide_trainer(two_cores=True, **diverging)
    for trainer in (one, two):
        trainer.set_config(optimizer="momentum")
    a, b = one.epochs(30), two.epochs(30)
    assert len(a) < 30 and not a[-1].finite
    assert [r.epoch for r in a] == [r.epoch for r in b]
    assert np.array_equal(one.net.params, two.net.params, equal_nan=True)
    assert np.array_equal(one.optimizer.velocity, two.optimizer.velocity, equal_nan=True)
