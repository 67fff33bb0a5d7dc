"""Render mlpviz/share/icons/mlpviz.svg to the PNG sizes desktops ask for (run after editing
the SVG; the PNGs are committed, so nothing renders at install time)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parents[1] / "mlpviz" / "share" / "icons"


def main() -> None:
    app = QGuiApplication([])  # noqa: F841  (QImage text rendering wants one)
    renderer = QSvgRenderer(str(ICONS / "mlpviz.svg"))
    for n in SIZES:
        image = QImage(n, n, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"mlpviz-{n}.png"))


if __name__ == "__main__":
    main()
