"""The codebase's shape, checked as its tests are: the layers and the window's rooms
(import-linter's contracts in pyproject.toml), ruff, and the rooms' measures."""

import importlib
import subprocess
import sys
from pathlib import Path
from types import FunctionType

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


def _methods(cls: type) -> set[str]:
    """Every method a class has, inherited ones included (object's own left out): functions,
    class and static methods, and properties, each counted once by name."""
    names = set()
    for klass in cls.__mro__:
        if klass is object:
            continue
        for name, value in vars(klass).items():
            if isinstance(value, (FunctionType, classmethod, staticmethod, property)):
                names.add(name)
    return names


def test_no_session_class_in_core_does_everything():
    classes = {}
    for path in sorted((ROOT / "mlpviz" / "core").rglob("*.py")):
        module = importlib.import_module(
            ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"))
        for name, value in vars(module).items():
            if (isinstance(value, type) and "Session" in name
                    and value.__module__ == module.__name__):
                classes[f"{module.__name__}.{name}"] = len(_methods(value))
    assert "mlpviz.core.session.training_session.TrainingSession" in classes
    assert len(classes) >= 4, classes
    too_many = {name: count for name, count in classes.items() if count > 30}
    assert not too_many, too_many


def test_the_types_check():
    """A bare `mypy`: its files and levels are pyproject.toml's ([tool.mypy])."""
    done = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "Success: no issues found" in done.stdout


def test_no_module_is_long():
    """Small modules with one job: none over 400 lines."""
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "mlpviz").rglob("*.py")
            if (n := len(p.read_text().splitlines())) > 400}
    assert not long, long
