"""The cost budget (issue 16, failure 1): opening or walking through any legal file takes at
most 5 s and 2 GB, in the window and on the command line; beyond it, one line naming the
limit. The largest legal network is 16 layers of 1,024 units (15 hidden): a file of under 1 KB."""

import json
import resource
import subprocess
import sys
import time

import pytest

from .conftest import ROOT

BUDGET_SECONDS, BUDGET_BYTES = 5.0, 2 << 30


def _net(units: int, layers: int, inputs: int = 2) -> dict:
    return {"format": "mlpviz.network", "version": 1, "inputs": inputs,
            "layers": [{"units": units, "activation": "tanh"}] * layers
            + [{"units": 1, "activation": "tanh"}], "loss": "mse"}


@pytest.mark.parametrize("units, layers", [(1024, 15), (1024, 2), (256, 4), (64, 4)])
def test_the_walkthrough_of_any_legal_network_keeps_to_the_budget(tmp_path, units, layers):
    path = tmp_path / "net.json"
    path.write_text(json.dumps(_net(units, layers)))
    assert path.stat().st_size < 1024
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mlpviz", "walkthrough", str(path), "--x",
                           "0", "0", "--target", "0", "--json"], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # the largest child
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "too big to walk through" in done.stderr and "300,000" in done.stderr
    assert seconds < BUDGET_SECONDS and peak < BUDGET_BYTES


def test_the_largest_walkthrough_allowed_keeps_to_the_budget(tmp_path):
    path = tmp_path / "net.json"
    path.write_text(json.dumps(_net(32, 10)))  # the window's largest: 265,248 numbers
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mlpviz", "walkthrough", str(path), "--x",
                           "0", "0", "--target", "0", "--json"], capture_output=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 0 and len(done.stdout) > 10_000_000
    assert time.perf_counter() - start < BUDGET_SECONDS


def test_the_window_refuses_the_largest_legal_network_within_the_budget(qtbot, window,
                                                                         tmp_path):
    path = tmp_path / "net.json"
    path.write_text(json.dumps(_net(1024, 15, inputs=1024)))  # 16 layers with the output
    start = time.perf_counter()
    assert not window.files.open_any(str(path))
    assert time.perf_counter() - start < BUDGET_SECONDS
    assert "at most 10,000 weights" in window.files.last_message.text()
