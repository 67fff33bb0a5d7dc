"""The stop condition: playing stops at an epoch, or once the test loss has not improved for
N epochs, exactly there (a compiled call runs many epochs at once), saying why."""

import pytest

from mlpviz.core.errors import MlpvizError
from mlpviz.core.session import commands as c
from mlpviz.core.session.training_loop import STALLED, STOPPED_AT
from mlpviz.core.session.training_session import TrainingSession
from mlpviz.core.training import compiled
from mlpviz.core.training.scenario import Scenario
from mlpviz.core.translatable import VALUES


def _play(session: TrainingSession) -> None:
    session.apply(c.Play())
    for _ in range(100_000):
        if not session.loop.playing:
            return
        session.loop.play_for(0.05)
    raise AssertionError("never stopped")


@pytest.fixture(params=["numpy", "compiled"])
def backend(request):
    if request.param == "compiled" and not compiled.warm_up():
        pytest.skip("no compiled kernels here")
    return request.param


def test_stop_at_an_epoch(backend):
    said: list[str] = []
    s = TrainingSession(notify=said.append)
    if backend == "numpy":
        from mlpviz.core.training.backends import NUMPY

        s.trainer.use_backend(NUMPY)
    s.apply(c.SetStopCondition(epoch=37))
    _play(s)
    assert s.trainer.epoch == 37
    assert said[-1].split(VALUES) == [STOPPED_AT, "37"]
    _play(s)  # Play again: the condition holds, it stops at once
    assert s.trainer.epoch == 37
    s.apply(c.SetStopCondition(epoch=40))
    _play(s)
    assert s.trainer.epoch == 40


def test_stop_when_the_test_loss_stalls(backend):
    said: list[str] = []
    # A high learning rate on noisy XOR: the test loss soon stops improving.
    s = TrainingSession(Scenario(dataset="xor", noise=0.5, hidden=(8, 8)), notify=said.append)
    s.apply(c.SetTraining(lr=1.0))
    s.apply(c.SetStopCondition(patience=15))
    _play(s)
    rows = s.trainer.history.rows()
    test = [r["test_loss"] for r in rows]
    best = min(range(len(test)), key=test.__getitem__)
    assert s.trainer.epoch == best + 1 + 15  # 15 epochs after the best, not one more
    assert all(t > test[best] for t in test[best + 1:])
    template, epoch, patience, value, at = said[-1].split(VALUES)
    assert (template, epoch, patience, at) == (STALLED, str(s.trainer.epoch), "15",
                                               str(best + 1))


def test_a_bad_stop_condition_is_refused():
    s = TrainingSession()
    with pytest.raises(MlpvizError, match="patience must be 1"):
        s.apply(c.SetStopCondition(patience=0))
    with pytest.raises(MlpvizError):
        c.SetStopCondition(epoch="ten")
