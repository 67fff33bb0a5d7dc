"""Small widgets and helpers the panels share."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGraphicsItem,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ElidedLabel(QLabel):
    """One line of plain text that ends in … where it does not fit, the whole of it in the
    tooltip. A word-wrapped label beside buttons grew tall in a narrow dock, and the main
    window honours a dock's height-for-width by growing itself past the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def elided(self) -> str:
        """The text as drawn at the label's width now."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(),
                                  int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), self.elided(),
                                  self.foregroundRole())


class Banner(QLabel):
    """A wrapped message over the top of its parent, outside any layout. In the output
    view's column, the divergence banner's height-for-width squeezed the diagram to 68 px
    wide in a window that could not grow (maximized), and left it so after recovery."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        self._place()
        super().showEvent(event)

    def _place(self) -> None:
        parent = self.parentWidget()
        assert parent is not None, "made with a parent, whose events place it"
        width = parent.width()
        self.setGeometry(0, 0, width, self.heightForWidth(width))
        self.raise_()


_Item = TypeVar("_Item", bound=QGraphicsItem)


class SceneTexts:
    """The texts and tooltips of scene items, each a function giving it in the current
    language: set when added, and again by apply() after a language change."""

    def __init__(self) -> None:
        self._items: list[tuple[QGraphicsItem, Callable[[], str] | None,
                                Callable[[], str] | None]] = []

    def add(self, item: _Item, text: Callable[[], str] | None = None,
            tip: Callable[[], str] | None = None) -> _Item:
        self._items.append((item, text, tip))
        self._set(item, text, tip)
        return item

    def apply(self) -> None:
        for item, text, tip in self._items:
            self._set(item, text, tip)

    def clear(self) -> None:
        """The scene was cleared: forget its items."""
        self._items.clear()

    @staticmethod
    def _set(item: QGraphicsItem, text: Callable[[], str] | None,
             tip: Callable[[], str] | None) -> None:
        if text is not None:
            item.setText(text())  # type: ignore[attr-defined]
        if tip is not None:
            item.setToolTip(tip())


def form_label(form: QFormLayout, row: int) -> QLabel:
    """The label of a form's row (to retranslate it in place)."""
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    assert item is not None, "every row asked for was added with a label"
    label = item.widget()
    assert isinstance(label, QLabel), "rows are added as addRow(QLabel(), ...)"
    return label


class Section(QWidget):
    """A titled section that folds away to its title, so a narrow dock gives the diagram
    room by collapsing what is not needed now, instead of squeezing everything."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QToolButton()
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setAutoRaise(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.header.toggled.connect(self.set_open)
        self.content = content
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(content)

    def set_title(self, title: str) -> None:
        self.header.setText(title)

    def set_open(self, on: bool) -> None:
        self.header.setChecked(on)
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.content.setVisible(on)


class SquarePlot(QWidget):
    """Holds a pyqtgraph PlotWidget so that its plot area is square and as large as the room
    allows, centred: an aspect-locked plot in a wide or tall dock would otherwise stretch one
    axis over empty range."""

    def __init__(self, plot_widget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = plot_widget
        plot_widget.setParent(self)
        self._extra = (60.0, 40.0)  # the axes' room: widget size less plot area, measured
        self.setMinimumSize(160, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The plot lays itself out after it is placed: measure then, and place again.
        plot_widget.getPlotItem().vb.sigResized.connect(self._measure)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        ew, eh = self._extra
        side = max(40.0, min(self.width() - ew, self.height() - eh))
        w, h = int(side + ew), int(side + eh)
        self.plot_widget.setGeometry((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    def _measure(self) -> None:
        vb = self.plot_widget.getPlotItem().vb.sceneBoundingRect()
        if vb.width() <= 0:
            return
        measured = (self.plot_widget.width() - vb.width(),
                    self.plot_widget.height() - vb.height())
        if abs(measured[0] - self._extra[0]) > 1 or abs(measured[1] - self._extra[1]) > 1:
            self._extra = measured
            QTimer.singleShot(0, self, self.fit)  # (dropped if the plot is deleted first:
            # a theme's axis labels re-measured it as a test's window closed)
