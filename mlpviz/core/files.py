"""Reading and writing the user's files, safely.

Reading: only regular files are read (a FIFO would block forever, /dev/zero never ends, a
folder is not a file), and their size is checked against a cap before a byte is read.

Writing: every file mlpviz writes (sessions, autosaves, --out, CSV, network, walkthrough and
picture exports, scripts, screenshots, desktop files) goes through `write_file`. The text
goes to a temp file with an unpredictable name in the target's folder, created exclusively
(a planted file or link of that name is never written through), flushed to disk, then
renamed over the target in one step. A full disk or a crash therefore leaves the original
as it was, never half a file, and the temp file is removed on every failure.

A target that is a symbolic link to a regular file is written as that file, the same way
(the link stays a link: a session kept in a linked folder is saved where it lives), when
the link and its file are the writer's own; any other link (dangling, to a folder or a
device, or another user's, as one planted in a shared folder would be) is refused.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import MlpvizError
from .errors import short as short  # re-exported: callers take it from here

TEMP_SUFFIX = ".part"


def _read_umask() -> int:
    """Read once, at import: os.umask can only be read by setting it, which would race
    with the threads that write files."""
    umask = os.umask(0)
    os.umask(umask)
    return umask


_UMASK = _read_umask()


def read_bytes(path: str | Path, max_bytes: int, first: int | None = None
               ) -> tuple[bytes, int]:
    """(a file's bytes, or only its `first` ones; its size), with every way of failing said
    in one line. A file over max_bytes, or anything but a regular file, is refused before
    anything is read."""
    p = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise MlpvizError(f"{short(p)}: no such file") from None
    except IsADirectoryError:
        raise MlpvizError(f"{short(p)}: is a folder, not a file") from None
    except (OSError, ValueError) as e:
        raise MlpvizError(f"{short(p)}: cannot read ({_reason(e)})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise MlpvizError(f"{short(p)}: is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise MlpvizError(f"{short(p)}: not a regular file (a device, pipe or socket)")
        if info.st_size > max_bytes:
            raise MlpvizError(f"{short(p)}: file is {info.st_size:,} bytes, over the limit of "
                              f"{max_bytes:,}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        want = max_bytes + 1 if first is None else min(first, max_bytes + 1)
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(want)
    except OSError as e:
        raise MlpvizError(f"{short(p)}: cannot read ({_reason(e)})") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # it grew while being read
        raise MlpvizError(f"{short(p)}: file is over the limit of {max_bytes:,} bytes")
    return data, info.st_size


def exists(path: str | Path) -> bool:
    """Whether `path` names something (through links; read_bytes says if it is not a file
    it can read), False for a name no system call takes: Path.is_file raised on a name
    over 255 bytes, and on a NUL."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def read_text(path: str | Path, max_bytes: int, encoding: str = "utf-8") -> str:
    """A text file's contents, with every way of failing said in one line."""
    data, _ = read_bytes(path, max_bytes)
    return decode_text(data, path, encoding)


def decode_text(data: bytes, path: str | Path, encoding: str = "utf-8") -> str:
    """Bytes read from `path` as text, or one line saying they are not."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise MlpvizError(f"{short(path)}: not UTF-8 text") from None


def write_file(path: str | Path, data: str | bytes) -> None:
    """Write a whole file safely (see the module's docstring); str is written as UTF-8."""
    raw = data.encode("utf-8") if isinstance(data, str) else data

    def write(fd: int, _temp: str) -> None:
        view = memoryview(raw)
        while view:
            view = view[os.write(fd, view):]

    _replace(Path(path), write)


def write_with(path: str | Path, writer: Callable[[str], None]) -> None:
    """Safe writing for code that can only write to a file name (Qt's image writers,
    pyqtgraph's exporters): writer(temp_path) fills the temp file, which then replaces
    the target. writer raises, or leaves the file empty, to fail."""

    def write(fd: int, temp: str) -> None:
        writer(temp)
        if os.fstat(fd).st_size == 0:
            raise OSError(0, "nothing was written")

    _replace(Path(path), write)


def _replace(target: Path, write: Callable[[int, str], None]) -> None:
    """write(fd, temp path) fills the temp file, which then replaces target."""
    if str(target) in ("", "."):
        raise MlpvizError("an empty file name: nothing to write to")
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except (OSError, ValueError) as e:
        raise MlpvizError(f"{short(target)}: cannot write ({_reason(e)})") from None
    if info is not None and stat.S_ISLNK(info.st_mode):
        target, info = _link_target(target, info)
    folder = target.parent
    if info is not None and not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise MlpvizError(f"{short(target)}: cannot write over it ({kind})")
    _remove_leftovers(target)
    try:
        fd, temp = tempfile.mkstemp(prefix=f"{_temp_prefix(target)}{os.getpid()}.",
                                    suffix=TEMP_SUFFIX, dir=folder)
    except OSError as e:
        raise MlpvizError(f"{short(target)}: cannot write ({_reason(e)})") from None
    try:
        try:
            write(fd, temp)
            if hasattr(os, "fchmod"):  # not on Windows
                os.fchmod(fd, _mode(info))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)  # a link at target is replaced, not written through
    except BaseException as e:  # whatever failed (a full disk, Ctrl+C): no temp left
        with contextlib.suppress(OSError):
            os.remove(temp)
        if isinstance(e, OSError):
            raise MlpvizError(f"{short(target)}: cannot write ({_reason(e)})") from None
        raise
    _sync_folder(folder)


def _link_target(link: Path, info: os.stat_result) -> tuple[Path, os.stat_result]:
    """The file a link names, to be written in its place (see the module's docstring)."""
    real = Path(os.path.realpath(link))
    try:
        real_info = os.stat(real)
    except OSError:
        raise MlpvizError(f"{short(link)}: cannot write through a link to nothing") from None
    if not stat.S_ISREG(real_info.st_mode):
        raise MlpvizError(f"{short(link)}: cannot write through a link to something that is "
                          "not a file")
    me = os.getuid() if hasattr(os, "getuid") else None
    if me is not None and (info.st_uid != me or real_info.st_uid != me):
        raise MlpvizError(f"{short(link)}: is another user's link; not written through")
    return real, real_info


def _temp_prefix(target: Path) -> str:
    return f".{target.name[:80]}."


def _remove_leftovers(target: Path) -> None:
    """Temp files of this target that a killed writer left (kill -9, a power cut): the
    process named in the temp file's name is gone. A live writer's are left alone."""
    if os.name != "posix":
        return
    prefix = _temp_prefix(target)
    try:
        names = [n for n in os.listdir(target.parent)
                 if n.startswith(prefix) and n.endswith(TEMP_SUFFIX)]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                os.remove(target.parent / name)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's: running
        return True
    return True


def _mode(info: os.stat_result | None) -> int:
    """The replaced file's permissions, or what a new file gets under the umask (mkstemp
    makes 0600)."""
    if info is not None and stat.S_ISREG(info.st_mode):
        return stat.S_IMODE(info.st_mode)
    return 0o666 & ~_UMASK


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX; Windows cannot open folders)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(e: Exception) -> str:
    return getattr(e, "strerror", None) or str(e) or type(e).__name__
