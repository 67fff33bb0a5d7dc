"""The chapter's digit network's data: the UCI handwritten digits as shipped (checked by
SHA-256), split seeded and stratified, trained to 95 % on the command line; the chapter's
loss of one answer; the window says it cannot show them yet, and keeps its state."""

import hashlib
import json
import subprocess
import sys
from importlib.resources import files

import numpy as np
import pytest

from mlpviz.core.data.datasets import make_dataset, split
from mlpviz.core.data.digit_pad import DigitPad
from mlpviz.core.data.digits import PIXELS, SHA256, load_digits
from mlpviz.core.errors import MlpvizError
from mlpviz.core.lessons.one_answer import CHAPTER_ANSWERS, CHAPTER_TARGET, one_answer
from mlpviz.core.nn.losses import LOSSES

from .conftest import ROOT


def test_the_shipped_file_is_the_uci_digits_as_scikit_learn_ships_them():
    raw = files("mlpviz").joinpath("share", "data", "digits.csv.gz").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SHA256 and len(raw) == 57_523
    pixels, digits = load_digits()
    assert pixels.shape == (1797, 64) and digits.shape == (1797,)
    assert pixels.min() == 0 and pixels.max() == 1  # 0 … 16 ink, scaled
    assert np.array_equal(np.unique(pixels * 16), np.arange(17))
    assert np.bincount(digits).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    assert not pixels.flags.writeable  # shared: nobody changes them under another
    assert (ROOT / "mlpviz/share/data/DIGITS.txt").read_text().count("CC BY 4.0") == 1


def test_the_split_is_seeded_and_stratified():
    data = make_dataset("digits")
    sp = split(data, 70, seed=3)
    assert len(sp.train_points) + len(sp.test_points) == 1797
    whole = np.bincount(data.labels)
    for digit in range(10):  # each digit 70/30, to the point
        assert abs((sp.train_labels == digit).sum() - whole[digit] * 0.7) <= 0.5
    again, other = split(data, 70, seed=3), split(data, 70, seed=4)
    assert np.array_equal(again.train_points, sp.train_points)
    assert not np.array_equal(other.train_points, sp.train_points)
    with pytest.raises(MlpvizError, match="noise"):
        make_dataset("digits", noise=0.1)


def test_the_chapters_loss_of_one_answer():
    """그림 6-8: for a 2, y = (0, 0, 0.8, 0.1, 0, 0, 0, 0.1, 0, 0) gives E = 0.03, and
    y = (0.9, 0, 0.1, 0, …) gives 0.81."""
    t = np.eye(10)[[2]]
    good = np.array([[0, 0, 0.8, 0.1, 0, 0, 0, 0.1, 0, 0]])
    bad = np.array([[0.9, 0, 0.1, 0, 0, 0, 0, 0, 0, 0]])
    mse, ce = LOSSES["mse"], LOSSES["cross_entropy"]
    assert round(mse.value(good, t, "sigmoid"), 6) == 0.03
    assert round(mse.value(bad, t, "sigmoid"), 6) == 0.81
    assert round(ce.value(good, t, "softmax"), 6) == round(-np.log(0.8), 6) == 0.223144
    assert round(ce.value(bad, t, "softmax"), 6) == round(-np.log(0.1), 6) == 2.302585


def _mlpviz(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mlpviz", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_a_64_32_10_network_reads_95_percent_of_the_test_digits():
    done = _mlpviz("train", "--dataset", "digits", "--layers", "32", "--output-activation",
                   "softmax", "--loss", "cross_entropy", "--epochs", "100", "--seed", "1",
                   "--json", "--history", "2")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["accuracy"] >= 0.95 and out["epochs"] == 100
    assert len(out["weights"][0]) == 64 and len(out["weights"][-1][0]) == 10


def test_the_digits_preset_trains_in_the_window(qtbot, window):
    window.apply_preset("digits")
    qtbot.waitUntil(lambda: window.model.snapshot is not None
                    and window.model.snapshot.features == PIXELS, timeout=30_000)
    snap = window.model.snapshot
    assert snap.units == [32, 10] and snap.data.problem == "multiclass"
    assert window.network_view.digit_input is not None  # the 64 inputs as one picture
    assert window.boundary_view.no_plane.isVisibleTo(window.boundary_view)
    assert not window.boundary_view.plot_box.isVisibleTo(window.boundary_view)
    assert snap.maps.neuron_thumbs[0].shape == (32, 8, 8)  # what each first unit looks for
    window.model.train_epochs(20)
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 20
                    and not window.model.snapshot.playing, timeout=60_000)
    assert window.model.snapshot.result.test_accuracy > 0.9
    window.set_walkthrough_mode(True)  # a digit of the data is the walkthrough's sample
    qtbot.waitUntil(lambda: window.walkthrough.active, timeout=30_000)
    assert len(window.walkthrough.walk.x) == 64
    window.set_walkthrough_mode(False)
    window.apply_preset("playground")  # and back to a plane
    qtbot.waitUntil(lambda: window.model.snapshot.features == ("x1", "x2"), timeout=30_000)
    assert window.boundary_view.plot_box.isVisibleTo(window.boundary_view)
    assert window.network_view.digit_input is None


