"""The compiled training path against the NumPy reference, for every activation, loss,
optimizer and regularization: the same numbers up to rounding."""

from __future__ import annotations

import numpy as np
import pytest

from mlpviz.core.nn import activations, targets
from mlpviz.core.nn.losses import CROSS_ENTROPY_OUTPUTS
from mlpviz.core.nn.network import MLP
from mlpviz.core.training import compiled
from mlpviz.core.training.backends import NUMPY
from mlpviz.core.training.scenario import Scenario, build_trainer
from mlpviz.core.training.trainer import TrainConfig, Trainer, TrainingData

OUTPUTS = {"tanh": 1, "sigmoid": 1, "linear": 1, "relu": 1, "softmax": 3}


def test_numba_is_there() -> None:
    # A dependency, not an option: the window's throughput depends on it.
    assert compiled.enabled()


def test_constants_agree() -> None:
    from mlpviz.core.training import kernel_blocks
    assert kernel_blocks.LEAKY_SLOPE == activations.LEAKY_SLOPE
    assert {a.code for a in activations.ACTIVATIONS.values()} == kernel_blocks.ACTIVATION_CODES


def _data(n_out: int, rng: np.random.Generator) -> TrainingData:
    x = rng.uniform(-3, 3, size=(37, 3))
    xt = rng.uniform(-3, 3, size=(11, 3))
    if n_out == 1:
        return TrainingData(x, (x[:, 0] * x[:, 1] > 0).astype(int), xt,
                            (xt[:, 0] > 0).astype(int), "classification")
    return TrainingData(x, rng.integers(0, n_out, 37), xt, rng.integers(0, n_out, 11),
                        "multiclass")


def _pair(hidden: str, output: str, loss: str, config: TrainConfig) -> tuple[Trainer, Trainer]:
    n_out = OUTPUTS[output]
    rng = np.random.default_rng(7)
    net = MLP.create(3, [5, 4], n_out, hidden, output, loss, rng)
    data = _data(n_out, rng)
    numpy_path = Trainer(net.copy(), data, config)
    numpy_path.use_backend(NUMPY)
    fast = Trainer(net.copy(), data, config)
    fast.use_backend(compiled.BACKEND)
    return numpy_path, fast


