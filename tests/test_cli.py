"""The command line: the lecture through `walkthrough` and `train`, and bad input."""

import json
import subprocess
import sys

import pytest

from mlpviz.cli import main

from .conftest import LECTURE_NET, ROOT

NET = str(LECTURE_NET)


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_walkthrough_json(capsys):
    d = run_json(capsys, "walkthrough", NET, "--x", "0", "0", "--target", "0", "--lr", "0.2",
                 "--json")
    assert d["forward"]["a"][1] == pytest.approx([0.524979, 0.549834], abs=1e-6)
    assert d["forward"]["z"][1] == pytest.approx([0.892390], abs=1e-6)
    assert d["loss"] == pytest.approx(0.251612, abs=1e-6)
    assert d["gradients"]["weights"][1][0][0] == pytest.approx(0.0767758, abs=1e-7)
    assert [w for (w,) in d["updated"]["weights"][1]] == pytest.approx([0.484645, 0.583918],
                                                                       abs=1e-6)
    assert d["updated"]["biases"][0] == pytest.approx([0.096352, 0.195656], abs=1e-6)
    assert [r["phase"] for r in d["trace"]][:4] == ["forward"] * 3 + ["loss"]


def test_walkthrough_markdown(capsys):
    assert main(["walkthrough", NET, "--x", "0", "0", "--target", "0", "--markdown"]) == 0
    text = capsys.readouterr().out
    assert "0.709383 \\times 0.206159 \\times 0.524979 = 0.076776" in text
    assert "= 0.484645" in text and "0.244687" in text


def test_train_one_sample(capsys):
    d = run_json(capsys, "train", NET, "--x", "0", "0", "--target", "0", "--lr", "0.2",
                 "--steps", "10000", "--json")
    assert d["steps"] == 10000
    assert d["output"][0] == pytest.approx(0.012088, abs=1e-6)
    assert d["loss"] == pytest.approx(7.31e-5, rel=1e-3)
    assert set(d) >= {"loss", "output", "weights", "biases", "steps"}


def test_train_dataset(capsys, tmp_path):
    out = tmp_path / "trained.json"
    d = run_json(capsys, "train", "--dataset", "circle", "--noise", "10", "--layers", "4,2",
                 "--lr", "0.03", "--batch-size", "10", "--epochs", "20", "--seed", "3",
                 "--out", str(out), "--json")
    assert len(d["history"]) == 20 and d["history"][-1]["epoch"] == 20
    assert set(d["history"][0]) >= {"epoch", "train_loss", "test_loss", "accuracy"}
    assert d["history"][-1]["train_loss"] < d["history"][0]["train_loss"]
    assert d["epochs_per_second"] > 0
    saved = json.loads(out.read_text())
    assert [layer["units"] for layer in saved["layers"]] == [4, 2, 1]


def test_train_zero_hidden_layers_and_options(capsys):
    d = run_json(capsys, "train", "--dataset", "gauss", "--layers", "0", "--optimizer", "adam",
                 "--reg", "l2", "--reg-rate", "0.001", "--loss", "cross_entropy",
                 "--features", "x1,x2,x1x2", "--epochs", "5", "--no-shuffle", "--json")
    assert len(d["weights"]) == 1 and len(d["weights"][0]) == 3


def test_train_csv(capsys, tmp_path):
    csv = tmp_path / "d.csv"
    csv.write_text("a,b,c,label\n" + "".join(
        f"{i % 3},{i % 5},{i % 7},{int(i % 3 > 0)}\n" for i in range(40)))
    d = run_json(capsys, "train", "--data", str(csv), "--epochs", "3", "--json")
    assert d["test_loss"] is None and len(d["weights"][0]) == 3
    d = run_json(capsys, "train", "--data", str(csv), "--ratio", "50", "--epochs", "3",
                 "--json")
    assert d["test_loss"] is not None


def test_diverging_training_writes_null(capsys):
    d = run_json(capsys, "train", "--dataset", "plane", "--activation", "relu", "--lr", "10",
                 "--epochs", "50", "--json")
    assert d["diverged"] is True
    assert d["history"][-1]["train_loss"] is None


def test_bench(capsys):
    d = run_json(capsys, "bench", "--seconds", "2", "--json")
    assert set(d) >= {"epochs_per_second", "bare_numpy_epochs_per_second", "ratio"}
    # The target is 0.8 (see the closing notes for measured figures); CI machines are
    # noisy, so this only guards against a large regression.
    assert d["ratio"] > 0.6


