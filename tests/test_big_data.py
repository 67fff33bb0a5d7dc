"""Big data sets: CSV files read fast and exactly (errors still named by line and column),
read on a thread with progress in the window, drawn as a sample, referred to by a session
instead of copied, and autosaved without turning unchanged points into text again."""

import json
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from mlpviz.core.data.csvio import CHUNK_LINES, parse_csv, read_csv, write_csv
from mlpviz.core.data.datasets import big_spiral
from mlpviz.core.errors import MlpvizError
from mlpviz.core.session import commands as c
from mlpviz.core.session.session_data import EMBED_POINTS
from mlpviz.core.session.session_file import load_session
from mlpviz.gui.views.boundary_view import MAX_DRAWN_POINTS

from .conftest import ROOT, written

TIMEOUT = 30_000


def _spiral(path, n):
    xy, labels = big_spiral(n, 0.1, seed=3)
    write_csv(path, ["x1", "x2"], xy, labels)
    return xy, labels


def test_the_fast_reader_gives_the_exact_numbers(tmp_path):
    xy, labels = _spiral(tmp_path / "s.csv", 2 * CHUNK_LINES + 7)
    seen = []
    d = read_csv(tmp_path / "s.csv", progress=seen.append)
    assert np.array_equal(d.inputs, xy) and np.array_equal(d.labels, labels)
    assert seen[-1] == 1.0 and len(seen) == 3


def test_a_bad_cell_deep_in_a_big_file_is_named(tmp_path):
    rows = ["x1,x2,label"] + [f"{i},{i},1" for i in range(CHUNK_LINES + 100)]
    rows[CHUNK_LINES + 50] = "1,oops,0"
    with pytest.raises(MlpvizError, match=f"line {CHUNK_LINES + 51}, column 'x2': 'oops'"):
        parse_csv("\n".join(rows), "big.csv")
    rows[CHUNK_LINES + 50] = "1,nan,0"
    with pytest.raises(MlpvizError, match="not a finite number"):
        parse_csv("\n".join(rows), "big.csv")


def test_a_big_file_is_read_on_a_thread_while_the_window_paints(qtbot, window, tmp_path):
    path = tmp_path / "big.csv"
    _spiral(path, 60_000)  # 2.4 MB: more than a small file
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    assert window.files.import_csv(str(path))  # returns at once
    assert window.files.csv.busy
    qtbot.waitUntil(lambda: window.model.snapshot.data.source is not None, timeout=TIMEOUT)
    timer.stop()
    assert ticks  # the event loop ran during the read
    d = window.model.snapshot.data
    assert len(d.train_points) + len(d.test_points) == 60_000
    assert "60,000 points" in window.statusBar().currentMessage()
    window.clock.flush()
    note = window.boundary_view.sample_note
    assert note.isVisible() and f"{MAX_DRAWN_POINTS:,}" in note.text()
    assert len(window.boundary_view.train_points.data) == MAX_DRAWN_POINTS


def test_a_session_refers_to_its_big_csv(qtbot, window, tmp_path):
    data = tmp_path / "data" / "spiral.csv"
    data.parent.mkdir()
    _spiral(data, EMBED_POINTS + 500)
    assert window.files.import_csv(str(data))
    qtbot.waitUntil(lambda: window.model.snapshot.data.source is not None, timeout=TIMEOUT)
    session = tmp_path / "data" / "s.mlpviz"
    written(qtbot, window, window.files.save_session, str(session))
    text = session.read_text()
    assert len(text) < 20_000 and json.loads(text)["data"]["csv"]["path"] == str(data)
    before = window.model.snapshot.data
    again = load_session(session)
    assert np.array_equal(again.split.train_points, before.train_points)
    assert np.array_equal(again.split.test_labels, before.test_labels)
    # Moved, with its folder: found beside the session.
    moved = tmp_path / "moved"
    (tmp_path / "data").rename(moved)
    assert len(load_session(moved / "s.mlpviz").split.train_points) == len(
        before.train_points)
    # Changed: refused, saying so.
    with open(moved / "spiral.csv", "a") as f:
        f.write("1,1,1\n")
    with pytest.raises(MlpvizError, match="has changed"):
        load_session(moved / "s.mlpviz")


def test_edited_points_are_no_longer_the_files(qtbot, window, tmp_path):
    data = tmp_path / "spiral.csv"
    _spiral(data, 300)
    assert window.files.import_csv(str(data))
    qtbot.waitUntil(lambda: window.model.snapshot.data.source is not None, timeout=TIMEOUT)
    window.model.send(c.AddPoint(1.0, 1.0, 0))
    qtbot.waitUntil(lambda: window.model.snapshot.data.source is None, timeout=TIMEOUT)


def test_autosave_writes_on_a_thread_and_keeps_unchanged_points(qtbot, window):
    saver = window.files.autosaver
    window.files.autosave()
    saver.wait()
    window.model.send(c.TrainEpochs(2))
    qtbot.waitUntil(lambda: window.model.snapshot.epoch == 2, timeout=TIMEOUT)
    window.files.autosave()
    saver.wait()
    assert (saver.saves, saver.data_texts) == (2, 1)
    window.model.send(c.AddPoint(2.0, 2.0, 1))
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) == 251,
                    timeout=TIMEOUT)
    window.files.autosave()
    saver.wait()
    assert (saver.saves, saver.data_texts) == (3, 2)
    assert len(load_session(saver.path).split.train_points) == 251


def test_data_flags_refuse_a_bad_file_in_one_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,x3,label\n1,2,3,0\n")
    for argv in (["--data", str(bad), "--screenshot", str(tmp_path / "o.png")],
                 ["bench", "--gui", "--data", str(tmp_path / "missing.csv")]):
        done = subprocess.run([sys.executable, "-m", "mlpviz", *argv], capture_output=True,
                              text=True, cwd=ROOT, timeout=120)
        assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr


@pytest.mark.slow
def test_bench_measures_the_window_on_a_csv(tmp_path):
    path = tmp_path / "s.csv"
    _spiral(path, 2000)
    done = subprocess.run([sys.executable, "-m", "mlpviz", "bench", "--gui", "--data",
                           str(path), "--seconds", "1", "--json"], capture_output=True,
                          text=True, cwd=ROOT, timeout=180)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["points"] == 2000 and result["frames_per_second"] > 0
