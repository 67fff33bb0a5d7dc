"""How numbers are printed everywhere a person reads them."""

from __future__ import annotations

import math


def fmt(value: float | None, places: int = 6) -> str:
    """Rounded to `places` decimals without trailing zeros: 0.1, 0.524979, 59.0.

    The lecture's slides truncate instead of rounding (0.0767758 prints there as 0.076775);
    we round, and say so where it matters.
    """
    if value is None or not math.isfinite(value):
        return "NaN" if value is None or math.isnan(value) else ("∞" if value > 0 else "−∞")
    text = f"{value:.{places}f}".rstrip("0")
    if text.endswith("."):
        text += "0"
    return "0.0" if text == "-0.0" else text