def test_the_chapters_answers_term_by_term():
    for y, e in CHAPTER_ANSWERS:
        answer = one_answer(y, CHAPTER_TARGET)
        assert round(answer.squared_error, 6) == e
        assert len(answer.squared_terms) == 10
    good = one_answer(CHAPTER_ANSWERS[0][0], CHAPTER_TARGET)
    assert good.squared_terms[2] == pytest.approx(0.5 * 0.2 ** 2)
    assert round(good.cross_entropy, 6) == 0.223144
    with pytest.raises(MlpvizError):
        one_answer((0.1,) * 9, 2)
    with pytest.raises(MlpvizError):
        one_answer((0.1,) * 10, 10)


def test_a_stroke_on_the_pad_gives_the_counts_expected_for_it():
    """A vertical stroke down the middle (x = 16, y 4 … 28) with the 1.6-pixel pen inks the
    pixel columns 14 … 17: two of each four-pixel block on either side of the middle; the
    round ends ink 3 pixels of the top and bottom blocks."""
    pad = DigitPad()
    pad.stroke([(16, 4), (16, 28)])
    expected = np.zeros((8, 8), dtype=int)
    expected[:, 3] = expected[:, 4] = [3, 8, 8, 8, 8, 8, 8, 3]
    assert np.array_equal(pad.counts(), expected)
    assert pad.pixels().shape == (64,) and pad.pixels().max() == 0.5


def test_the_pad_shows_a_data_set_digit_as_its_counts_and_refuses_nothing_or_all():
    pixels, _ = load_digits()
    pad = DigitPad()
    for row in (0, 5, 1796):
        pad.show(pixels[row])
        assert np.array_equal(pad.pixels(), pixels[row])
    pad.clear()
    with pytest.raises(MlpvizError, match="empty"):
        pad.pixels()
    pad.bitmap[...] = True
    with pytest.raises(MlpvizError, match="all ink"):
        pad.pixels()


def _digits_csv(path, rows) -> None:
    header = ",".join([*PIXELS, "digit"])
    path.write_text(header + "\n" + "\n".join(",".join(map(str, r)) for r in rows) + "\n")


def test_a_csv_of_digits_is_read_as_digits_and_a_bad_pixel_named(tmp_path):
    pixels, digits = load_digits()
    rows = np.column_stack([np.rint(pixels * 16).astype(int), digits])[:400]
    good = tmp_path / "digits.csv"
    _digits_csv(good, rows)
    done = _mlpviz("train", "--data", str(good), "--ratio", "70", "--layers", "16",
                   "--epochs", "30", "--json", "--history", "1")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert len(out["weights"][0]) == 64 and len(out["weights"][-1][0]) == 10
    assert out["accuracy"] > 0.8
    rows[3, 12] = 17
    bad = tmp_path / "bad.csv"
    _digits_csv(bad, rows)
    refused = _mlpviz("train", "--data", str(bad))
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "px12 on data row 4 is 17" in refused.stderr


