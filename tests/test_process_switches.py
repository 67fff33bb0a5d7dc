"""Switches that belong to the whole process, not to one window: the heap is frozen once the
first window stands and thawed only when the last window that froze it is gone."""

import gc

from PySide6.QtCore import QObject

from mlpviz.gui.kit import qt_setup


def test_one_window_closing_leaves_the_heap_frozen_for_another(qapp):
    first, second = QObject(), QObject()
    others = getattr(qapp, "mlpviz_heap_owners", set())  # windows other tests left open
    qapp.mlpviz_heap_owners = set()
    try:
        qt_setup.freeze_the_heap(first)
        qt_setup.freeze_the_heap(second)
        assert gc.get_freeze_count() > 0
        qt_setup.thaw_the_heap(first)
        assert gc.get_freeze_count() > 0  # the second window still stands
        qt_setup.thaw_the_heap(second)
        assert gc.get_freeze_count() == 0
    finally:
        qapp.mlpviz_heap_owners = others
        if others:
            gc.freeze()
        else:
            gc.unfreeze()
