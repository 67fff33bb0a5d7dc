"""The parts a TrainingSession owns, each on its own: the training loop (the trainer in
slices), the points in use, the snapshot maker; and the session's command table."""

import dataclasses

import numpy as np
import pytest

from mlpviz.core.data.csvio import DataSource
from mlpviz.core.data.grid import PLANE, TRUTH_TABLE_PLANE
from mlpviz.core.data.points import no_points
from mlpviz.core.errors import MlpvizError
from mlpviz.core.session import commands as c
from mlpviz.core.session.points_in_use import PointsInUse
from mlpviz.core.session.snapshot_maker import SnapshotMaker
from mlpviz.core.session.training_loop import NO_POINTS, TrainingLoop
from mlpviz.core.session.training_session import TrainingSession
from mlpviz.core.training.scenario import Scenario, build_trainer, scenario_split


# -- TrainingLoop -----------------------------------------------------------------------------
def _loop(**scenario) -> TrainingLoop:
    return TrainingLoop(build_trainer(Scenario(**scenario)))


def test_the_loop_hands_each_history_row_over_once():
    loop = _loop()
    assert loop.take_rows() == ([], True)  # a new run: the curve starts anew
    loop.step_epoch()
    loop.step_epoch()
    rows, reset = loop.take_rows()
    assert [r[0] for r in rows] == [1, 2] and not reset
    assert loop.take_rows() == ([], False)
    loop.forget_run()
    assert loop.take_rows() == ([], True)


def test_the_loop_stops_playing_at_its_epoch_goal():
    loop = _loop()
    loop.start_playing()
    loop.epoch_goal = 3
    while loop.playing:
        loop.play_for(0.5)
    assert loop.trainer.epoch == 3 and loop.epoch_goal is None


def test_the_loop_with_no_points_refuses_a_step_and_stops_playing_saying_why():
    said = []
    loop = TrainingLoop(build_trainer(Scenario(), None, (no_points("classification"),
                                                        "classification")), said.append)
    with pytest.raises(MlpvizError, match="no training points"):
        loop.step_epoch()
    loop.start_playing()
    assert loop.play_for(0.1) == 0 and not loop.playing
    assert said == [NO_POINTS]


def test_the_loop_restores_a_saved_curve_and_its_last_evaluation():
    rows = ((1, 0.5, 0.6, 0.7, 0.8), (2, 0.25, 0.3, 0.9, 0.85))
    loop = _loop()
    loop.restore_history(rows)
    assert loop.take_rows()[0] == list(rows)
    assert loop.trainer.last_result.epoch == 2 and loop.trainer.last_result.test_loss == 0.3


# -- PointsInUse ------------------------------------------------------------------------------
def test_points_follow_the_scenario_until_the_user_has_their_own():
    s = Scenario(dataset="xor4")
    points = PointsInUse(s)
    assert points.view.version == 1 and points.view.bounds == TRUTH_TABLE_PLANE
    np.testing.assert_array_equal(points.view.train_points, scenario_split(s)[0].train_points)
    own = (no_points("classification"), "classification")
    view = points.use(own, s, DataSource("a.csv", "0" * 64, 50.0, 0))
    assert view.version == 2 and view is points.view and len(view.train_points) == 0
    assert points.split(s) is own and view.source is not None
    assert view.bounds == PLANE  # no points: Playground's plane
    points.use(own, s)  # edited: no longer the file's points
    assert points.source is None and points.view.source is None
    points.use(None, s, DataSource("a.csv", "0" * 64, 50.0, 0))  # a data set has no file
    assert points.source is None and points.view.version == 4


def test_a_view_is_frozen():
    view = PointsInUse(Scenario()).view
    with pytest.raises(ValueError):
        view.train_points[0, 0] = 1.0


# -- SnapshotMaker ----------------------------------------------------------------------------
def test_snapshots_count_and_reuse_maps_when_nothing_changed():
    session = TrainingSession(Scenario(dataset="xor4"), grid=20)
    maker = SnapshotMaker(grid=20)
    first, again = maker.make(session), maker.make(session)
    assert (first.serial, again.serial) == (1, 2)
    assert again.maps is first.maps  # nothing changed: the same maps
    assert maker.grid.bounds == TRUTH_TABLE_PLANE  # the plane the points need
    session.loop.step_epoch()
    later = maker.make(session)
    assert later.maps is not first.maps and later.epoch == 1
    assert later.history_rows.shape == (1, 5) and not later.history_reset


def test_a_diverged_network_is_drawn_with_its_last_finite_weights():
    session = TrainingSession()
    maker = SnapshotMaker(grid=20)
    finite = maker.make(session)
    assert finite.fallback is None
    session.net.weights[0][0, 0] = np.nan
    diverged = maker.make(session)
    assert diverged.fallback is not None
    np.testing.assert_array_equal(diverged.fallback.weights[1], finite.weights[1])


def test_the_hover_decides_which_neuron_gets_a_full_map():
    session = TrainingSession(grid=20)
    session.apply(c.Hover((0, 1)))
    snap = session.snapshot()
    assert snap.hover == (0, 1) and session.picture.hover == (0, 1)
    session.apply(c.AddLayer(3))  # a new shape: the neuron may be gone
    assert session.snapshot().hover is None


# -- the session's table ----------------------------------------------------------------------
def test_regenerate_counts_as_one_command():
    """The worker compares a snapshot's count of commands with the commands it was sent."""
    s = TrainingSession()
    s.apply(c.Regenerate())
    assert s.snapshot().commands == 1
    assert s.scenario == dataclasses.replace(Scenario(), data_seed=s.scenario.data_seed)
