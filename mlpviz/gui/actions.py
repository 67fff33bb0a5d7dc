"""The main window's actions (with their shortcuts), toolbar and counters."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from .menus import tr


def build_actions(w) -> None:  # noqa: ANN001 (a MainWindow)
    m, wm, p = w.model, w.walkthrough, w.presentation
    for attr, text, key, tip, slot in (
        ("play_action", tr("Play"), "Space", tr("Start or pause training (Space)"),
         m.toggle_play),
        ("step_action", tr("Step"), "Right",
         tr("Train one batch or one epoch (→); in the walkthrough, the next step"), w._step),
        ("walkthrough_action", tr("Walkthrough"), "W",
         tr("Step through one sample's forward pass and backprop (W)"),
         w.set_walkthrough_mode),
        ("prev_action", tr("Previous step"), "Left", tr("The walkthrough's previous step (←)"),
         wm.prev),
        ("first_action", tr("First step"), "Home", tr("The walkthrough's first step (Home)"),
         wm.first),
        ("last_action", tr("Last step"), "End", tr("The walkthrough's last step (End)"),
         wm.last),
        ("present_action", tr("Presentation mode"), "F5",
         tr("Large fonts, thick lines and high contrast for a projector (F5)"), p.toggle),
        ("fullscreen_action", tr("Full screen"), "F11", tr("Fill the screen (F11)"),
         w.toggle_full_screen),
        ("zoom_in_action", tr("Zoom in"), "Ctrl+=", tr("Everything larger (Ctrl+=)"),
         lambda: p.zoom(1)),
        ("zoom_out_action", tr("Zoom out"), "Ctrl+-", tr("Everything smaller (Ctrl+−)"),
         lambda: p.zoom(-1)),
        ("reset_action", tr("Reset"), "R", tr("New random weights; training starts over (R)"),
         m.reset),
        ("rewind_action", tr("Rewind"), "Shift+R",
         tr("Back to the same initial weights (Shift+R)"), m.rewind),
    ):
        setattr(w, attr, w._action(text, key, tip, slot))
    w.walkthrough_action.setCheckable(True)
    w.present_action.setCheckable(True)
    w.step_mode = QComboBox()
    w.step_mode.addItem(tr("Step: one epoch"), "epoch")
    w.step_mode.addItem(tr("Step: one batch"), "batch")
    w.step_mode.setToolTip(tr("What one Step (→) trains"))
    w.step_mode.currentIndexChanged.connect(
        lambda i: setattr(m, "step_mode", w.step_mode.itemData(i)))
    w.counters = QLabel()
    w.counters.setToolTip(tr("Epochs: passes over the training data. Steps: weight updates, "
                             "one per batch."))
    bar = w.toolbar = w.addToolBar(tr("Training"))
    bar.setObjectName("training_toolbar")
    for a in (w.reset_action, w.rewind_action, w.play_action, w.step_action,
              w.walkthrough_action, w.present_action):
        bar.addAction(a)
    bar.addWidget(w.step_mode)
    bar.addSeparator()
    bar.addWidget(w.counters)
