"""Colour-vision checks for the tests: Machado et al. (2009)'s simulation of deuteranopia,
protanopia and tritanopia (as colorspacious implements it, severity 100) and the CIEDE2000
colour difference (Sharma, Wu and Dalal 2005), which colorspacious does not give."""

from __future__ import annotations

import math

import colorspacious
import numpy as np

KINDS = ("deuteranomaly", "protanomaly", "tritanomaly")  # at severity 100: the -opias
LEAST = 12.0  # ΔE00 between two things the eye must tell apart


def seen(rgb: tuple[int, int, int], kind: str | None) -> np.ndarray:
    """`rgb` (0-255) as a viewer with colour-vision deficiency `kind` sees it (None: as is),
    in CIELab (D65)."""
    srgb = np.asarray(rgb, dtype=float) / 255
    if kind is not None:
        space = {"name": "sRGB1+CVD", "cvd_type": kind, "severity": 100}
        srgb = np.clip(colorspacious.cspace_convert(srgb, space, "sRGB1"), 0, 1)
    return colorspacious.cspace_convert(srgb, "sRGB1", "CIELab")


def ciede2000(lab1: np.ndarray, lab2: np.ndarray) -> float:
    """ΔE00 of two CIELab colours (kL = kC = kH = 1)."""
    (l1, a1, b1), (l2, a2, b2) = map(tuple, (lab1, lab2))
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    mean_c = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(mean_c ** 7 / (mean_c ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    else:
        dh = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    mean_l, mean_cp = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        mean_h = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        mean_h = (h1p + h2p) / 2
    else:
        mean_h = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(mean_h - 30)) + 0.24 * math.cos(math.radians(
        2 * mean_h)) + 0.32 * math.cos(math.radians(3 * mean_h + 6))
        - 0.20 * math.cos(math.radians(4 * mean_h - 63)))
    d_theta = 30 * math.exp(-(((mean_h - 275) / 25) ** 2))
    rc = 2 * math.sqrt(mean_cp ** 7 / (mean_cp ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (mean_l - 50) ** 2 / math.sqrt(20 + (mean_l - 50) ** 2)
    sc, sh = 1 + 0.045 * mean_cp, 1 + 0.015 * mean_cp * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2
                     + rt * (dc / sc) * (dhh / sh))


def closest(colours: dict[str, tuple[int, int, int]]) -> tuple[float, str, str, str]:
    """The least ΔE00 between any two of `colours`, under normal vision and each
    simulated deficiency: (ΔE00, the kind, and the two names)."""
    names = list(colours)
    worst = (math.inf, "", "", "")
    for kind in (None, *KINDS):
        lab = {n: seen(colours[n], kind) for n in names}
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                worst = min(worst, (ciede2000(lab[a], lab[b]), kind or "normal", a, b))
    return worst
