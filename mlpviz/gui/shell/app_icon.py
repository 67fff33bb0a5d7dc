"""The application's icon, from the PNGs bundled in mlpviz/share/icons (rendered from its
SVG by tools/make_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from ...core.bundled import APP_ID, ICON_SIZES, bundled


def app_icon() -> QIcon:
    """Every size, read as bytes so it works however the package is installed."""
    icon = QIcon()
    for n in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(bundled("icons", f"mlpviz-{n}.png").read_bytes()):
            icon.addPixmap(pixmap)
    return icon


def identify(app) -> None:
    """Name the application for the desktop: its settings' names, the icon every window
    gets, and the desktop entry (Wayland matches windows to the menu entry by it)."""
    app.setApplicationName("mlpviz")
    app.setOrganizationName("mlpviz")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
