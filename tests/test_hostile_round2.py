"""Hostile input, round 2 (issue 25): numbers no float holds, CSV files too wide to split,
screenshots asked for the impossible, and names that reach Markdown. Each is refused at
parse time in one line naming the field or flag; the window says so and keeps its state."""

import json
import subprocess
import sys

import numpy as np
import pytest

from mlpviz.core.data.csvio import MAX_COLUMNS, parse_csv
from mlpviz.core.errors import MlpvizError
from mlpviz.core.lessons.batch_trace import batch_walkthrough, parameters
from mlpviz.core.nn.netfile import load_json_text, network_to_dict
from mlpviz.core.nn.network import MLP
from mlpviz.core.session import commands as c
from mlpviz.report.batch_text import batch_markdown
from tests.fuzz.cases import good_session

from .conftest import LECTURE_NET
from .test_sessions_window import state

HUGE = "1" + "0" * 400  # 10^400: an int Python holds and no float does


def _mlpviz(*args, cwd):
    return subprocess.run([sys.executable, "-m", "mlpviz", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_a_whole_number_too_big_for_a_float_is_refused_where_it_is_read():
    for text in (f"[{HUGE}]", f'{{"w": [[-{HUGE}]]}}'):
        with pytest.raises(MlpvizError, match=r"net.json: the whole number -?1000.* \(40[12] "
                                              r"digits\) is too large"):
            load_json_text(text, "net.json")
    assert load_json_text("[" + "9" * 300 + "]", "n")[0] == int("9" * 300)  # still a float


@pytest.mark.parametrize("what", ["network", "session"])
def test_the_command_line_refuses_it_in_one_line(tmp_path, what):
    if what == "network":
        path = tmp_path / "net.json"
        text = LECTURE_NET.read_text().replace("0.1", HUGE, 1)
        args = ["train", path, "--dataset", "xor", "--epochs", "1"]
    else:
        path = tmp_path / "s.mlpviz"
        text = json.dumps(good_session()).replace('"epoch": 3', f'"epoch": {HUGE}', 1)
        args = ["train", path, "--epochs", "1"]
    assert HUGE in text
    path.write_text(text)
    done = _mlpviz(*args, cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "too large for a number mlpviz can hold" in done.stderr


def test_the_window_refuses_it_and_keeps_its_state(qtbot, window, tmp_path):
    before = state(window)
    d = network_to_dict(MLP.create(2, [3], 1, "tanh", "tanh"))
    path = tmp_path / "net.json"
    path.write_text(json.dumps(d).replace(repr(d["weights"][0][0][0]), HUGE, 1))
    assert not window.files.open_any(str(path))
    assert "too large" in window.files.last_message.text()
    assert state(window) == before
    epoch = window.model.snapshot.epoch
    window.model.send(c.TrainEpochs(2))  # the worker goes on as before
    qtbot.waitUntil(lambda: window.model.snapshot.epoch == epoch + 2, timeout=30_000)


def test_a_csv_too_wide_is_refused_before_it_is_split():
    header = ",".join(f"x{i}" for i in range(MAX_COLUMNS + 5))
    with pytest.raises(MlpvizError, match=f"the header has {MAX_COLUMNS + 5:,} columns, "
                                          f"over the limit of {MAX_COLUMNS:,}"):
        parse_csv(header + "\n" + ",".join("0" * (MAX_COLUMNS + 5)), "wide.csv")
    with pytest.raises(MlpvizError, match="wide.csv: row 3 is 2,000,00[0-9] characters long"):
        parse_csv("x1,x2,label\n0,0,1\n" + "1" * 2_000_000 + ",0,1\n", "wide.csv")


@pytest.mark.parametrize("args, said", [
    (["--epochs", "1000000000000"], "--epochs 1,000,000,000,000: a screenshot trains at most"),
    (["missing.mlpviz"], "missing.mlpviz: no such file"),
    (["packed.json.gz"], "packed.json.gz: not an mlpviz session, network or CSV file"),
], ids=["epochs", "missing", "gzip"])
def test_a_screenshot_that_cannot_be_made_says_so(tmp_path, args, said):
    (tmp_path / "packed.json.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(40))
    done = _mlpviz("--screenshot", tmp_path / "o.png", "--size", "1024x720", *args,
                   cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert said in done.stderr and not (tmp_path / "o.png").exists()


def test_the_mini_batch_markdown_escapes_the_networks_name():
    net = MLP([[[0.1, 0.2], [0.3, 0.4]], [[0.5], [0.6]]], [[0.1, 0.2], [0.3]],
              ["sigmoid", "sigmoid"])
    b = batch_walkthrough(net, np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([[1.0], [1.0]]),
                          0.2)
    md = batch_markdown(b, [p["param"] for p in parameters(net)],
                        "[click](javascript:x) <img src=x> *bold* $x$")
    assert ("Network \\[click\\]\\(javascript:x\\) \\<img src=x\\> \\*bold\\* \\$x\\$: "
            in md)
