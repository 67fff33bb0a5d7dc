"""The main window's menu bar, built from its actions and its FileActions."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ..core.presets import PRESETS

LABS = (("descent1d", "Gradient descent 1-D"), ("descent2d", "Gradient descent 2-D"),
        ("activations", "Activation functions"), ("quiz03", "Quiz 03: three activations"))
EXPORTS = (("boundary", "Output view"), ("loss", "Loss curve"), ("diagram", "Network diagram"),
           ("window", "Whole window"))


def build_menus(w) -> None:  # noqa: ANN001 (a MainWindow)
    files, menu, tr = w.files, w.menuBar(), w.tr
    file_menu = menu.addMenu(tr("&File"))
    file_menu.addAction(w._action(tr("Open session…"), QKeySequence.StandardKey.Open,
                                  tr("Open a saved session (.mlpviz)"),
                                  files.open_session_dialog))
    w.recent_menu = file_menu.addMenu(tr("Open recent"))
    w.update_recent_menu()
    file_menu.addAction(w._action(tr("Save session as…"), QKeySequence.StandardKey.Save,
                                  tr("Save everything: network, data, settings, view"),
                                  files.save_session_as))
    file_menu.addSeparator()
    file_menu.addAction(w._action(tr("Open network…"), None,
                                  tr("Load a network JSON file"), w.open_network))
    file_menu.addAction(w._action(tr("Save network…"), None,
                                  tr("Save the trained network as JSON"), w.save_network))
    file_menu.addAction(w._action(tr("Import data (CSV)…"), None,
                                  tr("Your own points: columns x1, x2 and the label"),
                                  files.import_csv_dialog))
    file_menu.addAction(w._action(tr("Export data (CSV)…"), None,
                                  tr("The points as CSV: x1, x2, label"),
                                  files.export_csv_dialog))
    export_menu = file_menu.addMenu(tr("Export picture"))
    for key, title in EXPORTS:
        export_menu.addAction(tr(title)).triggered.connect(
            lambda _=False, k=key: files.export_view(k))
    file_menu.addAction(w._action(tr("Copy window"), "Ctrl+Shift+C",
                                  tr("Copy a picture of the window to the clipboard"),
                                  files.copy_window))
    file_menu.addSeparator()
    file_menu.addAction(w._action(tr("Quit"), QKeySequence.StandardKey.Quit,
                                  tr("Close mlpviz"), w.close))
    train_menu = menu.addMenu(tr("&Train"))
    for a in (w.play_action, w.step_action, w.reset_action, w.rewind_action):
        train_menu.addAction(a)
    learn_menu = menu.addMenu(tr("&Learn"))
    for a in (w.walkthrough_action, w.prev_action, w.first_action, w.last_action):
        learn_menu.addAction(a)
    labs = learn_menu.addMenu(tr("Labs"))
    for key, title in LABS:
        labs.addAction(tr(title)).triggered.connect(lambda _=False, k=key: w.open_lab(k))
    presets = learn_menu.addMenu(tr("Lecture presets"))
    for key, preset in PRESETS.items():
        action = presets.addAction(tr(preset.title))
        action.setToolTip(tr(preset.watch))
        action.triggered.connect(lambda _=False, k=key: w.apply_preset(k))
    presets.addAction(tr("Quiz 03: linear, ReLU, sigmoid")).triggered.connect(
        lambda: w.open_lab("quiz03"))
    view_menu = menu.addMenu(tr("&View"))
    for dock in (w.controls_dock, w.boundary_dock, w.loss_dock, w.quiver_dock,
                 w.walkthrough_dock):
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    for a in (w.present_action, w.zoom_in_action, w.zoom_out_action, w.fullscreen_action):
        view_menu.addAction(a)
    w.view_menu = view_menu
    help_menu = menu.addMenu(tr("&Help"))
    help_menu.addAction(w._action(tr("About mlpviz"), None, "", w._about))
    w.help_menu = help_menu
