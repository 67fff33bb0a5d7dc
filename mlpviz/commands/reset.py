"""`mlpviz --reset`: remove the settings (window layout, language, theme, recent files) and
the autosaved sessions, asking first (or not, with --yes). For a window that no longer
starts right, or a lecture laptop handed on. An autosave whose window is still running is
left alone, and said so."""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.errors import MlpvizError
from .app_info import window_paths


def _targets() -> tuple[Path, list[Path], list[Path]]:
    """The settings file, the autosaves to remove, and those in use by a running mlpviz."""
    from PySide6.QtCore import QLockFile

    settings, folder = window_paths()
    free, busy = [], []
    for path in sorted(folder.glob("*autosave*.mlpviz")) if folder.is_dir() else []:
        lock = QLockFile(str(path.with_suffix(".lock")))
        lock.setStaleLockTime(0)
        if lock.tryLock(0):
            lock.unlock()
            free += [path, path.with_suffix(".lock")]
        else:
            busy.append(path)
    return settings, [p for p in free if p.is_file()], busy


def reset(yes: bool) -> int:
    settings, autosaves, busy = _targets()
    found = [p for p in (settings, *autosaves) if p.is_file()]
    if not found:
        print("nothing to remove: no settings, no autosaves")
        return 0
    if not yes:
        if not (sys.stdin and sys.stdin.isatty()):
            raise MlpvizError("--reset removes your settings and autosaves: add --yes to "
                              "confirm (there is no terminal to ask on)")
        print("This removes mlpviz's settings and autosaved sessions:")
        for path in found:
            print(f"  {path}")
        if input("Remove them? [y/N] ").strip().lower() not in ("y", "yes"):
            print("nothing removed")
            return 1
    for path in found:
        try:
            path.unlink()
        except OSError as e:
            raise MlpvizError(f"{path}: cannot remove it ({e.strerror or e})") from None
        print(f"removed {path}")
    for path in busy:
        print(f"kept {path}: a running mlpviz is using it")
    return 0
