"""The language switches in place: every widget, plot and scene item retranslates itself on
LanguageChange; nothing is rebuilt, so training goes on, the walkthrough keeps its step and
the docks keep their place. And in Korean no English is left but the names."""

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGraphicsSimpleTextItem,
    QLabel,
    QMenu,
    QTabBar,
    QToolBar,
    QWidget,
)

from .conftest import make_window

TIMEOUT = 20_000
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# What stays as it is in every language: names, and the symbols of the formulas.
NAMES = {"tanh", "relu", "sigmoid", "sgd", "adam", "mse", "xor", "csv", "png", "svg",
         "json", "markdown", "latex", "mlpviz", "leaky", "softmax", "sin", "cos", "exp",
         "log", "sqrt", "abs", "max", "net", "out", "l1", "l2", "epoch", "space", "shift", "ctrl",
         "home", "end", "del", "esc", "enter", "f1", "f5", "f11"}


def _geometry(window) -> dict[str, tuple[int, int, int, int]]:
    return {d.objectName(): d.geometry().getRect() for d in window.findChildren(QDockWidget)
            if d.isVisible() and not d.visibleRegion().isEmpty()}  # (a tab behind is not)


def _same_geometry(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        max(abs(p - q) for p, q in zip(a[k], b[k], strict=True)) <= 2 for k in a)


def _switch(qtbot, window, code: str, file_menu: str) -> None:
    window.set_language(code)
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == file_menu,
                    timeout=TIMEOUT)


def test_switch_both_ways_while_training(qtbot, window):
    window.model.play()
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 3, timeout=TIMEOUT)
    before = _geometry(window)
    for code, file_menu in (("ko", "파일(&F)"), ("en", "&File")):
        _switch(qtbot, window, code, file_menu)
        epoch = window.model.snapshot.epoch
        qtbot.waitUntil(lambda e=epoch: window.model.snapshot.epoch > e + 3, timeout=TIMEOUT)
        assert window.model.snapshot.playing
        assert len(window.findChildren(QToolBar)) == 1
        assert _same_geometry(before, _geometry(window)), (before, _geometry(window))
    assert window.loss_view.plot.getAxis("bottom").labelText == "epoch"


def test_switch_during_a_presentation_walkthrough(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, (1920, 1080))
    window.presentation.set(True, 1.5)
    window.start_preset("lecture")
    qtbot.waitUntil(lambda: window.walkthrough.active and len(window.walkthrough.steps) > 9,
                    timeout=TIMEOUT)
    window.walkthrough.go(8)  # step 9
    qtbot.waitUntil(window.docks.walkthrough_fitted, timeout=TIMEOUT)
    before = _geometry(window)
    panel = window.walkthrough_panel
    _switch(qtbot, window, "ko", "파일(&F)")
    qtbot.waitUntil(lambda: "역전파" in panel.text.toPlainText(), timeout=TIMEOUT)
    assert window.walkthrough.index == 8 and "9단계" in panel.position.text()
    assert window.presentation.on and len(window.findChildren(QToolBar)) == 1
    assert _same_geometry(before, _geometry(window)), (before, _geometry(window))
    _switch(qtbot, window, "en", "&File")
    qtbot.waitUntil(lambda: "Backward" in panel.text.toPlainText(), timeout=TIMEOUT)
    assert window.walkthrough.index == 8
    assert _same_geometry(before, _geometry(window))


# -- nothing left in English ------------------------------------------------------------------
def _english(text: str) -> bool:
    """Whether `text` is English that should have been translated: no Hangul, and words
    (of two letters or more) that are not names."""
    text = re.sub(r"<[^>]+>", " ", text or "")
    if not text.strip() or HANGUL.search(text):
        return False
    words = [w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() not in NAMES]
    return bool(words)


