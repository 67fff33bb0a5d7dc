"""Pictures of the views: plots through pyqtgraph's exporters (PNG at twice the size on
screen, SVG), widgets (the diagram, the whole window) by rendering them into a QImage or a
QSvgGenerator, and the clipboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRect
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from ...core.errors import MlpvizError
from ...core.files import write_with

SCALE = 2


def export_plot(plot: pg.PlotItem, path: str | Path) -> None:
    """Written safely (write_with): a failed export leaves the old file as it was."""
    svg = str(path).lower().endswith(".svg")

    def write(temp: str) -> None:
        if svg:
            SVGExporter(plot).export(temp)
        else:
            exporter = ImageExporter(plot)
            exporter.parameters()["width"] = int(plot.sceneBoundingRect().width() * SCALE)
            # The exporter picks the format by the name's suffix, which the temp file lacks.
            if not exporter.export(toBytes=True).save(temp, "PNG"):
                raise OSError(0, "cannot write the image")

    write_with(path, write)


def png_bytes(image: QImage | QPixmap) -> bytes:
    """The image as PNG, made in memory: written with write_file, a full disk keeps the
    old file (and libpng's own complaint about a short write never reaches the user)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.10's stub types QImage.save's format as bytes, but it takes only a str.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise MlpvizError("cannot make the PNG")
    return bytes(buffer.data().data())


def widget_image(widget: QWidget, scale: int = SCALE) -> QImage:
    size = widget.size() * scale
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    QWidget.render(widget, painter, QPoint())
    painter.end()
    return image


def export_widget(widget: QWidget, path: str | Path) -> None:
    svg = str(path).lower().endswith(".svg")

    def write(temp: str) -> None:
        if svg:
            gen = QSvgGenerator()
            gen.setFileName(temp)
            gen.setSize(widget.size())
            gen.setViewBox(QRect(0, 0, widget.width(), widget.height()))
            gen.setTitle("mlpviz")
            painter = QPainter(gen)
            QWidget.render(widget, painter, QPoint())
            painter.end()
        # PySide6 6.10's stub types the format as bytes, but it takes only a str.
        elif not widget_image(widget).save(temp, "PNG"):  # type: ignore[call-overload]
            raise OSError(0, "cannot write the image")

    write_with(path, write)


def copy_to_clipboard(widget: QWidget) -> None:
    QGuiApplication.clipboard().setImage(widget_image(widget))




def pictures(boundary: pg.PlotItem, loss: pg.PlotItem, diagram: QWidget,
             window: QWidget) -> dict[str, Callable[[str], None]]:
    """File ▸ Export's pictures of the window's views, each written to a path."""
    return {"boundary": lambda path: export_plot(boundary, path),
            "loss": lambda path: export_plot(loss, path),
            "diagram": lambda path: export_widget(diagram, path),
            "window": lambda path: export_widget(window, path)}
