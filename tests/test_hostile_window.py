"""The window under hostile files (issue 16): a small legal file with a huge network, a
FIFO, a session the window cannot take, markup in a file's text, many failures in a row.
Each is refused at once with a plain message, and nothing changes, not even Recent."""

import json
import os
import time

import pytest
from PySide6.QtCore import Qt

from mlpviz.core.nn.netfile import network_to_dict
from mlpviz.core.session import commands as c
from mlpviz.core.session.session_file import session_from_dict
from mlpviz.core.session.training_session import STEP_HAS_NO_SLOPE
from mlpviz.core.training.trainer import MAX_SEED
from tests.fuzz.cases import good_session

from .conftest import AT_ONCE, written
from .test_sessions_window import state

TIMEOUT = 30_000
BIG = {"format": "mlpviz.network", "version": 1, "inputs": 2,
       "layers": [{"units": 1024, "activation": "tanh"}] * 2
       + [{"units": 1, "activation": "tanh"}], "loss": "mse"}


def test_a_small_file_with_a_huge_network_is_refused_at_once(qtbot, window, tmp_path):
    path = tmp_path / "big.json"
    path.write_text(json.dumps(BIG))  # 200 bytes, two layers of 1,024
    assert path.stat().st_size < 1024
    before = state(window)
    start = time.perf_counter()
    assert not window.files.open_any(str(path))
    assert time.perf_counter() - start < AT_ONCE
    assert "larger than the window draws" in window.files.last_message.text()
    qtbot.wait(100)
    assert state(window) == before


def test_a_session_with_a_huge_network_changes_nothing_not_even_recent(qtbot, window,
                                                                        tmp_path):
    d = good_session()
    d["network"] = {**BIG, "features": ["x1", "x2"]}
    d["scenario"]["hidden"] = [1024, 1024]
    path = tmp_path / "big.mlpviz"
    path.write_text(json.dumps(d))
    before, recent = state(window), window.files.recent()
    assert not window.files.open_session(str(path))
    qtbot.wait(200)
    assert state(window) == before and window.files.recent() == recent


def test_a_session_is_added_to_recent_once_the_worker_took_it(qtbot, window, tmp_path):
    path = tmp_path / "good.mlpviz"
    path.write_text(json.dumps(good_session()))
    assert window.files.open_session(str(path))
    qtbot.waitUntil(lambda: window.files.recent()[:1] == [str(path.resolve())],
                    timeout=TIMEOUT)


def test_a_fifo_is_refused_without_waiting(qtbot, window, tmp_path):
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    start = time.perf_counter()
    assert not window.files.import_csv(str(fifo))
    assert not window.files.load_network_file(str(fifo))
    assert not window.files.open_session(str(fifo))
    assert time.perf_counter() - start < AT_ONCE
    assert "not a regular file" in window.files.last_message.text()


def test_error_messages_are_plain_text_and_deleted_when_closed(qtbot, window, tmp_path):
    path = tmp_path / "evil.json"
    path.write_text('{"format": "<a href=\'https://example.com\'>click</a>"}')
    deleted = []
    for n in range(20):
        window.files.open_any(str(path))
        box = window.files.last_message
        assert box.textFormat() == Qt.TextFormat.PlainText
        box.destroyed.connect(lambda *_, n=n: deleted.append(n))
        box.close()
    qtbot.waitUntil(lambda: len(deleted) == 20, timeout=TIMEOUT)


def test_reset_wraps_the_largest_seed_and_the_file_opens_again(qtbot, window, tmp_path):
    d = good_session()
    d["scenario"]["weight_seed"] = MAX_SEED
    path = tmp_path / "seed.mlpviz"
    path.write_text(json.dumps(d))
    assert window.files.open_session(str(path))
    qtbot.waitUntil(lambda: window.model.snapshot.settings.weight_seed == MAX_SEED,
                    timeout=TIMEOUT)
    window.model.reset()
    qtbot.waitUntil(lambda: window.model.snapshot.settings.weight_seed == 0, timeout=TIMEOUT)
    again = tmp_path / "again.mlpviz"
    written(qtbot, window, window.files.save_session, str(again))
    assert session_from_dict(json.loads(again.read_text())).scenario.weight_seed == 0


def test_a_step_activation_says_why_it_does_not_learn(qtbot, window):
    notices = []
    window.worker.notice.connect(notices.append)
    window.model.send(c.SetActivation("step"))
    qtbot.waitUntil(lambda: STEP_HAS_NO_SLOPE in notices, timeout=TIMEOUT)
    assert "perceptron" in window.statusBar().currentMessage()


def test_saved_networks_open_again(qtbot, window, tmp_path):
    path = tmp_path / "n.json"
    written(qtbot, window, window.files.save_network_file, str(path))
    assert json.loads(path.read_text()) == network_to_dict(window.model.snapshot.network())


@pytest.mark.slow
def test_exporting_the_largest_walkthrough_keeps_the_window_answering(qtbot, window,
                                                                       tmp_path):
    from .watchdog import Watchdog

    net = tmp_path / "wide.json"
    net.write_text(json.dumps({"format": "mlpviz.network", "version": 1, "inputs": 2,
                               "layers": [{"units": 32, "activation": "tanh"}] * 10
                               + [{"units": 1, "activation": "tanh"}], "loss": "mse"}))
    assert window.files.load_network_file(str(net))
    qtbot.waitUntil(lambda: window.model.snapshot.units == [32] * 10 + [1], timeout=TIMEOUT)
    window.set_walkthrough_mode(True)
    qtbot.waitUntil(lambda: window.walkthrough.active, timeout=TIMEOUT)
    dog = Watchdog()
    dog.start()
    out = tmp_path / "w.json"
    runs = window.walkthrough_panel.runs
    with qtbot.waitSignal(runs.writer.written, timeout=60_000):
        runs.export(str(out), "json")
    dog.stop()
    assert dog.worst < 1000, dog.stack
    assert len(json.loads(out.read_text())["gradients"]["weights"]) == 11
