"""Playground links in the window: opened (pasted, dropped), shown as Playground-exact,
copied back out; a bad one leaves the window as it was."""

import json
import subprocess
import sys

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from mlpviz.core.playground.link import read_link
from mlpviz.core.session.setup_link import read_setup_link

from .conftest import ROOT, drop
from .test_playground_links import CHAPTER

TIMEOUT = 30_000


def _settled(qtbot, window):
    qtbot.waitUntil(lambda: window.model.snapshot is not None
                    and window.worker.shown(window.model.snapshot.commands), timeout=TIMEOUT)
    return window.model.snapshot


def test_the_chapters_link_opens_as_playgrounds_run(qtbot, window):
    assert window.files.links.open_link(CHAPTER[0])
    snap = _settled(qtbot, window)
    assert snap.playground is not None and snap.backend == "playground"
    assert (snap.settings.dataset, snap.activations) == ("gauss", ("sigmoid",) * 2 + ("tanh",))
    assert len(snap.data.train_points) == 250 and snap.units == [4, 2, 1]
    label = window.training_path
    qtbot.waitUntil(label.isVisible, timeout=TIMEOUT)
    assert label.text() == f"Playground-exact · seed {snap.playground.state.seed}"
    window.set_language("ko")  # (LanguageChange comes as an event)
    qtbot.waitUntil(lambda: "플레이그라운드" in label.text(), timeout=TIMEOUT)
    assert snap.playground.state.seed in label.text()


def test_a_bad_link_changes_nothing_and_says_which_key(qtbot, window):
    before = _settled(qtbot, window)
    assert not window.files.links.open_link("playground.tensorflow.org/#networkShape=9")
    assert "networkShape" in window.files.last_message.text()
    after = _settled(qtbot, window)
    assert after.settings == before.settings and after.playground is None


def test_copied_links_give_the_same_set_up_back(qtbot, window):
    window.files.links.open_link(CHAPTER[1])
    snap = _settled(qtbot, window)
    window.action_set.copy_playground_link.trigger()
    assert read_link(QGuiApplication.clipboard().text()) == snap.playground.state
    window.action_set.copy_setup_link.trigger()
    scenario, seed = read_setup_link(QGuiApplication.clipboard().text())
    assert (scenario, seed) == (snap.settings, snap.playground.state.seed)


def test_an_edit_playground_lacks_leaves_its_run_saying_why(qtbot, window):
    window.files.links.open_link(CHAPTER[0])
    _settled(qtbot, window)
    window.model.set_training(optimizer="adam")
    qtbot.waitUntil(lambda: window.model.snapshot.playground is None
                    and window.model.snapshot.backend != "playground", timeout=TIMEOUT)
    said = window.statusBar().currentMessage()
    assert said.startswith("Playground-exact training ends here") and "plain SGD" in said
    qtbot.waitUntil(lambda: not window.training_path.isVisible(), timeout=TIMEOUT)
    window.action_set.copy_playground_link.trigger()  # Playground has no Adam: it says so
    assert window.statusBar().currentMessage() == \
        "Playground cannot show this set-up: it trains with plain SGD"


def test_the_reason_is_said_in_korean(qtbot, window):
    window.set_language("ko")
    window.files.links.open_link(CHAPTER[0])
    _settled(qtbot, window)
    window.model.set_training(optimizer="adam")
    qtbot.waitUntil(lambda: "SGD" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    assert window.statusBar().currentMessage() == (
        "플레이그라운드가 따라올 수 없어 플레이그라운드와 똑같은 학습은 여기서 끝납니다: "
        "학습은 기본 SGD로만 합니다. 학습은 mlpviz 방식으로 이어집니다.")


def test_a_link_dropped_on_the_diagram_opens(qtbot, window):
    mime = QMimeData()
    mime.setText(CHAPTER[1])
    assert drop(window.network_view.viewport(), mime) == (True, True)
    qtbot.waitUntil(lambda: window.model.snapshot.playground is not None
                    and window.model.snapshot.settings.dataset == "xor", timeout=TIMEOUT)


def test_a_copied_playground_link_trains_headless_from_the_same_start(qtbot, window):
    window.files.links.open_link(CHAPTER[0] + "&seed=0.42")  # (the cut fragment dropped)
    snap = _settled(qtbot, window)
    assert snap.epoch == 0
    window.action_set.copy_playground_link.trigger()
    link = QGuiApplication.clipboard().text()
    done = subprocess.run([sys.executable, "-m", "mlpviz", "train", "--playground", link,
                           "--epochs", "0", "--json"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["weights"] == [w.tolist() for w in snap.weights]
    assert out["biases"] == [b.tolist() for b in snap.biases]
    window.model.step()  # and the first epoch's loss agrees: the same points
    qtbot.waitUntil(lambda: window.model.snapshot.epoch == 1, timeout=TIMEOUT)
    one = json.loads(subprocess.run(
        [sys.executable, "-m", "mlpviz", "train", "--playground", link, "--epochs", "1",
         "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300).stdout)
    assert one["loss"] == window.model.snapshot.result.train_loss


def test_a_seed_is_shown_as_text_not_markup(qtbot, window):
    window.files.links.open_link("playground.tensorflow.org/#seed=<b>bold</b>")
    _settled(qtbot, window)
    qtbot.waitUntil(window.training_path.isVisible, timeout=TIMEOUT)
    assert window.training_path.text().endswith("seed <b>bold</b>")
    assert window.training_path.textFormat() == Qt.TextFormat.PlainText
