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


def read_text(path, max_bytes: int, encoding: str = "utf-8") -> str:  # noqa: ANN001
    """A text file's contents, with every way of failing said in one line."""
    from pathlib import Path

    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise MlpvizError(f"{p}: file is {size} bytes, over the limit of {max_bytes}")
        return p.read_text(encoding=encoding)
    except FileNotFoundError:
        raise MlpvizError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise MlpvizError(f"{p}: is a folder, not a file") from None
    except UnicodeDecodeError:
        raise MlpvizError(f"{p}: not UTF-8 text") from None
    except OSError as e:
        raise MlpvizError(f"{p}: cannot read ({e.strerror})") from None
