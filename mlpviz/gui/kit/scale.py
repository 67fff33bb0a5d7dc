"""Sizes and colours for presentation mode that any view may need (a view keeps its own
texts readable while presenting): the share of the screen's height text takes, a font's
size in pixels, the factor for a height, the high-contrast palette and its check. The
mode itself (its switch, zoom and restore) is the shell's (shell/presentation.py)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette

MIN_SCALE, MAX_SCALE, STEP = 1.0, 3.0, 0.25
TEXT_SHARE = 0.017  # the application's text as a share of the window's height, presenting
LEAST_SHARE = 0.016  # no text on screen smaller than this share of it (plots, diagram)


def font_pixels(font: QFont, dpi: float = 96.0) -> float:
    """A font's size in pixels (its em height), whether it was set in points or pixels."""
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * dpi / 72.0


def factor_for(height: int, base_font: QFont) -> float:
    """The factor at which `base_font` is TEXT_SHARE of `height`, within the limits."""
    wanted = TEXT_SHARE * height / max(1.0, font_pixels(base_font))
    return round(min(MAX_SCALE, max(MIN_SCALE, wanted)), 3)


def high_contrast_palette(base: QPalette) -> QPalette:
    p = QPalette(base)
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText):
        p.setColor(role, black)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.Button, QPalette.ColorRole.ToolTipBase):
        p.setColor(role, white)
    p.setColor(QPalette.ColorRole.Highlight, QColor(0, 70, 140))
    p.setColor(QPalette.ColorRole.HighlightedText, white)
    return p


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) \
            + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
