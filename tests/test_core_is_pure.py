"""mlpviz.core must never import Qt or pyqtgraph: it runs headless and in the worker."""

import ast
import subprocess
import sys

from .conftest import ROOT

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6")


def test_no_qt_import_in_source():
    for path in (ROOT / "mlpviz" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_importing_core_and_cli_loads_no_qt():
    code = ("import sys, mlpviz.core.training.scenario, mlpviz.core.lessons.trace, mlpviz.cli; "
            f"print([m for m in {FORBIDDEN!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stderr
