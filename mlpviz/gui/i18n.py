"""Korean and English through Qt's own translation machinery.

Strings are marked with tr() in the views (lupdate collects them into
resources/i18n/mlpviz_ko.ts; lrelease compiles that into the .qm loaded here). Texts that
come from the pure-Python core — the presets' titles and one-line notes — are listed below
with QT_TRANSLATE_NOOP so lupdate finds them too, and translated where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from ..resources import resource_path

LANGUAGES = {"en": "English", "ko": "한국어"}

CATALOG = (
    QT_TRANSLATE_NOOP("presets", 'Perceptron learns AND'),
    QT_TRANSLATE_NOOP("presets", 'The perceptron rule finds a separating line: AND is learned within a few epochs.'),
    QT_TRANSLATE_NOOP("presets", 'Perceptron learns OR'),
    QT_TRANSLATE_NOOP("presets", 'OR is linearly separable too: the perceptron gets all four rows right.'),
    QT_TRANSLATE_NOOP("presets", 'Perceptron never learns XOR'),
    QT_TRANSLATE_NOOP("presets", "No single line separates XOR's corners: the perceptron keeps making mistakes, however long it trains."),
    QT_TRANSLATE_NOOP("presets", 'A 2-2-1 MLP solves XOR'),
    QT_TRANSLATE_NOOP("presets", "One hidden layer of two sigmoid units draws two lines and combines them: the lecture's network learns the XOR truth table."),
    QT_TRANSLATE_NOOP("presets", 'Playground XOR with 2-2-1'),
    QT_TRANSLATE_NOOP("presets", "On Playground's 500-point XOR a 2-2-1 tanh net usually gets stuck near 75–85 %: two hidden units are barely enough. Try the 2-4-1 preset."),
    QT_TRANSLATE_NOOP("presets", 'Playground XOR with 2-4-1'),
    QT_TRANSLATE_NOOP("presets", 'With four hidden units the same data is learned: over 90 % test accuracy within 150 epochs.'),
)


def tr_preset(text: str) -> str:
    return QCoreApplication.translate("presets", text)


class Language:
    """Installs the translator for one language at a time."""

    def __init__(self) -> None:
        self.code = "en"
        self._translator: QTranslator | None = None

    def switch(self, code: str) -> bool:
        """Use `code` ("en" or "ko"); returns False if its translation cannot be loaded."""
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if code != "en":
            translator = QTranslator(app)
            if not translator.load(str(resource_path("i18n", f"mlpviz_{code}.qm"))):
                self.code = "en"
                return False
            app.installTranslator(translator)
            self._translator = translator
        self.code = code
        return True
