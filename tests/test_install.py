"""Installed like desktop software: the version, bundled examples by name, `mlpviz FILE`,
the desktop files, and a command line that is polite (history, file order, Ctrl+C, no
temporary files left behind)."""

import json
import os
import shutil
import signal
import subprocess
import sys

import numpy as np
import pytest

from mlpviz import __version__
from mlpviz.cli import main, parse
from mlpviz.commands import desktop
from mlpviz.core.bundled import bundled, example_names, open_network
from mlpviz.core.errors import MlpvizError
from mlpviz.core.nn.netfile import load_network
from mlpviz.core.training.trainer import train_one_sample

from .conftest import ROOT


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"mlpviz {__version__}"


def test_the_version_lives_in_one_place():
    assert "version = " not in (ROOT / "pyproject.toml").read_text().split("[project]")[1] \
        .split("[")[0].replace("dynamic", "")


def test_bundled_examples_by_name(capsys):
    assert example_names() == ["lecture", "quiz04"]
    assert main(["walkthrough", "lecture", "--x", "0", "0", "--target", "0", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert round(out["forward"]["a"][-1][0], 6) == 0.709383
    assert open_network("quiz04").activation_names == ["relu", "relu"]


def test_an_unknown_name_lists_the_bundled_ones(capsys):
    assert main(["walkthrough", "lectur", "--x", "0", "0", "--target", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "lecture, quiz04" in err


def test_an_existing_file_wins_over_a_bundled_name(tmp_path, monkeypatch, capsys):
    net = json.loads(bundled("examples", "lecture.json").read_text())
    net["weights"][1] = [[-0.5], [-0.6]]
    (tmp_path / "lecture").write_text(json.dumps(net))
    monkeypatch.chdir(tmp_path)
    assert main(["walkthrough", "lecture", "--x", "0", "0", "--target", "0", "--json"]) == 0
    assert round(json.loads(capsys.readouterr().out)["forward"]["a"][-1][0], 6) != 0.709383


@pytest.mark.parametrize("argv, command, file", [
    (["session.mlpviz"], None, "session.mlpviz"),
    (["--lang", "ko", "net.json"], None, "net.json"),
    (["./train"], None, "./train"),
    (["train", "--dataset", "xor"], "train", None),
    (["--size", "800x600"], None, None),
])
def test_subcommands_win_over_files(argv, command, file):
    args = parse(argv)
    assert (args.command, args.file) == (command, file)


def test_a_word_that_is_neither_command_nor_file_is_refused(capsys):
    assert main(["trian"]) == 2
    assert "neither a command" in capsys.readouterr().err


def test_history_is_thinned_keeping_the_last(capsys):
    base = ["train", "--dataset", "xor", "--epochs", "50", "--json"]
    assert main([*base, "--history", "10"]) == 0
    rows = json.loads(capsys.readouterr().out)["history"]
    assert 1 < len(rows) <= 10 and rows[-1]["epoch"] == 50
    assert main([*base, "--history", "0"]) == 0
    assert json.loads(capsys.readouterr().out)["history"] == []
    assert main(base) == 0  # the default keeps a short run whole
    assert len(json.loads(capsys.readouterr().out)["history"]) == 50


def test_a_csv_trains_in_file_order_without_shuffling(tmp_path, capsys, lecture_net):
    rows = [(0.0, 0.0, 0.1), (1.0, 0.0, 0.9), (0.0, 1.0, 0.8), (1.0, 1.0, 0.2), (0.5, 0.5, 0.6)]
    csv = tmp_path / "points.csv"
    csv.write_text("x1,x2,y\n" + "".join(f"{a},{b},{t}\n" for a, b, t in rows))
    net_file = ROOT / "mlpviz" / "share" / "examples" / "lecture.json"
    assert main(["train", str(net_file), "--data", str(csv), "--no-shuffle", "--batch-size",
                 "1", "--epochs", "1", "--lr", "0.5", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    expected = load_network(net_file)  # by hand: one update a row, top to bottom
    for a, b, t in rows:
        train_one_sample(expected, np.array([a, b]), np.array([t]), 0.5, 1)
    for got, want in zip(out["weights"], expected.weights, strict=True):
        assert np.allclose(got, want, atol=1e-12)


@pytest.mark.slow
def test_ctrl_c_keeps_what_was_trained(tmp_path):
    """SIGINT to a real process mid-run: the network as far as it got is written and
    printed, marked interrupted, and the exit code is 130."""
    out_file = tmp_path / "trained.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "mlpviz", "train", "--dataset", "spiral", "--layers", "8,8",
         "--epochs", "100000000", "--out", str(out_file), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    with pytest.raises(subprocess.TimeoutExpired):
        proc.wait(timeout=6)  # loading, then training: it must still be running
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert stderr == ""
    result = json.loads(stdout)
    assert result["interrupted"] is True and 0 < result["epochs"] < 100000000
    saved = load_network(out_file)
    assert np.allclose(saved.weights[0], result["weights"][0])


def test_a_screenshot_leaves_no_temporary_files(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = dict(os.environ, TMPDIR=str(scratch))
    done = subprocess.run([sys.executable, "-m", "mlpviz", "--screenshot",
                           str(tmp_path / "shot.png"), "--size", "1024x720", "--epochs", "5"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "shot.png").exists()
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize("epochs", [1, 200])
def test_an_empty_numba_cache_makes_no_wait(tmp_path, epochs):
    """A fresh install: nothing compiled yet. The screenshot trains on NumPy meanwhile."""
    cache = tmp_path / "numba"
    cache.mkdir()
    env = dict(os.environ, NUMBA_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-m", "mlpviz", "--screenshot",
                           str(tmp_path / "shot.png"), "--epochs", str(epochs)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert done.returncode == 0 and done.stderr == ""
    assert f"epoch {epochs})" in done.stdout


def test_desktop_files_install_for_the_user(tmp_path):
    written = desktop.install(tmp_path)
    entry = tmp_path / "applications" / f"{desktop.APP_ID}.desktop"
    assert entry in written
    text = entry.read_text()
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f") and "mlpviz" in exec_line
    assert (tmp_path / "icons/hicolor/256x256/apps" / f"{desktop.APP_ID}.png").exists()
    assert (tmp_path / "icons/hicolor/scalable/apps" / f"{desktop.APP_ID}.svg").exists()
    mime = (tmp_path / "mime" / "packages" / f"{desktop.APP_ID}.xml").read_text()
    assert 'glob pattern="*.mlpviz"' in mime
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                               text=True)
        assert check.returncode == 0 and "error" not in check.stdout
    assert set(desktop.uninstall(tmp_path)) == set(written)
    assert not entry.exists()


def test_exec_paths_with_spaces_are_quoted():
    assert desktop._quoted("/opt/my apps/mlpviz-gui") == '"/opt/my apps/mlpviz-gui"'
    assert desktop._quoted("/usr/bin/mlpviz-gui") == "/usr/bin/mlpviz-gui"


def test_open_network_refuses_a_missing_path():
    with pytest.raises(MlpvizError, match="no such file"):
        open_network("nowhere/net.json")


WITHOUT_NUMBA = """
import sys
sys.modules["numba"] = None  # as where it has no wheel: importing it fails
from mlpviz.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("argv", [
    ["train", "--dataset", "xor", "--epochs", "20", "--json"],
    ["--screenshot", "shot.png", "--size", "1024x720", "--epochs", "20"],
], ids=["train", "window"])
def test_it_runs_on_numpy_where_numba_is_missing(tmp_path, argv):
    done = subprocess.run([sys.executable, "-c", WITHOUT_NUMBA, *argv], capture_output=True,
                          text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    if argv[0] == "train":
        assert json.loads(done.stdout)["epochs"] == 20
