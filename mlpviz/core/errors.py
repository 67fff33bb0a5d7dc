"""The one exception type a user may see.

Everything that rejects input (a file, a flag, a value typed into the window) raises
`MlpvizError` with a message that names the problem and where it is, so the CLI can print
one line and exit 2 and the window can show it in a dialog, without ever showing a traceback.
"""

from __future__ import annotations

import os
from typing import TypeVar

T = TypeVar("T")


class MlpvizError(ValueError):
    """Bad input from a user or a file; the message is written for that user."""


def lookup(table: dict[str, T], name: str, what: str) -> T:
    """table[name], or an error that lists what there is."""
    try:
        return table[name]
    except (KeyError, TypeError):
        raise MlpvizError(f"unknown {what} {short(name)!r} (known: {', '.join(table)})") \
            from None


def short(value: object, most: int = 80) -> str:
    """A value echoed in a message, cut to about `most` characters on one line (a 3 MB
    value or a newline must not become the message). Strings and paths as they are, other
    values as their repr."""
    try:
        text = str(value) if isinstance(value, str | os.PathLike) else repr(value)
    except ValueError:  # an int of over 4,300 digits has no repr
        text = f"a {type(value).__name__} too large to show"
    text = text.replace("\n", "\\n").replace("\r", "\\r")
    return text if len(text) <= most else text[:most - 1] + "…"
