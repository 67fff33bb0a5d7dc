"""Text from outside (a file's feature or network names) made safe to show: no control or
direction-override characters (U+202E would turn the rest of a line around), and not
longer than a label can be."""

from __future__ import annotations

import html
import re

BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def printable(text: str, most: int = 120) -> str:
    return "".join(ch for ch in text[:most] if ch.isprintable() and ch not in BIDI)


def html_text(text: str) -> str:
    """As text inside rich text: printable and HTML-escaped."""
    return html.escape(printable(text))


def markdown_text(text: str) -> str:
    """As plain text inside Markdown: printable, no markup, no math, no HTML."""
    return re.sub(r"([\\`*_{}\[\]()#+!|<>$&~])", r"\\\1", printable(text))
