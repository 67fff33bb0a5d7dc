"""What packaging promises, checked from the checkout: the changelog feeds the metainfo, the
metadata is PEP 639's, the desktop entry points at the bundle when frozen, children start
through the app's own entry point, and the bundles' CI workflow is a valid workflow."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from mlpviz.commands import desktop
from mlpviz.core import own_process
from mlpviz.core.bundled import bundled

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import sync_releases

METAINFO = ROOT / "mlpviz" / "share" / "desktop" / "io.github.mlpviz.mlpviz.metainfo.xml"


def test_the_metainfo_releases_are_the_changelogs():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert sync_releases.releases(changelog), "no release in CHANGELOG.md"
    assert sync_releases.synced(metainfo, changelog) == metainfo, \
        "run python tools/sync_releases.py"
    from mlpviz import __version__

    assert sync_releases.releases(changelog)[0][0] == __version__


def test_the_metainfo_and_desktop_entry_validate():
    if shutil.which("appstreamcli"):
        done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
    text = METAINFO.read_text(encoding="utf-8")
    assert "<description>" in text and '<content_rating type="oars-1.1"' in text
    entry = bundled("desktop", "io.github.mlpviz.mlpviz.desktop").read_text()
    assert "\nTryExec=mlpviz-gui\n" in entry and "\nExec=mlpviz-gui %f\n" in entry


def test_the_metadata_is_pep_639s():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert isinstance(project["license"], str) and project["license"].startswith("MIT")
    for path in project["license-files"]:
        assert (ROOT / path).is_file(), path
    assert project["authors"]
    assert "Programming Language :: Python :: 3.11" in project["classifiers"]
    assert not any(c.startswith("License ::") for c in project["classifiers"])


def test_children_start_through_the_apps_own_entry_point(monkeypatch):
    assert own_process.own_command("--compile-kernels") == [
        sys.executable, "-m", "mlpviz", "--compile-kernels"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/mlpviz/mlpviz")
    assert own_process.own_command("handout", "x.pdf") == ["/opt/mlpviz/mlpviz", "handout",
                                                          "x.pdf"]


def test_the_compile_child_is_a_flag_of_the_app(tmp_path):
    """The window's first-run compile is `mlpviz --compile-kernels` (a bundle has no -c)."""
    from mlpviz.core.training import warm_up

    assert warm_up.CHILD_FLAG == "--compile-kernels"
    done = subprocess.run([sys.executable, "-m", "mlpviz", "--compile-kernels"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_a_bundles_desktop_entry_starts_the_bundle(tmp_path, monkeypatch):
    program = "/opt/mlpviz 0.1/mlpviz"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", program)
    written = desktop.install(tmp_path)
    entry = next(p for p in written if p.suffix == ".desktop").read_text()
    lines = entry.splitlines()
    assert f'Exec="{program}" %f' in lines
    assert f"TryExec={program}" in lines
    if shutil.which("desktop-file-validate"):
        path = next(p for p in written if p.suffix == ".desktop")
        check = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stdout


@pytest.mark.parametrize("name", ["walkthrough", "train", "bench", "handout"])
def test_each_command_has_its_own_usage(name):
    done = subprocess.run([sys.executable, "-m", "mlpviz", name, "-h"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.startswith(f"usage: mlpviz {name} ")


def test_a_file_the_desktop_asks_to_open_opens(qtbot, tmp_path):
    """macOS's Finder sends a double-clicked file as a QFileOpenEvent to the application."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from .conftest import LECTURE_NET, make_window

    window = make_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.model.snapshot is not None)
    assert window.model.snapshot.units != [2, 1]
    app = QCoreApplication.instance()
    app.open_files_with(window.files.open_any)
    assert QCoreApplication.sendEvent(app, QFileOpenEvent(str(LECTURE_NET)))
    qtbot.waitUntil(lambda: window.model.snapshot.units == [2, 1])


def test_the_bundles_workflow_is_a_valid_github_workflow():
    workflow = ROOT / ".github" / "workflows" / "bundles.yml"
    done = subprocess.run([str(Path(sys.executable).with_name("check-jsonschema")),
                           "--builtin-schema", "vendor.github-workflows", str(workflow)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    text = workflow.read_text()
    for needed in ("packaging/mlpviz.spec", "tools/build_bundle.sh", "make_icons.py --bundle",
                   "MLPVIZ_SHIP_KERNELS", "windows-latest", "macos-", "ubuntu-"):
        assert needed in text, needed