def _bad_files(tmp_path):
    good = json.loads(LECTURE_NET.read_text())
    files = {}

    def put(name, text):
        files[name] = tmp_path / name
        files[name].write_text(text)

    put("invalid.json", "{not json")
    put("shape.json", json.dumps({**good, "weights": [[[0.1, 0.2]], [[0.5], [0.6]]]}))
    put("act.json", json.dumps({**good, "layers": [{"units": 2, "activation": "gelu"},
                                                   {"units": 1, "activation": "sigmoid"}]}))
    put("loss.json", json.dumps({**good, "loss": "hinge"}))
    put("nan.json", LECTURE_NET.read_text().replace("0.5]", "NaN]"))
    put("huge.json", json.dumps({**good, "layers": [{"units": 5000, "activation": "tanh"},
                                                    {"units": 1, "activation": "tanh"}]}))
    put("ragged.csv", "x1,x2,label\n1,2,0\n3,4\n")
    return files


@pytest.mark.parametrize("argv, needle", [
    (["walkthrough", "missing.json", "--x", "0", "0", "--target", "0"], "no such file"),
    (["walkthrough", "{invalid.json}", "--x", "0", "0", "--target", "0"], "invalid JSON"),
    (["walkthrough", "{shape.json}", "--x", "0", "0", "--target", "0"], "weights[0]"),
    (["walkthrough", "{act.json}", "--x", "0", "0", "--target", "0"], "gelu"),
    (["walkthrough", "{loss.json}", "--x", "0", "0", "--target", "0"], "hinge"),
    (["walkthrough", "{nan.json}", "--x", "0", "0", "--target", "0"], "NaN"),
    (["walkthrough", "{huge.json}", "--x", "0", "0", "--target", "0"], "1024"),
    (["walkthrough", NET, "--x", "0", "--target", "0"], "2 inputs"),
    (["walkthrough", NET, "--x", "0", "nan", "--target", "0"], "finite"),
    (["train", "--data", "{ragged.csv}"], "line 3"),
    (["train", "--dataset", "circle", "--lr", "-1"], "greater than 0"),
    (["train", "--dataset", "circle", "--lr", "abc"], "not a number"),
    (["train", "--dataset", "circle", "--noise", "80"], "noise"),
    (["train", "--dataset", "circle", "--layers", "4,x"], "comma-separated"),
    (["train", "--dataset", "circle", "--layers", "2000"], "1024"),
    (["train", "--dataset", "circle", "--batch-size", "0"], "batch size"),
    (["train", "--dataset", "circle", "--features", "x3"], "unknown feature"),
    (["train", "--dataset", "nope"], "invalid choice"),
    (["train", "--x", "0", "0", "--target", "0"], "network file"),
    (["frobnicate"], "neither a command"),
])
def test_bad_input_is_one_line_exit_2(capsys, tmp_path, argv, needle):
    files = _bad_files(tmp_path)
    argv = [str(files[a[1:-1]]) if a.startswith("{") else a for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mlpviz: ")
    assert needle in err


def test_no_traceback_from_a_real_process(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "mlpviz.network", "version": 1, "inputs": 2, "layers": 3}')
    proc = subprocess.run([sys.executable, "-m", "mlpviz", "walkthrough", str(bad), "--x", "0",
                           "0", "--target", "0"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1


def test_main_py_runs():
    proc = subprocess.run([sys.executable, "main.py", "train", "--dataset", "xor4", "--epochs",
                           "1", "--json"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["steps"] == 1


@pytest.mark.parametrize("command", ["walkthrough", "train", "bench", "handout"])
def test_each_commands_help_is_its_own(capsys, command):
    with pytest.raises(SystemExit) as done:
        main([command, "-h"])
    assert done.value.code == 0
    said = capsys.readouterr().out
    assert said.startswith(f"usage: mlpviz {command} ")  # not the window's usage glued on
    assert "the window" not in said.splitlines()[0]


def test_the_windows_help_names_every_flag_and_command(capsys):
    with pytest.raises(SystemExit):
        main(["-h"])
    said = capsys.readouterr().out
    assert "--uninstall-desktop" in said and "handout" in said and "--record" in said
