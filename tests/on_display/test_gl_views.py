"""The 3-D views, driven on a real X server with OpenGL (Xvfb and Mesa): this file runs in
the child pytest that tests/test_surface3d.py starts, with QT_QPA_PLATFORM=xcb."""

import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from mlpviz.core.lessons.descent import SURFACES, descent_path
from mlpviz.gui.kit.surface3d import HEIGHT, LIFT, why_no_gl

TIMEOUT = 30_000


def _coloured(image: QImage, step: int = 4) -> int:
    """How many sampled pixels are neither white nor grey: the surface's colours."""
    count = 0
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            c = image.pixelColor(x, y)
            count += max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 40
    return count


def test_this_session_has_opengl(qtbot):
    assert why_no_gl() is None


def test_the_2d_lab_draws_the_surface_and_the_paths(qtbot, window):
    window.open_lab("surface")
    lab = window.labs.descent2d
    view3d = lab.surface3d
    qtbot.waitUntil(lambda: view3d.isVisible() and view3d.view.isValid(), timeout=TIMEOUT)
    assert lab.box_3d.isChecked() and lab.box_3d.isEnabled() and not lab.gl_note.isVisible()
    bowl = SURFACES["bowl"]
    path = descent_path(bowl, bowl.start, "sgd", 0.1, 40)
    line, dots, points, *_ = view3d.paths["sgd"]
    np.testing.assert_allclose(points, path)
    # The path lies on the surface: its heights are f at its points, in the box's scale.
    z_top = bowl.f(bowl.extent, bowl.extent)
    np.testing.assert_allclose(dots.pos[:, 2], HEIGHT * bowl.f(path[:, 0], path[:, 1]) / z_top
                               + LIFT, atol=1e-5)
    assert dots.pos[-1, 2] < dots.pos[0, 2] / 10  # down the bowl
    assert _coloured(view3d.view.grabFramebuffer()) > 500

    # Dragging turns the surface.
    azimuth = view3d.view.opts["azimuth"]
    centre = view3d.view.rect().center()
    qtbot.mousePress(view3d.view, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(view3d.view, centre + QPoint(30, 0))
    qtbot.mouseMove(view3d.view, centre + QPoint(80, 0))
    qtbot.mouseRelease(view3d.view, Qt.MouseButton.LeftButton, pos=centre + QPoint(80, 0))
    assert view3d.view.opts["azimuth"] != azimuth

    # Another function: the surface and the paths follow it.
    lab.surface.setCurrentIndex(lab.surface.findData("rosenbrock"))
    lab.set_surface()
    rosen = SURFACES["rosenbrock"]
    np.testing.assert_allclose(view3d.paths["adam"][2],
                               descent_path(rosen, rosen.start, "adam", 0.1, 40)[
                                   view3d._inside(view3d.paths["adam"][2])])
    assert view3d.z_range[1] > 1000  # Rosenbrock's top, fitted into the same box

    lab.box_3d.click()  # the map alone
    assert not view3d.isVisible()


def test_the_quiver_in_3d_follows_training(qtbot, window):
    quiver = window.quiver_view
    window.quiver_dock.raise_()
    qtbot.mouseClick(quiver.button_3d, Qt.MouseButton.LeftButton)
    assert quiver.in_3d and not quiver.gl_note.isVisible()
    window.model.play()
    qtbot.waitUntil(lambda: len(quiver.compute_seconds) >= 3 and len(quiver.path) > 10,
                    timeout=TIMEOUT)
    window.model.pause()
    view3d = quiver.surface3d
    assert view3d.surface.visible() and view3d.grid[2].shape == (21, 21)
    qtbot.waitUntil(lambda: len(view3d.paths["training"][2]) > 3, timeout=TIMEOUT)
    assert _coloured(view3d.view.grabFramebuffer()) > 300
    # Back to the flat view: the landscape is drawn there again, on the coarser grid.
    quiver.button_3d.click()
    assert not quiver.in_3d
    qtbot.waitUntil(lambda: quiver.image.image is not None
                    and quiver.image.image.shape == (11, 11), timeout=TIMEOUT)


@pytest.mark.parametrize("flags", [["--lab", "surface"], ["--epochs", "100", "--view",
                                                          "quiver3d"]])
def test_screenshots_on_the_display(tmp_path, flags):
    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run([sys.executable, "-m", "mlpviz", "--screenshot", str(out), "--size",
                           "1280x800", *flags], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # The 3-D surface is in the right half (the lab) or in the quiver's dock (right side).
    assert _coloured(image.copy(640, 0, 640, 800)) > 1000


def test_a_path_before_its_surface_waits_for_it(qtbot):
    """The quiver's landscape comes from a thread: a training path may arrive first."""
    from mlpviz.gui.kit.surface3d import Surface3D

    view3d = Surface3D()
    qtbot.addWidget(view3d)
    view3d.set_path("training", np.array([[0.0, 0.0], [0.5, 0.5]]))
    line, dot, *_ = view3d.paths["training"]
    assert not line.visible() and not dot.visible()
    grid = np.linspace(-1, 1, 5)
    view3d.set_surface(grid, grid, np.add.outer(grid ** 2, grid ** 2))
    assert line.visible() and dot.visible()


def test_the_3d_views_follow_the_theme(qtbot, window):
    quiver = window.quiver_view
    window.quiver_dock.raise_()
    window.themes.choose("dark")
    qtbot.mouseClick(quiver.button_3d, Qt.MouseButton.LeftButton)  # made in the dark
    view = quiver.surface3d.view
    corner = view.grabFramebuffer().pixelColor(3, 3)
    assert corner.lightness() < 60
    window.themes.choose("light")  # and back, as it is
    qtbot.waitUntil(lambda: view.grabFramebuffer().pixelColor(3, 3).lightness() > 230,
                    timeout=TIMEOUT)
