"""Writes that lose no work (issue 25): a full disk still prints the trained network, no
output is written over one of the run's inputs or over another output, an empty name is
refused, screenshots and desktop files go through the safe-write helper, and the desktop
entry follows the specs (a relative $XDG_DATA_HOME ignored, Exec escaped)."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from mlpviz.commands import desktop
from mlpviz.core.errors import MlpvizError

from .conftest import ROOT
from .test_safe_files import _full_disk


def _mlpviz(*args, cwd, **kw):
    return subprocess.run([sys.executable, "-m", "mlpviz", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT),
                               "PYTHONDONTWRITEBYTECODE": "1"}, **kw)


def test_train_out_on_a_full_disk_still_prints_the_network(tmp_path):
    done = _mlpviz("train", "--dataset", "xor", "--epochs", "3", "--json", "--out",
                   tmp_path / "net.json", cwd=tmp_path, preexec_fn=_full_disk(64))
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "cannot write" in done.stderr and "printed above" in done.stderr
    assert len(json.loads(done.stdout)["weights"]) == 3  # the run is not lost
    assert not (tmp_path / "net.json").exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("flags, said", [
    (["--out", "net.json", "net.json"], "--out net.json: that is an input of this run"),
    (["--data", "d.csv", "--emit-script", "d.csv"], "--emit-script d.csv: that is an input"),
    (["--data", "d.csv", "--emit-script", "./d.data.npz/../s.py", "--out", "s.py"],
     "name the same file"),
    (["--data", "d.csv", "--out", ""], "argument --out: give a file name"),
    (["--data", "d.csv", "--emit-script", " "], "argument --emit-script: give a file name"),
    (["--dataset", "xor", "--features", ","], "argument --features: give at least one name"),
], ids=["out-over-net", "script-over-csv", "two-outputs", "empty-out", "empty-script",
        "empty-features"])
def test_outputs_over_inputs_or_empty_are_refused_before_the_run(tmp_path, flags, said):
    (tmp_path / "d.csv").write_text("x1,x2,label\n0,0,0\n1,1,1\n0,1,1\n")
    (tmp_path / "net.json").write_text(_mlpviz("train", "--dataset", "xor", "--epochs", "1",
                                               "--json", cwd=tmp_path).stdout)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    done = _mlpviz("train", *flags, "--epochs", "2", cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert said in done.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_screenshot_on_a_full_disk_leaves_the_old_picture(tmp_path):
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"old picture")
    done = _mlpviz("--screenshot", shot, "--size", "1024x720", "--epochs", "1",
                   cwd=tmp_path, preexec_fn=_full_disk(2048))
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert shot.read_bytes() == b"old picture" and os.listdir(tmp_path) == ["shot.png"]


def test_the_desktop_entry_follows_the_specs(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")  # the spec: ignored
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop.data_home() == tmp_path / ".local" / "share"
    odd = '/opt/100% "odd" $dir\\x/mlpviz-gui'
    monkeypatch.setattr(desktop, "gui_command", lambda: desktop._quoted(odd))
    written = desktop.install(tmp_path / "share")
    entry = next(p for p in written if p.suffix == ".desktop")
    exec_line = next(line for line in entry.read_text().splitlines()
                     if line.startswith("Exec="))
    assert exec_line == 'Exec="/opt/100%% \\\\"odd\\\\" \\\\$dir\\\\\\\\x/mlpviz-gui" %f'
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stdout
    for bad in ("/opt/a\nX-Evil=1/mlpviz-gui", "/opt/tab\there"):
        with pytest.raises(MlpvizError, match="control character"):
            desktop._quoted(bad)
    (tmp_path / "share" / "mine.txt").write_text("not ours")
    assert set(desktop.uninstall(tmp_path / "share")) == set(written)
    assert [p.name for p in (tmp_path / "share").iterdir() if p.is_file()] == ["mine.txt"]
