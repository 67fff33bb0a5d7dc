"""The compiled kernels a bundle ships, as a Numba cache locator (named in
NUMBA_CACHE_LOCATOR_CLASSES by kernel_cache.prepare, in a bundle only).

Why a locator of our own: Numba's own ones either write where the source is (a bundle may
sit on a read-only medium, and its cache must still load) or key the folder on the source's
absolute path (moving the bundle would lose the cache), and a frozen program's stamp is a
hash of its executable, which signing a macOS or Windows bundle after the build changes.
This one reads the bundle's `mlpviz_kernels` folder wherever the bundle is, without writing
to it, and only for a function whose index there is fresh; any other function (or a
damaged index) falls through to the next locator, the per-user folder, where it is
compiled. Its stamp is mlpviz's version and the kernels' source files, shipped as files.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import sys
from functools import cache
from pathlib import Path
from types import FunctionType

from numba.core.caching import (
    IndexDataCacheFile,
    _CacheLocator,
    _SourceFileBackedLocatorMixin,
)

from ... import __version__
from .kernel_cache import shipped_folder, shipping

KERNEL_SOURCES = ("compiled_kernels.py", "kernel_blocks.py")  # beside this module


@cache
def kernels_stamp() -> tuple[str, str]:
    """mlpviz's version and a hash of the kernels' source (a kernel inlines the blocks)."""
    digest = hashlib.sha256()
    for name in KERNEL_SOURCES:
        digest.update(Path(__file__).with_name(name).read_bytes())
    return __version__, digest.hexdigest()


def index_name(py_func: FunctionType) -> str:
    """Numba's name for the function's index file (CacheImpl.get_filename_base)."""
    modname = os.path.splitext(os.path.basename(inspect.getfile(py_func)))[0]
    qualname = getattr(py_func, "__qualname__", py_func.__name__)
    fullname = f"{modname}.{qualname}".replace("<", "").replace(">", "")
    lineno = py_func.__code__.co_firstlineno
    v = sys.version_info
    return f"{fullname}-{lineno}.py{v[0]}{v[1]}{getattr(sys, 'abiflags', '')}"


class ShippedCacheLocator(_SourceFileBackedLocatorMixin, _CacheLocator):
    def __init__(self, py_func: FunctionType, py_file: str, folder: str) -> None:
        self._py_file = py_file
        self._lineno = py_func.__code__.co_firstlineno
        self._folder = folder

    def get_source_stamp(self) -> tuple[str, str]:
        return kernels_stamp()

    def ensure_cache_path(self) -> None:
        """Reading needs the folder only; the bundle may be read-only."""
        if not os.path.isdir(self._folder):
            raise OSError(f"{self._folder}: no such folder")

    def get_cache_path(self) -> str:
        return self._folder

    @classmethod
    def from_function(cls, py_func: FunctionType, py_file: str
                      ) -> ShippedCacheLocator | None:
        folder = shipped_folder()
        if folder is None:
            return None
        self = cls(py_func, py_file, str(folder))
        if shipping():  # the build: compile into the bundle
            return self
        base = index_name(py_func)
        if not (folder / f"{base}.nbi").is_file():
            return None
        cpu = os.environ.get("NUMBA_CPU_NAME", "")
        try:  # fresh for this mlpviz and this Numba, readable, and for this run's CPU
            index = IndexDataCacheFile(str(folder), base,  # type: ignore[no-untyped-call]
                                       kernels_stamp())
            overloads = index._load_index()  # type: ignore[no-untyped-call]
            # (a key: signature, (target, CPU, features), code hashes)
            if cpu and not any(key[1][1] == cpu for key in overloads):
                return None
            return self if overloads else None
        except Exception:
            return None
