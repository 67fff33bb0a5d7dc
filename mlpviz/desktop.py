"""`mlpviz --install-desktop`: the desktop entry, the icon, the AppStream metainfo and the
`.mlpviz` file type, installed for this user under $XDG_DATA_HOME (~/.local/share), as a
desktop menu expects them. pip cannot do this itself: a wheel may not write outside its
environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .bundled import bundled

APP_ID = "io.github.mlpviz.mlpviz"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def gui_command() -> str:
    """The Exec line's command: the `mlpviz-gui` beside this interpreter's scripts (a venv
    or pipx install is rarely on the menu's PATH), else on PATH, else this Python."""
    here = Path(sys.argv[0]).resolve().with_name("mlpviz-gui")
    found = str(here) if here.exists() else shutil.which("mlpviz-gui")
    if found:
        return _quoted(found)
    return f"{_quoted(sys.executable)} -m mlpviz"


def _quoted(arg: str) -> str:
    """An Exec argument, quoted as the Desktop Entry spec asks when it has to be."""
    if not any(ch in arg for ch in ' \t"\'\\><~|&;$*?#()`'):
        return arg
    return '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'


def _targets(home: Path) -> dict[str, Path]:
    """Where each bundled file goes (keys: paths under mlpviz/share)."""
    targets = {f"desktop/{APP_ID}.desktop": home / "applications" / f"{APP_ID}.desktop",
               f"desktop/{APP_ID}.metainfo.xml": home / "metainfo" / f"{APP_ID}.metainfo.xml",
               f"desktop/{APP_ID}.mime.xml": home / "mime" / "packages" / f"{APP_ID}.xml",
               "icons/mlpviz.svg": home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"}
    for n in ICON_SIZES:
        targets[f"icons/mlpviz-{n}.png"] = home / f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png"
    return targets


def install(home: Path | None = None) -> list[Path]:
    """Copy the files, with the Exec line pointing at this install; returns what was written.
    Running it again updates them."""
    home = home or data_home()
    written = []
    for source, target in _targets(home).items():
        data = bundled(*source.split("/")).read_bytes()
        if target.suffix == ".desktop":
            data = data.replace(b"Exec=mlpviz-gui", f"Exec={gui_command()}".encode())
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    _refresh(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = [t for t in _targets(home).values() if t.exists()]
    for target in removed:
        target.unlink()
    _refresh(home)
    return removed


def _refresh(home: Path) -> None:
    """Tell the desktop, where its tools are installed (they are optional)."""
    for tool, folder in (("update-mime-database", home / "mime"),
                         ("update-desktop-database", home / "applications"),
                         ("gtk-update-icon-cache", home / "icons" / "hicolor")):
        if shutil.which(tool) and folder.is_dir():
            flags = ["-q", "-t"] if tool.startswith("gtk") else []
            args = [tool, *flags, str(folder)]
            subprocess.run(args, check=False, capture_output=True, timeout=60)
