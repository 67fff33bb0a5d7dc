"""The lecturer's pen and pointer (issue 29): P turns the layer on, the pen draws over the
window, Backspace takes a stroke back, a page turned or a walkthrough step clears them, the
pointer lets clicks through, and nothing drawn reaches the network."""

from PySide6.QtCore import QPoint, Qt

from .conftest import make_window

TIMEOUT = 20_000


def _stroke(qtbot, overlay, start, end):
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(*start))
    qtbot.mouseMove(overlay, QPoint(*end))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(*end))


def test_the_pen_draws_over_the_window_and_changes_nothing(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    pen, overlay = window.pen, window.pen.overlay
    assert not overlay.on and not pen.take_back.isEnabled()
    applied = window.worker.session.changes
    pen.toggle.trigger()  # P
    assert overlay.on and overlay.geometry() == window.rect() and pen.clear.isEnabled()
    _stroke(qtbot, overlay, (400, 300), (600, 350))
    _stroke(qtbot, overlay, (420, 500), (700, 520))
    assert len(overlay.strokes) == 2 and len(overlay.strokes[0].points) >= 2
    image = overlay.grab().toImage()
    assert image.pixelColor(500, 325).red() > 150  # drawn, in the pen's vermilion
    pen.take_back.trigger()  # Backspace
    assert len(overlay.strokes) == 1
    assert window.worker.session.changes == applied  # no command was sent
    pen.mode_actions["highlighter"].trigger()
    _stroke(qtbot, overlay, (300, 200), (500, 200))
    assert overlay.strokes[-1].mode == "highlighter" and overlay.strokes[-1].colour.alpha() < 255
    pen.clear.trigger()  # Esc: the strokes go, the layer stays
    assert overlay.strokes == [] and overlay.on
    pen.clear.trigger()  # Esc again: the layer goes
    assert not overlay.on and not pen.toggle.isChecked()


def test_strokes_go_with_the_page_they_were_drawn_on(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, (1280, 720))
    window.action_set.lesson.setChecked(True)
    window.lesson_panel.go(4)  # the walkthrough's forward pass
    qtbot.waitUntil(lambda: window.walkthrough.active, timeout=TIMEOUT)
    overlay = window.pen.overlay
    window.pen.toggle.trigger()
    _stroke(qtbot, overlay, (500, 300), (700, 300))
    window.walkthrough.next()  # another step: another picture under the strokes
    assert overlay.strokes == []
    _stroke(qtbot, overlay, (500, 300), (700, 300))
    window.lesson.turn(1)  # Page Down, as a presenter's remote sends it
    assert window.lesson_panel.number == 5 and overlay.strokes == [] and overlay.on


def test_the_pointer_follows_the_mouse_and_lets_clicks_through(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    overlay = window.pen.overlay
    window.pen.mode_actions["pointer"].trigger()
    assert overlay.on and overlay.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    view = window.network_view.viewport()
    qtbot.mouseMove(view, QPoint(120, 90))
    spot = overlay.mapTo(window, overlay.spot.toPoint())
    assert spot == view.mapTo(window, QPoint(120, 90))
    window.pen.toggle.trigger()
    assert not overlay.on and overlay.spot is None
