"""A minimal observer: the model announces changes without knowing about Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class Event:
    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []
        self._holding = False
        self._last: tuple[Any, ...] | None = None  # the last emit while held: said at the end

    @contextmanager
    def held(self) -> Iterator[None]:
        """Several changes made as one: the subscribers hear of them once, at the end,
        with the last one's arguments (a lesson page that starts a walk, in matrix form,
        at a phase, had its panel and diagram drawn three times over)."""
        if self._holding:  # already held by an outer block: it emits
            yield
            return
        self._holding = True
        try:
            yield
        finally:
            last, self._holding, self._last = self._last, False, None
            if last is not None:
                self.emit(*last)

    def connect(self, slot: Callable[..., Any]) -> None:
        self._slots.append(slot)

    def emit(self, *args: Any) -> None:
        if self._holding:
            self._last = args
            return
        for slot in list(self._slots):
            slot(*args)