def test_the_digit_panel_reads_a_drawing_and_shows_the_chapters_answers(qtbot, window):
    from PySide6.QtCore import QPoint, Qt

    window.apply_preset("digits")
    panel = window.boundary_view.digit_panel
    qtbot.waitUntil(lambda: panel.net is not None, timeout=30_000)
    assert panel.pad.shown is not None  # a test digit to read at once
    qtbot.waitUntil(lambda: "reads" in panel.answer, timeout=10_000)
    panel.pad.clear()
    assert "empty" in panel.answer  # nothing drawn: nothing to read
    side = panel.pad.width()
    qtbot.mousePress(panel.pad, Qt.MouseButton.LeftButton, pos=QPoint(side // 2, side // 8))
    qtbot.mouseMove(panel.pad, QPoint(side // 2, side * 7 // 8))
    qtbot.mouseRelease(panel.pad, Qt.MouseButton.LeftButton,
                       pos=QPoint(side // 2, side * 7 // 8))
    assert panel.pad.pad.counts().sum() > 0 and "reads" in panel.answer
    assert window.network_view.digit_input.pixels.sum() > 0  # the diagram shows it too
    panel.chapter_good.click()
    assert "E = ½Σ(y − t)² = 0.0300" in panel.loss.text()
    panel.chapter_bad.click()
    assert "E = ½Σ(y − t)² = 0.8100" in panel.loss.text()
    assert panel.target.currentData() == 2


def test_a_digits_session_names_the_bundled_digits_and_reopens_the_same(tmp_path):
    from mlpviz.core.session import commands as c
    from mlpviz.core.session.session_file import load_session, save_session
    from mlpviz.core.session.training_session import TrainingSession

    view = {"show_test": False, "discretize": False, "log_scale": False, "step_mode": "epoch"}
    live = TrainingSession()
    live.apply(c.ApplyPreset("digits"))
    live.loop.step_epoch()
    path = tmp_path / "digits.mlpviz"
    save_session(live.session(view), path)
    saved = json.loads(path.read_text())
    assert saved["data"] == {"problem": "multiclass", "digits": {"ratio": 50.0, "seed": 0}}
    assert path.stat().st_size < 100_000  # the weights and the curve, not 1,797 digits
    again = TrainingSession()
    again.apply(c.LoadSession(load_session(path)))
    assert again.scenario == live.scenario and again.trainer.epoch == 1
    np.testing.assert_array_equal(again.net.params, live.net.params)
    np.testing.assert_array_equal(again.points.view.test_points, live.points.view.test_points)
    saved["data"]["digits"]["seed"] = -1
    with pytest.raises(MlpvizError, match="digits.seed"):
        from mlpviz.core.session.session_file import session_from_dict
        session_from_dict(saved)


def test_exported_digits_train_again_as_digits(qtbot, window, tmp_path):
    window.apply_preset("digits")
    qtbot.waitUntil(lambda: window.model.snapshot.features == PIXELS, timeout=30_000)
    path = tmp_path / "digits.csv"
    window.files.export_csv(str(path))
    qtbot.waitUntil(path.exists, timeout=30_000)
    assert path.read_text().splitlines()[0].startswith("px0,px1,")
    done = _mlpviz("train", "--data", str(path), "--layers", "8", "--epochs", "2", "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["weights"][0]) == 64


def test_the_gallery_shows_the_test_digits_it_reads_wrong(qtbot, window):
    window.apply_preset("digits")
    panel = window.boundary_view.digit_panel
    window.model.train_epochs(5)
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 5
                    and not window.model.snapshot.playing, timeout=60_000)
    qtbot.waitUntil(lambda: panel.gallery.grid.count() > 0, timeout=10_000)
    snap = window.model.snapshot
    net = snap.network()
    read = net.predict(snap.data.test_points).argmax(axis=1)
    wrong = np.flatnonzero(read != snap.data.test_labels)
    assert panel.gallery.title.text() == \
        f"Test digits it reads wrong: {len(wrong)} of {len(read)}"
    first = panel.gallery.grid.itemAt(0).widget()
    truth, said = map(int, first.text().split("→"))
    assert (truth, said) == (snap.data.test_labels[wrong[0]], read[wrong[0]])
    first.click()
    assert panel.target.currentData() == truth
    np.testing.assert_array_equal(panel.pad.shown.reshape(-1), snap.data.test_points[wrong[0]])


def test_the_pixels_come_and_go_with_the_digits():
    from mlpviz.core.session import commands as c
    from mlpviz.core.session.training_session import TrainingSession

    s = TrainingSession()
    s.apply(c.SetFeatures(("x1", "x2", "x1sq")))
    s.apply(c.SetData(dataset="digits"))
    assert s.scenario.features == PIXELS and s.net.n_inputs == 64 and s.net.units[-1] == 10
    s.loop.step_epoch()
    s.apply(c.SetData(dataset="circle"))  # (it failed: 64 features of 2-column points)
    assert s.scenario.features == ("x1", "x2") and s.net.n_inputs == 2
    s.apply(c.SetFeatures(("x1", "x2", "x1sq")))
    s.apply(c.SetData(dataset="xor"))  # a plane's choice of features stays on the plane
    assert s.scenario.features == ("x1", "x2", "x1sq")


def test_points_and_plane_features_are_refused_on_the_digits():
    from mlpviz.core.session import commands as c
    from mlpviz.core.session.training_session import TrainingSession

    s = TrainingSession()
    s.apply(c.SetData(dataset="digits"))
    before = s.net.params.copy()
    for command in (c.AddPoint(0.1, 0.2, 0), c.RemovePoint(0.1, 0.2, 1.0), c.ClearPoints(),
                    c.SetFeatures(("x1", "x2"))):
        with pytest.raises(MlpvizError, match="plane"):  # the stress test's random clicks
            s.apply(command)
    assert s.scenario.features == PIXELS and (s.net.params == before).all()
    s.apply(c.ImportPoints(np.zeros((4, 2)), np.array([0.0, 1, 0, 1]), "classification"))
    assert s.scenario.features == ("x1", "x2") and s.net.n_inputs == 2  # a plane's CSV
    with pytest.raises(MlpvizError, match="64 pixels"):
        s.apply(c.SetFeatures(PIXELS))
