"""The digits workspace in the window: at projector sizes the output dock takes the height
the digits' view needs and nothing in it scrolls, the loss curve keeps its least height (its
labels apart), and back on a plane the column has its usual width; a 32-unit column
presenting keeps its headings apart; the chapter's sigmoid + MSE a click away; the lesson's
page 6 points to page 13, which opens the digits."""

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from mlpviz.core.data.digits import PIXELS

from .conftest import make_window

TIMEOUT = 30_000


def _digits_shown(qtbot, window):
    panel = window.boundary_view.digit_panel
    qtbot.waitUntil(lambda: panel.net is not None, timeout=TIMEOUT)
    box = window.boundary_view.digit_box
    qtbot.waitUntil(lambda: box.verticalScrollBar().maximum() == 0, timeout=TIMEOUT)
    return box


def _tick_labels(axis) -> list:
    """Where an axis draws its tick labels, as pyqtgraph lays them out."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        return [rect for rect, _, _ in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_digits_fit_a_projector_and_give_the_column_back(qtbot, tmp_path, size):
    window = make_window(qtbot, tmp_path, size, language="ko")
    window.presentation.set(True)
    usual = window.boundary_dock.width()
    window.apply_preset("digits")
    box = _digits_shown(qtbot, window)
    assert box.horizontalScrollBar().maximum() == 0
    assert window.boundary_dock.width() > usual  # (a digits diagram needs less width)
    loss = window.loss_dock
    assert loss.isVisible() and loss.height() >= loss.minimumSizeHint().height()
    labels = _tick_labels(window.loss_view.plot.getAxis("left"))
    assert len(labels) >= 2  # short as it is, the loss curve's axis reads
    for i, a in enumerate(labels):
        assert not any(a.intersects(b) for b in labels[i + 1:]), labels
    assert window.size().toTuple() == size
    window.apply_preset("playground")
    qtbot.waitUntil(lambda: window.model.snapshot.features != PIXELS, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: abs(window.boundary_dock.width() - usual) <= 4, timeout=TIMEOUT)
    assert window.boundary_view.plot_box.isVisible() and box.isHidden()


def test_a_tall_column_keeps_its_headings_apart(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, (1280, 720))
    window.presentation.set(True)
    window.apply_preset("digits")
    _digits_shown(qtbot, window)
    view = window.network_view
    (buttons, count), = view.layer_headers
    stack = [*view.title_row, *buttons, count]
    rects = [item.sceneBoundingRect() for item in stack]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b), (a, b)
    scale = view.transform().m11()
    assert all(b.rect().height() * b.scale() * scale >= view.least_text_px - 0.5
               for b in (*view.title_row[:2], *buttons))  # the + and − can be hit
    names = {item.text() for item in view.scene().items()
             if isinstance(item, QGraphicsSimpleTextItem)}
    assert {str(k) for k in range(10)} <= names  # each output named by its digit


def test_the_loss_page_points_to_the_digit_page(qtbot, window):
    window.action_set.lesson.setChecked(True)
    panel = window.lesson_panel
    panel.go(6)
    assert panel.see_also.isVisible() and "13" in panel.see_also.text()
    panel.go(5)
    assert not panel.see_also.isVisible()
    panel.go(6)
    panel.see_also.click()
    assert panel.number == 13
    qtbot.waitUntil(lambda: window.model.snapshot.features == PIXELS, timeout=TIMEOUT)
    assert window.boundary_dock.isVisible() and not window.loss_dock.isVisible()
    assert window.boundary_view.digit_box.isVisible()


def test_the_chapters_outputs_are_one_click_away(qtbot, window):
    window.apply_preset("digits")
    panel = window.boundary_view.digit_panel
    qtbot.waitUntil(lambda: panel.net is not None, timeout=TIMEOUT)
    before = [w.copy() for w in window.model.snapshot.weights]
    assert not panel.chapter_outputs.isChecked()
    panel.chapter_outputs.click()
    qtbot.waitUntil(lambda: window.model.snapshot.activations[-1] == "sigmoid", timeout=TIMEOUT)
    snap = window.model.snapshot
    assert snap.network().loss.name == "mse" and panel.chapter_outputs.isChecked()
    for w, was in zip(snap.weights, before, strict=True):
        assert (w == was).all()  # the weights stay
    qtbot.waitUntil(lambda: "reads" in panel.answer, timeout=TIMEOUT)
    panel.chapter_outputs.click()
    qtbot.waitUntil(lambda: window.model.snapshot.activations[-1] == "softmax", timeout=TIMEOUT)
    assert window.model.snapshot.network().loss.name == "cross_entropy"
    window.model.network.set_loss("mse", "sigmoid")  # another way there: the box follows
    qtbot.waitUntil(panel.chapter_outputs.isChecked, timeout=TIMEOUT)


def test_a_hovered_unit_shows_what_it_looks_for_on_the_pad(qtbot, window):
    window.apply_preset("digits")
    panel = window.boundary_view.digit_panel
    qtbot.waitUntil(lambda: panel.net is not None, timeout=TIMEOUT)
    window.network_view.hover_unit((0, 3))  # as the diagram does on hover
    qtbot.waitUntil(lambda: panel.pad.weights is not None, timeout=TIMEOUT)
    w = window.model.snapshot.weights[0]
    expected = (w[:, 3] / np.abs(w).max()).reshape(8, 8)
    np.testing.assert_allclose(panel.pad.weights, expected)
    assert "unit 4" in panel.loss.text()
    window.network_view.hover_unit((1, 3))  # an output: nothing of the kind
    qtbot.waitUntil(lambda: panel.pad.weights is None, timeout=TIMEOUT)
    assert "reads" in panel.loss.text()


def test_an_empty_pad_says_so_in_korean(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, language="ko")
    window.apply_preset("digits")
    panel = window.boundary_view.digit_panel
    qtbot.waitUntil(lambda: panel.net is not None, timeout=TIMEOUT)
    panel.pad.clear()
    assert panel.answer == "패드가 비어 있습니다: 먼저 숫자를 그리세요."
    assert panel.answer in panel.loss.text()


def test_the_digits_are_a_data_set_icon(qtbot, window):
    window.controls.dataset_buttons["digits"].click()
    qtbot.waitUntil(lambda: window.model.snapshot.features == PIXELS, timeout=TIMEOUT)
    assert window.model.snapshot.units[-1] == 10 and window.boundary_view.digit_box.isVisible()
    assert window.controls.dataset_buttons["digits"].isChecked()
    window.controls.dataset_buttons["circle"].click()
    qtbot.waitUntil(lambda: window.model.snapshot.features == ("x1", "x2"), timeout=TIMEOUT)
    assert window.boundary_view.plot_box.isVisible()
