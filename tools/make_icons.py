"""Render mlpviz/share/icons/mlpviz.svg to the PNG sizes desktops ask for (run after editing
the SVG; the PNGs are committed, so nothing renders at install time).

`--bundle DIR`: the bundles' icons instead, into DIR: mlpviz.ico (Windows: 16 … 256 px)
and mlpviz.icns (macOS: 16 … 1024 px), written by Pillow from the SVG rendered at each
size (.github/workflows/bundles.yml runs it before PyInstaller)."""

import argparse
import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
ICONS = Path(__file__).resolve().parents[1] / "mlpviz" / "share" / "icons"


def render(renderer: QSvgRenderer, n: int) -> QImage:
    image = QImage(n, n, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def as_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def bundle_icons(renderer: QSvgRenderer, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    largest = as_pillow(render(renderer, 1024))
    frames = [as_pillow(render(renderer, n)) for n in ICO_SIZES]
    frames[-1].save(folder / "mlpviz.ico", sizes=[(n, n) for n in ICO_SIZES],
                    append_images=frames[:-1])
    largest.save(folder / "mlpviz.icns", sizes=[(n, n) for n in ICNS_SIZES],
                 append_images=[as_pillow(render(renderer, n)) for n in ICNS_SIZES[:-1]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", metavar="DIR", help="write mlpviz.ico and mlpviz.icns")
    args = parser.parse_args()
    app = QGuiApplication([])  # noqa: F841  (QImage text rendering wants one)
    renderer = QSvgRenderer(str(ICONS / "mlpviz.svg"))
    if args.bundle:
        bundle_icons(renderer, Path(args.bundle))
        return
    for n in SIZES:
        render(renderer, n).save(str(ICONS / f"mlpviz-{n}.png"))


if __name__ == "__main__":
    main()
