"""The main window's centre: the network diagram, or a lab in its place.

A lab opened from the Learn menu or a lesson page takes the diagram's room inside the main
window, so it presents, zooms and takes Page Up/Down, F5, F11 and Ctrl+Q with the window;
"Back to the network" (or the next lesson page) brings the diagram back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ..kit.themes import Theme
from ..labs.lab_window import LabWindow, tab_of


class CentralArea(QStackedWidget):
    lab_shown = Signal(bool)  # a lab took the diagram's place (True) or gave it back

    def __init__(self, diagram: QWidget, current_network: Callable[[], object],
                 labs_made: Callable[[LabWindow], None], parent: QWidget | None = None) -> None:
        """`current_network`: the window's network (the activation lab collapses it);
        `labs_made(labs)`: told when the labs are made (presentation mode scales them)."""
        super().__init__(parent)
        self.diagram = diagram
        self._current_network, self._labs_made = current_network, labs_made
        self.labs: LabWindow | None = None  # made when first opened: most sessions never do
        self.theme: Theme | None = None  # the window's, for the labs (made later too)
        self.addWidget(diagram)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.labs is not None:
            self.labs.set_theme(theme)

    def minimumSizeHint(self) -> QSize:
        """The page in view's: a stack asks for its largest page's, and the labs' held the
        walkthrough's dock to half its height under the diagram."""
        return self.currentWidget().minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self.currentWidget().sizeHint()

    @property
    def showing_lab(self) -> bool:
        return self.labs is not None and self.currentWidget() is self.labs

    def prepare_lab(self, lab: str, size: QSize | None = None) -> LabWindow:
        """The labs, and that lab, made now if they were not, not shown; with `size`, laid
        out and drawn once at that size, off screen (the first paint of a lab's plots took
        0.3 s on a lesson's Page Down)."""
        if self.labs is None:
            self.labs = LabWindow(self._current_network)
            self.labs.leave.connect(self.show_diagram)
            self.addWidget(self.labs)
            self._labs_made(self.labs)
            if self.theme is not None:
                self.labs.set_theme(self.theme)
        self.labs.lab(tab_of(lab))
        if size is not None and not self.showing_lab:
            self.labs.resize(size)
            self.labs.set_up(lab)
            self.labs.grab()
        return self.labs

    def open_lab(self, lab: str) -> LabWindow:
        labs = self.prepare_lab(lab)
        if not self.showing_lab:
            self.lab_shown.emit(True)  # first: the docks make way, or the window grows
            self.setCurrentWidget(labs)
            self.updateGeometry()
        labs.open(lab)
        return labs

    def show_diagram(self) -> None:
        """The diagram again; a lab that was training (Quiz 03) stops."""
        if self.labs is not None and self.showing_lab:
            self.labs.shutdown()
            self.setCurrentWidget(self.diagram)
            self.updateGeometry()
            self.lab_shown.emit(False)
