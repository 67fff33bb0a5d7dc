"""`mlpviz --install-desktop`: the desktop entry, the icon, the AppStream metainfo and the
`.mlpviz` file type, installed for this user under $XDG_DATA_HOME (~/.local/share), as a
desktop menu expects them. pip cannot do this itself: a wheel may not write outside its
environment.

By the specs: a relative $XDG_DATA_HOME is ignored (the Base Directory spec says so); the
Exec line's program is quoted and escaped as the Desktop Entry spec asks (reserved
characters quoted, `%` doubled, backslashes escaped twice, once for the quoting and once
for the string), and a path holding a newline or another control character, which no
escaping can carry, is refused. Every file goes through the safe-write helper; uninstall
removes exactly those files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..core.bundled import APP_ID, ICON_SIZES, bundled
from ..core.errors import MlpvizError
from ..core.files import short, write_file
from ..core.own_process import frozen


def data_home() -> Path:
    given = os.environ.get("XDG_DATA_HOME", "")
    return Path(given) if os.path.isabs(given) else Path.home() / ".local" / "share"


def gui_program() -> tuple[str, list[str]]:
    """The program the entry starts, and its arguments before the file: a bundle's own
    executable; else the `mlpviz-gui` beside this interpreter's scripts (a venv or pipx
    install is rarely on the menu's PATH), else on PATH; else this Python with -m mlpviz."""
    if frozen():
        return sys.executable, []
    here = Path(sys.argv[0]).resolve().with_name("mlpviz-gui")
    found = str(here) if here.exists() else shutil.which("mlpviz-gui")
    if found:
        return found, []
    return sys.executable, ["-m", "mlpviz"]


def gui_command() -> str:
    """The Exec line's command (without the %f)."""
    program, args = gui_program()
    return " ".join([_quoted(program), *args])


def _escaped(value: str) -> str:
    """A plain string value (TryExec's path): only the backslash escape, no quoting."""
    _quoted(value)  # refuses control characters as Exec does
    return value.replace("\\", "\\\\")


RESERVED = ' \t\n"\'\\><~|&;$*?#()`'  # an Exec argument with any of these is quoted


def _quoted(arg: str) -> str:
    """An Exec argument as the Desktop Entry spec asks: quoted if it has to be (inside the
    quotes `"`, `` ` ``, `$` and `\\` backslashed), `%` doubled (a field code otherwise),
    then every backslash doubled (the file's string escape, undone first when read)."""
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in arg):
        raise MlpvizError(f"{short(arg)}: a path with a newline or another control "
                          "character cannot be written in a desktop entry")
    if any(ch in arg for ch in RESERVED):
        arg = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'
    return arg.replace("%", "%%").replace("\\", "\\\\")


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
            data = data.replace(b"TryExec=mlpviz-gui", f"TryExec={_escaped(gui_program()[0])}"
                                .encode())
            data = data.replace(b"Exec=mlpviz-gui", f"Exec={gui_command()}".encode())
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise MlpvizError(f"{short(target.parent)}: cannot make the folder "
                              f"({e.strerror or e})") from None
        write_file(target, data)  # whole or not at all, never through another's link
        written.append(target)
    _refresh(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = [t for t in _targets(home).values() if t.is_file() and not t.is_symlink()]
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
