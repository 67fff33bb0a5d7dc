"""Marks texts of the core that the window shows translated, without importing Qt.

`pyside6-lupdate` finds calls by this name in any file it is given (tools/
update_translations.sh gives it the core too), so a text is written once, where it belongs;
the GUI translates it with `QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's own name)
    return text
