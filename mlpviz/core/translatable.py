"""Marks texts of the core that the window shows translated, without importing Qt.

`pyside6-lupdate` finds calls by this name in any file it is given (tools/
update_translations.sh gives it the core too), so a text is written once, where it belongs;
the GUI translates it with `QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


VALUES = "\x00"  # between a translatable text and the values it is formatted with


def with_values(text: str, *values: object) -> str:
    """A message whose text is translated and then formatted with `values` ({0}, {1} …):
    the window splits it at VALUES (see gui/i18n.tr_core)."""
    return VALUES.join([text, *(str(v) for v in values)])
