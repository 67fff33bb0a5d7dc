"""Clicking and dragging the diagram's links and biases: each edit goes to the worker as a
command naming the network's shape it was made on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint

from .network_items import BiasItem, LinkItem, parameter_key

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsView as _View

    from ...model.session import SessionModel
    from .value_editor import ValueEditor
else:
    _View = object  # for the checker a view (NetworkView mixes this with one), not at run time


class ParameterEdits(_View):
    """Mixed into NetworkView, whose model, editor, pick_callback (the quiver choosing its
    parameters) and _shape_version these read."""

    # NetworkView's, declared here for the checker (annotations only: nothing at run time).
    model: SessionModel
    editor: ValueEditor
    pick_callback: Callable[[tuple], None] | None  # given parameter_key(item)
    _shape_version: int | None

    def _drag(self, item: LinkItem | BiasItem, value: float) -> None:
        if self.pick_callback is None:
            self._send_value(item, value)

    def _send_value(self, item: LinkItem | BiasItem, value: float) -> None:
        """The edit names the shape it was made on: should the network change shape before
        the worker applies it, it is refused rather than applied to another link."""
        if isinstance(item, LinkItem):
            self.model.set_weight(item.layer, item.i, item.j, value, self._shape_version)
        else:
            self.model.set_bias(item.layer, item.j, value, self._shape_version)

    def _open_editor(self, item: LinkItem | BiasItem, screen_pos: QPoint) -> None:
        if self.pick_callback is not None:
            self.pick_callback(parameter_key(item))
            return
        self.editor.open(item, item.name, item.value, self.mapFromGlobal(screen_pos))
