"""Closing is clean at any moment: during a million-step run, a lab's training, right after
an export, and (in a real process, by Ctrl+C) during the first compile of the kernels. The
worker is interrupted, not abandoned: the window closes within a second, the process exits
0, and nothing is printed."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mlpviz.core.training.warm_up import CHILD_FLAG

from .conftest import AT_ONCE, ROOT

TIMEOUT = 20_000


def _close_timed(window) -> float:
    start = time.perf_counter()
    window.close()
    return time.perf_counter() - start


def test_close_during_a_million_step_run(qtbot, window):
    window.start_preset("lecture")
    qtbot.waitUntil(lambda: window.walkthrough.active, timeout=TIMEOUT)
    runs = window.walkthrough_panel.runs
    runs.steps_box.setValue(1_000_000)
    runs.run_button.click()
    qtbot.wait(300)  # the worker is in the run now
    assert runs.last_run is None
    assert _close_timed(window) < 1.0
    assert window.worker_thread.isFinished()


def test_close_during_a_labs_training(qtbot, window):
    window.open_lab("quiz03")
    quiz = window.labs.quiz03
    quiz.epochs.setValue(5000)
    quiz.button.click()
    qtbot.waitUntil(lambda: quiz.runner_thread is not None, timeout=TIMEOUT)
    qtbot.wait(200)
    assert _close_timed(window) < 1.0
    assert quiz.runner_thread is None and not window.labs.isVisible()
    assert window.worker_thread.isFinished()


def test_close_right_after_an_export(qtbot, window, tmp_path):
    window.model.play()
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 3, timeout=TIMEOUT)
    start = time.perf_counter()
    window.files.export_picture("window", str(tmp_path / "window.svg"))
    exported = time.perf_counter() - start
    assert (tmp_path / "window.svg").stat().st_size > 1000
    assert exported + _close_timed(window) < 1.5
    assert window.worker_thread.isFinished()


CHILD = CHILD_FLAG.encode()  # the window's compile child: `mlpviz --compile-kernels`


def _warm_up_children() -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and CHILD in (entry / "cmdline").read_bytes().split(b"\0"):
                pids.append(int(entry.name))
        except OSError:
            continue
    return pids


@pytest.mark.slow
@pytest.mark.parametrize("cold", [False, True], ids=["training", "first-compile"])
def test_ctrl_c_closes_the_window_process(tmp_path, cold):
    """The real app in its own process, on Qt's offscreen platform, with a scratch home;
    `cold`: an empty Numba cache, so a child is compiling the kernels when Ctrl+C comes."""
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    if cold:
        env["NUMBA_CACHE_DIR"] = str(tmp_path / "numba")
    before = set(_warm_up_children())
    proc = subprocess.Popen([sys.executable, "-m", "mlpviz", "--epochs", "100000"], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            children = set(_warm_up_children()) - before
            if (children if cold else time.monotonic() > deadline - 27):
                break
            time.sleep(0.1)
        assert proc.poll() is None, proc.stderr.read()
        if cold:
            assert children, "no child compiling the kernels"
        start = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
        took = time.monotonic() - start
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err.decode()
    assert out == b"" and err == b"", err.decode()
    assert took < AT_ONCE  # not waiting for the run or the compile to end
    time.sleep(0.2)
    assert not set(_warm_up_children()) - before  # the compile was stopped with it


def test_a_closed_window_is_freed_with_its_plots(qtbot, tmp_path):
    """The heap frozen at the first frame (gc.freeze) is thawed when the window goes: its
    plots' menus and the window itself, held in reference cycles, are collected. Before,
    the suite piled up 25,000 widgets, each sent every font and language change."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from mlpviz.gui.shell.main_window import WARM_UP_MS, MainWindow

    from .conftest import _open_windows, make_window

    def settle() -> None:
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()

    settle()
    before = len(QApplication.allWidgets())
    window = make_window(qtbot, tmp_path)
    window.open_lab("descent1d")
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=TIMEOUT)  # the first frame
    assert len(QApplication.allWidgets()) > before + 200
    window.close()
    window.deleteLater()
    _open_windows.remove(window)
    del window
    qtbot.wait(WARM_UP_MS + 100)  # the warm-up's single shot holds the window until then
    settle()
    assert len(QApplication.allWidgets()) < before + 20
    assert not [o for o in gc.get_objects() if isinstance(o, MainWindow)]
