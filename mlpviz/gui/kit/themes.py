"""The window's themes: light (Qt's own look with white plots, as until now), dark (for a
dark lecture room) and high contrast (black on white: what presentation mode used to force,
now a theme of its own that presentation mode chooses unless told otherwise).

A theme is the Qt palette made from the application's own, and the paper and ink of what
Qt's palette does not reach: the pyqtgraph plots (background, axes, labels), the 3-D views
and the network diagram (its background and its texts). The data's colours (the classes,
the weights' signs, the lines) stay the same in every theme: they were chosen to stay apart
for colour-blind eyes, on white and on the dark paper alike (tests/test_colour_vision.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from .scale import high_contrast_palette

Role = QPalette.ColorRole


def dark_palette(base: QPalette) -> QPalette:
    """Light text on dark grey: the window for a dark room."""
    p = QPalette(base)
    colours = {Role.Window: (45, 45, 48), Role.WindowText: (225, 225, 225),
               Role.Base: (32, 32, 34), Role.AlternateBase: (52, 52, 56),
               Role.Text: (225, 225, 225), Role.Button: (58, 58, 62),
               Role.ButtonText: (225, 225, 225), Role.ToolTipBase: (60, 60, 64),
               Role.ToolTipText: (235, 235, 235), Role.Highlight: (86, 180, 233),
               Role.HighlightedText: (0, 0, 0), Role.PlaceholderText: (150, 150, 150),
               Role.Link: (86, 180, 233), Role.BrightText: (255, 255, 255)}
    for role, rgb in colours.items():
        p.setColor(role, QColor(*rgb))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(125, 125, 125))
    return p


@dataclass(frozen=True)
class Theme:
    name: str
    paper: QColor  # the plots' and the diagram's background
    ink: QColor  # their axes and texts
    palette: Callable[[QPalette], QPalette]  # the window's, from the application's own


THEMES = {
    "light": Theme("light", QColor("white"), QColor(50, 50, 50), QPalette),
    "dark": Theme("dark", QColor(24, 24, 26), QColor(225, 225, 225), dark_palette),
    "contrast": Theme("contrast", QColor("white"), QColor("black"), high_contrast_palette),
}


def paint_plots(widget: QWidget, theme: Theme) -> None:
    """Every pyqtgraph plot inside `widget` on the theme's paper, its axes and texts in its
    ink (titles and legends too)."""
    from .surface3d import Surface3D  # (it imports OpenGL only when made)

    for surface in widget.findChildren(Surface3D):
        surface.set_dark(theme.paper.lightness() < 128)
    ink = theme.ink.name()
    for view in widget.findChildren(pg.PlotWidget):
        view.setBackground(theme.paper)
        item = view.getPlotItem()
        for name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(theme.ink, width=axis.pen().widthF() or 1.0))
            axis.setTextPen(pg.mkPen(theme.ink))
            axis.labelStyle["color"] = ink
            if axis.labelText:
                axis.setLabel(axis.labelText, axis.labelUnits, **axis.labelStyle)
        labels = [item.titleLabel] if item.titleLabel.text else []
        if item.legend is not None:
            item.legend.opts["labelTextColor"] = theme.ink
            labels += [label for _, label in item.legend.items]
        for label in labels:
            label.setAttr("color", ink)
            label.setText(label.text)
        for curve in item.listDataItems():
            if isinstance(curve, pg.PlotDataItem):
                _fit_greys(curve, theme.paper.lightness() < 128)


def _grey(colour: QColor, dark: bool) -> QColor:
    """A grey line turned light on dark paper (black ReLU, dark grey linear), as it was
    otherwise; other colours stay."""
    if not dark or not colour.red() == colour.green() == colour.blue():
        return colour
    return QColor(255 - colour.red(), 255 - colour.green(), 255 - colour.blue(),
                  colour.alpha())


def _fit_greys(curve: pg.PlotDataItem, dark: bool) -> None:
    """The curve's pen and dots as `_grey` has them, from the colours it was made with."""
    made = getattr(curve, "made_colours", None)
    if made is None:
        pen, brush = pg.mkPen(curve.opts["pen"]), curve.opts.get("symbolBrush")
        made = (pen.color(), None if brush is None else pg.mkBrush(brush).color())
        curve.made_colours = made
    pen = QPen(pg.mkPen(curve.opts["pen"]))
    pen.setColor(_grey(made[0], dark))
    curve.setPen(pen)
    if made[1] is not None:
        curve.setSymbolBrush(_grey(made[1], dark))


def line_icon(colour: str) -> QIcon:
    """A line's colour as a small icon (a thick stroke, outlined so black shows on dark
    paper), for the check box that shows it: the text itself stays in the palette's."""
    pixmap = QPixmap(22, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(128, 128, 128), 1.0))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 3, 20, 6, 2, 2)
    painter.end()
    return QIcon(pixmap)
