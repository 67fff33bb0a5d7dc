"""SIGTERM and Ctrl+C to every writer (issue 25): `train --out` and `--emit-script` mid-run,
a big CSV being read, and the window: exit 130 or 143, the old file whole or the new one
complete, no temporary file left."""

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from mlpviz.core.data.csvio import write_csv
from mlpviz.core.data.datasets import big_spiral
from mlpviz.core.nn.netfile import load_network

from .conftest import ROOT

pytestmark = pytest.mark.slow  # real processes, each run for some seconds


def _start(args, cwd, **kw):
    return subprocess.Popen([sys.executable, "-m", "mlpviz", *map(str, args)], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, **kw)


def _until(predicate, seconds=60.0):
    end = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def _no_temp(folder) -> None:
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize("stop, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)],
                         ids=["term", "int"])
def test_a_stopped_training_run_writes_its_files_whole(tmp_path, stop, code):
    out, script = tmp_path / "trained.json", tmp_path / "run.py"
    proc = _start(["train", "--dataset", "spiral", "--layers", "8,8", "--epochs",
                   "100000000", "--out", out, "--emit-script", script, "--json"], tmp_path)
    _until(lambda: script.exists())  # the script is written before training starts
    time.sleep(1.0)
    proc.send_signal(stop)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code and stderr == "", stderr
    result = json.loads(stdout)
    assert result["interrupted"] is True
    assert np.allclose(load_network(out).weights[0], result["weights"][0])
    compile(script.read_text(encoding="utf-8"), str(script), "exec")  # whole
    _no_temp(tmp_path)


def test_sigterm_while_a_big_csv_is_read(tmp_path):
    data = tmp_path / "big.csv"
    xy, labels = big_spiral(1_000_000, 0.1, seed=1)
    write_csv(data, ["x1", "x2"], xy, labels)
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = _start(["train", "--data", data, "--epochs", "1", "--out", "net.json"], tmp_path)
    time.sleep(1.0)  # importing, then reading and parsing (about 2 s for a million rows)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode in (143, 0), stderr  # (0: it was done before the signal came)
    if proc.returncode == 143:
        assert sorted(p.name for p in tmp_path.iterdir()) == before
        assert "Traceback" not in stderr
    _no_temp(tmp_path)


def test_sigterm_closes_the_window_as_its_close_button_does(tmp_path):
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "mlpviz", "--epochs", "100000"], cwd=ROOT,
                            env={**os.environ, **env}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        autosaves = tmp_path / "data"
        _until(lambda: any(autosaves.rglob("*.lock")))  # the window is up
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and err == b"", err.decode()
    assert not list(autosaves.rglob("autosave*"))  # closed cleanly: its autosave removed
