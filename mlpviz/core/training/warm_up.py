"""Getting the compiled kernels ready without holding anyone up.

When Numba's cache already holds them, they load in this process in half a second. When it
does not (a fresh install), compiling them here would hold the GIL for some ten seconds, and
the window would freeze; so a child process compiles them into the cache, this process trains
on NumPy meanwhile, and loads them once the child is done. Closing the window cancels the
child: nothing waits for it.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess

from ..own_process import own_command
from . import compiled

IDLE, COMPILING, READY, UNAVAILABLE = "idle", "compiling", "ready", "unavailable"
# The child is mlpviz itself (a bundle has no `python -c`): `mlpviz --compile-kernels`.
CHILD_FLAG = "--compile-kernels"


class KernelWarmUp:
    def __init__(self) -> None:
        self.state = IDLE
        self._child: subprocess.Popen[bytes] | None = None

    def start(self) -> str:
        """Begin; returns the state (READY at once when the cache was warm)."""
        if self.state != IDLE:
            return self.state
        if compiled.loaded():
            self.state = READY
        elif os.environ.get("MLPVIZ_NO_JIT") or importlib.util.find_spec("numba") is None:
            self.state = UNAVAILABLE
        elif compiled.cache_is_warm():
            self.state = READY if compiled.warm_up() else UNAVAILABLE
        else:
            self._child = subprocess.Popen(
                own_command(CHILD_FLAG), stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.state = COMPILING
        return self.state

    def poll(self) -> bool:
        """True once, when a child's compile has finished and the kernels have loaded
        here. Cheap: call it between training slices."""
        if self.state != COMPILING or self._child is None or self._child.poll() is None:
            return False
        ok = self._child.returncode == 0
        self._child = None
        self.state = READY if ok and compiled.warm_up() else UNAVAILABLE
        return self.state == READY

    def cancel(self) -> None:
        """Stop a child compile (the window is closing)."""
        if self._child is not None and self._child.poll() is None:
            self._child.kill()
            self._child.wait()
        self._child = None
        if self.state == COMPILING:
            self.state = IDLE
