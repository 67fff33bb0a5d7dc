"""The main window: the views as dock widgets around one SessionModel, the worker thread, the
frame clock, menus, a toolbar and shortcuts, with the layout remembered in QSettings.

The window builds and holds every part it owns as a typed attribute, here; each part gets
what it needs (the model, a parent widget), not the window. A language change arrives as
LanguageChange: each widget retranslates its own texts in place, nothing is rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QThread, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow

from ...core.lessons.presets import PRESETS
from ...core.session import commands as c
from ...core.training.scenario import Scenario
from ...model.session import SessionModel
from ...model.walkthrough import WalkthroughModel
from ..diagram.network_view import NetworkView
from ..files.file_actions import FileActions
from ..kit import export, qt_setup
from ..kit.i18n import Language, tr_preset
from ..labs.lab_window import LabWindow
from ..runtime.frame_clock import FrameClock
from ..runtime.training_path import TrainingPathLabel
from ..runtime.worker import TrainerWorker
from ..views.boundary_view import BoundaryView
from ..views.confusion_view import ConfusionView
from ..views.controls import Controls
from ..views.loss_view import LossView
from ..views.network_quiver import NetworkQuiver
from ..walkthrough.walkthrough_panel import WalkthroughPanel
from .actions import WindowActions
from .app_icon import app_icon
from .central_area import CentralArea
from .handout_export import HandoutExport
from .lesson import Lesson, LessonPanel
from .menus import WindowMenus
from .pen_overlay import PenTools
from .presentation import Presentation
from .record_export import RecordExport
from .screen_choice import ScreenChoice
from .theme_choice import ThemeChoice
from .undo_history import UndoHistory
from .window_dialogs import WindowDialogs
from .window_layout import DockLayout, make_dock

WARM_UP_MS = 500


# Changes that re-lay out the whole window: training steps aside meanwhile (Worker.step_aside).
RELAYOUT_EVENTS = (QEvent.Type.LanguageChange, QEvent.Type.FontChange,
                   QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
RELAYOUT_SECONDS = 0.3


class MainWindow(QMainWindow):
    def __init__(self, scenario: Scenario | None = None, settings: QSettings | None = None,
                 restore_layout: bool = True, autosave_folder: Path | None = None,
                 ask: Callable[[str, str], bool] | None = None, language: str | None = None,
                 pace: str | None = None, theme: str | None = None) -> None:
        """`language`, `pace` ("frame", "max" or epochs a second), `theme`: for this run
        only, over the remembered ones."""
        super().__init__()
        qt_setup.collect_garbage_in_gui_thread()
        qt_setup.share_the_gil()  # every window with a worker: the app's, a test's, a bench's
        self.settings = settings or QSettings("mlpviz", "mlpviz")
        self.language = Language()  # before the views: their first texts are in it
        self.language.switch(language or str(self.settings.value("language", "en")))
        self.worker = TrainerWorker(scenario)
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("mlpviz-worker")  # named in Qt's messages
        self.worker.moveToThread(self.worker_thread)
        self.model = SessionModel(self.worker.post)
        self.edit_history = UndoHistory(self.model, self)  # Edit ▸ Undo, Redo, History
        self.walkthrough = WalkthroughModel()
        self.controls = Controls(self.model, self.settings)
        self.network_view = NetworkView(self.model)
        self.boundary_view = BoundaryView(self.model)
        self.loss_view = LossView(self.model)
        self.quiver_view = NetworkQuiver(self.model, self.network_view)
        self.confusion_view = ConfusionView(self.model)
        self.walkthrough_panel = WalkthroughPanel(self.model, self.walkthrough)
        self.network_view.attach_walkthrough(self.walkthrough)
        self.dialogs = WindowDialogs(self)
        self.preset_key: str | None = None  # the preset whose note the window shows
        self.central = CentralArea(self.network_view, self.walkthrough_panel.current_network,
                                   lambda labs: self.presentation.add_view(labs))
        self.central.lab_shown.connect(self._on_lab_shown)
        self.setCentralWidget(self.central)
        self.controls_dock = make_dock(self, "controls", self.controls)
        self.boundary_dock = make_dock(self, "boundary", self.boundary_view)
        self.loss_dock = make_dock(self, "loss", self.loss_view)
        self.quiver_dock = make_dock(self, "quiver", self.quiver_view)
        self.confusion_dock = make_dock(self, "confusion", self.confusion_view)
        self.walkthrough_dock = make_dock(self, "walkthrough", self.walkthrough_panel)
        self.docks = DockLayout(self, self.network_view, self.controls_dock,
                                self.boundary_dock, self.loss_dock,
                                [self.quiver_dock, self.confusion_dock], self.walkthrough_dock)
        self.docks.place()
        self.lesson_panel = LessonPanel(self.settings)
        self.lesson_dock = make_dock(self, "lesson", self.lesson_panel, movable_only=True)
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.lesson_dock)
        self.lesson_dock.hide()
        self.lesson = Lesson(self, self.lesson_dock, self.lesson_panel, self.walkthrough,
                             self.walkthrough_panel.matrix_box.setChecked)
        self.action_set = WindowActions(self)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("training_toolbar")
        self.action_set.fill(self.toolbar)
        self.pen = PenTools(self, [self.lesson_panel.page_changed, self.walkthrough.changed,
                                   self.central.lab_shown])
        self.menus = WindowMenus(self.menuBar(), self.action_set,
                                 [self.controls_dock, self.boundary_dock, self.loss_dock,
                                  self.quiver_dock, self.confusion_dock,
                                  self.walkthrough_dock])
        self.menus.add_undo([self.edit_history.undo_action, self.edit_history.redo_action,
                             self.edit_history.history_action])
        self.pen.fill(self.toolbar, self.menus.view)
        self.presentation = Presentation(self, [self.network_view, self.boundary_view,
                                                self.loss_view, self.quiver_view,
                                                self.walkthrough_panel, self.lesson_panel,
                                                self.pen.overlay])
        self.themes = ThemeChoice(self, self.settings, self.presentation, [
            self.network_view, self.loss_view, self.central], self.menus.view.addMenu(""), theme)
        self.screens = ScreenChoice(self.menus.present_on, self.settings, self)
        self.presentation.on_presenting.append(self.screens.go_there)
        self.files = FileActions(self, self.model, self.settings, export.pictures(
            self.boundary_view.plot, self.loss_view.plot, self.network_view, self),
                                 autosave_folder, ask)
        self.files.take_drops()
        self.handout = HandoutExport(self)  # File ▸ Export handout (PDF)…
        self.recorder = RecordExport(self)  # File ▸ Record…
        self.setWindowIcon(app_icon())
        self.training_path = TrainingPathLabel(self.model)
        self.statusBar().addPermanentWidget(self.training_path)
        self.clock = FrameClock(self.model, self.worker, self.network_view,
                                self.boundary_view, self.loss_view, self)
        self._connect()
        self.retranslate()
        self.themes.apply()
        self.action_set.choose_pace(self.model, self.settings,
                                    pace or str(self.settings.value("pace", "frame")), False)
        self.menus.set_recent(self.files.recent())
        self.menus.set_language(self.language.code)
        self.worker_thread.started.connect(self.worker.run)
        self.worker_thread.start()
        self.files.start_autosave()
        self.resize(1600, 1000)
        self._resume_lesson = restore_layout
        self._layout_restored = restore_layout and self.docks.restore(
            self.settings.value("geometry"), self.settings.value("state"))

    def _connect(self) -> None:
        a, m, wm, p = self.action_set, self.model, self.walkthrough, self.presentation
        for action, slot in (
                (a.play, m.toggle_play), (a.step, self._step),
                (a.walkthrough, self.set_walkthrough_mode), (a.next_step, wm.next),
                (a.prev_step, wm.prev), (a.first_step, wm.first), (a.last_step, wm.last),
                (a.present, p.toggle), (a.fullscreen, self.presentation.toggle_full_screen),
                (a.zoom_in, lambda: p.zoom(1)), (a.zoom_out, lambda: p.zoom(-1)),
                (a.reset, m.reset), (a.rewind, m.rewind),
                (a.new_session, self.dialogs.new_session),
                (a.open_session, self.dialogs.open_session),
                (a.save_session, self.files.save_session_as),
                (a.open_network, self.files.open_network_dialog),
                (a.save_network, self.files.save_network_dialog),
                (a.import_csv, self.files.import_csv_dialog),
                (a.export_csv, self.files.export_csv_dialog),
                (a.export_script, self.files.export_script_dialog),
                (a.copy_window, self.files.copy_window), (a.quit, self.close),
                (a.open_link, self.files.links.open_link_dialog),
                (a.copy_playground_link, self.files.links.copy_playground_link),
                (a.copy_setup_link, self.files.links.copy_setup_link),
                (a.reset_layout, self.docks.reset), (a.help, self.dialogs.help),
                (a.about, lambda: self.dialogs.about(self.model.snapshot))):
            action.triggered.connect(slot)
        a.lesson.toggled.connect(self.lesson.show)
        a.next_page.triggered.connect(lambda: self.lesson.turn(1))
        a.prev_page.triggered.connect(lambda: self.lesson.turn(-1))
        a.step_mode.currentIndexChanged.connect(
            lambda i: m.set_option("step_mode", a.step_mode.itemData(i)))
        a.pace.activated.connect(
            lambda i: a.choose_pace(m, self.settings, a.pace.itemData(i)))
        self.menus.lab_chosen.connect(self.open_lab)
        self.menus.preset_chosen.connect(self.apply_preset)
        self.menus.export_chosen.connect(self.files.export_view)
        self.menus.language_chosen.connect(self.set_language)
        self.menus.recent_chosen.connect(self.files.open_session)
        self.files.recent_changed.connect(self.menus.set_recent)
        p.changed.connect(self._on_presentation)
        self.clock.first_frame.connect(self._check_layout)
        self.clock.first_frame.connect(partial(qt_setup.freeze_the_heap, self))
        self.clock.first_frame.connect(
            lambda: QTimer.singleShot(WARM_UP_MS, self, lambda: self.worker.post(c.WarmUp())))
        self.worker.snapshot_ready.connect(self.clock.on_snapshot)
        self.worker.failed.connect(self.dialogs.refused)
        self.worker.notice.connect(self.dialogs.notice)
        self.worker.crashed.connect(self.dialogs.report_crash)
        self.worker.sample_run.connect(self.walkthrough_panel.runs.show_run_result)
        self.worker.session_loaded.connect(self._on_session_loaded)
        self.worker.edits_changed.connect(self.edit_history.sync)
        self.edit_history.modified_changed.connect(self.setWindowModified)
        self.edit_history.cleared.connect(self.dialogs.edits_cleared)
        self.files.session_saved.connect(lambda _path: self.edit_history.mark_saved())
        self.walkthrough_panel.content_changed.connect(self.docks.fit_walkthrough_soon)
        self.boundary_view.on_pick = self._on_pick
        self.boundary_view.digit_panel.digit.connect(self.network_view.show_digit)
        self.quiver_dock.visibilityChanged.connect(self.quiver_view.set_shown)
        m.message.connect(lambda text, _error: self.statusBar().showMessage(text, 10_000))
        m.snapshot_changed.connect(self._on_snapshot)
        m.playing_changed.connect(a.set_playing)
        m.options_changed.connect(self._on_option)

    # -- language ------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch between English and Korean while running: installing the translator
        sends LanguageChange, and every widget retranslates itself."""
        if code != self.language.code and not self.language.switch(code):
            self.model.report(self.tr("The translation for '{0}' is missing").format(code))
        self.settings.setValue("language", self.language.code)
        self.menus.set_language(self.language.code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in RELAYOUT_EVENTS:
            self._step_aside()
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("mlpviz — multilayer perceptrons, step by step") + "[*]")
        self.edit_history.retranslate()
        for dock, title in ((self.controls_dock, self.tr("Data and training")),
                            (self.boundary_dock, self.tr("Output (decision boundary)")),
                            (self.loss_dock, self.tr("Loss curve")),
                            (self.quiver_dock, self.tr("Gradient quiver")),
                            (self.confusion_dock, self.tr("Confusion matrix")),
                            (self.walkthrough_dock, self.tr("Walkthrough")),
                            (self.lesson_dock, self.tr("Lesson"))):
            dock.setWindowTitle(title)
        self.toolbar.setWindowTitle(self.tr("Training"))
        self.action_set.retranslate()
        self.menus.retranslate()
        if self.model.snapshot is not None:
            self._on_snapshot(self.model.snapshot)
        if self.preset_key is not None:
            self.boundary_view.set_watch(tr_preset(PRESETS[self.preset_key].watch))

    # -- the walkthrough -----------------------------------------------------------------
    def _step(self) -> None:
        if self.walkthrough.active:
            self.walkthrough.next()
        else:
            self.model.step()

    def set_walkthrough_mode(self, on: bool) -> None:
        """Walkthrough mode pauses training and opens the formula panel under the diagram."""
        self.action_set.walkthrough.setChecked(on)
        self.docks.set_walking(on)
        if on:
            self.model.pause()
            if not self.walkthrough.active:
                self.walkthrough_panel.start()
        else:
            self.walkthrough.stop()

    @property
    def labs(self) -> LabWindow | None:
        return self.central.labs

    def _on_lab_shown(self, shown: bool) -> None:
        """A lab takes the whole centre: the side docks make way, and come back with the
        diagram (in the lesson its pages say which docks show)."""
        if not self.lesson.on:
            self.docks.make_way_for_lab(shown, not self.presentation.on)

    def open_lab(self, lab: str) -> None:
        """The lab in the diagram's place (Back to the network, or a lesson page, returns)."""
        self._step_aside()
        self.central.open_lab(lab)

    def apply_preset(self, key: str) -> None:
        """Set the window up as a lecture preset and say in one line what to watch."""
        if self.walkthrough.active:
            self.set_walkthrough_mode(False)
        self.model.apply_preset(key)
        self.preset_key = key
        watch = tr_preset(PRESETS[key].watch)
        self.boundary_view.set_watch(watch)
        self.statusBar().showMessage(watch)

    def clear_preset_note(self) -> None:
        self.preset_key = None
        self.boundary_view.set_watch("")

    def start_preset(self, name: str) -> None:
        self.set_walkthrough_mode(True)
        self.walkthrough_panel.apply_preset(name)

    def _on_pick(self, point, label) -> None:
        """A data point clicked in the output view becomes the walkthrough's sample."""
        if self.action_set.walkthrough.isChecked():
            self.walkthrough_panel.use_point(point, label)

    # -- model and worker events ---------------------------------------------------------
    def _on_snapshot(self, snap) -> None:
        self.action_set.show_counts(self.tr("  Epoch {0}   Step {1}  ").format(
            f"{snap.epoch:,}", f"{snap.step:,}"))
        self.docks.after_divergence(snap.diverged)

    def _on_option(self, name: str, value: object) -> None:
        if name == "step_mode":
            combo = self.action_set.step_mode
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def _on_presentation(self, on: bool, factor: float) -> None:
        self.controls_dock.setVisible(not on and not self.docks.walking)
        self.action_set.present.setChecked(on)
        self.model.report(self.tr("Presentation mode at {0:.0%} (F5 to leave, Ctrl+= / Ctrl+− "
                                  "to zoom, F11 full screen)").format(factor) if on
                          else self.tr("Presentation mode off"), False)

    def _on_session_loaded(self, path: str) -> None:
        if path:  # (an autosave restored has none: not a recent file)
            self.files.add_recent(path)
            self.edit_history.mark_saved(after=self.worker.posted)

    # -- layout and closing --------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._settle_layout)

    def _settle_layout(self) -> None:
        """Once shown at its size: the default sizes (once: later the user's own stand)."""
        if not self._layout_restored:
            self._layout_restored = True
            self.docks.fit()
        if self._resume_lesson:  # (once, in a window that restores the user's layout)
            self._resume_lesson = False
            self.lesson.resume()

    def _check_layout(self) -> None:
        """At the first frame, when the layout has been applied: a restored layout that
        starves the diagram gives way to the default."""
        if self.docks.starved():
            self.docks.reset()

    def _step_aside(self) -> None:
        """Not before the first frame: the window's own set-up (its language, its size)
        held the first snapshot back 0.3 s, and nothing trains yet to compete with."""
        clock = getattr(self, "clock", None)  # (events come during __init__ too)
        if clock is not None and clock.frames > 0:
            self.worker.step_aside(RELAYOUT_SECONDS)

    def resizeEvent(self, event) -> None:
        self._step_aside()
        super().resizeEvent(event)
        if event.oldSize().width() > 0:
            self.docks.window_resized(event.oldSize().width())
        if self.docks.walking:
            self.docks.fit_walkthrough_soon()

    def shutdown(self) -> None:
        """Stop the worker thread and the frame clock (the worker is interrupted, so this
        takes well under a second whatever it was doing)."""
        self.clock.stop()
        self.files.timer.stop()
        self.walkthrough_panel.runs.writer.wait()  # a file being written is finished
        self.files.writer.wait()
        self.quiver_view.shutdown()
        if self.labs is not None:
            self.labs.shutdown()
        self.worker.stop()
        self.worker_thread.quit()
        self.worker_thread.wait()
        if self.presentation.on:
            self.presentation.restore()
        self.language.uninstall()
        qt_setup.thaw_the_heap(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.dialogs.may_close():
            event.ignore()
            return
        self.files.stop_autosave()
        self.lesson.close_for_exit()
        if self.presentation.on:  # the layout to come back to is the normal one
            self.controls_dock.setVisible(not self.docks.walking)
        geometry, state = self.docks.save()
        self.settings.setValue("geometry", geometry)
        self.settings.setValue("state", state)
        self.shutdown()
        super().closeEvent(event)
