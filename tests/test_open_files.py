"""`mlpviz FILE` and drag and drop: a session, a network or a CSV opens in the window; a bad
file leaves the window as it was, with a message. The icon and About."""

import json

from PySide6.QtCore import QMimeData, QUrl

from mlpviz import __version__
from mlpviz.core.session import commands as c

from .conftest import LECTURE_NET, drop, written

TIMEOUT = 10_000


def _snap(window):
    return window.model.snapshot


def test_a_network_file_opens(qtbot, window):
    assert window.files.open_any(str(LECTURE_NET))
    qtbot.waitUntil(lambda: _snap(window).units == [2, 1], timeout=TIMEOUT)
    assert _snap(window).activations == ("sigmoid", "sigmoid")


def test_a_session_opens_by_its_content_whatever_its_name(qtbot, window, tmp_path):
    window.model.send(c.SetData(dataset="xor4"))
    qtbot.waitUntil(lambda: _snap(window).settings.dataset == "xor4", timeout=TIMEOUT)
    path = tmp_path / "saved.json"  # a session saved under a network's suffix
    written(qtbot, window, window.files.save_session, str(path))
    window.model.send(c.SetData(dataset="gauss"))
    qtbot.waitUntil(lambda: _snap(window).settings.dataset == "gauss", timeout=TIMEOUT)
    assert window.files.open_any(str(path))
    qtbot.waitUntil(lambda: len(_snap(window).data.train_points) == 4, timeout=TIMEOUT)


def test_a_csv_imports_its_points(qtbot, window, tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("x1,x2,label\n1,1,1\n-1,-1,0\n2,2,1\n")
    assert window.files.open_any(str(path))
    qtbot.waitUntil(lambda: _snap(window).settings.dataset == "custom", timeout=TIMEOUT)


def test_a_bad_file_changes_nothing_and_says_why(qtbot, window, tmp_path):
    before = _snap(window).units
    path = tmp_path / "notes.json"
    path.write_text(json.dumps({"hello": "world"}))
    assert not window.files.open_any(str(path))
    assert "not an mlpviz session, network or CSV file" in window.files.last_message.text()
    assert not window.files.open_any(str(tmp_path / "missing.mlpviz"))
    assert "no such file" in window.files.last_message.text()
    assert _snap(window).units == before


def test_dropping_a_file_on_the_diagram_opens_it(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(LECTURE_NET))])
    # a QGraphicsView: it takes drops itself
    assert drop(window.network_view.viewport(), mime) == (True, True)
    qtbot.waitUntil(lambda: _snap(window).units == [2, 1], timeout=TIMEOUT)


def test_the_window_has_the_icon_in_every_size(window):
    sizes = {s.width() for s in window.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_about_names_version_licence_and_training_path(qtbot, window):
    window.action_set.about.trigger()
    text = window.dialogs.about_box.text()
    assert __version__ in text and "MIT" in text
    assert "Training runs on: " in text and ("compiled" in text or "NumPy" in text)
    assert not window.dialogs.about_box.iconPixmap().isNull()
