"""The labs: the lecture's labs as tabs, opened from the Learn menu or a lesson page in the
main window's central area, where the network diagram is (in presentation mode with the
window, its keys working there: a second window opened over the lesson's title, unscaled).
"Back to the network" gives the diagram its place again. Each lab is made when its tab is
first shown: made all at once, the four took half a second, plus as much again to lay out
and paint, before the window answered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QPushButton, QTabWidget, QWidget

from ..kit import theme
from ..kit.themes import Theme, paint_plots
from .activations_lab import ActivationsLab
from .descent1d import Descent1DLab
from .descent2d import Descent2DLab
from .quiz03 import Quiz03Lab

TABS = ("descent1d", "descent2d", "activations", "quiz03")
# What `--lab` and the lesson open: a tab, or "surface", the 2-D lab with its 3-D surface.
LABS = (*TABS, "surface")


def tab_of(lab: str) -> str:
    return "descent2d" if lab == "surface" else lab


def _made_on_use(name: str) -> property:
    return property(lambda window: window.lab(name))


class LabWindow(QMainWindow):
    leave = Signal()  # "Back to the network"

    def __init__(self, current_network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._makers: dict[str, Callable[[], QWidget]] = {
            "descent1d": Descent1DLab, "descent2d": Descent2DLab,
            "activations": lambda: ActivationsLab(current_network), "quiz03": Quiz03Lab}
        self._made: dict[str, QWidget] = {}
        self._scale = 1.0  # presentation mode's factor
        self._scaled: dict[str, float] = {}  # the factor each lab made so far is drawn at
        self._theme: Theme | None = None  # the window's (set_theme)
        self.tabs = QTabWidget()
        for _ in TABS:
            self.tabs.addTab(QWidget(), "")  # a stand-in until the tab is first shown
        self.tabs.currentChanged.connect(self._tab_shown)
        self.back = QPushButton()
        self.back.clicked.connect(self.leave)
        self.tabs.setCornerWidget(self.back)
        self.setCentralWidget(self.tabs)
        self.retranslate()

    def set_theme(self, theme: Theme) -> None:
        """The labs' plots on the theme's paper (those made later when they are made)."""
        self._theme = theme
        paint_plots(self, theme)

    def lab(self, name: str) -> QWidget:
        """The lab of that tab, made now if it has not been."""
        if name not in self._made:
            widget = self._made[name] = self._makers[name]()
            i, current = TABS.index(name), self.tabs.currentIndex()
            stand_in = self.tabs.widget(i)
            assert stand_in is not None, "__init__ made a tab for each of TABS"
            self.tabs.blockSignals(True)
            self.tabs.removeTab(i)
            self.tabs.insertTab(i, widget, self._titles()[i])
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            stand_in.deleteLater()
            self._scaled[name] = 1.0
            self._scale_lab(name)  # at presentation's factor now, not when first shown
            if self._theme is not None:
                paint_plots(widget, self._theme)
        return self._made[name]

    def _scale_shown(self) -> None:
        """The lab in view at presentation mode's factor; the others when they are shown
        (each plot's axes are drawn again: all of them made every toggle slower)."""
        if not self.isVisible():
            return
        name = TABS[self.tabs.currentIndex()]
        if name in self._made:
            self._scale_lab(name)

    def _scale_lab(self, name: str) -> None:
        if self._scaled.get(name) != self._scale:
            theme.scale_plots(self._made[name], self._scale)
            self._scaled[name] = self._scale

    def _tab_shown(self, i: int) -> None:
        self.lab(TABS[i])
        self._scale_shown()

    # The labs by name, each made on first use.
    descent1d: Descent1DLab = _made_on_use("descent1d")  # type: ignore[assignment]
    descent2d: Descent2DLab = _made_on_use("descent2d")  # type: ignore[assignment]
    activations: ActivationsLab = _made_on_use("activations")  # type: ignore[assignment]
    quiz03: Quiz03Lab = _made_on_use("quiz03")  # type: ignore[assignment]

    def _titles(self) -> tuple[str, ...]:
        return (self.tr("Gradient descent 1-D"), self.tr("Gradient descent 2-D"),
                self.tr("Activation functions"), self.tr("Quiz 03: three activations"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("mlpviz labs"))
        self.back.setText(self.tr("Back to the network"))
        self.back.setToolTip(self.tr("The network diagram in this place again (the lab "
                                     "stays as it is)"))
        for i, title in enumerate(self._titles()):
            self.tabs.setTabText(i, title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_up(self, lab: str) -> None:
        """That lab's tab, made and filled in as it opens, not shown (the lesson lays it
        out ahead: the activation lab's collapse text, set only on opening, moved its
        plots and had them drawn again)."""
        self.tabs.setCurrentIndex(TABS.index(tab_of(lab)))
        self.lab(tab_of(lab))  # (index 0 may have been current already: no signal then)
        if lab == "surface":
            self.descent2d.show_3d(True)
        if lab == "activations":
            self.activations.show_collapse()

    def open(self, lab: str) -> None:
        self.set_up(lab)
        self.show()

    def set_scale(self, scale: float, high_contrast: bool = False) -> None:
        """Presentation mode: the plots' own text grows with the application's font."""
        self._scale = scale
        self._scale_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._scale_shown()

    def shutdown(self) -> None:
        if "quiz03" in self._made:
            self.quiz03.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
