"""A minimal observer: the model announces changes without knowing about Qt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Event:
    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        self._slots.append(slot)

    def disconnect(self, slot: Callable[..., Any]) -> None:
        self._slots.remove(slot)

    def clear(self) -> None:
        """Forget every subscriber (their views are being rebuilt)."""
        self._slots.clear()

    def emit(self, *args: Any) -> None:
        for slot in list(self._slots):
            slot(*args)
