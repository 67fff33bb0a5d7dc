"""Learn ▸ Lesson: the chapter presented in order, a page at a time.

LessonPanel shows a page (its number, title and lines) with ◀ and ▶; Page Up and Page Down,
which is what presenter remotes send, turn the pages from anywhere in the window. Each page
sets the window up for itself (Lesson.apply): a preset, the walkthrough at a phase, a
lab. The page is remembered between runs.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.lessons.lesson import LESSON, LESSON_SEED, LessonPage, page
from ...core.playground.link import read_link
from ...model.walkthrough import WalkthroughModel

if TYPE_CHECKING:
    from .main_window import MainWindow

TEXT_SIZE = 1.5  # the page's lines in presentation mode, against the application's font
PREPARE_MS = 400  # after a page turn: the next page's lab is made then


def settle_layout() -> None:
    """The layouts a page turn asked for, done now: the first frame is then the page's
    last (the activation lab was painted four times over as its docks, plots and maps
    took their sizes one after another, 0.4 s of Page Down)."""
    for _ in range(3):  # a layout done can ask for its parents' or children's
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def tr_lesson(text: str) -> str:
    return QCoreApplication.translate("lesson", text)


class LessonPanel(QWidget):
    page_changed = Signal(int)  # the page number, 1 … len(LESSON)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        try:
            remembered = int(str(settings.value("lesson_page", 1)))
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
        self.copy_link = QPushButton()  # on a page that opens a Playground link
        self.copy_link.setVisible(False)
        self.see_also = QPushButton()  # on a page whose text points to a later one
        self.see_also.setVisible(False)
        self.see_also.clicked.connect(lambda: self.go(self.page.see_also or self.number))
        links = QHBoxLayout()
        links.addWidget(self.copy_link)
        links.addWidget(self.see_also)
        links.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.prev_button)
        row.addWidget(self.title, 1)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text)
        layout.addLayout(links)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()

    def set_scale(self, scale: float, high_contrast: bool) -> None:
        """Presentation mode: the page's lines are the lecture's main text, read from the
        back of the room: half as large again as the rest (2.5 % of the screen's height)."""
        font = QFont(self.font())
        if high_contrast:
            font.setPointSizeF(QApplication.font().pointSizeF() * TEXT_SIZE)
        self.text.setFont(font)

    @property
    def page(self) -> LessonPage:
        return page(self.number)

    def go(self, number: int) -> None:
        """Show page `number` (kept within the lesson) and announce it."""
        self.number = min(max(number, 1), len(LESSON))
        self.settings.setValue("lesson_page", self.number)
        self.retranslate()
        self.page_changed.emit(self.number)

    def growth_to(self, number: int) -> int:
        """How much taller (px) the panel's lines are on page `number` than on this one,
        at the width they have: the next page's lab is drawn ahead at the height it will
        have (drawn at another, its plots were drawn three times over on Page Down)."""
        metrics, width = self.text.fontMetrics(), self.text.contentsRect().width()
        flags = int(Qt.TextFlag.TextWordWrap)

        def height(text: str) -> int:
            return metrics.boundingRect(0, 0, width, 100_000, flags, text).height()

        return height(tr_lesson(page(number).text)) - height(self.text.text())

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
        self.copy_link.setText(self.tr("Copy Playground link"))
        self.copy_link.setToolTip(self.tr("The same run, to open in a browser: "
                                          "TensorFlow Playground's link with its seed"))
        self.copy_link.setVisible(self.page.link is not None)
        later = self.page.see_also
        self.see_also.setVisible(later is not None)
        if later is not None:
            self.see_also.setText(self.tr("Page {0}: {1}").format(
                later, tr_lesson(page(later).title)))
            self.see_also.setToolTip(self.tr("Turn to page {0}").format(later))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


PAGE_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class _PageKeysFirst(QObject):
    """While the lesson is on, Page Up and Page Down turn its pages wherever the focus is:
    a text view or a list would take them for scrolling (it claims them before shortcuts,
    with ShortcutOverride), and the lecturer's remote would stop working."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in PAGE_KEYS \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.ignore()
            return True  # nobody claims it: the window's shortcut gets it
        return False


class Lesson(QObject):
    """Lesson mode: the panel's dock shown or hidden, the pages turned, and the window set
    up for each page. `window` is the MainWindow (its methods for presets, the walkthrough
    and the labs). Each page sets up all it shows (network, data, hint, docks, a lab,
    training stopped or started) and leaving it stops what it started; leaving the lesson
    gives back the docks and the walkthrough as they were before it."""

    def __init__(self, window: MainWindow, dock: QDockWidget, panel: LessonPanel,
                 walkthrough: WalkthroughModel, matrix: Callable[[bool], None]) -> None:
        super().__init__(dock)  # a QObject: its slots die with the window, not after it
        self.window, self.dock, self.panel = window, dock, panel
        self.wm, self.matrix = walkthrough, matrix
        self._keys = _PageKeysFirst(dock)
        panel.copy_link.clicked.connect(lambda: window.files.links.copy_playground_link())
        self._before: tuple[dict[str, bool], bool] | None = None  # docks, walkthrough mode
        self.on = False
        self.autoplay = True  # a page that trains starts training (not for a screenshot)
        self._prepare = QTimer(self, singleShot=True, interval=PREPARE_MS)
        self._prepare.timeout.connect(self._prepare_next)
        panel.page_changed.connect(self._turned)

    def _turned(self, number: int) -> None:
        if self.on:
            self.apply(page(number))
            settle_layout()
            # while the page is read: the next page's lab made (not on Page Down: the
            # activation lab took 0.8 s to make, the window frozen)
            self._prepare.start()

    def _prepare_next(self) -> None:
        """What the next page shows first, made or laid out while this one is read."""
        number, w = self.panel.number, self.window
        if not self.on or number == len(LESSON):
            return
        coming = page(number + 1)
        if coming.lab is not None:  # drawn at the size it will have: side docks make way
            height = w.central.height() - self.panel.growth_to(number + 1)
            w.central.prepare_lab(coming.lab, QSize(w.width(), height))
        elif coming.walkthrough is not None and w.walkthrough.active \
                and coming.matrix != w.walkthrough.matrix_view:
            w.walkthrough_panel.prepare_form(coming.matrix)

    def resume(self) -> None:
        """At start: the lesson again if it was on when the app was closed, its page set
        up as the page sets it up."""
        if str(self.window.settings.value("lesson_on", "false")).lower() == "true":
            self.window.action_set.lesson.setChecked(True)

    def close_for_exit(self) -> None:
        """Before the window saves its layout: the layout without the lesson (which the
        next start sets up again from its page)."""
        if self.on:
            self.show(False)
            self.window.settings.setValue("lesson_on", True)

    def show(self, on: bool) -> None:
        """Learn ▸ Lesson: the panel at the top, and the window set up for its page; off,
        the window as it was before (remembered, so a restart reopens the lesson)."""
        if on == self.on:
            return
        w = self.window
        self.on = on
        w.settings.setValue("lesson_on", on)
        app = QCoreApplication.instance()
        if on:
            self._before = (w.docks.shown(), w.walkthrough.active)
            w.docks.show_only(self.panel.page.views)  # first: the window must not grow
            self.dock.setVisible(True)
            if app is not None:
                app.installEventFilter(self._keys)
            self.apply(self.panel.page)
            self._prepare.start()  # the lesson opened on a page: its next page's lab too
            return
        self.dock.setVisible(False)
        if app is not None:
            app.removeEventFilter(self._keys)
        w.model.pause()
        w.central.show_diagram()
        shown, walking = self._before or ({}, False)
        self._before = None
        if not walking and w.walkthrough.active:
            w.set_walkthrough_mode(False)
        w.docks.show_only(shown, controls=not w.presentation.on)

    def fit(self) -> None:
        """The panel as tall as its lines at its width (its size hint is for a width
        of its own, a line taller): the diagram keeps the rest."""
        panel = self.panel
        height = panel.heightForWidth(self.dock.width()) if panel.hasHeightForWidth() \
            else panel.sizeHint().height()
        chrome = self.dock.height() - panel.height() if self.dock.isVisible() else 0
        self.window.resizeDocks([self.dock], [height + max(0, chrome)],
                                Qt.Orientation.Vertical)
        # the walkthrough's dock below gave up some of its height: it takes it back
        self.window.docks.fit_walkthrough_soon()

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
        size = w.size()
        w.docks.show_only(p.views)  # first: docks of two pages at once would grow the window
        w.model.pause()  # what the page before started stops; this page starts its own
        if p.lab is None:
            w.central.show_diagram()
        if p.walkthrough is None and w.walkthrough.active:
            w.set_walkthrough_mode(False)
        if p.preset is not None:
            w.apply_preset(p.preset)
        else:
            w.clear_preset_note()
        if p.link is not None:
            state = read_link(p.link)
            w.model.open_playground(replace(state, seed=state.seed or LESSON_SEED), p.link)
        else:  # before the page's own set-up, which Playground may lack: no word of it
            w.model.leave_playground()
        if p.playground and self.autoplay:
            w.model.play()
        if p.walkthrough is not None:
            with self.wm.changed.held():  # the panel and the diagram drawn once, not thrice
                self.matrix(p.matrix)
                w.start_preset(p.walkthrough)  # at once, at its first step
                self._open_phase(p.phase)
        self.fit()  # the panel for this page's lines; before a lab, which was laid out
        settle_layout()  # ahead at the size the page gives it, and keeps that size
        if p.lab is not None:
            w.open_lab(p.lab)
        w.docks.show_only(p.views)
        if w.size() != size and not (w.isMaximized() or w.isFullScreen()):
            w.resize(size)  # a minimum met on the way made it grow: the page fits its size
        w.activateWindow()  # the keys stay with the window (a 3-D view's context took them)
        w.edit_history.forget()  # (the page set itself up: that is not the user's to undo)

    def _open_phase(self, phase: str | None) -> None:
        index = next((i for i, r in enumerate(self.wm.steps) if r["phase"] == phase), None)
        if index is not None:
            self.wm.go(index)
