"""Where the main window's docks go, so that the network diagram keeps the room it needs.

The diagram is the central widget. The data and training controls dock on the left, the
output and loss views on the right, and the walkthrough under the diagram, across its width
only (the bottom corners belong to the side areas), so a whole step of it reads without
scrolling while the diagram keeps its width. Sizes are shares of the window; the side docks
give way first. A saved layout is restored only if the diagram keeps its share in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget

if TYPE_CHECKING:
    from ..views.boundary_view import BoundaryView
    from ..walkthrough.walkthrough_panel import WalkthroughPanel

LAYOUT_VERSION = 2
Area = Qt.DockWidgetArea
# The diagram's least share of the window's width: in the default layout, and with the
# walkthrough open (where the controls make way).
MIN_SHARE, MIN_WALK_SHARE = 0.35, 0.5
WALK_MAX_HEIGHT = 0.68  # the walkthrough dock: its share of the height the diagram shares
DIGITS_SIDE = 0.36  # the output column's share of the width for the digits' view


def make_dock(window: QMainWindow, name: str, widget: QWidget,
              movable_only: bool = False) -> QDockWidget:
    """A dock of the window's, named for the saved layout; it moves, floats and closes, or
    (`movable_only`) only moves."""
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    features = QDockWidget.DockWidgetFeature.DockWidgetMovable
    if not movable_only:
        features |= (QDockWidget.DockWidgetFeature.DockWidgetFloatable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    dock.setFeatures(features)
    return dock


class DockLayout(QObject):
    def __init__(self, window: QMainWindow, diagram: QWidget, controls: QDockWidget,
                 boundary: QDockWidget, loss: QDockWidget, tabs: list[QDockWidget],
                 walkthrough: QDockWidget) -> None:
        """`tabs`: the docks that share the loss curve's place, as tabs behind it."""
        super().__init__(window)
        self.window, self.diagram = window, diagram
        self.controls, self.boundary, self.loss = controls, boundary, loss
        self.tabs, self.walkthrough = tabs, walkthrough
        window.setDockNestingEnabled(True)
        window.setCorner(Qt.Corner.BottomLeftCorner, Area.LeftDockWidgetArea)
        window.setCorner(Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)
        self.walking = False
        self._controls_were_visible = True
        self._before_lab: dict[str, bool] = {}  # the side docks a lab made close
        # The walkthrough's fit once the layout has settled (its text's width is known
        # then). A timer of its own: a single shot's lambda that outlived the window kept
        # the whole window from being freed.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_now)
        self._fit_shrink = True
        # A new window width (the user's, full screen, another screen): the side docks keep
        # their shares of it, once the resizing has stopped (shrunk from 1600 to 1024 px
        # wide, the diagram was left 221 px: the docks kept their pixels).
        self._resized = QTimer(self, singleShot=True, interval=120)
        self._resized.timeout.connect(self._keep_shares)
        self._from_width = 0
        self._diverged = False
        # The digits' view (in the output dock) as tall as it needs, once laid out
        self._output_timer = QTimer(self, singleShot=True, interval=0)
        self._output_timer.timeout.connect(self.fit_output)
        self._widened = False  # the output column made wider for the digits
        cast("BoundaryView", boundary.widget()).height_wanted.connect(self._output_timer.start)

    def place(self) -> None:
        """Every dock in its default area; the walkthrough hidden until it is asked for."""
        w = self.window
        for dock, area in ((self.controls, Area.LeftDockWidgetArea),
                           (self.boundary, Area.RightDockWidgetArea),
                           (self.loss, Area.RightDockWidgetArea),
                           *((tab, Area.RightDockWidgetArea) for tab in self.tabs),
                           (self.walkthrough, Area.BottomDockWidgetArea)):
            w.addDockWidget(area, dock)
        w.splitDockWidget(self.boundary, self.loss, Qt.Orientation.Vertical)
        for tab in self.tabs:
            w.tabifyDockWidget(self.loss, tab)
        self.loss.raise_()
        for dock in (self.controls, self.boundary, self.loss):
            dock.show()
        self.walkthrough.hide()

    def reset(self) -> None:
        """View ▸ Reset layout: the default places and sizes for the window's size (placing
        the docks anew meets their minimums on the way, which grew the window past a
        720-line screen: it keeps its size)."""
        w, size = self.window, self.window.size()
        self.place()
        if self.walking:
            self._walk_layout()
        if w.size() != size and not (w.isMaximized() or w.isFullScreen()):
            w.resize(size)
        self.fit()

    def fit(self) -> None:
        """Default dock sizes as shares of the window, so the diagram keeps its room."""
        w, width, height = self.window, self.window.width(), self.window.height()
        w.resizeDocks([self.controls, self.boundary],
                      [int(width * (0.17 if width >= 1400 else 0.2)), int(width * self._side())],
                      Qt.Orientation.Horizontal)
        self._split_column()
        if self.walkthrough.isVisible():
            w.resizeDocks([self.walkthrough], [int(height * 0.42)], Qt.Orientation.Vertical)
        self._widened = False
        self._output_timer.start()

    def _side(self) -> float:
        """The output column's share of the window's width."""
        width = self.window.width()
        return 0.30 if width >= 1400 else 0.29 if width >= 1200 else 0.27

    def _split_column(self) -> None:
        height = self.window.height()
        self.window.resizeDocks([self.boundary, self.loss],
                                [int(height * 0.58), int(height * 0.34)], Qt.Orientation.Vertical)

    def fit_output(self) -> None:
        """The digits' view whole: its column a little wider (a digits diagram needs less
        width than a plane's; at 1024 px the ten terms of the loss took five lines) and the
        output dock as tall as the view needs, the loss curve below keeping its least
        height. Back on a plane, the column's default shares again."""
        view = cast("BoundaryView", self.boundary.widget())
        wanted = view.wanted_height()
        w = self.window
        if not self.boundary.isVisible() or self.boundary.isFloating():
            return
        if wanted is None:
            if self._widened:
                self._widened = False
                w.resizeDocks([self.boundary], [int(w.width() * self._side())],
                              Qt.Orientation.Horizontal)
                self._split_column()
            return
        if not self._widened and self.boundary.width() < int(w.width() * DIGITS_SIDE) - 2:
            self._widened = True
            w.resizeDocks([self.boundary], [int(w.width() * DIGITS_SIDE)],
                          Qt.Orientation.Horizontal)
            self._output_timer.start()  # its height once laid out at that width
            return
        if not self.loss.isVisible() or self.loss.isFloating() \
                or w.dockWidgetArea(self.boundary) != w.dockWidgetArea(self.loss):
            return
        grow = min(wanted - view.height(),
                   self.loss.height() - self.loss.minimumSizeHint().height())
        if abs(grow) > 2:  # (the loss's size is its tab group's: the tabs below it count)
            w.resizeDocks([self.boundary, self.loss],
                          [self.boundary.height() + grow,
                           self.loss.height() + self._tabs_height() - grow],
                          Qt.Orientation.Vertical)

    def _tabs_height(self) -> int:
        """The height of the tab bar under the loss curve's dock (0 if it has none)."""
        below = self.loss.geometry().bottom()
        bars = [b for b in self.window.findChildren(QTabBar)
                if b.isVisible() and abs(b.geometry().top() - below) <= 4]
        return bars[0].height() if bars else 0

    def window_resized(self, old_width: int) -> None:
        if not self._resized.isActive():
            self._from_width = old_width
        self._resized.start()
        self._output_timer.start()

    def _keep_shares(self) -> None:
        width, before = self.window.width(), self._from_width
        if before <= 0 or abs(width / before - 1) < 0.05:
            return
        docks = [d for d in (self.controls, self.boundary) if d.isVisible()]
        if docks:
            self.window.resizeDocks(docks, [int(d.width() * width / before) for d in docks],
                                    Qt.Orientation.Horizontal)

    def after_divergence(self, diverged: bool) -> None:
        """Training recovered from divergence: a diagram squeezed meanwhile (while the
        weights were NaN the docks' column took the window's width, one run in three
        offscreen at 1024 x 768) gets its room back, without View > Reset layout."""
        if self._diverged and not diverged and self.starved():
            self.reset()
        self._diverged = diverged

    def diagram_share(self) -> float:
        """The network view's viewport width as a share of the window's width."""
        view = getattr(self.diagram, "viewport", lambda: self.diagram)()
        return view.width() / max(1, self.window.width())

    def starved(self) -> bool:
        return self.diagram_share() < (MIN_WALK_SHARE if self.walking else MIN_SHARE) - 0.01

    # -- a lesson page's docks ---------------------------------------------------------------
    def side_docks(self) -> list[QDockWidget]:
        """The docks a lesson page may hide (the walkthrough's follows walkthrough mode)."""
        return [self.controls, self.boundary, self.loss, *self.tabs]

    def shown(self) -> dict[str, bool]:
        """Which side docks are open (a tab behind another counts as open)."""
        return {d.objectName(): d.toggleViewAction().isChecked() for d in self.side_docks()}

    def show_only(self, names: tuple[str, ...] | dict[str, bool],
                  controls: bool = True) -> None:
        """The side docks `names` open (or as a dict from shown() says), the others closed:
        a lesson page gives the room to what it is about. The controls open only where
        `controls` allows and the walkthrough is closed (they make way for both)."""
        for dock in self.side_docks():
            name = dock.objectName()
            dock.setVisible(bool(names.get(name)) if isinstance(names, dict) else name in names)
        if self.controls.isVisible() and not (controls and not self.walking):
            self.controls.hide()
        if self.loss.isVisible():
            self.loss.raise_()

    def make_way_for_lab(self, lab: bool, controls: bool) -> None:
        """A lab shown in the centre (True): the side docks close; the lab gone, they open
        as they were (the controls where `controls` allows)."""
        if lab:
            self._before_lab = self.shown()
            self.show_only(())
        else:
            self.show_only(self._before_lab, controls)

    # -- the walkthrough ---------------------------------------------------------------------
    def set_walking(self, on: bool) -> None:
        """The walkthrough opens under the diagram and the controls make way; closing it
        brings them back as they were."""
        if on == self.walking:
            return
        self.walking = on
        if on:
            self._controls_were_visible = self.controls.isVisible()
            self._walk_layout()
        else:
            self.walkthrough.hide()
            if self._controls_were_visible:
                self.controls.show()

    def _walk_layout(self) -> None:
        self.controls.hide()
        if self.window.dockWidgetArea(self.walkthrough) != Area.BottomDockWidgetArea:
            self.window.addDockWidget(Area.BottomDockWidgetArea, self.walkthrough)
        self.walkthrough.show()
        self.walkthrough.raise_()
        height = self.window.height()
        self.window.resizeDocks([self.walkthrough], [int(height * 0.42)],
                                Qt.Orientation.Vertical)
        self.window.resizeDocks([self.boundary], [int(self.window.width() * 0.3)],
                                Qt.Orientation.Horizontal)
        self.fit_walkthrough()

    def walkthrough_height(self) -> int:
        """The walkthrough dock's height for its tallest step (WalkthroughPanel.
        needed_height, which sets its text smaller if need be), up to 60 % of the window:
        the diagram keeps the rest."""
        panel = cast("WalkthroughPanel", self.walkthrough.widget())
        chrome = self.walkthrough.height() - panel.height()
        # of the height the diagram and the walkthrough share (a lesson's panel, the menus
        # and the toolbar take theirs first: at 720 lines a share of the whole window left
        # the diagram 80 px)
        shared = self.walkthrough.height() + self.window.centralWidget().height()
        most = int(shared * WALK_MAX_HEIGHT)
        return min(panel.needed_height(most - chrome) + chrome, most)

    def fit_walkthrough(self, shrink: bool = True) -> None:
        """Size the walkthrough's dock to walkthrough_height(); `shrink` False: only grow."""
        if not (self.walking and self.walkthrough.isVisible()):
            return
        height = self.walkthrough_height()
        if height > self.walkthrough.height() + 2 or (
                shrink and height < self.walkthrough.height() - 2):
            self.window.resizeDocks([self.walkthrough], [height], Qt.Orientation.Vertical)

    def fit_walkthrough_soon(self, shrink: bool = True) -> None:
        """fit_walkthrough(shrink) once the events queued now are done (a pending call
        that may shrink keeps that right)."""
        self._fit_shrink = shrink or (self._fit_timer.isActive() and self._fit_shrink)
        self._fit_timer.start()

    def _fit_now(self) -> None:
        self.fit_walkthrough(self._fit_shrink)

    def walkthrough_fitted(self) -> bool:
        """Whether the dock has the height it needs (layouts settle in the event loop)."""
        if not (self.walking and self.walkthrough.isVisible()):
            return True
        return self.walkthrough.height() >= self.walkthrough_height() - 4  # (a separator)

    # -- remembering -----------------------------------------------------------------------
    def save(self) -> tuple[QByteArray, QByteArray]:
        return self.window.saveGeometry(), self.window.saveState(LAYOUT_VERSION)

    def restore(self, geometry: object, state: object) -> bool:
        """The saved layout, unless it would starve the diagram (then the default)."""
        w = self.window
        if isinstance(geometry, QByteArray):
            w.restoreGeometry(geometry)
        if not (isinstance(state, QByteArray) and w.restoreState(state, LAYOUT_VERSION)):
            return False
        if self.walkthrough.isVisible() and not self.walking:
            self.walkthrough.hide()
        return True
