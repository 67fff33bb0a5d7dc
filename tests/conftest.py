"""Shared fixtures. Qt must run offscreen: set before any QApplication exists."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LECTURE_NET = ROOT / "resources" / "examples" / "lecture_2_2_1.json"


@pytest.fixture
def lecture_net():
    from mlpviz.core.netfile import load_network

    return load_network(LECTURE_NET)