def _assert_same(a: Trainer, b: Trainer) -> None:
    np.testing.assert_allclose(b.net.params, a.net.params, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(b.net.grad, a.net.grad, rtol=1e-9, atol=1e-12)
    assert (a.step_count, a.epoch, a.position_in_epoch) == \
        (b.step_count, b.epoch, b.position_in_epoch)
    for name in ("velocity", "m", "v"):
        if getattr(a.optimizer, name, None) is not None:
            np.testing.assert_allclose(getattr(b.optimizer, name), getattr(a.optimizer, name),
                                       rtol=1e-9, atol=1e-15)
    assert getattr(a.optimizer, "t", 0) == getattr(b.optimizer, "t", 0)


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize("hidden", activations.ELEMENTWISE)
def test_steps_match_numpy(hidden: str, optimizer: str) -> None:
    for output in OUTPUTS:
        for loss in ("mse", "cross_entropy"):
            if loss == "cross_entropy" and output not in CROSS_ENTROPY_OUTPUTS:
                continue
            for reg in ("none", "l1", "l2"):
                config = TrainConfig(lr=0.05, batch_size=8, optimizer=optimizer,
                                     regularization=reg, reg_rate=0.01 if reg != "none" else 0)
                a, b = _pair(hidden, output, loss, config)
                for _ in range(6):  # 5 batches an epoch, the last of 5 rows
                    a.step()
                    b.step()
                _assert_same(a, b)
                ra, rb = a.evaluate(), b.evaluate()
                assert rb.train_loss == pytest.approx(ra.train_loss, rel=1e-9)
                assert rb.test_accuracy == ra.test_accuracy


def test_many_steps_in_one_call_equal_one_at_a_time() -> None:
    config = TrainConfig(lr=0.03, batch_size=10, optimizer="adam", regularization="l2",
                         reg_rate=0.001)
    a, b = _pair("tanh", "tanh", "mse", config)
    a.use_backend(compiled.BACKEND)
    for _ in range(3):
        b.train_epoch()
    while a.epoch < 3:
        a.steps(2)
    assert np.array_equal(a.net.params, b.net.params)  # bit for bit: the same operations
    assert a.history.rows() == b.history.rows()


def test_steps_stop_where_the_epoch_closes() -> None:
    trainer = build_trainer(Scenario())  # 250 training points, batches of 10
    taken, result = trainer.steps(1000)
    assert (taken, trainer.epoch, result.epoch) == (25, 1, 1)
    taken, result = trainer.steps(7)
    assert (taken, result, trainer.position_in_epoch) == (7, None, 70)


def test_evaluation_matches_numpy_for_every_output() -> None:
    rng = np.random.default_rng(3)
    x = rng.uniform(-4, 4, size=(50, 2))
    for act in activations.ACTIVATIONS:
        k = 3 if act == "softmax" else 1
        labels = rng.integers(0, k if k > 1 else 2, 50)
        for loss in ("mse", "cross_entropy"):
            if loss == "cross_entropy" and act not in CROSS_ENTROPY_OUTPUTS:
                continue
            net = MLP.create(2, [6, 3], k, "tanh", act, loss, rng)
            t = targets.encode(labels, "classification", act, k)
            y = net.predict(x)
            value, accuracy = compiled.evaluate(net, x, t, labels)
            assert value == pytest.approx(net.loss.value(y, t, act), rel=1e-12)
            assert accuracy == targets.accuracy(y, labels, act)
            assert np.isnan(compiled.evaluate(net, x, t, compiled.NO_LABELS)[1])


@pytest.mark.parametrize("problem", ["classification", "regression"])
def test_whole_epochs_in_one_call_match_numpy(problem: str) -> None:
    config = TrainConfig(lr=0.03, batch_size=7, optimizer="momentum", regularization="l2",
                         reg_rate=0.01)
    a, b = _pair("relu", "linear" if problem == "regression" else "tanh", "mse", config)
    if problem == "regression":
        d = a.data
        data = TrainingData(d.x_train, d.x_train[:, :1] * 2, d.x_test, d.x_test[:, :1] * 2,
                            "regression")
        a.set_data(data)
        b.set_data(data)
    expected = [a.train_epoch() for _ in range(4)]
    got = b.epochs(4)
    _assert_same(a, b)
    for e, g in zip(expected, got, strict=True):
        assert g.epoch == e.epoch
        np.testing.assert_allclose(
            [g.train_loss, g.test_loss, g.train_accuracy, g.test_accuracy, g.penalty],
            [e.train_loss, e.test_loss, e.train_accuracy, e.test_accuracy, e.penalty],
            rtol=1e-9)
    assert b.last_result == got[-1] and len(b.history) == 4


def test_divergence_stops_the_run_of_epochs() -> None:
    trainer = build_trainer(Scenario(dataset="plane", activation="relu",
                                     train=TrainConfig(lr=10.0)))
    trainer.use_backend(compiled.BACKEND)
    results = trainer.epochs(50)
    assert len(results) < 50 and not results[-1].finite


def test_one_compiled_version_whatever_the_settings() -> None:
    """A second type signature would mean a second multi-second compile at run time."""
    from mlpviz.core.training import compiled_kernels
    trainer = build_trainer(Scenario(train=TrainConfig(shuffle=False)))
    trainer.use_backend(compiled.BACKEND)
    trainer.train_epoch()
    trainer.set_config(optimizer="momentum", regularization="l1", reg_rate=0.1)
    trainer.train_epoch()
    trainer.epochs(2)
    d = trainer.data
    for a in (d.x_train, d.labels_train, d.x_test, d.labels_test, trainer.t_train):
        a.flags.writeable = False  # as a snapshot's arrays are
    trainer.epochs(2)
    trainer.evaluate()
    for kernel in ("train_steps", "train_epochs", "evaluate"):
        assert len(getattr(compiled_kernels, kernel).signatures) == 1, kernel


@pytest.mark.slow
def test_a_fresh_compile_makes_one_version_of_each_kernel(tmp_path) -> None:
    """From an empty cache, in the app's order (warm-up, whole epochs, then single steps):
    a kernel compiled again mid-run would hold the GIL for seconds."""
    import subprocess
    import sys

    code = (
        "from mlpviz.core.training import compiled, compiled_kernels as k\n"
        "from mlpviz.core.training.scenario import Scenario, build_trainer\n"
        "compiled.warm_up()\n"
        "t = build_trainer(Scenario())\n"
        "t.epochs(2); t.steps(3); t.evaluate()\n"
        "print(*(len(f.signatures) for f in (k.train_steps, k.train_epochs, k.evaluate)))\n"
    )
    env = {**__import__("os").environ, "NUMBA_CACHE_DIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1", "1", "1"]


def test_compiled_tanh_is_within_a_few_ulp_of_numpys() -> None:
    from mlpviz.core.training.kernel_blocks import _tanh

    z = np.concatenate([np.linspace(-30, 30, 20001), np.logspace(-300, 1, 300),
                        -np.logspace(-300, 1, 300), [0.0, np.inf, -np.inf]])
    got = np.array([_tanh(v) for v in z])
    ulp = np.spacing(np.abs(np.tanh(z)))
    assert np.all(np.abs(got - np.tanh(z)) <= 4 * np.maximum(ulp, 5e-324))
