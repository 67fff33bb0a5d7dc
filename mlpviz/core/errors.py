"""The one exception type a user may see.

Everything that rejects input (a file, a flag, a value typed into the window) raises
`MlpvizError` with a message that names the problem and where it is, so the CLI can print
one line and exit 2 and the window can show it in a dialog, without ever showing a traceback.
"""


class MlpvizError(ValueError):
    """Bad input from a user or a file; the message is written for that user."""


def lookup(table: dict, name: str, what: str):  # noqa: ANN201
    """table[name], or an error that lists what there is."""
    try:
        return table[name]
    except (KeyError, TypeError):
        raise MlpvizError(f"unknown {what} '{name}' (known: {', '.join(table)})") from None


def read_bytes(path, max_bytes: int, first: int | None = None) -> tuple[bytes, int]:  # noqa: ANN001
    """(a file's bytes, or only its `first` ones; its size), with every way of failing said
    in one line. A file over max_bytes is refused before anything is read."""
    from pathlib import Path

    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise MlpvizError(f"{p}: file is {size} bytes, over the limit of {max_bytes}")
        with open(p, "rb") as f:
            return (f.read() if first is None else f.read(first)), size
    except FileNotFoundError:
        raise MlpvizError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise MlpvizError(f"{p}: is a folder, not a file") from None
    except OSError as e:
        raise MlpvizError(f"{p}: cannot read ({e.strerror})") from None


def read_text(path, max_bytes: int, encoding: str = "utf-8") -> str:  # noqa: ANN001
    """A text file's contents, with every way of failing said in one line."""
    data, _ = read_bytes(path, max_bytes)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise MlpvizError(f"{path}: not UTF-8 text") from None
