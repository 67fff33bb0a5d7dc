"""The main window's menu bar, built from its actions and its FileActions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

from ..core.lessons.presets import PRESETS
from .i18n import LANGUAGES, tr_preset

LABS = (("descent1d", QT_TRANSLATE_NOOP("", "Gradient descent 1-D")),
        ("descent2d", QT_TRANSLATE_NOOP("", "Gradient descent 2-D")),
        ("activations", QT_TRANSLATE_NOOP("", "Activation functions")),
        ("quiz03", QT_TRANSLATE_NOOP("", "Quiz 03: three activations")))
EXPORTS = (("boundary", QT_TRANSLATE_NOOP("", "Output view")),
           ("loss", QT_TRANSLATE_NOOP("", "Loss curve")),
           ("diagram", QT_TRANSLATE_NOOP("", "Network diagram")),
           ("window", QT_TRANSLATE_NOOP("", "Whole window")))


def tr(text: str) -> str:
    """Translated in the menus' own context (what lupdate files these strings under)."""
    return QCoreApplication.translate("", text)


def build_menus(w) -> None:  # noqa: ANN001 (a MainWindow)
    files, menu = w.files, w.menuBar()
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
                                  tr("Load a network JSON file"), files.open_network_dialog))
    file_menu.addAction(w._action(tr("Save network…"), None,
                                  tr("Save the trained network as JSON"),
                                  files.save_network_dialog))
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
        action = presets.addAction(tr_preset(preset.title))
        action.setToolTip(tr_preset(preset.watch))
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
    languages = view_menu.addMenu(tr("Language"))
    for code, name in LANGUAGES.items():
        action = languages.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == w.language.code)
        action.triggered.connect(lambda _=False, c=code: w.set_language(c))
    w.view_menu = view_menu
    help_menu = menu.addMenu(tr("&Help"))
    help_menu.addAction(w._action(tr("What am I seeing?"), "F1",
                                  tr("What each view shows, and what to look for (F1)"),
                                  w.show_help))
    help_menu.addAction(w._action(tr("About mlpviz"), None, "", w._about))
    w.help_menu = help_menu
