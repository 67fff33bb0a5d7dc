"""The codebase's shape, checked as its tests are: the layers and the window's rooms
(import-linter's contracts in pyproject.toml), ruff, and the rooms' measures."""

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def _tool(name: str) -> str:
    """A console script of this environment's (beside its python)."""
    return str(Path(sys.executable).with_name(name))


def test_the_layers_and_rooms_hold():
    done = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 broken" in done.stdout


def test_ruff_is_clean():
    done = subprocess.run([_tool("ruff"), "check", "mlpviz", "tests", "tools"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]


def test_the_window_is_in_rooms():
    gui = ROOT / "mlpviz" / "gui"
    modules = sorted(p.name for p in gui.glob("*.py"))
    rooms = sorted(p.name for p in gui.iterdir() if (p / "__init__.py").is_file())
    assert len(modules) <= 4, modules
    assert len(rooms) >= 5, rooms
    root_modules = sorted(p.name for p in (ROOT / "mlpviz").glob("*.py"))
    assert root_modules == ["__init__.py", "__main__.py", "cli.py"]  # the entry points
