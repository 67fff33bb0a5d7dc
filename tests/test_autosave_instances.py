"""Two instances at once: each autosaves to its own file; after one is killed, the next
start offers exactly that file (never the running one's), and a clean close removes only
the closing instance's own."""

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QSettings

from mlpviz.gui.shell.main_window import MainWindow

from .conftest import ROOT

TIMEOUT = 30_000


def _start(env):
    return subprocess.Popen([sys.executable, "-m", "mlpviz", "--lang", "en"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _autosaves(folder):
    return sorted(folder.rglob("autosave-*.mlpviz"))


def _wait(what, seconds=40.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if what():
            return
        time.sleep(0.2)  # other processes: nothing of this one's to wait on
    raise AssertionError("timed out")


@pytest.mark.slow
def test_two_instances_keep_their_own_autosaves(qtbot, tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "QT_QPA_PLATFORM": "offscreen"}
    first, second = _start(env), _start(env)
    try:
        _wait(lambda: len(_autosaves(data)) == 2)  # each wrote its own
        files = {int(p.name.split("-")[1]): p for p in _autosaves(data)}
        assert set(files) == {first.pid, second.pid}
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        kept = files[second.pid].read_bytes()

        asked = []
        folder = files[first.pid].parent
        settings = QSettings(str(tmp_path / "third.ini"), QSettings.Format.IniFormat)
        third = MainWindow(settings=settings, restore_layout=False, autosave_folder=folder,
                           ask=lambda *a: asked.append(a) or True)
        qtbot.addWidget(third)
        try:
            qtbot.waitUntil(lambda: third.model.snapshot is not None, timeout=TIMEOUT)
            assert len(asked) == 1  # the killed one's, not the running one's
            third.files.autosave()  # once the restoring window's own autosave is on disk,
            qtbot.waitUntil(lambda: not files[first.pid].exists(),  # the restored one goes
                            timeout=TIMEOUT)
            assert files[second.pid].exists()
            third.close()
            assert not third.files.autosave_path.exists()
        finally:
            third.shutdown()
        assert files[second.pid].exists()  # another's clean close left it alone

        second.send_signal(signal.SIGINT)  # closes its window cleanly
        assert second.wait(20) == 0
        assert not files[second.pid].exists()
        assert kept  # it was a real session file while it ran
    finally:
        for p in (first, second):
            if p.poll() is None:
                p.kill()
                p.wait()
