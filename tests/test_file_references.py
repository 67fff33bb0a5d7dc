"""A session's reference to its CSV file: checked before a byte is read (an endless /proc
file, a sparse 64 GB file or a FIFO is refused at once, on the command line and in the
window), hashed from the bytes read, looked for beside the session first, and a path no
system call can take is a message, never a crash."""

import json
import os
import subprocess
import sys
import time

import pytest

from mlpviz.core.data.csvio import DataSource, read_csv, write_csv
from mlpviz.core.data.datasets import big_spiral
from mlpviz.core.errors import MlpvizError
from mlpviz.core.session.session_data import EMBED_POINTS
from mlpviz.core.session.session_file import load_session, save_session, session_to_dict
from mlpviz.core.session.training_session import TrainingSession

HANG_GUARD = 30  # s: far over the second these take; only a hang fails it


def _spiral(path):
    xy, labels = big_spiral(EMBED_POINTS + 200, 0.1, seed=3)
    write_csv(path, ["x1", "x2"], xy, labels)


def _session_naming(path, tmp_path, sha="0" * 64, relative=None):
    base = session_to_dict(TrainingSession().session({}))
    csv = {"path": str(path), "sha256": sha, "ratio": 50, "seed": 0}
    if relative is not None:
        csv["relative"] = relative
    base["data"] = {"problem": "classification", "csv": csv}
    session = tmp_path / "s.mlpviz"
    session.write_text(json.dumps(base), encoding="utf-8")
    return session


def _unreadable_files(tmp_path):
    sparse = tmp_path / "sparse.csv"
    with open(sparse, "wb") as f:
        f.truncate(64 << 30)  # 64 GB, no blocks
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    return {"pagemap": "/proc/self/pagemap", "sparse": sparse, "fifo": fifo}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX files")
@pytest.mark.parametrize("kind", ["pagemap", "sparse", "fifo"])
def test_an_endless_huge_or_blocking_file_is_refused_before_it_is_read(tmp_path, kind):
    target = _unreadable_files(tmp_path)[kind]
    session = _session_naming(target, tmp_path)
    start = time.perf_counter()
    with pytest.raises(MlpvizError) as e:
        load_session(session)
    assert time.perf_counter() - start < HANG_GUARD
    said = str(e.value)
    assert "\n" not in said and said.startswith(f"{session}: data.csv: ")
    assert ("over the limit" in said or "not a regular file" in said
            or "not UTF-8" in said), said
    done = subprocess.run([sys.executable, "-m", "mlpviz", "train", str(session),
                           "--epochs", "1"], capture_output=True, text=True,
                          timeout=HANG_GUARD + 30)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("mlpviz: ")


def test_the_window_refuses_them_and_keeps_its_state(qtbot, window, tmp_path):
    before = window.model.snapshot.units
    for target in _unreadable_files(tmp_path).values():
        session = _session_naming(target, tmp_path)
        assert not window.files.open_session(str(session))
        assert window.model.snapshot.units == before
    assert window.isVisible()


def test_a_path_no_system_call_takes_is_a_message(tmp_path):
    for name in ("/" + "a" * 300 + ".csv", "/" + "/".join(["b" * 200] * 30) + ".csv",
                 "nul\x00.csv"):
        with pytest.raises(MlpvizError, match="the data file .* is missing"):
            load_session(_session_naming(name, tmp_path))


def test_the_file_beside_the_session_wins_over_the_current_folder(tmp_path, monkeypatch):
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    _spiral(project / "data" / "spiral.csv")
    sha = read_csv(project / "data" / "spiral.csv").sha256
    # written by an earlier version: a relative path, from the folder it was saved in
    _session_naming("data/spiral.csv", project, sha)
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "data").mkdir(parents=True)
    (elsewhere / "data" / "spiral.csv").write_text("x1,x2,label\n0,0,1\n")  # a decoy
    monkeypatch.chdir(elsewhere)
    assert load_session(project / "s.mlpviz").source.path == str(
        project / "data" / "spiral.csv")


def test_a_saved_reference_is_absolute_and_relative_and_survives_a_move(tmp_path,
                                                                         monkeypatch):
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    csv = project / "data" / "spiral.csv"
    _spiral(csv)
    s = load_session(_session_naming(csv, project, read_csv(csv).sha256))
    (project / "sessions").mkdir()
    saved = project / "sessions" / "s.mlpviz"
    monkeypatch.chdir(tmp_path)
    save_session(s, "project/sessions/s.mlpviz")  # a relative name, as a user types it
    ref = json.loads(saved.read_text())["data"]["csv"]
    assert ref["path"] == str(csv) and ref["relative"] == "../data/spiral.csv"
    moved = tmp_path / "moved"
    project.rename(moved)  # the whole project, to where the absolute path is wrong
    again = load_session(moved / "sessions" / "s.mlpviz")
    assert again.source.path == str(moved / "data" / "spiral.csv")
    assert isinstance(again.source, DataSource)
