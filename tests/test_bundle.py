"""The Linux app bundle as a lecturer without Python gets it: built by tools/build_bundle.sh
from a clean clone of the checkout (PyInstaller installed by the script itself), unpacked
into a fresh folder outside the checkout, run with an empty home. Some minutes: pip,
PyInstaller and two compiles of the kernels."""

import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_kernel_cache import _read_only_namespace_works

pytestmark = pytest.mark.slow

BUDGET_MB = 150  # the packed bundle (issue 30)
KEEP = ("PATH", "LANG", "LC_ALL", "TMPDIR", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL",
        "PIP_TRUSTED_HOST", "PIP_FIND_LINKS", "PIP_CONFIG_FILE")


def _env(home: Path, **extra: str) -> dict[str, str]:
    """Nothing of the test run's own: no venv, no NUMBA_ or MLPVIZ_ settings, no XDG."""
    env = {k: v for k, v in os.environ.items() if k in KEEP}
    return {**env, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> tuple[Path, Path]:
    """(the unpacked bundle's folder, an empty home)."""
    root = tmp_path_factory.mktemp("bundle")
    source = root / "source"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(source)], check=True, timeout=120)
    build_home = root / "build-home"
    build_home.mkdir()
    env = {**_env(build_home), "PYTHON": shutil.which("python3.11") or "python3"}
    done = subprocess.run(["bash", "tools/build_bundle.sh"], cwd=source, env=env,
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    tarballs = list((source / "dist").glob("mlpviz-*-linux-*.tar.gz"))
    assert len(tarballs) == 1
    assert tarballs[0].stat().st_size <= BUDGET_MB * 2**20
    unpacked = root / "elsewhere"
    with tarfile.open(tarballs[0]) as tar:
        tar.extractall(unpacked, filter="tar")
    shutil.rmtree(source)  # nothing can come from the clone now
    home = root / "home"
    home.mkdir()
    return unpacked / "mlpviz", home


def _run(bundle, *args: str, folder: Path | None = None, **env: str
         ) -> subprocess.CompletedProcess:
    app, home = bundle
    return subprocess.run([str((folder or app) / "mlpviz"), *args], capture_output=True,
                          text=True, timeout=300, cwd=home, env=_env(home, **env))


def _fields(text: str) -> dict[str, str]:
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in
                                              text.splitlines() if ":" in line)}


def test_it_runs_compiled_from_the_first_frame(bundle):
    from mlpviz import __version__

    app, home = bundle
    assert (app / "mlpviz").is_file() and os.access(app / "mlpviz", os.X_OK)
    done = _run(bundle, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"mlpviz {__version__}"
    done = _run(bundle, "--info")
    assert done.returncode == 0, done.stderr
    info = _fields(done.stdout)
    assert info["mlpviz"].startswith(f"{__version__} (bundle")
    assert info["training"] == "compiled kernels (Numba), ready in the cache"
    assert "shipped: " in info["kernel cache"]
    done = _run(bundle, "bench", "--gui", "--seconds", "8", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["backend"] == "compiled" and result["seconds_to_compiled"] is not None
    # the shipped kernels were used: nothing compiled into the per-user cache
    assert not list((home / ".cache").glob("**/*.nbi"))


def test_korean_and_the_walkthrough_from_the_bundle(bundle):
    app, home = bundle
    shot = home / "ko.png"
    done = _run(bundle, "--screenshot", str(shot), "--lang", "ko", "--size", "1280x720",
                "--preset", "lecture", "--walk-step", "9")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert shot.stat().st_size > 10_000
    done = _run(bundle, "walkthrough", "lecture")
    assert done.returncode == 0 and "0.709383" in done.stdout


def test_moved_started_twice_and_read_only(bundle, tmp_path):
    app, home = bundle
    moved = tmp_path / "somewhere else" / "mlpviz"
    shutil.copytree(app, moved, symlinks=True)  # a copy: modification times are new
    runs = [subprocess.Popen([str(moved / "mlpviz"), "train", "--epochs", "200", "--json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=home, env=_env(home)) for _ in range(2)]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0 and err == "", err
        assert '"epochs": 200' in out
    assert not list((home / ".cache").glob("**/*.nbi"))  # still the shipped kernels
    if not _read_only_namespace_works():
        return
    flags = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    script = (f"mount --bind '{moved}' '{moved}' && mount -o remount,bind,ro '{moved}' && "
              f"exec '{moved}/mlpviz' --info")
    done = subprocess.run(["unshare", *flags, "sh", "-c", script], capture_output=True,
                          text=True, timeout=300, cwd=home, env=_env(home))
    assert done.returncode == 0, done.stderr
    assert _fields(done.stdout)["training"] == "compiled kernels (Numba), ready in the cache"


def test_kernels_for_another_cpu_are_compiled_into_the_users_cache(bundle, tmp_path):
    """Kernels the bundle does not ship (here: for x86-64-v2, asked for by name) are
    compiled into the per-user folder, never into the bundle, and trained with."""
    app, _ = bundle
    home = tmp_path / "home"
    home.mkdir()
    shipped = sorted(p.name for p in (app / "_internal" / "mlpviz_kernels").iterdir())
    done = subprocess.run([str(app / "mlpviz"), "train", "--epochs", "20", "--json"],
                          capture_output=True, text=True, timeout=600, cwd=home,
                          env=_env(home, MLPVIZ_KERNEL_CPU="x86-64-v2"))
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert list((home / ".cache" / "mlpviz").glob("**/*.nbi"))
    assert sorted(p.name for p in (app / "_internal" / "mlpviz_kernels").iterdir()) == shipped
