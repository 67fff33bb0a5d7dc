"""The commands that change what is trained on: a data set and its settings, new points of
the same kind, the user's own points (added, removed, cleared, imported), a lesson's preset,
and a saved session.

Each handler takes the session and its command; HANDLERS maps the command types to them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..data import points
from ..data.csvio import DataSource
from ..data.datasets import DATASET_IDS, inputs_for, split
from ..data.digits import PIXELS
from ..errors import MlpvizError
from ..nn import network_edit as edit
from ..playground.link import PlaygroundState
from ..playground.setup import state_of
from ..training.scenario import build_trainer, scenario_split
from ..training.trainer import next_seed
from ..translatable import QT_TRANSLATE_NOOP
from . import commands as c
from .checks import finite
from .playground_commands import follow_saved, use_playground

NOT_ON_A_PLANE = QT_TRANSLATE_NOOP("core", "The digits are not points on a plane: choose a "
                                           "plane's data set to add or remove points.")

if TYPE_CHECKING:
    from .training_session import TrainingSession


def set_data(s: TrainingSession, cmd: c.SetData) -> None:
    """A new data set or problem starts training anew (as Playground); a new seed only
    redraws the points and keeps the network, and so does keep_network (the
    walkthrough's "go on with this net on XOR")."""
    changes = cmd.changes()
    new = dataclasses.replace(s.scenario, **changes)  # type: ignore[arg-type]
    if not isinstance(new.dataset, str) or new.dataset not in DATASET_IDS:
        raise MlpvizError(f"unknown data set '{str(new.dataset)[:40]}'")
    keep_net = cmd.keep_network or set(changes) <= {"data_seed"}
    if not keep_net:
        new = dataclasses.replace(new, features=inputs_for(new.dataset, new.features))
    if s.points.custom is not None and set(changes) <= {"data_seed"}:
        raise MlpvizError("your own points cannot be regenerated: pick a data set")
    data = scenario_split(new)
    if data[1] != s.points.view.problem:  # a chosen output belonged to the old problem
        new = dataclasses.replace(new, output_activation=None)
    net = s.net if keep_net else None
    new = s.fitting(new, net, data)
    trainer = build_trainer(new, net, data)
    if net is None:  # a new network: each hidden layer keeps the activation it had
        trainer.replace_network(edit.with_hidden_activations(
            trainer.net, s.net.activation_names[:-1]))
    s.install(new, trainer, None, restart=not keep_net)


def regenerate(s: TrainingSession, _: c.Regenerate) -> None:
    if s.playground is not None:
        return  # Playground's own: its next seed, drawn after (playground_commands.after)
    set_data(s, c.SetData(data_seed=next_seed(s.scenario.data_seed)))


def _on_a_plane(s: TrainingSession) -> None:
    """Points are added and removed on a plane: the digits are none (the stress test's
    random clicks added a point to them and hit a shape error)."""
    if tuple(s.scenario.features) == PIXELS:
        raise MlpvizError(NOT_ON_A_PLANE)


def add_point(s: TrainingSession, cmd: c.AddPoint) -> None:
    _on_a_plane(s)
    sp, problem = s.points.split(s.scenario)
    x, y, label = finite(cmd.x, "x"), finite(cmd.y, "y"), finite(cmd.label, "a label")
    s.use_points(points.with_point(sp, problem, x, y, label, max(s.net.units[-1], 2)),
                 problem)


def remove_point(s: TrainingSession, cmd: c.RemovePoint) -> None:
    _on_a_plane(s)
    sp, problem = s.points.split(s.scenario)
    fewer = points.without_nearest(sp, finite(cmd.x, "x"), finite(cmd.y, "y"),
                                   finite(cmd.radius, "a radius"))
    if fewer is not None:
        s.use_points(fewer, problem)


def clear_points(s: TrainingSession, _: c.ClearPoints) -> None:
    _on_a_plane(s)
    problem = s.points.split(s.scenario)[1]
    s.use_points(points.no_points(problem), problem)


def import_points(s: TrainingSession, cmd: c.ImportPoints) -> None:
    """Points from a CSV: split by the train ratio; a new network fits the problem."""
    data = points.checked_dataset(cmd.points, cmd.labels, cmd.problem)
    sp = split(data, s.scenario.ratio, s.scenario.data_seed)
    plane = inputs_for("custom", s.scenario.features)  # (points on a plane: not pixels)
    new = s.fitting(dataclasses.replace(s.scenario, dataset="custom", features=plane), None,
                    (sp, cmd.problem))
    source = DataSource(cmd.path, cmd.sha256, s.scenario.ratio,
                        s.scenario.data_seed) if cmd.path and cmd.sha256 else None
    s.install(new, build_trainer(new, None, (sp, cmd.problem)), (sp, cmd.problem),
              source=source)


def apply_preset(s: TrainingSession, cmd: c.ApplyPreset) -> None:
    from ..lessons.presets import PRESETS  # the lessons build on the session, not it on them

    if cmd.key not in PRESETS:
        raise MlpvizError(f"unknown preset '{cmd.key}'")
    preset = PRESETS[cmd.key]
    s.install(preset.scenario, preset.trainer(), None)


def use_setup(s: TrainingSession, cmd: c.UseSetup) -> None:
    """A set-up from a link: everything made anew from its seeds (Playground's run of it,
    with a Playground seed)."""
    if cmd.playground_seed is not None:
        sp, problem = scenario_split(cmd.scenario)
        state = state_of(cmd.scenario, build_trainer(cmd.scenario, None, (sp, problem)).net,
                         PlaygroundState(seed=cmd.playground_seed))
        if isinstance(state, str):
            raise MlpvizError(f"the link asks for Playground's run, but Playground cannot "
                              f"show it: {state}")
        use_playground(s, c.UsePlayground(state))
        return
    new = s.fitting(cmd.scenario, None)
    trainer = build_trainer(new)
    s.playground = None
    s.install(new, trainer, None)


def load_session(s: TrainingSession, cmd: c.LoadSession) -> c.SessionLoaded:
    """Everything from a saved session (validated when it was read)."""
    saved = cmd.session
    edit.check_window_size(saved.network)
    trainer = build_trainer(saved.scenario, saved.network.copy(),
                            (saved.split, saved.problem))
    s.install(saved.scenario, trainer, (saved.split, saved.problem), source=saved.source)
    s.trainer.epoch, s.trainer.step_count = saved.epoch, saved.step
    s.loop.restore_history(saved.history)
    if saved.playground is not None:
        follow_saved(s, saved.playground)
    return c.SessionLoaded(cmd.path)


HANDLERS: dict[type[c.Command], Callable[[TrainingSession, Any], object]] = {
    c.SetData: set_data, c.Regenerate: regenerate, c.AddPoint: add_point,
    c.RemovePoint: remove_point, c.ClearPoints: clear_points, c.ImportPoints: import_points,
    c.ApplyPreset: apply_preset, c.LoadSession: load_session, c.UseSetup: use_setup,
}
