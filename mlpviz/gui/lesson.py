"""Learn ▸ Lesson: the chapter presented in order, a page at a time.

LessonPanel shows a page (its number, title and lines) with ◀ and ▶; Page Up and Page Down,
which is what presenter remotes send, turn the pages from anywhere in the window. Each page
sets the window up for itself (LessonPages.apply): a preset, the walkthrough at a phase, a
lab. The page is remembered between runs.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.lessons.lesson import LESSON, LessonPage, page
from ..core.session import commands as c
from ..model.walkthrough import WalkthroughModel


def tr_lesson(text: str) -> str:
    return QCoreApplication.translate("lesson", text)


class LessonPanel(QWidget):
    page_changed = Signal(int)  # the page number, 1 … len(LESSON)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        try:
            remembered = int(settings.value("lesson_page", 1))
        except (TypeError, ValueError):
            remembered = 1
        self.number = min(max(remembered, 1), len(LESSON))
        self.title = QLabel()  # rich text: its size follows the font (presentation mode)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.prev_button, self.next_button = QPushButton("◀"), QPushButton("▶")
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        row = QHBoxLayout()
        row.addWidget(self.prev_button)
        row.addWidget(self.title, 1)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()

    @property
    def page(self) -> LessonPage:
        return page(self.number)

    def go(self, number: int) -> None:
        """Show page `number` (kept within the lesson) and announce it."""
        self.number = min(max(number, 1), len(LESSON))
        self.settings.setValue("lesson_page", self.number)
        self.retranslate()
        self.page_changed.emit(self.number)

    def next(self) -> None:
        if self.number < len(LESSON):
            self.go(self.number + 1)

    def previous(self) -> None:
        if self.number > 1:
            self.go(self.number - 1)

    def retranslate(self) -> None:
        title = self.tr("{0} / {1}  {2}").format(self.number, len(LESSON),
                                                 tr_lesson(self.page.title))
        self.title.setText(f"<b style='font-size:x-large'>{html.escape(title)}</b>")
        self.text.setText(tr_lesson(self.page.text))
        self.prev_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.prev_button.setEnabled(self.number > 1)
        self.next_button.setEnabled(self.number < len(LESSON))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


PAGE_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class _PageKeysFirst(QObject):
    """While the lesson is on, Page Up and Page Down turn its pages wherever the focus is:
    a text view or a list would take them for scrolling (it claims them before shortcuts,
    with ShortcutOverride), and the lecturer's remote would stop working."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in PAGE_KEYS \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.ignore()
            return True  # nobody claims it: the window's shortcut gets it
        return False


class Lesson:
    """Lesson mode: the panel's dock shown or hidden, the pages turned, and the window set
    up for each page. `window` is the MainWindow (its methods for presets, the walkthrough
    and the labs)."""

    def __init__(self, window, dock: QDockWidget, panel: LessonPanel,  # noqa: ANN001
                 walkthrough: WalkthroughModel, matrix: Callable[[bool], None]) -> None:
        self.window, self.dock, self.panel = window, dock, panel
        self.wm, self.matrix = walkthrough, matrix
        self._keys = _PageKeysFirst(dock)
        panel.page_changed.connect(lambda n: (self.apply(page(n)), self.fit()))

    @property
    def on(self) -> bool:
        return self.dock.isVisible()

    def show(self, on: bool) -> None:
        """Learn ▸ Lesson: the panel at the top, and the window set up for its page."""
        if on == self.on:
            return
        self.dock.setVisible(on)
        app = QCoreApplication.instance()
        if on:
            app.installEventFilter(self._keys)
            self.apply(self.panel.page)
            self.fit()
        else:
            app.removeEventFilter(self._keys)

    def fit(self) -> None:
        """The panel as tall as its lines: the diagram keeps the rest."""
        self.window.resizeDocks([self.dock], [self.panel.sizeHint().height()],
                                Qt.Orientation.Vertical)

    def turn(self, pages: int) -> None:
        """Page Down (+1) and Page Up (−1); either opens the lesson where it was left."""
        if not self.on:
            self.window.action_set.lesson.setChecked(True)
        elif pages > 0:
            self.panel.next()
        else:
            self.panel.previous()

    def apply(self, p: LessonPage) -> None:
        w = self.window
        if w.labs is not None and p.lab is None and w.labs.isVisible():
            w.labs.hide()
            w.activateWindow()  # the keys come back to the window
        if p.walkthrough is None and w.walkthrough.active:
            w.set_walkthrough_mode(False)
        if p.preset is not None:
            w.apply_preset(p.preset)
        if p.playground:
            w.model.send(c.Play())
        if p.walkthrough is not None:
            self.matrix(p.matrix)
            w.start_preset(p.walkthrough)  # the walkthrough starts at once, at its first step
            self._open_phase(p.phase)
        if p.lab is not None:
            w.open_lab(p.lab)

    def _open_phase(self, phase: str | None) -> None:
        index = next((i for i, r in enumerate(self.wm.steps) if r["phase"] == phase), None)
        if index is not None:
            self.wm.go(index)
