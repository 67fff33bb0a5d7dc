"""The main window's commands as QActions, with their shortcuts, texts and tips, and the
toolbar's own widgets. The window builds one WindowActions, connects the actions to what they
do, and calls `retranslate()` when the language changes (actions are not widgets: no
LanguageChange event reaches them)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from ...model.session import SessionModel

Key = QKeySequence.StandardKey
# Play's paces: epochs a second, one epoch a frame (Playground's), or no limit.
PACES = ("1", "3", "10", "frame", "max")


class WindowActions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.play = self._make("Space")
        self.step = self._make("Right")
        self.walkthrough = self._make("W", checkable=True)
        self.next_step = self._make(None)  # → is Step, which moves the walkthrough on
        self.lesson = self._make("Ctrl+L", checkable=True)
        self.next_page = self._make("PgDown")  # what a presenter remote sends
        self.prev_page = self._make("PgUp")
        for turn in (self.next_page, self.prev_page):  # from the labs' window too
            turn.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.prev_step = self._make("Left")
        self.first_step = self._make("Home")
        self.last_step = self._make("End")
        self.present = self._make("F5", checkable=True)
        self.fullscreen = self._make("F11")
        self.zoom_in = self._make("Ctrl+=")
        self.zoom_out = self._make("Ctrl+-")
        self.reset = self._make("R")
        self.rewind = self._make("Shift+R")
        self.new_session = self._make(Key.New)
        self.open_session = self._make(Key.Open)
        self.save_session = self._make(Key.Save)
        self.open_network = self._make(None)
        self.save_network = self._make(None)
        self.import_csv = self._make(None)
        self.export_csv = self._make(None)
        self.export_script = self._make(None)
        self.copy_window = self._make("Ctrl+Shift+C")
        self.open_link = self._make("Ctrl+Shift+O")
        self.copy_playground_link = self._make(None)
        self.copy_setup_link = self._make("Ctrl+Shift+L")
        self.quit = self._make(Key.Quit)
        self.reset_layout = self._make(None)
        self.help = self._make("F1")
        self.about = self._make(None)
        self.step_mode = QComboBox()
        self.step_mode.addItem("", "epoch")
        self.step_mode.addItem("", "batch")
        self.pace = QComboBox()
        for key in PACES:
            self.pace.addItem("", key)
        self.counters = QLabel()
        self.playing = False
        self.retranslate()

    def _make(self, shortcut: str | Key | None, checkable: bool = False) -> QAction:
        action = QAction(self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        self._window.addAction(action)  # shortcuts work with the menus hidden, too
        return action

    def fill(self, bar: QToolBar) -> None:
        for a in (self.reset, self.rewind, self.play, self.step, self.walkthrough,
                  self.present):
            bar.addAction(a)
        bar.addWidget(self.step_mode)
        bar.addWidget(self.pace)
        bar.addSeparator()
        bar.addWidget(self.counters)

    def pace_name(self, key: str) -> str:
        if key == "frame":
            return self.tr("Playground's pace (an epoch a frame)")
        if key == "max":
            return self.tr("As fast as it can")
        return self.tr("{0} epochs a second").format(key) if key != "1" \
            else self.tr("1 epoch a second")

    def choose_pace(self, model: SessionModel, settings: QSettings, key: str,
                    remember: bool = True) -> None:
        """Play's pace: "frame" (an epoch a frame, Playground's), "max", or epochs a
        second; the choice from the toolbar is remembered."""
        try:
            rate = None if key in ("frame", "max") else float(key)
        except ValueError:
            key, rate = "frame", None
        model.set_pace(rate, key == "frame")
        self.show_pace(key)
        if remember:
            settings.setValue("pace", key)

    def show_pace(self, key: str) -> None:
        """Select `key` ("frame", "max" or a rate), adding a rate not in the list."""
        i = self.pace.findData(key)
        if i < 0:
            self.pace.addItem(self.pace_name(key), key)
            i = self.pace.count() - 1
        self.pace.blockSignals(True)
        self.pace.setCurrentIndex(i)
        self.pace.blockSignals(False)

    def set_playing(self, playing: bool) -> None:
        self.playing = playing
        self.play.setText(self.tr("Pause") if playing else self.tr("Play"))

    def show_counts(self, text: str) -> None:
        """The epoch and step counters; their label only grows (a toolbar laid out for
        fewer digits cut them off, and one that shrinks and grows would jitter)."""
        self.counters.setText(text)
        if self.counters.sizeHint().width() > self.counters.width():
            self.counters.setMinimumWidth(self.counters.sizeHint().width())

    def retranslate(self) -> None:
        for action, text, tip in (
            (self.step, self.tr("Step"),
             self.tr("Train one batch or one epoch (→); in the walkthrough, the next step")),
            (self.walkthrough, self.tr("Walkthrough"),
             self.tr("Step through one sample's forward pass and backprop (W)")),
            (self.lesson, self.tr("Lesson"),
             self.tr("Chapter 6 in order, a page at a time (Page Down, Page Up)")),
            (self.next_page, self.tr("Next page"), self.tr("The lesson's next page (Page Down)")),
            (self.prev_page, self.tr("Previous page"),
             self.tr("The lesson's previous page (Page Up)")),
            (self.next_step, self.tr("Next step"),
             self.tr("The walkthrough's next step (→)")),
            (self.prev_step, self.tr("Previous step"),
             self.tr("The walkthrough's previous step (←)")),
            (self.first_step, self.tr("First step"),
             self.tr("The walkthrough's first step (Home)")),
            (self.last_step, self.tr("Last step"), self.tr("The walkthrough's last step (End)")),
            (self.present, self.tr("Presentation mode"),
             self.tr("Large fonts, thick lines and high contrast for a projector (F5)")),
            (self.fullscreen, self.tr("Full screen"), self.tr("Fill the screen (F11)")),
            (self.zoom_in, self.tr("Zoom in"), self.tr("Everything larger (Ctrl+=)")),
            (self.zoom_out, self.tr("Zoom out"), self.tr("Everything smaller (Ctrl+−)")),
            (self.reset, self.tr("Reset"),
             self.tr("New random weights; training starts over (R)")),
            (self.rewind, self.tr("Rewind"),
             self.tr("Back to the same initial weights (Shift+R)")),
            (self.new_session, self.tr("New session"),
             self.tr("Start again from Playground's opening set-up (Ctrl+N)")),
            (self.open_session, self.tr("Open session…"),
             self.tr("Open a saved session (.mlpviz)")),
            (self.save_session, self.tr("Save session as…"),
             self.tr("Save everything: network, data, settings, view")),
            (self.open_network, self.tr("Open network…"), self.tr("Load a network JSON file")),
            (self.save_network, self.tr("Save network…"),
             self.tr("Save the trained network as JSON")),
            (self.import_csv, self.tr("Import data (CSV)…"),
             self.tr("Your own points: columns x1, x2 and the label")),
            (self.export_csv, self.tr("Export data (CSV)…"),
             self.tr("The points as CSV: x1, x2, label")),
            (self.export_script, self.tr("Export NumPy script…"),
             self.tr("The network, the data and the training loop as one Python file that "
                     "needs only NumPy")),
            (self.copy_window, self.tr("Copy window"),
             self.tr("Copy a picture of the window to the clipboard")),
            (self.open_link, self.tr("Open link…"),
             self.tr("A TensorFlow Playground link (its own run, number for number) or an "
                     "mlpviz set-up link (Ctrl+Shift+O)")),
            (self.copy_playground_link, self.tr("Copy Playground link"),
             self.tr("This set-up as a TensorFlow Playground link, to open in a browser")),
            (self.copy_setup_link, self.tr("Copy setup link"),
             self.tr("This set-up as a short mlpviz link to paste into a chat or a slide "
                     "(Ctrl+Shift+L)")),
            (self.quit, self.tr("Quit"), self.tr("Close mlpviz")),
            (self.reset_layout, self.tr("Reset layout"),
             self.tr("Put the panels back where they started, the diagram large")),
            (self.help, self.tr("What am I seeing?"),
             self.tr("What each view shows, and what to look for (F1)")),
            (self.about, self.tr("About mlpviz"), self.tr("Version, licence and how it trains")),
        ):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.set_playing(self.playing)
        tip = self.tr("Start or pause training (Space)")
        self.play.setToolTip(tip)
        self.play.setStatusTip(tip)
        self.step_mode.setItemText(0, self.tr("Step: one epoch"))
        self.step_mode.setItemText(1, self.tr("Step: one batch"))
        self.step_mode.setToolTip(self.tr("What one Step (→) trains"))
        for i in range(self.pace.count()):
            self.pace.setItemText(i, self.pace_name(self.pace.itemData(i)))
        self.pace.setToolTip(self.tr("How fast Play trains: slow enough to watch the boundary "
                                     "form, Playground's pace, or as fast as it can"))
        self.counters.setToolTip(self.tr("Epochs: passes over the training data. Steps: "
                                         "weight updates, one per batch."))
