"""Playground-exact training in the session: a link's run set up (UsePlayground), and kept
Playground's own as the user edits it.

While the session follows a link (`session.playground`), every command that Playground has an
equivalent for is answered as Playground answers it: a new learning rate changes nothing
else; Reset draws new weights from Playground's random numbers where they stand;
Regenerate draws a new seed from them and new points; a new data set, noise or ratio both;
any other change of the network or its training a new network (Playground resets then).
A command Playground has no equivalent for (softmax, Adam, a point of your own, …) goes back
to mlpviz's own training, and the session says why in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..playground.exact_training import PlaygroundBackend
from ..playground.link import PlaygroundState
from ..playground.record import PlaygroundRecord
from ..playground.seedrandom import SeedRandom
from ..playground.setup import generate_points, playground_run, start_network, state_of
from ..training.scenario import build_trainer
from ..training.trainer import TrainingData, default_backend
from ..translatable import QT_TRANSLATE_NOOP, with_values
from . import commands as c

if TYPE_CHECKING:
    from .training_session import TrainingSession

LEFT = QT_TRANSLATE_NOOP("core", "Playground-exact training ends here, as Playground could not "
                                 "follow: {0}. Training goes on as mlpviz trains.")
# Commands that leave a Playground run as it is (the weights a user types are Playground's
# too: it lets one edit them).
UNTOUCHED = (c.Play, c.Pause, c.StepBatch, c.StepEpoch, c.TrainEpochs, c.SetStopCondition,
             c.SetPace, c.WarmUp, c.Hover, c.SetWeight, c.SetBias, c.Rewind, c.TrainSample,
             c.UsePlayground, c.UseSetup)
# A new set-up altogether: it is no longer the link's (quietly)
REPLACED = (c.LoadSession, c.ApplyPreset, c.LoadNetwork, c.ImportPoints)
OWN_POINTS = (c.AddPoint, c.RemovePoint, c.ClearPoints)
NEW_POINTS = (c.SetData, c.Regenerate)  # Playground's generateData()
NEW_NETWORK = (c.Reset, c.SetData, c.AddLayer, c.RemoveLayer, c.AddUnit, c.RemoveUnit,
               c.SetActivation, c.SetFeatures, c.SetTraining)  # Playground's reset()


@dataclass
class PlaygroundFollowed:
    state: PlaygroundState  # the set-up as Playground holds it now
    rng: SeedRandom  # its Math.random as it stands
    link: str  # the link the run came from
    # Its training, one for the run: it holds the derivatives gathered since the last
    # update (an epoch's remainder), which a new learning rate does not throw away.
    backend: PlaygroundBackend

    def record(self) -> PlaygroundRecord:
        dead = tuple(tuple(tuple(row) for row in layer) for layer in self.backend.dead_links())
        return PlaygroundRecord(self.state, self.link, self.rng.state(), dead)


def follow_saved(s: TrainingSession, record: PlaygroundRecord) -> None:
    """A saved session's Playground run, taken up where it was saved: its random numbers
    where they stood, its dead links (the derivatives of an unfinished batch are not
    saved: its next update averages only those that follow)."""
    backend = PlaygroundBackend()
    backend.restore_dead(s.net, record.dead)
    s.trainer.use_backend(backend)
    s.playground = PlaygroundFollowed(record.state, SeedRandom.from_state(record.random),
                                      record.link, backend)


def leave_playground(s: TrainingSession, _: c.LeavePlayground) -> None:
    s.playground = None  # (`before` has already switched the training back)


def use_playground(s: TrainingSession, cmd: c.UsePlayground) -> None:
    run = playground_run(cmd.state)
    trainer = build_trainer(run.scenario, run.net, (run.split, run.problem))
    backend = PlaygroundBackend()
    trainer.use_backend(backend)
    s.install(run.scenario, trainer, (run.split, run.problem))
    s.playground = PlaygroundFollowed(run.state, run.rng, cmd.link, backend)


def before(s: TrainingSession, command: c.Command) -> None:
    """A command that changes the set-up is applied with mlpviz's own training first (the
    Playground backend refuses what Playground cannot do); `after` brings it back."""
    if s.playground is not None and not isinstance(command, UNTOUCHED):
        s.trainer.use_backend(default_backend(s.trainer.config))
        if isinstance(command, REPLACED):
            s.playground = None  # (a saved session may bring a Playground run of its own)


def undo_before(s: TrainingSession) -> None:
    """The command was refused: Playground's training again, as before it."""
    if s.playground is not None and s.trainer.backend.name != "playground":
        s.trainer.use_backend(s.playground.backend)


def after(s: TrainingSession, command: c.Command) -> None:
    """Answer as Playground would (see the module's note), or leave its run saying why."""
    followed = s.playground
    if followed is None or isinstance(command, UNTOUCHED):
        return
    if isinstance(command, REPLACED):
        return
    new = (QT_TRANSLATE_NOOP("core", "it has no points of your own")
           if isinstance(command, OWN_POINTS) else state_of(s.scenario, s.net, followed.state))
    if isinstance(new, str):
        s.playground = None
        s.notify(with_values(LEFT, new))
        return
    if isinstance(command, c.SetTraining) and set(command.changes()) <= {"lr"}:
        followed.state = new
        s.trainer.use_backend(followed.backend)
        return
    rng = followed.rng
    if isinstance(command, NEW_POINTS):
        new = replace(new, seed=f"{rng.random():.5f}")  # `Math.random().toFixed(5)`
        rng = followed.rng = SeedRandom(new.seed or "")
        split, problem = generate_points(new, rng)
        s.trainer.set_data(TrainingData.from_split(split, list(s.net.features), problem))
        s.points.use((split, problem), s.scenario)  # Playground's points, its data set's
    followed.state = new
    if isinstance(command, NEW_NETWORK):
        s.trainer.replace_network(start_network(new, rng, list(s.net.features)))
        s.restart()
    s.trainer.use_backend(followed.backend)


Handler = Callable[["TrainingSession", Any], object]
HANDLERS: dict[type[c.Command], Handler] = {c.UsePlayground: use_playground,
                                            c.LeavePlayground: leave_playground}
