"""Every file mlpviz writes goes through one safe-write helper, and every file it reads is
checked first (issue 16, failures 1-3): a full disk, a planted link, a kill -9 mid-write,
a FIFO or a device never cost the user a file, a hang or a traceback."""

import json
import os
import random
import resource
import signal
import subprocess
import sys
import time

import pytest

from mlpviz.core.errors import MlpvizError
from mlpviz.core.files import read_bytes, write_file
from mlpviz.core.session.session_file import load_session

from .conftest import AT_ONCE, LECTURE_NET, ROOT


def _full_disk(limit: int):
    """A child whose files cannot grow past `limit` bytes: writing more fails (EFBIG) as on
    a full disk."""
    def limit_size():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_size


def test_out_over_an_old_file_on_a_full_disk_keeps_it(tmp_path):
    net, old = tmp_path / "net.json", tmp_path / "old.json"
    net.write_bytes(LECTURE_NET.read_bytes())
    old.write_bytes(LECTURE_NET.read_bytes())
    before = old.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "mlpviz", "train", str(net), "--x", "0", "1", "--target", "1",
         "--steps", "3", "--out", str(old)], capture_output=True, text=True, cwd=ROOT,
        preexec_fn=_full_disk(len(before) // 2), timeout=60,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "cannot write" in done.stderr
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["net.json", "old.json"]  # no temp


def test_a_full_disk_keeps_an_existing_csv(tmp_path):
    target = tmp_path / "points.csv"
    target.write_text("x1,x2,label\n1,2,0\n")
    code = ("from mlpviz.core.data.csvio import write_csv\nimport numpy as np, sys\n"
            "try:\n write_csv(sys.argv[1], ['x1','x2'], np.ones((5000, 2)), np.zeros(5000, int))\n"
            "except Exception as e:\n print(type(e).__name__, e)")
    done = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True,
                          text=True, cwd=ROOT, preexec_fn=_full_disk(4096), timeout=60)
    assert done.stdout.startswith("MlpvizError") and "cannot write" in done.stdout
    assert target.read_text() == "x1,x2,label\n1,2,0\n"
    assert [p.name for p in tmp_path.iterdir()] == ["points.csv"]


def test_a_planted_temp_link_is_never_written_through(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "s.mlpviz"
    for name in ("s.mlpviz.tmp", ".s.mlpviz.tmp", "s.mlpviz.part"):  # old and guessable names
        (tmp_path / name).symlink_to(victim)
    write_file(target, "new")
    assert victim.read_text() == "keep me" and target.read_text() == "new"


def test_a_link_is_written_as_its_own_file_or_refused(tmp_path):
    real = tmp_path / "sessions" / "real.mlpviz"
    real.parent.mkdir()
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "link.mlpviz"
    link.symlink_to(real)  # the user's own link to their own file: written as that file
    write_file(link, "new")
    assert link.is_symlink() and real.read_text() == "new"
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.mlpviz"]  # no temp left
    for name, points_to in (("dangling", tmp_path / "nothing"), ("folder", tmp_path),
                            ("device", "/dev/null")):
        bad = tmp_path / f"{name}.mlpviz"
        bad.symlink_to(points_to)
        with pytest.raises(MlpvizError, match="cannot write through a link"):
            write_file(bad, "x")
        assert bad.is_symlink()
    if os.getuid() == 0:  # only root can make a link look planted by another user
        planted = tmp_path / "planted.png"
        planted.symlink_to(real)
        os.lchown(planted, 12345, 12345)
        with pytest.raises(MlpvizError, match="another user's link"):
            write_file(planted, "x")
        assert real.read_text() == "new"
    for empty in ("", "."):
        with pytest.raises(MlpvizError, match="an empty file name"):
            write_file(empty, "x")


def test_write_keeps_the_permissions_and_refuses_devices_and_folders(tmp_path):
    target = tmp_path / "n.json"
    target.write_text("old")
    target.chmod(0o640)
    write_file(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640
    for bad in (tmp_path, "/dev/null"):
        with pytest.raises(MlpvizError, match="cannot write over it"):
            write_file(bad, "x")


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "/dev/urandom", "folder"])
def test_only_regular_files_are_read(tmp_path, kind):
    path = tmp_path / "f"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path = kind
    start = time.perf_counter()
    with pytest.raises(MlpvizError, match="not a regular file|is a folder"):
        read_bytes(path, 1 << 20)
    assert time.perf_counter() - start < AT_ONCE


SAVER = """
import sys
from mlpviz.core.session.session_file import save_session
from tests.fuzz.cases import good_session
from mlpviz.core.session.session_file import session_from_dict
s = session_from_dict(good_session())
print("ready", flush=True)
n = 0
while True:
    save_session(s if n % 2 else s.__class__(**{**s.__dict__, "epoch": n}), sys.argv[1])
    n += 1
"""


@pytest.mark.slow
def test_kill_9_during_saves_never_loses_the_session(tmp_path):
    """A process saving a session over and over is killed at random moments: each time the
    file on disk is a whole session (old or new), and the killed writer's temp files go
    with the next save."""
    target = tmp_path / "s.mlpviz"
    rng = random.Random(16)
    for _ in range(25):
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(target)], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.05))  # another process's moment: nothing to wait on
        proc.kill()
        proc.wait()
        proc.stdout.close()
        if target.exists():
            load_session(target)  # a whole, valid session
    write_file(target, json.dumps({"after": "kills"}))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.mlpviz"]
