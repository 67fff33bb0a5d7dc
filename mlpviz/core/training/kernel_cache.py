"""Where Numba keeps the compiled kernels, chosen before Numba is imported.

Numba's default writes beside the source, into site-packages: `pip uninstall` left 28 files
behind, and a read-only install stopped `mlpviz train` with "cannot cache function: no
locator available". So the cache is, in this order:
- NUMBA_CACHE_DIR, when the user set it (and it can be written);
- the per-user cache folder (platformdirs: ~/.cache/mlpviz/kernels, ~/Library/Caches/…,
  %LOCALAPPDATA%\\mlpviz\\Cache\\…);
- when neither can be written (a read-only home), a private temporary folder of this run's,
  removed at exit: the kernels compile there in the background, NumPy trains meanwhile;
- none: NumPy alone.
Numba is told to use that folder only (never the source's), so nothing lands in the install.

A bundle (PyInstaller) first looks in the cache it ships (shipped_kernels.py), compiled at
build time for a CPU every machine of its kind has, and found wherever the bundle is moved;
the folders above then hold only what it recompiles.
"""

from __future__ import annotations

import atexit
import os
import platform
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ... import __version__
from ..own_process import frozen

SHIPPED_FOLDER = "mlpviz_kernels"  # in a bundle, beside its Python modules (sys._MEIPASS)
SHIP_VARIABLE = "MLPVIZ_SHIP_KERNELS"  # a bundle's build: compile into this folder
CPUS_FILE = "cpus.txt"  # in it: the CPUs the shipped kernels were compiled for
SHIPPED_LOCATOR = "mlpviz.core.training.shipped_kernels.ShippedCacheLocator"
# x86-64-v3 (AVX2, FMA: Haswell, 2013, and later) runs the kernels ~1.5x as fast as the
# generic x86-64 a bundle must also carry for older machines.
V3_FEATURES = ("avx", "avx2", "bmi", "bmi2", "f16c", "fma", "lzcnt", "movbe", "xsave")


@dataclass(frozen=True)
class KernelCache:
    folder: str  # where recompiles go ("" when nowhere can be written)
    how: str  # "NUMBA_CACHE_DIR", "per-user", "temporary" or "none"
    shipped: str  # a bundle's own compiled kernels ("" outside a bundle)
    cpu: str  # the CPU the kernels are compiled for ("" for this machine's own)


class _Chosen:
    """The choice, made once a process (Numba reads it when it is imported)."""

    value: KernelCache | None = None


def user_cache_folder() -> Path:
    """The per-user folder; a bundle's recompiles apart from a Python install's (another
    interpreter, other modules), one folder per bundle version."""
    import platformdirs

    base = Path(platformdirs.user_cache_dir("mlpviz", appauthor=False)) / "kernels"
    return base / f"bundle-{__version__}" if frozen() else base


def shipping() -> bool:
    """Whether this run compiles the kernels into a bundle being built (MLPVIZ_SHIP_KERNELS:
    tools/build_bundle.sh and the bundles' workflow set it)."""
    return frozen() and bool(os.environ.get(SHIP_VARIABLE))


def shipped_folder() -> Path | None:
    """A bundle's compiled kernels, if this is a bundle that has them (or is being given
    them)."""
    if not frozen():
        return None
    if shipping():
        folder = Path(os.environ[SHIP_VARIABLE])
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    folder = Path(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))) / SHIPPED_FOLDER
    return folder if folder.is_dir() else None


def writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=folder).close()
    except OSError:
        return False
    return True


def _temporary_folder() -> str:
    """A fresh folder only this user can write (a fixed name in /tmp could be planted:
    Numba loads what it finds there), removed when the process ends."""
    try:
        folder = tempfile.mkdtemp(prefix="mlpviz-kernels-")
    except OSError:
        return ""
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _choose_folder() -> tuple[str, str]:
    given = os.environ.get("NUMBA_CACHE_DIR", "")
    if given and writable(Path(given)):
        return given, "NUMBA_CACHE_DIR"
    try:
        user = user_cache_folder()
    except Exception:  # platformdirs found no home at all
        user = None
    if user is not None and writable(user):
        return str(user), "per-user"
    folder = _temporary_folder()
    return folder, "temporary" if folder else "none"


def kernel_cpu() -> str:
    """The CPU the kernels are compiled for: MLPVIZ_KERNEL_CPU when set (the bundle's build
    compiles for each); in a bundle, one its shipped cache holds (x86-64-v3 where this
    machine has it, else generic); elsewhere "" (this machine's own, Numba's default)."""
    given = os.environ.get("MLPVIZ_KERNEL_CPU", "")
    shipped = shipped_folder()
    if given or shipped is None:
        return given
    try:
        held = (shipped / CPUS_FILE).read_text(encoding="utf-8").split()
    except OSError:
        held = []
    if "x86-64-v3" in held and platform.machine().lower() in ("x86_64", "amd64"):
        try:
            import llvmlite.binding as ll

            features = ll.get_host_cpu_features()
            if all(features.get(f) for f in V3_FEATURES):
                return "x86-64-v3"
        except Exception:
            pass
    return "generic" if "generic" in held else ""


def prepare() -> KernelCache:
    """Choose once, and tell Numba (through its environment variables, which its children
    inherit, and its config when it is imported already). Call before importing Numba."""
    if _Chosen.value is not None:
        return _Chosen.value
    folder, how = _choose_folder()
    shipped = shipped_folder()
    cpu = kernel_cpu()
    settings = {"NUMBA_CACHE_DIR": folder,
                # only these places: never the source's folder (site-packages)
                "NUMBA_CACHE_LOCATOR_CLASSES": ",".join(
                    ([SHIPPED_LOCATOR] if shipped else []) + ["UserProvidedCacheLocator"])}
    if cpu:
        settings.update(NUMBA_CPU_NAME=cpu, NUMBA_CPU_FEATURES="")
    os.environ.update(settings)
    config = sys.modules.get("numba.core.config")
    if config is not None:  # Numba read its environment already
        config.CACHE_DIR = folder  # type: ignore[attr-defined]
        config.CACHE_LOCATOR_CLASSES = settings["NUMBA_CACHE_LOCATOR_CLASSES"]  # type: ignore[attr-defined]
        if cpu:
            config.CPU_NAME, config.CPU_FEATURES = cpu, ""  # type: ignore[attr-defined]
    _Chosen.value = KernelCache(folder, how, str(shipped or ""), cpu)
    return _Chosen.value


def chosen() -> KernelCache | None:
    """The choice, if made (for --info and About)."""
    return _Chosen.value


def clear(folder: str) -> int:
    """Remove the kernels' files (and only those) from a cache folder; how many went."""
    removed = 0
    for path in Path(folder).glob("**/*"):
        if path.suffix in (".nbi", ".nbc") and path.name.startswith(
                ("compiled_kernels.", "kernel_blocks.")) and path.is_file():
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
    return removed