def _texts(window) -> list[tuple[str, str]]:
    """(where, text) for every visible widget's text and tooltip, every menu and action,
    tab, dock and window title, and the diagram's and plots' own texts."""
    found = [("window title", window.windowTitle())]
    widgets = [w for w in window.findChildren(QWidget) if w.isVisible()]
    for w in widgets:
        name = type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            found.append((name, w.text()))
        if isinstance(w, QComboBox) and w.objectName() != "recent":
            found += [(name + " item", w.itemText(i)) for i in range(w.count())
                      if not w.isEditable()]
        if isinstance(w, QTabBar):
            found += [("tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QDockWidget | QToolBar):
            found.append((name + " title", w.windowTitle()))
        found.append((name + " tooltip", w.toolTip()))
    # (Not QAction.menu(): in PySide6 the menu it returns is deleted with its wrapper.)
    menus = [m for m in window.menuBar().findChildren(QMenu) if m.title()]
    titles = {m.title() for m in menus}
    for menu in menus:
        found.append(("menu", menu.title()))
        if menu.title() in (window.menus.recent.title(), window.menus.language.title()):
            continue  # file paths; each language in its own name
        for action in menu.actions():
            if not action.isSeparator() and action.text() not in titles:
                found += [("action", action.text()), ("action tip", action.toolTip())]
    for item in window.network_view.scene().items():
        if isinstance(item, QGraphicsSimpleTextItem):
            found.append(("diagram text", item.text()))
        found.append(("diagram tooltip", item.toolTip()))
    for plot in (window.loss_view.plot, window.boundary_view.plot):
        for side in ("left", "bottom"):
            found.append(("axis", plot.getAxis(side).labelText))
    found.append(("legend", window.loss_view.legend.text()))
    found.append(("status bar", window.statusBar().currentMessage()))
    return found


def test_nothing_is_left_in_english(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, (1600, 1000), language="ko")
    window.model.play()
    qtbot.waitUntil(lambda: window.model.snapshot.epoch >= 3, timeout=TIMEOUT)
    window.model.pause()
    qtbot.waitUntil(lambda: not window.model.snapshot.playing, timeout=TIMEOUT)
    english = [(where, text) for where, text in _texts(window) if _english(text)]
    assert not english, english[:10]
    window.set_walkthrough_mode(True)  # the walkthrough's panel, and the quiver's tab
    window.quiver_dock.raise_()
    qtbot.waitUntil(lambda: window.walkthrough.active, timeout=TIMEOUT)
    english = [(where, text) for where, text in _texts(window) if _english(text)]
    assert not english, english[:10]


def test_the_labs_speak_korean_too(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, (1600, 1000), language="ko")
    english = []
    for lab in ("descent1d", "descent2d", "activations", "quiz03"):
        window.open_lab(lab)
        qtbot.waitUntil(window.labs.isVisible, timeout=TIMEOUT)
        for w in window.labs.findChildren(QWidget):
            if not w.isVisible():
                continue
            texts = [w.toolTip()]
            if isinstance(w, QLabel | QAbstractButton):
                texts.append(w.text())
            if isinstance(w, QTabBar):
                texts += [w.tabText(i) for i in range(w.count())]
            english += [(lab, type(w).__name__, t) for t in texts if _english(t)]
    assert not english, english[:10]
    window.set_language("en")  # and back, in place
    qtbot.waitUntil(lambda: window.labs.tabs.tabText(0) == "Gradient descent 1-D",
                    timeout=TIMEOUT)


def test_every_walkthrough_step_speaks_korean(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, (1600, 1000), language="ko")
    panel = window.walkthrough_panel
    for preset in ("lecture", "quiz04"):
        window.start_preset(preset)
        qtbot.waitUntil(lambda: len(window.walkthrough.steps) > 20, timeout=TIMEOUT)
        for matrix in (False, True):
            panel.matrix_box.setChecked(matrix)
            for i, step in enumerate(window.walkthrough.steps):
                html = re.sub(r"<su[bp]>.*?</su[bp]>", "", panel.step_text.body(step))
                assert not _english(html), (preset, matrix, i, html[:300])
            window.walkthrough.go(5)
            assert not _english(panel.position.text())


def test_the_diagrams_titles_fit_after_a_switch(qtbot, tmp_path):
    """Korean first, then English: "OUTPUT" is wider than 출력층 and was cut to "OUTPU"
    (the diagram's fitted area was the Korean one's)."""
    window = make_window(qtbot, tmp_path, (1280, 800), language="ko")
    window.set_language("en")
    view = window.network_view
    qtbot.waitUntil(lambda: any(getattr(i, "text", lambda: "")() == "OUTPUT"
                                for i in view.scene().items()), timeout=TIMEOUT)
    for item in view.scene().items():
        if getattr(item, "text", lambda: "")() in ("OUTPUT", "INPUTS"):
            assert view.sceneRect().contains(item.sceneBoundingRect()), item.text()
