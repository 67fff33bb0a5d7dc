"""A lesson that keeps its state (issue 24): each page sets up what it shows and leaving it
stops what it started; a lab takes the diagram's place inside the window; a restart
reopens the page as the page sets it up; `--screenshot --lesson N` gives the same picture
every time, at exactly --size or with one line saying why not."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from .conftest import ROOT, make_window

TIMEOUT = 20_000
PLAYGROUND, QUIZ03, BACKPROP, QUIZ04, FORWARD, MLP_XOR4 = 10, 11, 9, 12, 4, 3


def _settled(qtbot, window):
    qtbot.waitUntil(lambda: window.worker.shown(window.model.snapshot.commands),
                    timeout=TIMEOUT)


def _at_page(qtbot, window, number):
    window.lesson_panel.go(number)
    window.action_set.lesson.setChecked(True)
    _settled(qtbot, window)


def test_a_page_without_a_preset_shows_no_hint_of_another(qtbot, window):
    _at_page(qtbot, window, MLP_XOR4)
    assert window.boundary_view.watch.isVisibleTo(window.boundary_view)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.lesson_panel.number == FORWARD
    assert window.boundary_view.watch.isHidden() and window.preset_key is None
    for _ in range(6):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.lesson_panel.number == PLAYGROUND and window.boundary_view.watch.isHidden()


def test_the_playground_page_opens_the_chapters_link_as_playgrounds_run(qtbot, window):
    _at_page(qtbot, window, PLAYGROUND)
    qtbot.waitUntil(lambda: window.model.snapshot.playground is not None, timeout=TIMEOUT)
    snap = window.model.snapshot
    assert (snap.settings.dataset, snap.playground.state.seed) == ("gauss", "0.06")
    assert window.lesson_panel.copy_link.isVisibleTo(window.lesson_panel)
    qtbot.mouseClick(window.lesson_panel.copy_link, Qt.MouseButton.LeftButton)
    assert "seed=0.06" in QApplication.clipboard().text()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # Quiz 03: Playground's run ends, silently
    qtbot.waitUntil(lambda: window.model.snapshot.playground is None, timeout=TIMEOUT)
    assert "Playground-exact" not in window.statusBar().currentMessage()
    assert not window.lesson_panel.copy_link.isVisibleTo(window.lesson_panel)


def test_leaving_a_page_stops_the_training_it_started(qtbot, window):
    _at_page(qtbot, window, PLAYGROUND)
    qtbot.waitUntil(lambda: window.model.snapshot.playing
                    and window.model.snapshot.epoch > 3, timeout=TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    _settled(qtbot, window)
    assert not window.model.snapshot.playing
    epoch = window.model.snapshot.epoch
    qtbot.wait(300)
    assert window.model.snapshot.epoch == epoch
    window.action_set.lesson.setChecked(False)  # leaving the lesson too
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # (reopens it, at Quiz 03)
    assert window.lesson.on and window.lesson_panel.number == QUIZ03


def test_a_walkthrough_page_shows_the_walkthroughs_network(qtbot, window):
    _at_page(qtbot, window, PLAYGROUND)  # 2-4-2-1 on the circle
    qtbot.waitUntil(lambda: window.model.snapshot.units == [4, 2, 1], timeout=TIMEOUT)
    for _ in range(PLAYGROUND - BACKPROP):
        qtbot.keyClick(window, Qt.Key.Key_PageUp)
    _settled(qtbot, window)
    assert window.model.snapshot.units == [2, 1]  # the diagram: the lecture's 2-2-1
    assert window.walkthrough.net.units == [2, 1]
    assert window.walkthrough_dock.isVisible()
    assert not window.boundary_dock.isVisible() and not window.loss_dock.isVisible()


def test_a_lab_page_shows_the_lab_inside_the_window(qtbot, window):
    _at_page(qtbot, window, 2)
    assert window.central.showing_lab and window.labs.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    assert visible == [window]
    window.presentation.set(True)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the keys work with the lab in view
    assert window.lesson_panel.number == 3 and not window.central.showing_lab
    assert window.network_view.isVisible()


def test_a_lab_from_the_menu_takes_the_centre_and_gives_it_back(qtbot, window):
    assert window.boundary_dock.isVisible() and window.controls_dock.isVisible()
    window.open_lab("descent1d")
    assert window.central.showing_lab
    assert not window.boundary_dock.isVisible() and not window.controls_dock.isVisible()
    window.labs.back.click()
    assert not window.central.showing_lab and window.network_view.isVisible()
    assert window.boundary_dock.isVisible() and window.controls_dock.isVisible()


def test_the_lesson_and_its_page_come_back_after_a_restart(qtbot, tmp_path):
    first = make_window(qtbot, tmp_path, restore_layout=True)
    first.resize(1280, 800)
    first.presentation.set(True)
    first.lesson_panel.go(BACKPROP)
    first.action_set.lesson.setChecked(True)
    _settled(qtbot, first)
    first.close()
    again = make_window(qtbot, tmp_path, restore_layout=True)
    qtbot.waitUntil(lambda: again.lesson.on, timeout=TIMEOUT)
    assert again.lesson_panel.number == BACKPROP
    _settled(qtbot, again)
    assert again.model.snapshot.units == [2, 1] and again.walkthrough.active
    again.action_set.lesson.setChecked(False)  # normal mode: every panel back
    assert again.controls_dock.isVisible() and again.boundary_dock.isVisible()
    assert again.loss_dock.isVisible() and not again.walkthrough.active


def _shot(tmp_path, name, *flags):
    out = tmp_path / name
    done = subprocess.run([sys.executable, "-m", "mlpviz", "--screenshot", str(out), *flags],
                          capture_output=True, text=True, cwd=ROOT, timeout=180)
    return done, out


def test_a_lesson_screenshot_is_the_same_every_time(tmp_path):
    flags = ("--size", "1024x768", "--present", "--lang", "ko", "--lesson", str(PLAYGROUND))
    images = []
    for name in ("a.png", "b.png"):
        done, out = _shot(tmp_path, name, *flags)
        assert done.returncode == 0, done.stderr
        assert "epoch 150" in done.stdout  # a fixed run from the page's initial weights
        images.append(QImage(str(out)))
    assert images[0].size().toTuple() == (1024, 768)
    assert images[0] == images[1]


@pytest.mark.parametrize("size", ["1024x720", "1280x720"])
def test_a_screenshot_is_exactly_its_size(tmp_path, size):
    done, out = _shot(tmp_path, "s.png", "--size", size, "--lang", "ko", "--lesson", "5")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert f"{image.width()}x{image.height()}" == size


def test_a_size_the_window_cannot_have_is_one_line(tmp_path):
    done, out = _shot(tmp_path, "s.png", "--size", "640x400")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "it needs at least" in done.stderr and not out.exists()
