"""The lecture hall at projector sizes (issue 24): every lesson page and every walkthrough
step, presenting in Korean at 1280×720 and 1024×768 (and the larger screens), checked
through Qt's API: the window is the size asked and its minimum fits, it is the only window,
nothing scrolls, every widget's text is at least 1.6 % of the screen's height (the lesson's
own 2.4 %), numbers are whole, and the centre keeps its share where the page is about the
diagram."""

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QGraphicsSimpleTextItem,
    QLabel,
    QScrollBar,
    QWidget,
)

from mlpviz.core.lessons.lesson import LESSON
from mlpviz.gui.kit.scale import font_pixels
from mlpviz.gui.kit.widgets import ElidedLabel

from .conftest import make_window

TIMEOUT = 20_000
# The projectors of the issue; the walkthrough's steps at the two smallest and the largest.
PAGE_SIZES = [(1280, 720), (1024, 768), (1280, 800), (1920, 1080), (2560, 1440)]
STEP_SIZES = [(1280, 720), (1024, 768), (2560, 1440)]
CENTRE_PAGES = {1, 3, 4, 5, 6, 9, 10, 12}  # about the diagram: its share of the area
MIN_CENTRE_SHARE = 0.20


def _presenting(qtbot, tmp_path, size):
    window = make_window(qtbot, tmp_path, size, language="ko")
    window.presentation.set(True)
    window.action_set.lesson.setChecked(True)
    qtbot.waitUntil(lambda: window.lesson.on, timeout=TIMEOUT)
    return window


def _settled(qtbot, window):
    """Every command the page sent applied, and the docks at rest (they take their sizes
    in the event loop)."""
    qtbot.waitUntil(lambda: window.worker.shown(window.model.snapshot.commands),
                    timeout=TIMEOUT)
    seen = []

    def still() -> bool:
        seen.append((window.walkthrough_dock.height(), window.lesson_dock.height(),
                     window.centralWidget().height()))
        return len(seen) >= 3 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(still, timeout=TIMEOUT)


def _shown(window) -> list[QWidget]:
    """The widgets on screen: isVisibleTo follows the parents' own flags (a lab drawn once
    off screen leaves its scroll bars flagged visible inside a hidden page)."""
    return [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]


def _problems(window, size) -> list[str]:
    """What a lecturer would see wrong on this screen, in words."""
    width, height = size
    found = []
    if window.size().toTuple() != size:
        found.append(f"window {window.size().toTuple()}")
    least = window.minimumSizeHint()
    if least.width() > width or least.height() > height:
        found.append(f"minimum {least.toTuple()}")
    others = [w for w in QApplication.topLevelWidgets()
              if w.isVisible() and w is not window and w.isWindow()]
    if others:
        found.append(f"other windows {[type(w).__name__ for w in others]}")
    smallest = 0.016 * height
    for w in _shown(window):
        if isinstance(w, QScrollBar) and w.maximum() > w.minimum():
            found.append(f"scroll bar in {type(w.parent().parent()).__name__}")
        if isinstance(w, QAbstractScrollArea | QScrollBar):
            pass
        elif font_pixels(w.font()) < smallest - 0.01 and _has_text(w):
            found.append(f"{type(w).__name__} '{_text(w)[:20]}' "
                         f"{font_pixels(w.font()):.1f} px")
        if isinstance(w, QLabel) and not isinstance(w, ElidedLabel) and not w.wordWrap() \
                and w.text() and w.sizeHint().width() > w.width() + 2:
            found.append(f"label '{w.text()[:20]}' cut ({w.sizeHint().width()} > {w.width()})")
        if isinstance(w, QAbstractButton) and w.text() and \
                w.fontMetrics().horizontalAdvance(w.text()) > w.width():
            found.append(f"button '{w.text()}' cut")
    view = window.network_view
    if view.isVisibleTo(window):  # the diagram's own texts, as drawn on screen
        for item in view.scene().items():
            # (+ −: the buttons' icons; not parentItem(): PySide lets Python delete the item)
            if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible() \
                    and item.text() not in ("", "+", "−"):
                px = item.font().pixelSize() * item.deviceTransform(
                    view.viewportTransform()).m22()
                if px < smallest - 0.01:
                    found.append(f"diagram '{item.text()[:20]}' {px:.1f} px")
    menu_px = font_pixels(window.menuBar().font())
    if menu_px < smallest - 0.01:
        found.append(f"menu bar {menu_px:.1f} px")
    return found


NUMBER = re.compile(r"[−-]?\d[\d,]*(\.\d+)?")


def _broken_numbers(text) -> list[str]:
    """The numbers in the walkthrough's text laid out on more than one line."""
    broken, block = [], text.document().begin()
    while block.isValid():
        if NUMBER.fullmatch(block.text().strip()) and block.layout().lineCount() > 1:
            broken.append(block.text())
        block = block.next()
    return broken


def _has_text(w: QWidget) -> bool:
    return bool(_text(w)) or isinstance(w, QDockWidget)


def _text(w: QWidget) -> str:
    return w.text() if isinstance(w, QLabel | QAbstractButton) else ""


def _centre_share(window) -> float:
    c = window.centralWidget()
    return c.width() * c.height() / (window.width() * window.height())


@pytest.mark.parametrize("size, english", [
    *((size, False) for size in PAGE_SIZES),
    *((size, True) for size in STEP_SIZES[:2])],  # switched to English live, presenting
    ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else ("en" if v else "ko"))
def test_every_lesson_page_fits_and_reads(qtbot, tmp_path, size, english):
    window = _presenting(qtbot, tmp_path, size)
    if english:
        window.set_language("en")
    window.lesson_panel.go(1)
    for number in range(1, len(LESSON) + 1):
        if number > 1:
            window.lesson.turn(1)
        assert window.lesson_panel.number == number
        _settled(qtbot, window)
        problems = _problems(window, size)
        assert not problems, (number, problems)
        lesson_px = font_pixels(window.lesson_panel.text.font())
        assert lesson_px >= 0.024 * size[1] - 0.01, (number, lesson_px)
        if number in CENTRE_PAGES:
            assert _centre_share(window) >= MIN_CENTRE_SHARE, (number, _centre_share(window))


@pytest.mark.parametrize("size", STEP_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("matrix", [False, True], ids=["scalar", "matrix"])
def test_every_walkthrough_step_fits_and_reads(qtbot, tmp_path, size, matrix):
    window = _presenting(qtbot, tmp_path, size)
    window.lesson_panel.go(5 if matrix else 4)
    _settled(qtbot, window)
    assert window.walkthrough_panel.matrix_box.isChecked() == matrix
    for i in range(len(window.walkthrough.steps)):
        window.walkthrough.go(i)
        _settled(qtbot, window)
        problems = _problems(window, size) + _broken_numbers(window.walkthrough_panel.text)
        assert not problems, (i + 1, problems)
        text_px = font_pixels(window.walkthrough_panel.text.font())  # the lecture's main text
        assert text_px >= 0.024 * size[1] - 0.01, (i + 1, text_px)
        assert _centre_share(window) >= MIN_CENTRE_SHARE, (i + 1, _centre_share(window))
