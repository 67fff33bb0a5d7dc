"""Sessions, autosave, the user's own data, CSV and picture export in the real window."""

import json

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QImage

from mlpviz.core.session import commands as c
from mlpviz.gui.shell.main_window import MainWindow

from .conftest import written

TIMEOUT = 20_000


def state(window):
    s = window.model.snapshot
    m = window.model
    return (s.settings, [w.tolist() for w in s.weights], [b.tolist() for b in s.biases],
            s.data.train_points.tolist(), s.data.train_labels.tolist(),
            s.data.test_points.tolist(), s.epoch, s.step,
            (m.show_test, m.discretize, m.log_scale, m.step_mode))


def train(qtbot, window, epochs):
    window.model.send(c.TrainEpochs(epochs))
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= epochs
                    and not window.model.snapshot.playing, timeout=TIMEOUT)


def test_save_then_open_gives_the_identical_state(qtbot, window, tmp_path):
    train(qtbot, window, 5)
    window.boundary_view.show_test.setChecked(True)
    window.loss_view.log_box.setChecked(True)
    window.model.send(c.AddPoint(1.0, -2.0, 1))
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) == 251,
                    timeout=TIMEOUT)
    before = state(window)
    path = str(tmp_path / "s.mlpviz")
    written(qtbot, window, window.files.save_session, path)
    window.model.send(c.SetData(dataset="spiral"))
    window.boundary_view.show_test.setChecked(False)
    qtbot.waitUntil(lambda: window.model.snapshot.settings.dataset == "spiral",
                    timeout=TIMEOUT)
    assert window.files.open_session(path)
    qtbot.waitUntil(lambda: window.model.snapshot.settings.dataset == "custom",
                    timeout=TIMEOUT)
    assert state(window) == before
    assert window.boundary_view.show_test.isChecked()
    assert window.files.recent()[0].endswith("s.mlpviz")


def test_autosave_restores_after_a_kill(qtbot, window, tmp_path):
    train(qtbot, window, 3)
    window.model.send(c.AddPoint(-3.0, 3.0, 0))
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) == 251,
                    timeout=TIMEOUT)
    window.files.autosave()
    window.files.autosaver.wait()  # written on a thread of its own
    path = window.files.autosave_path
    assert path.exists()
    before = state(window)
    window.shutdown()  # killed: no closeEvent, the autosave stays
    window.files.autosave_slot._lock.unlock()  # and its lock is stale, as a dead process's
    asked = []
    settings = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    again = MainWindow(settings=settings, restore_layout=False, autosave_folder=path.parent,
                       ask=lambda *a: asked.append(a) or True)
    qtbot.addWidget(again)
    try:
        qtbot.waitUntil(lambda: again.model.snapshot is not None
                        and again.model.snapshot.epoch == 3, timeout=TIMEOUT)
        assert asked and state(again) == before
        assert path.exists()  # kept until this window's own autosave is on disk
        again.files.autosave()
        qtbot.waitUntil(lambda: not path.exists(), timeout=TIMEOUT)  # then not offered again
        assert again.files.autosave_path.exists()
        again.close()
        assert not list(path.parent.glob("*.mlpviz"))  # a clean exit leaves nothing
    finally:
        again.shutdown()


def test_an_autosave_that_cannot_be_restored_is_kept_aside(qtbot, tmp_path):
    folder = tmp_path / "autosaves"
    folder.mkdir()
    good = {"format": "mlpviz.session"}  # not a session this version reads
    orphan = folder / "autosave-1-dead.mlpviz"
    orphan.write_text(json.dumps(good))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, restore_layout=False, autosave_folder=folder,
                        ask=lambda *a: True)
    qtbot.addWidget(window)
    try:
        kept = folder / "unrestored-autosave-1-dead.mlpviz"
        assert not orphan.exists() and kept.read_text() == json.dumps(good)
        said = window.files.last_message.text()
        assert str(kept) in said and "kept" in said
        assert window.model.snapshot is None or window.model.snapshot.units == [4, 2, 1]
    finally:
        window.shutdown()
    again = MainWindow(settings=settings, restore_layout=False, autosave_folder=folder,
                       ask=lambda *a: pytest.fail("offered again"))
    qtbot.addWidget(again)
    again.shutdown()
    assert kept.exists()


def _bad_session_files(tmp_path, good):
    def variant(**changes):
        d = json.loads(json.dumps(good))
        for key, value in changes.items():
            node = d
            *parents, last = key.split("__")
            for p in parents:
                node = node[p]
            node[last] = value
        return json.dumps(d)

    files = {
        "truncated": json.dumps(good)[:200],
        "wrong version": variant(version=7),
        "foreign": json.dumps({"format": "something.else"}),
        "wrong shapes": variant(network__weights=[[[0.1]]]),
        "huge": variant(scenario__hidden=[5000]),
        "nan": json.dumps(good).replace('"lr": 0.03', '"lr": NaN'),
        "bad labels": variant(data__train__labels=["a"] * len(good["data"]["train"]["labels"])),
        "bad view": variant(view__step_mode="sideways"),
    }
    paths = {}
    for name, text in files.items():
        p = tmp_path / f"{name.replace(' ', '_')}.mlpviz"
        p.write_text(text)
        paths[name] = str(p)
    return paths


