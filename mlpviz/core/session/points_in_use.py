"""The points a session trains on: the scenario's generated data set, or the user's own
(drawn, imported from a CSV file, or loaded with a session), and for points read from a file
that file as it was read, so a saved session can refer to it instead of copying a million
points.

Kept apart from the network and the run because every data change ends the same way: a new
DataView (versioned, so the window redraws the points only when they changed) over the
plane the points need.
"""

from __future__ import annotations

import numpy as np

from ..data.csvio import DataSource
from ..data.datasets import Split
from ..data.grid import plane_bounds
from ..training.scenario import Scenario, count_classes, scenario_split
from .snapshot import DataView, frozen


class PointsInUse:
    def __init__(self, scenario: Scenario) -> None:
        self.custom: tuple[Split, str] | None = None  # the user's own points, if any
        self.source: DataSource | None = None  # the file they are, unedited
        self.view = self._view(scenario, 1)

    def split(self, scenario: Scenario) -> tuple[Split, str]:
        """(the train/test split, the problem) trained on under `scenario`."""
        return self.custom if self.custom is not None else scenario_split(scenario)

    def use(self, custom: tuple[Split, str] | None, scenario: Scenario,
            source: DataSource | None = None) -> DataView:
        """Train on `custom` (None: the scenario's own data set) from now on; `source`,
        the file they were read from as they are now (an edit of them passes None)."""
        self.custom = custom
        self.source = source if custom is not None else None
        return self.new_view(scenario)

    def new_view(self, scenario: Scenario) -> DataView:
        """The points as the window sees them, in a new version."""
        self.view = self._view(scenario, self.view.version + 1)
        return self.view

    def _view(self, scenario: Scenario, version: int) -> DataView:
        sp, problem = self.split(scenario)
        bounds = plane_bounds(np.vstack([sp.train_points, sp.test_points]))
        return DataView(version, problem, count_classes(sp, problem),
                        frozen(sp.train_points), frozen(sp.train_labels),
                        frozen(sp.test_points), frozen(sp.test_labels), bounds, self.source)
