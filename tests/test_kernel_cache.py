"""Where the compiled kernels are cached: never beside the source (site-packages), the
per-user folder by default, a temporary one when nothing else can be written, and a damaged
cache rebuilt once with a note. Each case runs mlpviz in a child process, since Numba reads
its settings when it is imported."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy
import pytest

import mlpviz

NUMBA_VARS = ("NUMBA_CACHE_DIR", "NUMBA_CACHE_LOCATOR_CLASSES", "NUMBA_CPU_NAME",
              "NUMBA_CPU_FEATURES", "XDG_CACHE_HOME")
CHOICE = ("from mlpviz.core.training import kernel_cache as k; c = k.prepare(); "
          "import os; print(c.how, c.folder, os.environ['NUMBA_CACHE_LOCATOR_CLASSES'])")


def _env(**extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in NUMBA_VARS}
    return {**clean, **extra}


def _python(code: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=_env(**env))


def test_the_cache_is_the_users_not_the_packages(tmp_path):
    done = _python(CHOICE, HOME=str(tmp_path))
    how, folder, locators = done.stdout.split()
    assert how == "per-user" and folder == str(tmp_path / ".cache" / "mlpviz" / "kernels")
    assert locators == "UserProvidedCacheLocator"  # never the in-tree one (site-packages)
    given = tmp_path / "mine"
    done = _python(CHOICE, HOME=str(tmp_path), NUMBA_CACHE_DIR=str(given))
    assert done.stdout.split()[:2] == ["NUMBA_CACHE_DIR", str(given)]


def test_an_unwritable_home_gets_a_private_temporary_cache(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    code = CHOICE + "; print(oct(os.stat(c.folder).st_mode & 0o777))"
    done = _python(code, HOME=str(blocked / "home"))  # a home below a file: cannot be made
    how, folder, _, mode = done.stdout.split()
    assert how == "temporary" and mode == "0o700"
    assert not Path(folder).exists()  # removed when the process ended


@pytest.mark.slow
def test_a_damaged_cache_is_rebuilt_once_with_a_note(tmp_path):
    cache = tmp_path / "kernels"
    train = [sys.executable, "-m", "mlpviz", "train", "--epochs", "5", "--json"]
    env = _env(NUMBA_CACHE_DIR=str(cache), HOME=str(tmp_path))
    first = subprocess.run(train, capture_output=True, text=True, timeout=300, env=env)
    assert first.returncode == 0, first.stderr
    indexes = list(cache.glob("**/*.nbi"))
    assert indexes
    for index in indexes:
        index.write_bytes(b"\x80\x04garbage, cut short")
    damaged = subprocess.run(train, capture_output=True, text=True, timeout=300, env=env)
    assert damaged.returncode == 0, damaged.stderr
    assert damaged.stderr.count("\n") == 1 and "damaged" in damaged.stderr, damaged.stderr
    assert damaged.stdout.split('"epochs": ')[1].startswith("5")
    again = subprocess.run(train, capture_output=True, text=True, timeout=300, env=env)
    assert again.returncode == 0 and again.stderr == "", again.stderr


def _read_only_namespace_works() -> bool:
    if not shutil.which("unshare"):
        return False
    flags = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    probe = subprocess.run(["unshare", *flags, "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.slow
def test_a_read_only_install_and_home_still_train(tmp_path):
    """site-packages and the package read-only, the home too (a lab machine's install):
    `train` compiles into a temporary cache, or trains on NumPy; exit 0. Read-only for
    root too: bind mounts in a mount namespace of the child's own."""
    if not _read_only_namespace_works():
        pytest.skip("no mount namespace here (unshare -m) to make folders read-only in")
    home = tmp_path / "home"
    home.mkdir()
    folders = {str(home), str(Path(mlpviz.__file__).parent),
               str(Path(numpy.__file__).parents[1])}  # the package, site-packages
    mounts = "".join(f"mount --bind '{d}' '{d}' && mount -o remount,bind,ro '{d}' && "
                     for d in sorted(folders))
    script = (f"{mounts}touch '{home}/x' 2>/dev/null && exit 99; "
              f"exec '{sys.executable}' -m mlpviz train --epochs 20 --json")
    flags = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    done = subprocess.run(["unshare", *flags, "sh", "-c", script], capture_output=True,
                          text=True, timeout=300, env=_env(HOME=str(home)))
    assert done.returncode != 99, "the home was still writable"
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and '"epochs": 20' in done.stdout, done.stderr
    assert list(home.iterdir()) == []