def test_bad_files_leave_the_state_unchanged(qtbot, window, tmp_path):
    train(qtbot, window, 2)
    good_path = tmp_path / "good.mlpviz"
    written(qtbot, window, window.files.save_session, str(good_path))
    good = json.loads(good_path.read_text())
    before = state(window)
    for name, path in _bad_session_files(tmp_path, good).items():
        assert not window.files.open_session(path), name
        assert window.files.last_message is not None
        assert window.statusBar().currentMessage(), name
        assert state(window) == before, name
    csv = tmp_path / "text.csv"
    csv.write_text("x1,x2,label\n1,2,0\n3,four,1\n")
    assert not window.files.import_csv(str(csv))
    assert "line 3" in window.statusBar().currentMessage()
    window.files.load_network_file(str(tmp_path / "missing.json"))
    assert "no such file" in window.statusBar().currentMessage()
    assert state(window) == before


def test_own_points_by_clicking(qtbot, window):
    view = window.boundary_view
    view.edit_points.setChecked(True)
    vb = view.plot.vb
    n = len(window.model.snapshot.data.train_points)
    pos = view.plot_widget.mapFromScene(vb.mapViewToScene(QPointF(5.5, -5.5)))
    view.point_class.setCurrentIndex(1)
    qtbot.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) == n + 1,
                    timeout=TIMEOUT)
    d = window.model.snapshot.data
    assert np.allclose(d.train_points[-1], [5.5, -5.5], atol=0.1) and d.train_labels[-1] == 1
    qtbot.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.RightButton, pos=pos)
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) == n,
                    timeout=TIMEOUT)
    window.model.send(c.ClearPoints())
    qtbot.waitUntil(lambda: len(window.model.snapshot.data.train_points) == 0,
                    timeout=TIMEOUT)
    window.model.play()
    qtbot.waitUntil(lambda: "no training points" in window.statusBar().currentMessage(),
                    timeout=TIMEOUT)


def test_csv_round_trip(qtbot, window, tmp_path):
    path = str(tmp_path / "d.csv")
    written(qtbot, window, window.files.export_csv, path)
    window.model.send(c.SetData(dataset="gauss"))
    qtbot.waitUntil(lambda: window.model.snapshot.settings.dataset == "gauss",
                    timeout=TIMEOUT)
    assert window.files.import_csv(path)
    qtbot.waitUntil(lambda: window.model.snapshot.settings.dataset == "custom",
                    timeout=TIMEOUT)
    d = window.model.snapshot.data
    assert len(d.train_points) + len(d.test_points) == 500


@pytest.mark.parametrize("what", ["boundary", "loss", "diagram", "window"])
@pytest.mark.parametrize("ext", ["png", "svg"])
def test_export_pictures(qtbot, window, tmp_path, what, ext):
    path = tmp_path / f"{what}.{ext}"
    window.files.export_picture(what, str(path))
    assert path.exists() and path.stat().st_size > 500
    if ext == "png" and what == "window":
        assert QImage(str(path)).width() == 2 * window.width()
    if ext == "svg":
        assert "<svg" in path.read_text()[:2000]


def test_presentation_mode_scales_fonts_and_lines(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from mlpviz.gui.kit.scale import contrast_ratio

    base = QApplication.instance().font().pointSizeF()
    window.action_set.present.trigger()
    assert window.presentation.on and window.action_set.present.isChecked()
    factor = window.presentation.scale  # from the window's height: the text 1.7 % of it
    assert factor == pytest.approx(0.017 * window.height() / (base * 96 / 72), abs=0.01)
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base * factor)
    assert not window.controls_dock.isVisible()
    assert window.loss_view.train_curve.opts["pen"].widthF() >= 3
    assert all(link.pen().widthF() >= 3 for link in window.network_view.links.values())
    pal = QApplication.instance().palette()
    assert contrast_ratio(pal.windowText().color(), pal.window().color()) >= 7
    window.action_set.zoom_in.trigger()  # the lecturer's zoom: from there, in steps
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base * (factor + 0.25))
    window.resize(window.width(), window.height() + 200)
    qtbot.wait(300)  # a zoomed factor stays where the lecturer put it
    assert window.presentation.scale == pytest.approx(factor + 0.25)
    window.action_set.present.trigger()
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base)
    assert window.controls_dock.isVisible()


def test_switching_language_to_korean_and_back(qtbot, window):
    window.model.send(c.TrainEpochs(2))
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 2, timeout=TIMEOUT)
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&File"
    assert window.action_set.play.toolTip() == "Start or pause training (Space)"
    window.set_language("ko")  # the widgets retranslate on the LanguageChange it posts
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "파일(&F)",
                    timeout=TIMEOUT)
    assert window.action_set.play.toolTip() == "학습 시작 또는 일시 정지 (Space)"
    assert window.controls.lr.toolTip().startswith("학습률 η")
    assert window.settings.value("language") == "ko"
    # The same views show the same session and keep training.
    window.model.play()
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 5, timeout=TIMEOUT)
    window.model.pause()
    assert window.network_view.links
    window.set_language("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=TIMEOUT)
    assert window.action_set.play.toolTip() == "Start or pause training (Space)"


def test_korean_text_renders_with_a_hangul_font():
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families()
    assert any(f for f in families
               if QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(f))


def test_help_explains_each_view(qtbot, window):
    window.dialogs.help()
    text = window.dialogs.help_box.text()
    for title in ("Network diagram", "Output (decision boundary)", "Loss curve",
                  "Gradient quiver"):
        assert title in text
    assert "What am I seeing?" in text and "orange" in text
