"""JavaScript's ways with numbers, where a Playground link depends on them: `+value` to read
one (state.ts) and `String(number)` to write one (its serialize), so a link read here means
what it means in the browser and one written here reads back the same."""

from __future__ import annotations

import math
import re
from decimal import Decimal

# StrWhiteSpaceChar: what `+value` ignores around a number
_SPACE = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008" \
         "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_DECIMAL = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_RADIX = re.compile(r"0([xXoObB])([0-9a-fA-F]+)")
_BASES = {"x": 16, "o": 8, "b": 2}


def js_number(text: str) -> float:
    """`+text` in JavaScript: NaN where it is no number ("" and spaces are 0)."""
    s = text.strip(_SPACE)
    if s == "":
        return 0.0
    if s in ("Infinity", "+Infinity"):
        return math.inf
    if s == "-Infinity":
        return -math.inf
    radix = _RADIX.fullmatch(s)
    if radix:
        try:
            return float(int(radix.group(2), _BASES[radix.group(1).lower()]))
        except (ValueError, OverflowError):
            return math.nan
    if _DECIMAL.fullmatch(s):
        return float(s)
    return math.nan


def js_string(x: float) -> str:
    """`String(x)` in JavaScript (ECMAScript's Number::toString): the shortest digits that
    read back, in plain notation from 1e-7 up to 1e21, else as 1e-7 or 1.5e+21."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0:
        return "0"
    if x < 0:
        return "-" + js_string(-x)
    _, digit_tuple, exponent = Decimal(repr(x)).normalize().as_tuple()
    digits = "".join(map(str, digit_tuple))
    k = len(digits)
    n = int(exponent) + k  # the value is 0.d1d2…dk × 10^n
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * -n + digits
    e = n - 1
    sign = "+" if e >= 0 else "-"
    return (digits[0] + ("." + digits[1:] if k > 1 else "")) + f"e{sign}{abs(e)}"
