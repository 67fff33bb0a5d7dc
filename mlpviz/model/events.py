"""A minimal observer: the model announces changes without knowing about Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class Event:
    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []
        self._held: list[tuple] | None = None  # what was emitted while held

    @contextmanager
    def held(self) -> Iterator[None]:
        """Several changes made as one: the subscribers hear of them once, at the end,
        with the last one's arguments (a lesson page that starts a walk, in matrix form,
        at a phase, had its panel and diagram drawn three times over)."""
        if self._held is not None:  # already held by an outer block: it emits
            yield
            return
        self._held = []
        try:
            yield
        finally:
            emitted, self._held = self._held, None
            if emitted:
                self.emit(*emitted[-1])

    def connect(self, slot: Callable[..., Any]) -> None:
        self._slots.append(slot)

    def emit(self, *args: Any) -> None:
        if self._held is not None:
            self._held.append(args)
            return
        for slot in list(self._slots):
            slot(*args)
