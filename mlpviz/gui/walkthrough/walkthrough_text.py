"""The walkthrough's text: a step as the panel shows it (scalar, matrix or batch form, with
the notes on large networks and on the slides' digits), and the height of its tallest step,
by which the window sizes the panel's dock so no step needs scrolling."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...core.lessons.batch_trace import parameters
from ...core.lessons.presets import LECTURE_SLIDE_DIGITS, is_lecture_walk
from ...model.walkthrough import WalkthroughModel
from ...report.batch_text import batch_step_html
from ...report.numbers import fmt
from ...report.walkthrough_html import Names, matrix_html, step_html
from ..kit.i18n import tr_walk

# A step too tall for the dock is set smaller, down to this share of its size: presenting,
# still 2.4 % of the screen's height (the walkthrough is the lecture's main text); then
# shortened (its notes left out).
SMALLEST = 0.86
# ① ② ③ in Okabe-Ito's vermilion, bluish green and reddish purple: apart for colour-blind eyes
STYLE = ("h3 { color: #0877bd; } .one { color: #d55e00; } .two { color: #009e73; } "
         ".three { color: #cc79a7; } .note { color: #666; }")


def tallest_candidates(steps: list[dict]) -> list[dict]:
    """The steps whose text can be the tallest: in each kind of step the one with the most
    terms (it has the most lines), and those that carry a note on the slides' digits.
    Laying out every step instead took over a second on each resize or font change (a
    network of a few layers has hundreds of steps; Hangul text lays out slowly)."""
    best: dict[tuple, tuple[int, dict]] = {}
    noted = []
    for r in steps:
        kind = (r["phase"], r.get("kind"), r.get("layer") == 0)
        n = len(r.get("terms") or ()) + len(r.get("sum_terms") or ())
        if kind not in best or n > best[kind][0]:
            best[kind] = (n, r)
        if (r["phase"], r.get("param")) in LECTURE_SLIDE_DIGITS:
            noted.append(r)
    return [r for _, r in best.values()] + noted


class StepText:
    """The HTML of the walkthrough model's steps, and the tallest one's height (cached)."""

    def __init__(self, wm: WalkthroughModel) -> None:
        self.wm = wm
        self._lecture: tuple[int, bool] = (0, False)  # (id of the walk, is it the lecture's)
        self._walk: list | None = None  # the steps the two caches below are for
        self._tallest: dict[tuple, float] = {}  # px of the tallest text, by what it was for
        self._bodies: dict[tuple, list[str]] = {}  # the candidates' texts, by what for
        self._documents_by_body: dict[str, QTextDocument] = {}
        self._fitted: tuple[tuple, int] = ((), 0)  # (what fit was asked, its answer)
        self.short = False  # the notes left out: the steps did not fit even set smaller

    def body(self, r: dict) -> str:
        body = self._formulas(r)
        return body if self.short else body + self._notes(r)

    def _formulas(self, r: dict) -> str:
        wm = self.wm
        assert wm.net is not None, "a step is shown only of a walk, and starting one sets net"
        if wm.batch is not None:
            return batch_step_html(r, [p["param"] for p in parameters(wm.net)], tr_walk)
        assert wm.walk is not None, "a step not of a batch's walk is of a sample's"
        if wm.matrix_view:
            backward = r["phase"] in ("backward", "update", "apply")
            body = matrix_html(wm.walk, wm.net.weights, wm.net.biases, backward, tr_walk,
                               recap=not self.short)
        else:
            body = step_html(wm.walk, r, Names(wm.net.units, wm.net.n_inputs), tr_walk)
        return body

    def _notes(self, r: dict) -> str:
        """What the step says beside its formulas: a large network's focus, the slides'
        digits where they differ from ours."""
        wm, body = self.wm, ""
        if wm.batch is not None:
            return body
        if wm.focus is not None:
            body += QCoreApplication.translate(  # (the panel's texts: its context)
                "WalkthroughPanel", "<p class=note>A large network: following the paths of "
                "one neuron.</p>")
        param = r.get("param")  # None on a step of no parameter, none of the slides'
        digits = LECTURE_SLIDE_DIGITS.get((r["phase"], param)) \
            if wm.walk is not None and self._lecture_walk() and param is not None else None
        for field, slide in (digits or {}).items():
            ours = fmt(r[field])
            if ours != f"{slide:.6f}":
                body += QCoreApplication.translate(
                    "WalkthroughPanel", "<p class=note>The slide prints {0} here: the slides "
                    "cut numbers to 6 decimals, mlpviz rounds them, to {1}.</p>"
                ).format(f"{slide:.6f}", ours)
        return body

    def _lecture_walk(self) -> bool:
        """Whether the walk is the lecture's worked example (its slides' digits apply)."""
        w, net = self.wm.walk, self.wm.net
        if w is None or net is None:
            return False
        if self._lecture[0] != id(w):
            self._lecture = (id(w), is_lecture_walk(net, np.array(w.x), np.array(w.target),
                                                    w.lr))
        return self._lecture[1]

    def tallest(self, font: QFont, margin: float, width: int, locale: str) -> float:
        """The height of the tallest step's text laid out at `width` in `font`; kept by
        the texts it is for, since fit() tries several sizes each time it is asked and a
        lesson page starts a walk it showed before."""
        wm = self.wm
        if wm.steps is not self._walk:
            self._walk = wm.steps  # another walk (held: its id is no other's)
            self._bodies.clear()
        texts = (wm.matrix_view, locale, self.short)
        if texts not in self._bodies:  # each once: in matrix form the candidates share
            self._bodies[texts] = list(dict.fromkeys(  # two, forward and backward
                self.body(r) for r in tallest_candidates(wm.steps)))
        bodies = tuple(self._bodies[texts])
        key = (bodies, width, margin, font.toString())
        if key not in self._tallest:
            if len(self._tallest) > 64:
                self._tallest.clear()
            tallest = 0.0
            for doc in self._documents(bodies):
                if doc.documentMargin() != margin:  # each a layout: only what changed
                    doc.setDocumentMargin(margin)
                if doc.textWidth() != width:
                    doc.setTextWidth(width)
                if doc.defaultFont() != font:
                    doc.setDefaultFont(font)
                tallest = max(tallest, doc.size().height())
            self._tallest[key] = tallest
        return self._tallest[key]

    def _documents(self, bodies: tuple[str, ...]) -> list[QTextDocument]:
        """The texts parsed once each and laid out again in each font: parsing the matrix
        form's tables was most of a lesson page's 0.2 s turn."""
        if len(self._documents_by_body) > 32:
            self._documents_by_body.clear()
        for body in bodies:
            if body not in self._documents_by_body:
                doc = self._documents_by_body[body] = QTextDocument()
                doc.setDefaultStyleSheet(STYLE)
                doc.setHtml(body)
        return [self._documents_by_body[b] for b in bodies]

    def fit(self, text: QTextBrowser, size: float, limit: int | None, chrome: int) -> int:
        """The height (the tallest step's plus `chrome`) of `text` showing the steps in
        `size` points, or where that is over `limit`, a point smaller at a time down to 80 %
        (a softmax step at 1280 × 800 lost its last line to a scroll bar); sets that size."""
        wm = self.wm
        # the width without a scroll bar (the steps are made to fit without one): the
        # viewport's came and went with the bar as sizes were tried, each a new layout
        width = text.contentsRect().width()
        key = (id(wm.steps), len(wm.steps), wm.matrix_view, width, size,
               limit, chrome, text.locale().name())
        if self._fitted[0] != key:
            for short in (False, True):
                self.short = short
                for pt in point_sizes(size):
                    set_point_size(text, pt)
                    needed = int(self.tallest(text.font(), text.document().documentMargin(),
                                              width, key[-1])) + chrome
                    if limit is None or needed <= limit:
                        break
                if limit is None or needed <= limit:
                    break
            self._fitted = (key, needed)
        return self._fitted[1]

    def prepare(self, text: QTextBrowser, size: float, matrix: bool) -> None:
        """The tallest steps laid out ahead in the scalar or matrix form at each size fit()
        may try, while a lesson page is read: the next page shows that form (laid out on
        its Page Down, the matrix form's tables took 0.1 s)."""
        wm, font = self.wm, QFont(text.font())
        shown = wm.matrix_view, self.short
        wm.matrix_view = matrix  # (the texts only: no one is told, nothing is shown)
        try:
            for self.short in (False, True):
                for pt in point_sizes(size):
                    font.setPointSizeF(pt)
                    self.tallest(font, text.document().documentMargin(),
                                 text.contentsRect().width(), text.locale().name())
        finally:
            wm.matrix_view, self.short = shown


def point_sizes(size: float) -> list[float]:
    """The sizes a step's text is tried at, largest first: a point smaller at a time down
    to SMALLEST of `size` (not by the ratio: set smaller, fewer lines wrap)."""
    sizes = [size]
    while sizes[-1] - 1 >= SMALLEST * size:
        sizes.append(sizes[-1] - 1)
    return sizes


def set_point_size(widget: QWidget, pt: float) -> None:
    if widget.font().pointSizeF() != pt:
        font = widget.font()
        font.setPointSizeF(pt)
        widget.setFont(font)
