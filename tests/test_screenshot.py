"""`mlpviz --screenshot` renders the real window offscreen at exactly the size asked."""

import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from .conftest import ROOT


@pytest.mark.parametrize("size", ["1280x800", "1600x1000"])
def test_screenshot_size(tmp_path, size):
    out = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-m", "mlpviz", "--screenshot", str(out), "--size",
                           size, "--dataset", "xor", "--layers", "4,4", "--epochs", "3"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    image = QImage(str(out))
    assert f"{image.width()}x{image.height()}" == size


def test_screenshot_bad_size(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "mlpviz", "--screenshot",
                           str(tmp_path / "x.png"), "--size", "big"], capture_output=True,
                          text=True, cwd=ROOT)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1


def test_first_paint_probe():
    proc = subprocess.run([sys.executable, "-m", "mlpviz", "--first-paint"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "painted", proc.stderr


def test_no_display_is_one_line_not_an_abort():
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "mlpviz"], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert "no display" in proc.stderr
