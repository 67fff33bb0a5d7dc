"""The small field that opens on a clicked link or bias of the diagram: type a value, Enter
applies it, Esc (or a click elsewhere) cancels. It checks the number; the diagram says where
the value goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:
    from .network_items import BiasItem, LinkItem

MAX_VALUE = 1e6


class ValueEditor(QLineEdit):
    """`apply(item, value)`: what to do with a good value; `report(text)`: say a bad one."""

    def __init__(self, parent: QWidget, apply: Callable[[LinkItem | BiasItem, float], None],
                 report: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._apply, self._report = apply, report
        self.item: LinkItem | BiasItem | None = None  # the link or bias being edited
        self.setFixedWidth(110)
        self.hide()
        self.returnPressed.connect(self._commit)
        self.editingFinished.connect(self.hide)

    def open(self, item: LinkItem | BiasItem, name: str, value: float, at: QPoint) -> None:
        """Open on `item` at `at` (the parent's coordinates), showing its value."""
        self.item = item
        self.setText(f"{value:.4f}")
        self.setToolTip(self.tr("New value of {0}; Enter applies, Esc cancels").format(name))
        parent = self.parentWidget()
        assert parent is not None, "made with a parent (the diagram), where it opens"
        self.move(min(at.x(), parent.width() - self.width()),
                  min(at.y(), parent.height() - self.height()))
        self.show()
        self.setFocus()
        self.selectAll()

    def close_on(self) -> None:
        """Its item is gone (the diagram was rebuilt): nothing to apply any more."""
        self.hide()
        self.item = None

    def _commit(self) -> None:
        text = self.text().strip().replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            self._report(self.tr("'{0}' is not a number").format(text[:40]))
            return
        if not np.isfinite(value) or abs(value) > MAX_VALUE:
            self._report(self.tr("a weight must be a finite number up to a million"))
            return
        if self.item is not None:
            self._apply(self.item, value)
        self.hide()
