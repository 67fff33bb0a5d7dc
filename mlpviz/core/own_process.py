"""How mlpviz starts itself again, for the work it hands to a child process (the first-run
kernel compile, the handout, a recording, the benches' probes).

Why not `sys.executable -m mlpviz` everywhere: in a frozen bundle (PyInstaller) the
executable is mlpviz itself, which knows no `-m` or `-c`; there the child is the executable
with the arguments alone. From a venv, `python -m mlpviz`, `mlpviz-gui` and pipx,
`sys.executable` is the Python that runs mlpviz now, so the child runs the same install."""

from __future__ import annotations

import sys


def frozen() -> bool:
    """Whether this is a bundle (PyInstaller sets sys.frozen) rather than a Python install."""
    return bool(getattr(sys, "frozen", False))


def own_command(*args: str) -> list[str]:
    """The command line that runs `mlpviz ARGS…` with this very install."""
    if frozen():
        return [sys.executable, *args]
    return [sys.executable, "-m", "mlpviz", *args]
