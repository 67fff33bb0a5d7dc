"""Themes (issue 29): light, dark and high contrast, for the window and what Qt's palette
does not reach (the plots, the diagram, the labs); presentation mode keeps a theme of its
own; both remembered; --theme for a run."""

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mlpviz.gui.kit.themes import THEMES

from .conftest import make_window


def _paper(widget, at=(6, 6)):
    return widget.grab().toImage().pixelColor(QPoint(*at))


@pytest.mark.parametrize("name", list(THEMES))
def test_each_theme_reaches_every_view(qtbot, tmp_path, name):
    window = make_window(qtbot, tmp_path)
    labs = window.central.prepare_lab("descent1d")
    window.themes.choose(name)
    theme = THEMES[name]
    assert window.themes.actions[name].isChecked()
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour == theme.palette(window.presentation.base_palette).color(
        QPalette.ColorRole.Window)
    assert _paper(window.network_view.viewport()) == theme.paper
    assert _paper(window.loss_view.plot_widget) == theme.paper
    assert labs.lab("descent1d").plot.backgroundBrush().color() == theme.paper  # (hidden)
    axis = window.loss_view.plot.getAxis("left")
    assert axis.pen().color() == theme.ink and axis.textPen().color() == theme.ink
    inked = window.network_view.inked
    assert inked and all(item.brush().color() == theme.ink for item in inked)
    labs.lab("activations")  # a lab made afterwards takes the theme too
    window.central.prepare_lab("activations")
    assert labs.lab("activations").f_plot.backgroundBrush().color() == theme.paper


def test_presentation_keeps_its_own_theme_and_both_are_remembered(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    themes = window.themes
    themes.choose("dark")
    window.presentation.set(True)
    assert themes.theme.name == "contrast"  # presenting: its own, high contrast
    themes.choose("light")  # chosen while presenting: for presenting
    window.presentation.set(False)
    assert themes.theme.name == "dark"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("theme") == "dark" and settings.value("present_theme") == "light"
    again = make_window(qtbot, tmp_path)
    assert again.themes.everyday == "dark" and again.themes.presenting == "light"
    assert _paper(again.network_view.viewport()) == THEMES["dark"].paper


def test_a_runs_theme_and_a_screenshot_in_it(tmp_path):
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "dark.png"
    done = subprocess.run([sys.executable, "-m", "mlpviz", "--screenshot", str(out), "--size",
                           "1024x768", "--theme", "dark"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.size().toTuple() == (1024, 768)
    assert image.pixelColor(600, 740).lightness() < 80  # the dark theme's diagram
    refused = subprocess.run([sys.executable, "-m", "mlpviz", "--theme", "neon",
                              "--screenshot", str(out)], capture_output=True, text=True,
                             timeout=60)
    assert refused.returncode == 2 and "neon" in refused.stderr
