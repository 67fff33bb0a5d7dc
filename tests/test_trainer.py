"""Steps, epochs, rewind and the bounded history."""

import numpy as np
import pytest

from mlpviz.core.training.history import History
from mlpviz.core.training.optimizers import Adam, Momentum, make_optimizer
from mlpviz.core.training.scenario import Scenario, build_trainer
from mlpviz.core.training.trainer import TrainConfig


def test_last_batch_is_smaller_and_epoch_closes():
    trainer = build_trainer(Scenario(train=TrainConfig(batch_size=40)))  # 250 training points
    assert trainer.batches_per_epoch == 7
    results = [trainer.step() for _ in range(7)]
    assert results[:6] == [None] * 6 and results[6] is not None
    assert trainer.epoch == 1 and trainer.step_count == 7 and trainer.position_in_epoch == 0
    assert len(trainer.history) == 1


def test_rewind_replays_exactly():
    trainer = build_trainer(Scenario(train=TrainConfig(optimizer="adam", lr=0.01)))
    first = [trainer.train_epoch().train_loss for _ in range(5)]
    w_after = [w.copy() for w in trainer.net.weights]
    trainer.rewind()
    assert trainer.epoch == 0 and len(trainer.history) == 0
    again = [trainer.train_epoch().train_loss for _ in range(5)]
    assert first == again
    for a, b in zip(w_after, trainer.net.weights, strict=True):
        np.testing.assert_array_equal(a, b)


def test_no_shuffle_uses_fixed_order():
    a = build_trainer(Scenario(train=TrainConfig(shuffle=False, seed=1)))
    b = build_trainer(Scenario(train=TrainConfig(shuffle=False, seed=2)))
    assert a.train_epoch().train_loss == b.train_epoch().train_loss


def test_divergence_is_reported_not_raised():
    trainer = build_trainer(Scenario(activation="relu", output_activation="linear",
                                     train=TrainConfig(lr=3.0)))
    with np.errstate(all="ignore"):
        results = [trainer.train_epoch() for _ in range(30)]
    assert not results[-1].finite


def test_learning_rate_change_keeps_optimizer_state():
    trainer = build_trainer(Scenario(train=TrainConfig(optimizer="momentum")))
    trainer.train_epoch()
    velocity = trainer.optimizer.velocity
    trainer.set_config(lr=0.1)
    assert trainer.optimizer.lr == 0.1 and trainer.optimizer.velocity is velocity
    trainer.set_config(optimizer="adam")
    assert isinstance(trainer.optimizer, Adam)


def test_optimizer_constants():
    assert isinstance(make_optimizer("momentum", 0.1), Momentum)
    m = make_optimizer("momentum", 0.1)
    assert m.beta == 0.9
    a = make_optimizer("adam", 0.1)
    assert (a.beta1, a.beta2, a.eps) == (0.9, 0.999, 1e-8)
    p, g = np.array([1.0]), np.array([0.5])
    a.step(p, g)  # Adam's first step moves by lr·sign(g)
    assert p[0] == pytest.approx(0.9, abs=1e-6)


def test_l1_and_l2_shrink_weights():
    sizes = {}
    for reg in ("none", "l1", "l2"):
        t = build_trainer(Scenario(train=TrainConfig(regularization=reg, reg_rate=0.03)))
        for _ in range(30):
            r = t.train_epoch()
        sizes[reg] = sum(np.abs(w).sum() for w in t.net.weights)
        assert (r.penalty > 0) == (reg != "none")
    assert sizes["l1"] < sizes["none"] and sizes["l2"] < sizes["none"]


def test_history_memory_is_bounded():
    h = History(capacity=64)
    for epoch in range(1, 10_001):
        h.append(epoch, 1.0 / epoch, 2.0 / epoch)
    assert len(h) <= 64
    epochs = h.column("epoch")
    assert (np.diff(epochs) == h.stride).all() and epochs[-1] > 9_000
    assert h.last[0] == 10_000
