"""The Labs window: the lecture's labs as tabs, opened from the Learn menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from .. import theme
from .activations_lab import ActivationsLab
from .descent1d import Descent1DLab
from .descent2d import Descent2DLab
from .quiz03 import Quiz03Lab

TABS = ("descent1d", "descent2d", "activations", "quiz03")
# What `--lab` and the lesson open: a tab, or "surface", the 2-D lab with its 3-D surface.
LABS = (*TABS, "surface")


def tab_of(lab: str) -> str:
    return "descent2d" if lab == "surface" else lab


class LabWindow(QMainWindow):
    def __init__(self, current_network, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent, Qt.WindowType.Window)
        self.tabs = QTabWidget()
        self.descent1d = Descent1DLab()
        self.descent2d = Descent2DLab()
        self.activations = ActivationsLab(current_network)
        self.quiz03 = Quiz03Lab()
        for widget in (self.descent1d, self.descent2d, self.activations, self.quiz03):
            self.tabs.addTab(widget, "")
        self.setCentralWidget(self.tabs)
        self.resize(1280, 800)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("mlpviz labs"))
        for i, title in enumerate((self.tr("Gradient descent 1-D"),
                                   self.tr("Gradient descent 2-D"),
                                   self.tr("Activation functions"),
                                   self.tr("Quiz 03: three activations"))):
            self.tabs.setTabText(i, title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open(self, lab: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(tab_of(lab)))
        if lab == "surface":
            self.descent2d.show_3d(True)
        if lab == "activations":
            self.activations.show_collapse()
        self.show()
        self.raise_()

    def set_scale(self, scale: float, high_contrast: bool = False) -> None:
        """Presentation mode: the plots' own text grows with the application's font."""
        theme.scale_plots(self, scale)

    def shutdown(self) -> None:
        self.quiz03.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
