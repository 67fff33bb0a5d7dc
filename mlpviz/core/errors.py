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
        from .files import short

        raise MlpvizError(f"unknown {what} {short(name)!r} (known: {', '.join(table)})") \
            from None
