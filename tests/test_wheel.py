"""The wheel as a user gets it: built from the checkout, installed into a fresh virtual
environment outside it (dependencies from the package index), and run from another folder,
so nothing can come from the checkout. About a minute, most of it pip."""

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow  # pip builds and installs the wheel: about a minute

HANGUL = re.compile("[\uac00-\ud7a3]")
MENU_TITLES = """
import sys
from mlpviz.gui.kit import qt_setup
qt_setup.use_offscreen(1280, 800)
from PySide6.QtWidgets import QApplication
app = QApplication(["mlpviz"])
from mlpviz.gui.shell.headless import headless_window
with headless_window(language="ko") as window:
    print(window.language.code, "|".join(a.text() for a in window.menuBar().actions()))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path, Path]:
    """(the wheel, the venv's bin folder, a working folder away from the checkout)."""
    root = tmp_path_factory.mktemp("wheel")
    pip_env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                    str(root / "dist"), str(ROOT)], check=True, env=pip_env, timeout=600,
                   capture_output=True)
    wheel = next((root / "dist").glob("mlpviz-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", str(root / "venv")], check=True, timeout=120)
    bin_ = root / "venv" / "bin"
    done = subprocess.run([str(bin_ / "pip"), "install", "-q", str(wheel)], env=pip_env,
                          timeout=900, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]  # (pip's reason, in the report)
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    return wheel, bin_, elsewhere


def _run(installed, *args: str, **env: str) -> subprocess.CompletedProcess:
    _, bin_, elsewhere = installed
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_QPA"))}
    return subprocess.run(args if args[0].startswith("/") else [str(bin_ / args[0]), *args[1:]],
                          cwd=elsewhere, capture_output=True, text=True, timeout=300,
                          env={**clean, "QT_QPA_PLATFORM": "offscreen", **env})


def test_the_wheel_holds_what_the_app_reads(installed):
    names = set(zipfile.ZipFile(installed[0]).namelist())
    for needed in ("mlpviz/share/i18n/mlpviz_ko.qm", "mlpviz/share/examples/lecture.json",
                   "mlpviz/share/examples/quiz04.json", "mlpviz/share/icons/mlpviz.svg",
                   "mlpviz/share/icons/mlpviz-256.png",
                   "mlpviz/share/desktop/io.github.mlpviz.mlpviz.desktop",
                   "mlpviz/share/data/digits.csv.gz", "mlpviz/share/data/DIGITS.txt",
                   "mlpviz/share/fonts/NanumGothic.ttf", "mlpviz/share/fonts/OFL.txt"):
        assert needed in names
    for licence in ("LICENSE", "mlpviz/share/fonts/OFL.txt", "mlpviz/share/data/DIGITS.txt"):
        assert any(n.endswith(f".dist-info/licenses/{licence}") for n in names), licence
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(installed[0]).read(metadata).decode()
    assert "License-Expression: MIT AND OFL-1.1 AND CC-BY-4.0" in text
    assert not any(n.endswith((".nbi", ".nbc", ".pyc")) for n in names)


def test_it_runs_from_anywhere(installed):
    from mlpviz import __version__

    done = _run(installed, "mlpviz", "--version")
    assert done.stdout.strip() == f"mlpviz {__version__}"
    done = _run(installed, "python", "-c", "import mlpviz; print(mlpviz.__file__)")
    assert str(installed[1].parent) in done.stdout  # the installed copy, not the checkout
    done = _run(installed, "mlpviz", "walkthrough", "lecture", "--x", "0", "0", "--target",
                "0", "--lr", "0.2", "--json")
    assert done.returncode == 0, done.stderr
    assert '"a": [[0.0, 0.0], [0.52497918747894, 0.549833997312478], [0.709383' in done.stdout
    done = _run(installed, "mlpviz", "train", "--dataset", "digits", "--layers", "8",
                "--epochs", "2", "--json")  # the digits read from the installed package
    assert done.returncode == 0 and '"accuracy"' in done.stdout, done.stderr


def test_korean_loads_from_the_wheel(installed):
    shot = installed[2] / "ko.png"
    done = _run(installed, "mlpviz", "--screenshot", str(shot), "--lang", "ko", "--size",
                "1280x800", "--preset", "lecture", "--walk-step", "9")  # a bundled network
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert shot.stat().st_size > 10_000
    done = _run(installed, "python", "-c", MENU_TITLES)
    assert done.returncode == 0, done.stderr
    code, titles = done.stdout.strip().split(" ", 1)
    assert code == "ko"
    assert all(HANGUL.search(title) for title in titles.split("|")), titles


def test_the_gui_launcher_is_installed(installed):
    assert (installed[1] / "mlpviz-gui").exists()


def test_pip_uninstall_leaves_nothing_in_site_packages(installed):
    """After the kernels were compiled and used (train, above and here): they are in the
    user's cache, so uninstalling leaves no file under site-packages/mlpviz. (Last: it
    uninstalls the module's install.)"""
    _, bin_, elsewhere = installed
    home = elsewhere / "home"
    home.mkdir(exist_ok=True)
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("NUMBA_", "XDG_"))}
    done = subprocess.run([str(bin_ / "mlpviz"), "train", "--epochs", "5", "--json"],
                          cwd=elsewhere, capture_output=True, text=True, timeout=300,
                          env={**clean, "HOME": str(home)})
    assert done.returncode == 0, done.stderr
    assert list((home / ".cache" / "mlpviz" / "kernels").glob("**/*.nbi"))
    site = Path(subprocess.run([str(bin_ / "python"), "-c",
                                "import mlpviz, os; print(os.path.dirname(mlpviz.__file__))"],
                               capture_output=True, text=True, cwd=elsewhere).stdout.strip())
    assert site.is_dir() and "site-packages" in str(site)
    done = subprocess.run([str(bin_ / "pip"), "uninstall", "-y", "mlpviz"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    left = [str(p) for p in site.rglob("*")] if site.exists() else []
    assert left == []
