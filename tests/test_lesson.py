"""Learn ▸ Lesson: Page Down goes through chapter 6 in order, each page setting up its own
view; the language switches on a page; the page is remembered."""

from PySide6.QtCore import Qt

from mlpviz.core.lessons.lesson import LESSON
from mlpviz.core.lessons.presets import PRESETS
from mlpviz.gui.labs.lab_window import TABS, tab_of

from .conftest import make_window

TIMEOUT = 20_000


def _page_down(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_PageDown)


def _check_page(qtbot, window, page):
    if page.walkthrough is not None:
        qtbot.waitUntil(lambda: window.walkthrough.active and window.walkthrough.step
                        is not None and window.walkthrough.step["phase"] == page.phase,
                        timeout=TIMEOUT)
        assert window.walkthrough_panel.matrix_box.isChecked() == page.matrix
    else:
        assert not window.walkthrough.active
    if page.lab is not None:
        assert window.labs.isVisible() and window.labs.tabs.currentIndex() == \
            TABS.index(tab_of(page.lab))
    elif window.labs is not None:
        assert not window.labs.isVisible()
    if page.preset is not None:
        assert window.preset_key == page.preset
        qtbot.waitUntil(lambda: window.model.snapshot.settings.dataset
                        == PRESETS[page.preset].scenario.dataset, timeout=TIMEOUT)


def test_page_down_goes_through_the_chapter(qtbot, window):
    window.lesson_panel.go(1)
    _page_down(qtbot, window)  # opens the lesson at its page
    assert window.lesson.on and window.action_set.lesson.isChecked()
    for number, page in enumerate(LESSON, start=1):
        if number > 1:
            _page_down(qtbot, window)
        assert window.lesson_panel.number == number
        assert page.title in window.lesson_panel.title.text()
        _check_page(qtbot, window, page)
    _page_down(qtbot, window)  # the last page stays
    assert window.lesson_panel.number == len(LESSON)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.lesson_panel.number == len(LESSON) - 1


def test_switching_the_language_on_a_page(qtbot, window):
    window.action_set.lesson.setChecked(True)
    window.lesson_panel.go(4)
    english = window.lesson_panel.text.text()
    window.set_language("ko")
    qtbot.waitUntil(lambda: window.lesson_panel.text.text() != english, timeout=TIMEOUT)
    assert window.lesson_panel.number == 4 and "순방향 패스" in window.lesson_panel.title.text()
    _check_page(qtbot, window, LESSON[3])
    window.set_language("en")
    qtbot.waitUntil(lambda: window.lesson_panel.text.text() == english, timeout=TIMEOUT)


def test_the_lesson_remembers_its_page(qtbot, tmp_path):
    first = make_window(qtbot, tmp_path)
    first.lesson_panel.go(7)
    first.shutdown()
    again = make_window(qtbot, tmp_path)
    assert again.lesson_panel.number == 7
