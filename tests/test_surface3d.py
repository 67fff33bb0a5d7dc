"""The 3-D views: offscreen they are not there, and say why; on a real X server (Xvfb,
started by pytest-xvfb) a child pytest drives them with OpenGL (tests/on_display)."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from mlpviz.gui.kit.surface3d import why_no_gl

from .conftest import ROOT


def test_offscreen_the_lab_keeps_its_map_and_says_why(qtbot, window):
    assert "offscreen" in why_no_gl()
    window.open_lab("surface")
    lab = window.labs.descent2d
    assert lab.surface3d is None and not lab.box_3d.isEnabled()
    qtbot.waitUntil(lab.gl_note.isVisible)
    assert "offscreen platform draws without OpenGL" in lab.gl_note.text()
    assert lab.plot.isVisible()


def test_offscreen_the_quiver_stays_flat_and_says_why(qtbot, window):
    quiver = window.quiver_view
    window.quiver_dock.raise_()
    qtbot.mouseClick(quiver.button_3d, Qt.MouseButton.LeftButton)
    assert not quiver.button_3d.isChecked() and not quiver.in_3d
    assert quiver.gl_note.isVisible() and "offscreen" in quiver.gl_note.text()
    assert quiver.stack.currentWidget() is quiver.plot


@pytest.mark.slow
def test_the_3d_views_on_a_display():
    if not os.environ.get("DISPLAY"):
        pytest.skip("no X server: install Xvfb (tools/setup.sh --test does) for pytest-xvfb")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(QT_QPA_PLATFORM="xcb", MLPVIZ_ON_DISPLAY="1")
    done = subprocess.run([sys.executable, "-m", "pytest", "tests/on_display", "-p",
                           "no:xvfb", "-p", "no:cacheprovider", "-q"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
