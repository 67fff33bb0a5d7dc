"""The seeded random-action stress test (tests/stress) runs in a child pytest: a fresh
process with one window, as the app runs. In this process it would meet what hundreds of
earlier test windows leave behind (pyqtgraph's menus, scenes, caches), which every
application-wide font, palette or language change walks too: with the same seed, the
longest stall was 0.49 s alone, 0.63 s after four test files and 1.0 s after the suite."""

import os
import subprocess
import sys

import pytest

from .conftest import ROOT


def _stress(marker: str, timeout: float) -> str:
    env = dict(os.environ, MLPVIZ_STRESS="1")
    done = subprocess.run([sys.executable, "-m", "pytest", "tests/stress", "-m", marker, "-s",
                           "-q", "-p", "no:cacheprovider", "-p", "no:xvfb"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    return done.stdout


@pytest.mark.slow
def test_random_actions_for_two_minutes():
    assert "stress: " in _stress("not long", 600)


@pytest.mark.long
def test_random_actions_for_twenty_minutes():
    assert "stress: " in _stress("long", 1800)
