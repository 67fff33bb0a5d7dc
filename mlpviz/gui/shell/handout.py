"""The lesson as a PDF handout (`mlpviz handout OUT.pdf`): one page per lesson page, with its
picture as the page sets the window up (presenting at 1280×720, as the class saw it) and its
text; then the lecture's walkthrough, each step as the walkthrough panel prints it (the
slides' digits noted where they differ), and its matrix form.

Drawn with QPdfWriter as text, not as pictures of text, so the numbers can be searched and
copied; Qt embeds the fonts it uses (a Hangul one too, from the system). The PDF is made in
memory and written whole, or not at all.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ...core.files import write_file
from ...core.lessons.lesson import LESSON
from ..kit.i18n import tr_walk
from ..walkthrough.walkthrough_text import STYLE

SIZE = (1280, 720)  # the window each page is pictured in, presenting
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DPI = 150


def write_handout(path: str, lang: str = "en", paper: str = "a4") -> int:
    """Write the handout to `path`; the number of pages."""
    from ..kit import qt_setup

    app = qt_setup.offscreen_application(*SIZE)  # (Korean pages: the Hangul font too)
    from .headless import headless_window

    with headless_window(language=lang, pace="max") as window:
        window.resize(*SIZE)
        window.show()
        pictures = _lesson_pictures(app, window)
        steps = _walkthrough_steps(app, window)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(DPI)
        writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15),
                                         QPageLayout.Unit.Millimeter))
        writer.setTitle(QCoreApplication.translate("Handout", "Multilayer perceptrons: the "
                                                               "lesson, step by step"))
        writer.setCreator("mlpviz")
        pages = _draw(writer, pictures, steps)
        buffer.close()
    write_file(Path(path), bytes(buffer.data().data()))
    return pages


def _lesson_pictures(app, window) -> list[tuple[str, str, QImage]]:
    """Each lesson page's title, text and picture, as `--screenshot --lesson N` makes it."""
    from ..kit.surface3d import grab
    from .launch import _show_lesson_page
    from .window_waits import first_frame, settle

    first_frame(app, window)
    window.presentation.set(True)
    shown = []
    for number in range(1, len(LESSON) + 1):
        _show_lesson_page(app, window, number)
        settle(app, window)
        panel = window.lesson_panel
        shown.append((panel.title.text(), panel.text.text(), grab(window).toImage()))
    window.action_set.lesson.setChecked(False)
    window.presentation.set(False)
    return shown


def _walkthrough_steps(app, window) -> list[tuple[str, str]]:
    """The lecture's walkthrough: each step's heading and HTML, then the matrix form's."""
    from .window_waits import wait_for_snapshot

    window.start_preset("lecture")
    wait_for_snapshot(app, window, lambda snap: False, 60, "the walkthrough did not start")
    wm, text = window.walkthrough, window.walkthrough_panel.step_text
    short, text.short = text.short, False  # (paper has room for the notes a dock had not)
    steps = []
    for i, r in enumerate(wm.steps):
        wm.go(i)
        heading = QCoreApplication.translate("WalkthroughPanel", "Step {0} of {1}: {2}").format(
            i + 1, len(wm.steps), tr_walk(r["phase"]))  # (as the panel says it)
        steps.append((heading, text.body(r)))
    wm.set_matrix_view(True)
    for phase in ("forward", "backward"):
        r = next(r for r in wm.steps if r["phase"] == phase)
        steps.append(("", text.body(r)))  # (its own heading: "… in matrix form")
    wm.set_matrix_view(False)
    text.short = short
    return steps


def _draw(writer: QPdfWriter, pictures: list[tuple[str, str, QImage]],
          steps: list[tuple[str, str]]) -> int:
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = page.width(), page.height()
    pages = 0
    title_font, text_font = QFont(), QFont()
    for font in (title_font, text_font):
        # Latin and spaces from DejaVu, Hangul from Nanum: NanumGothic's space came out of
        # pdftotext (and a reader's copy) as \x01, its words run together
        font.setFamilies(["DejaVu Sans", "NanumGothic", *font.families()])
    title_font.setPointSizeF(16)
    title_font.setBold(True)
    text_font.setPointSizeF(11)
    for n, (title, text, image) in enumerate(pictures):
        if n:
            writer.newPage()
        pages += 1
        doc = _document(f"<h2>{title}</h2><p>{html.escape(text)}</p>", width, text_font,
                        writer)
        doc.drawContents(painter)
        top = doc.size().height() + 20
        scaled = QSizeF(image.size()).scaled(QSizeF(width, height - top),
                                             Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRectF(0, top, scaled.width(), scaled.height()), image)
    body = "".join((f"<h3>{html.escape(h)}</h3>" if h else "") + b for h, b in steps)
    doc = _document(body, width, text_font, writer)
    doc.setPageSize(QSizeF(width, height))
    for k in range(doc.pageCount()):
        writer.newPage()
        pages += 1
        painter.save()
        painter.translate(0, -k * height)
        doc.drawContents(painter, QRectF(0, k * height, width, height))
        painter.restore()
    painter.end()
    return pages


def _document(body: str, width: float, font: QFont, device: QPdfWriter) -> QTextDocument:
    """`body` laid out for the PDF (its points at the PDF's resolution, not the screen's)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(body)
    doc.setTextWidth(width)
    return doc
