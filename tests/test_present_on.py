"""View ▸ Present on (issue 24): with two screens, F5 presents on the one the lecturer
chose, remembered. Qt reads its screens once per process, so this runs in a child process
on an offscreen platform with two screens: a laptop's and a 1280×720 projector."""

import json
import os
import subprocess
import sys

from .conftest import ROOT

CHILD = r"""
import json, os, sys, tempfile
config = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpiX": 96,
     "logicalDpiY": 96, "dpr": 1},
    {"name": "projector", "x": 1600, "y": 0, "width": 1280, "height": 720,
     "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}
path = os.path.join(sys.argv[1], "screens.json")
open(path, "w").write(json.dumps(config))
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(["mlpviz"])
from mlpviz.gui.kit import qt_setup
qt_setup.configure_pyqtgraph()
from mlpviz.gui.shell.main_window import MainWindow
settings = QSettings(os.path.join(sys.argv[1], "s.ini"), QSettings.Format.IniFormat)
out = {}
for run in ("choose", "again"):
    w = MainWindow(settings=settings, restore_layout=False, ask=lambda *_: False,
                   autosave_folder=__import__("pathlib").Path(sys.argv[1], run))
    w.resize(1200, 800)
    w.show()
    app.processEvents()
    w.menus.present_on.aboutToShow.emit()
    names = [a.text() for a in w.menus.present_on.actions()]
    if run == "choose":
        next(a for a in w.menus.present_on.actions() if a.text().startswith("projector")
             ).trigger()
    w.action_set.present.trigger()
    for _ in range(20):
        app.processEvents()
    out[run] = {"names": names, "screen": w.screen().name(),
                "size": [w.width(), w.height()], "full": w.isFullScreen(),
                "factor": w.presentation.scale}
    w.close()
    w.shutdown()
print(json.dumps(out))
"""


def test_f5_presents_on_the_chosen_screen(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["choose"]["names"] == ["laptop (1600×1000)", "projector (1280×720)"]
    for run in ("choose", "again"):  # chosen, then remembered in the next window
        assert out[run]["screen"] == "projector" and out[run]["full"], out
        assert out[run]["size"] == [1280, 720]
