"""The main window: the views as dock widgets around one SessionModel, the worker thread, the
frame clock, menus, a toolbar and shortcuts, with the layout remembered in QSettings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QThread, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QWidget,
)

from ..core.lessons.presets import PRESETS
from ..core.session import commands as c
from ..core.training.scenario import Scenario
from ..model.session import SessionModel
from ..model.walkthrough import WalkthroughModel
from . import qt_setup
from .actions import build_actions
from .boundary_view import BoundaryView
from .controls import Controls
from .error_dialog import ErrorDialog
from .file_actions import FileActions
from .frame_clock import FrameClock
from .i18n import Language, tr_preset
from .labs.lab_window import LabWindow
from .loss_view import LossView
from .menus import build_menus
from .network_quiver import NetworkQuiver
from .network_view import NetworkView
from .presentation import Presentation
from .walkthrough_panel import WalkthroughPanel
from .worker import DRAWING, TRAINING, TrainerWorker

LAYOUT_VERSION = 1
WARM_UP_MS = 500


class MainWindow(QMainWindow):
    def __init__(self, scenario: Scenario | None = None, settings: QSettings | None = None,
                 restore_layout: bool = True, autosave_path: Path | None = None,
                 ask: Callable[[str, str], bool] | None = None) -> None:
        super().__init__()
        qt_setup.collect_garbage_in_gui_thread()
        self._actions: list[QAction] = []
        self.language = Language()
        self.setWindowTitle(self.tr("mlpviz — multilayer perceptrons, step by step"))
        self.settings = settings or QSettings("mlpviz", "mlpviz")
        self.language.switch(str(self.settings.value("language", "en")))
        self.worker = TrainerWorker(scenario)
        self.thread = QThread(self)
        self.worker.moveToThread(self.thread)
        self.model = SessionModel(self.worker.post)
        self.views: list[QWidget] = []
        self._warm_up_asked = False
        self._build_views()
        self.clock = FrameClock(self.model, self.worker, self._paint_views, self)
        self.worker.snapshot_ready.connect(self.clock.on_snapshot)
        self.worker.failed.connect(self._on_failed)
        self.worker.notice.connect(self._on_notice)
        self.worker.crashed.connect(self._on_crashed)
        self.error_dialog: ErrorDialog | None = None
        self._connect_views()
        self.files = FileActions(self, autosave_path, ask)
        self.presentation = Presentation(self)
        self._build_actions()
        self.thread.started.connect(self.worker.run)
        self.thread.start()
        self.files.start_autosave()
        self.resize(1600, 1000)
        self._layout_restored = restore_layout and self._restore_layout()

    # -- views ---------------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_views(self) -> None:
        self.setDockNestingEnabled(True)
        self.controls = Controls(self.model)
        self.network_view = NetworkView(self.model)
        self.boundary_view = BoundaryView(self.model)
        self.loss_view = LossView(self.model)
        self.quiver_view = NetworkQuiver(self.model, self.network_view)
        self.labs: LabWindow | None = None
        self.walkthrough = WalkthroughModel()
        self.walkthrough_panel = WalkthroughPanel(self.model, self.walkthrough)
        self.network_view.attach_walkthrough(self.walkthrough)
        self.views = [self.network_view, self.boundary_view, self.loss_view]
        self.setCentralWidget(self.network_view)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.controls_dock = self._dock(self.tr("Data and training"), "controls",
                                        self.controls, left)
        self.boundary_dock = self._dock(self.tr("Output (decision boundary)"), "boundary",
                                        self.boundary_view, right)
        self.loss_dock = self._dock(self.tr("Loss curve"), "loss", self.loss_view, right)
        self.quiver_dock = self._dock(self.tr("Gradient quiver"), "quiver", self.quiver_view,
                                      right)
        self.tabifyDockWidget(self.loss_dock, self.quiver_dock)
        self.loss_dock.raise_()
        self.walkthrough_dock = self._dock(self.tr("Walkthrough"), "walkthrough",
                                           self.walkthrough_panel, right)
        self.tabifyDockWidget(self.boundary_dock, self.walkthrough_dock)
        self.boundary_dock.raise_()
        self._fit_docks(1600, 1000)

    def _fit_docks(self, width: int, height: int) -> None:
        """Default dock sizes as shares of the window, so the diagram keeps its room."""
        self.resizeDocks([self.controls_dock, self.boundary_dock],
                         [int(width * 0.19), int(width * (0.33 if width >= 1500 else 0.28))],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.boundary_dock, self.loss_dock],
                         [int(height * 0.6), int(height * 0.3)], Qt.Orientation.Vertical)

    def _paint_views(self) -> None:
        """Paint what changed now, inside the frame, while the worker waits."""
        if not self._warm_up_asked:
            # Numba's import and kernels take ~1 s of GIL: load them once the window is up,
            # neither before its first paint nor at the first Play.
            self._warm_up_asked = True
            QTimer.singleShot(WARM_UP_MS, lambda: self.worker.post(c.WarmUp()))
        # The loss curve's redraw (twice a second while training) is the costliest paint; the
        # diagram, the next costliest, waits for the next frame rather than make one slow one.
        loss_due = self.loss_view.needs_paint
        if self.network_view.needs_paint and not loss_due:
            self.network_view.needs_paint = False
            self.network_view.viewport().repaint()
        self.boundary_view.paint_now()
        if loss_due:
            self.loss_view.needs_paint = False
            self.loss_view.plot_widget.viewport().repaint()

    # -- actions -------------------------------------------------------------------------
    def _action(self, text: str, shortcut: str | QKeySequence | None, tip: str,
                slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        self._actions.append(action)
        return action

    def _build_actions(self) -> None:
        build_actions(self)
        build_menus(self)

    def _connect_views(self) -> None:
        self.worker.replied.connect(self.walkthrough_panel.show_run_result)
        self.boundary_view.on_pick = self._on_pick
        self.model.message.connect(self._on_message)
        self.model.snapshot_changed.connect(self._on_snapshot)
        self.model.playing_changed.connect(self._on_playing)

    # -- language --------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch between English and Korean while running: the views are built again in
        the new language around the same model, worker and walkthrough."""
        if code == self.language.code:
            return
        if not self.language.switch(code):
            self.model.report(self.tr("The translation for '{0}' is missing").format(code))
            return
        self.settings.setValue("language", code)
        self._rebuild_ui()

    def _rebuild_ui(self) -> None:
        state = self.saveState(LAYOUT_VERSION)
        walking = self.walkthrough_action.isChecked()
        for event in self.model.events():
            event.clear()
        self.walkthrough.changed.clear()
        self.worker.replied.disconnect(self.walkthrough_panel.show_run_result)
        for action in self._actions:
            self.removeAction(action)
            action.deleteLater()
        self._actions.clear()
        if self.labs is not None:
            self.labs.shutdown()
            self.labs.deleteLater()
        self.quiver_view.shutdown()
        for dock in (self.controls_dock, self.boundary_dock, self.loss_dock, self.quiver_dock,
                     self.walkthrough_dock):
            self.removeDockWidget(dock)
            dock.deleteLater()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.setMenuBar(QMenuBar(self))
        self.setWindowTitle(self.tr("mlpviz — multilayer perceptrons, step by step"))
        self._build_views()
        self._connect_views()
        self._build_actions()
        self.restoreState(state, LAYOUT_VERSION)
        self.walkthrough_action.setChecked(walking)
        self.walkthrough_panel.refresh()
        self.model.replay()
        if self.presentation.on:
            self.presentation.set(True, self.presentation.scale)

    # -- the walkthrough -----------------------------------------------------------------
    def _step(self) -> None:
        if self.walkthrough.active:
            self.walkthrough.next()
        else:
            self.model.step()

    def set_walkthrough_mode(self, on: bool) -> None:
        """Walkthrough mode pauses training and opens the formula panel beside the diagram."""
        self.walkthrough_action.setChecked(on)
        if on:
            self.model.pause()
            # The diagram needs the room more than the controls while walking through.
            self._controls_were_visible = self.controls_dock.isVisible()
            self.controls_dock.hide()
            self.walkthrough_dock.show()
            self.walkthrough_dock.raise_()
            if not self.walkthrough.active:
                self.walkthrough_panel.start()
        else:
            self.walkthrough.stop()
            self.boundary_dock.raise_()
            if getattr(self, "_controls_were_visible", True):
                self.controls_dock.show()

    def open_lab(self, lab: str) -> None:
        if self.labs is None:
            self.labs = LabWindow(self.walkthrough_panel.current_network, self)
        self.labs.open(lab)

    def apply_preset(self, key: str) -> None:
        """Set the window up as a lecture preset and say in one line what to watch."""
        if self.walkthrough.active:
            self.set_walkthrough_mode(False)
        self.model.send(c.ApplyPreset(key))
        watch = tr_preset(PRESETS[key].watch)
        self.boundary_view.set_watch(watch)
        self.statusBar().showMessage(watch)

    def start_preset(self, name: str) -> None:
        self.set_walkthrough_mode(True)
        self.walkthrough_panel.apply_preset(name)

    def _on_pick(self, point, label) -> None:  # noqa: ANN001
        """A data point clicked in the output view becomes the walkthrough's sample."""
        if self.walkthrough_action.isChecked():
            self.walkthrough_panel.use_point(point, label)

    # -- model events --------------------------------------------------------------------
    def _on_snapshot(self, snap) -> None:  # noqa: ANN001
        self.counters.setText(self.tr("  Epoch {0}   Step {1}  ").format(
            f"{snap.epoch:,}", f"{snap.step:,}"))

    def _on_playing(self, playing: bool) -> None:
        self.play_action.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _on_failed(self, text: str) -> None:
        self.model.report(text)

    def _on_notice(self, text: str) -> None:
        self.model.report(text, is_error=False)

    def _on_crashed(self, doing: str, details: str) -> None:
        """An unexpected error in the worker: one sentence, the report behind Details…"""
        what = {TRAINING: self.tr("training"), DRAWING: self.tr("drawing the network")}.get(
            doing, self.tr("applying your change"))
        sentence = self.tr("Something went wrong inside mlpviz while {0}. Training is paused "
                           "and your work is kept: you can go on. Details… holds a report "
                           "for the developers.").format(what)
        self.model.report(sentence)
        if self.error_dialog is not None:
            self.error_dialog.add_report(details)
            return
        self.error_dialog = ErrorDialog(sentence, details, self)
        self.error_dialog.destroyed.connect(self._error_dialog_closed)
        self.error_dialog.open()

    def _error_dialog_closed(self) -> None:
        self.error_dialog = None

    def _on_message(self, text: str, is_error: bool) -> None:
        self.statusBar().showMessage(text, 10_000)

    def show_help(self) -> None:
        """What each view shows: the questions Playground's users keep asking."""
        notes = [(self.tr("Network diagram"), self.network_view.toolTip()),
                 (self.tr("Output (decision boundary)"), self.boundary_view.toolTip()),
                 (self.tr("Loss curve"), self.loss_view.toolTip()),
                 (self.tr("Gradient quiver"), self.quiver_view.note.text()),
                 (self.tr("Walkthrough"), self.walkthrough_panel.text.toolTip())]
        text = "".join(f"<h3>{title}</h3><p>{note}</p>" for title, note in notes)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("What am I seeing?"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()
        self.help_box = box

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About mlpviz"), self.tr(
            "<b>mlpviz</b> — learn and teach multilayer perceptrons: an exact NumPy MLP, "
            "a live playground and the lecture's backprop, step by step."))

    # -- layout and closing --------------------------------------------------------------
    def _restore_layout(self) -> bool:
        if self.settings.value("layout_version", 0, int) != LAYOUT_VERSION:
            return False
        geometry = self.settings.value("geometry")
        state = self.settings.value("state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        return isinstance(state, QByteArray) and self.restoreState(state, LAYOUT_VERSION)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if not self._layout_restored:
            self._layout_restored = True  # once: later the user's own sizes stand
            self._fit_docks(self.width(), self.height())

    def shutdown(self) -> None:
        """Stop the worker thread (within a second) and the frame clock."""
        self.clock.stop()
        self.quiver_view.shutdown()
        if self.labs is not None:
            self.labs.shutdown()
        self.worker.stop()
        self.thread.quit()
        self.thread.wait(1000)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def sync_view_options(self) -> None:
        """Make the option widgets show the model's options (after opening a session)."""
        m = self.model
        for box, value in ((self.boundary_view.show_test, m.show_test),
                           (self.boundary_view.discretize, m.discretize),
                           (self.loss_view.log_box, m.log_scale)):
            box.setChecked(value)
        self.step_mode.setCurrentIndex(self.step_mode.findData(m.step_mode))

    def update_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for path in self.files.recent():
            menu.addAction(path).triggered.connect(
                lambda _=False, p=path: self.files.open_session(p))
        menu.setEnabled(bool(self.files.recent()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.files.stop_autosave()
        self.settings.setValue("layout_version", LAYOUT_VERSION)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("state", self.saveState(LAYOUT_VERSION))
        self.shutdown()
        super().closeEvent(event)
