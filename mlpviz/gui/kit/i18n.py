"""Korean and English through Qt's own translation machinery.

Strings are marked with tr() in the views (lupdate collects them into
resources/i18n/mlpviz_ko.ts; lrelease compiles that into the .qm loaded here). Texts that
come from the pure-Python core — the presets' titles and one-line notes — are listed below
with QT_TRANSLATE_NOOP so lupdate finds them too, and translated where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QTranslator

from ...core.bundled import bundled
from ...core.nn.activations import ACTIVATIONS
from ...core.translatable import VALUES

LANGUAGES = {"en": "English", "ko": "한국어"}

CATALOG = (
    QT_TRANSLATE_NOOP("walkthrough", "how the error changes with the unit's output"),
    QT_TRANSLATE_NOOP("walkthrough", "how the unit's output changes with its net input (the activation's slope)"),
    QT_TRANSLATE_NOOP("walkthrough", 'how the net input changes with the parameter'),
    QT_TRANSLATE_NOOP("walkthrough", 'The slope is 0 here, so no gradient flows through this unit (for the step function it is 0 everywhere: why a perceptron cannot learn by backprop).'),
    QT_TRANSLATE_NOOP("walkthrough", 'forward'),
    QT_TRANSLATE_NOOP("walkthrough", 'loss'),
    QT_TRANSLATE_NOOP("walkthrough", 'backward'),
    QT_TRANSLATE_NOOP("walkthrough", 'update'),
    QT_TRANSLATE_NOOP("walkthrough", 'apply'),
    QT_TRANSLATE_NOOP("walkthrough", 'sample'),
    QT_TRANSLATE_NOOP("walkthrough", 'mean'),
    QT_TRANSLATE_NOOP("walkthrough", 'step'),
    QT_TRANSLATE_NOOP("walkthrough", "Sample {0} of {1}: its own gradient"),
    QT_TRANSLATE_NOOP("walkthrough", "The mean gradient of {0}"),
    QT_TRANSLATE_NOOP("walkthrough", "Update {0} on the mean"),
    QT_TRANSLATE_NOOP("walkthrough", "The batch after one step"),
    QT_TRANSLATE_NOOP("walkthrough", "Training steps on the batch's mean loss, so its gradient is the mean of the samples' gradients."),
    QT_TRANSLATE_NOOP("walkthrough", "The optimizer's state starts at zero: this is its first step."),
    QT_TRANSLATE_NOOP("walkthrough", 'Update {0}'),
    QT_TRANSLATE_NOOP("walkthrough", 'All parameters updated'),
    QT_TRANSLATE_NOOP("walkthrough", 'the output is now {0}'),
    QT_TRANSLATE_NOOP("walkthrough", 'Forward pass: {0}'),
    QT_TRANSLATE_NOOP("walkthrough", 'f is {0}'),
    QT_TRANSLATE_NOOP("walkthrough", 'Loss'),
    QT_TRANSLATE_NOOP("walkthrough", 'Backward: ∂E/∂{0}'),
    QT_TRANSLATE_NOOP("walkthrough", 'a hidden unit feeds every unit k above it, so'),
    QT_TRANSLATE_NOOP("walkthrough", 'softmax mixes its units, so ① and ② are taken together'),
    QT_TRANSLATE_NOOP("walkthrough", 'Forward pass in matrix form'),
    QT_TRANSLATE_NOOP("walkthrough", 'Backward pass in matrix form'),
    QT_TRANSLATE_NOOP("walkthrough", "With cross-entropy the slope ② cancels the denominator of ①, so ∂E/∂net = out − t:"),
    QT_TRANSLATE_NOOP("walkthrough", "With cross-entropy, as the targets sum to 1, ∂E/∂net is out − t:"),
    QT_TRANSLATE_NOOP("presets", 'Perceptron learns AND'),
    QT_TRANSLATE_NOOP("presets", 'The perceptron rule finds a separating line: AND is learned within a few epochs.'),
    QT_TRANSLATE_NOOP("presets", 'Perceptron learns OR'),
    QT_TRANSLATE_NOOP("presets", 'OR is linearly separable too: the perceptron gets all four rows right.'),
    QT_TRANSLATE_NOOP("presets", 'Perceptron never learns XOR'),
    QT_TRANSLATE_NOOP("presets", "No single line separates XOR's corners: the perceptron keeps making mistakes, however long it trains."),
    QT_TRANSLATE_NOOP("presets", 'A 2-2-1 MLP solves XOR'),
    QT_TRANSLATE_NOOP("presets", "One hidden layer of two sigmoid units draws two lines and combines them: the lecture's network learns the XOR truth table."),
    QT_TRANSLATE_NOOP("presets", "Playground's opening screen"),
    QT_TRANSLATE_NOOP("presets", 'Circle data, hidden layers of 4 and 2 tanh units, η = 0.03: the boundary closes around the inner class within a few hundred epochs.'),
    QT_TRANSLATE_NOOP("presets", 'Playground XOR with 2-2-1'),
    QT_TRANSLATE_NOOP("presets", "On Playground's 500-point XOR a 2-2-1 tanh net usually gets stuck near 75–85 %: two hidden units are barely enough. Try the 2-4-1 preset."),
    QT_TRANSLATE_NOOP("presets", 'Playground XOR with 2-4-1'),
    QT_TRANSLATE_NOOP("presets", 'With four hidden units the same data is learned: over 90 % test accuracy within 150 epochs.'),
    QT_TRANSLATE_NOOP("presets", "The chapter's digit network"),
    QT_TRANSLATE_NOOP("presets", "8×8 handwritten digits stand in for the chapter's 28×28 MNIST (smaller, free to share, trained in seconds): over 95 % are read right within 50 epochs."),
)


def tr_preset(text: str) -> str:
    return QCoreApplication.translate("presets", text)


def tr_activation(name: str) -> str:
    """An activation's display name from the core's table, in the current language."""
    return QCoreApplication.translate("activations", ACTIVATIONS[name].display)


def tr_core(text: str) -> str:
    """A message from the core: translated where it is one of the sentences the core marks
    (QT_TRANSLATE_NOOP("core", …)), then formatted with the values `with_values` put after
    it, themselves translated where they are marked; other messages with values in them stay
    as they are."""
    template, *values = text.split(VALUES)
    translated = QCoreApplication.translate("core", template)
    # a value may be a marked phrase too (Playground lacks "this optimizer"); numbers and
    # names are not in the catalogue and come back as they are
    values = [QCoreApplication.translate("core", v) for v in values]
    return translated.format(*values) if values else translated


def tr_walk(text: str) -> str:
    return QCoreApplication.translate("walkthrough", text)


class Language:
    """Installs the translators for one language at a time: mlpviz's own, and Qt's for its
    standard texts (OK, Cancel, a line edit's menu). Installing or removing one sends every
    widget a LanguageChange event, on which it retranslates itself."""

    def __init__(self) -> None:
        self.code = "en"
        self._translators: list[QTranslator] = []
        self._data = b""

    def switch(self, code: str) -> bool:
        """Use `code` ("en" or "ko"); returns False if its translation cannot be loaded
        (then English stays)."""
        app = QCoreApplication.instance()
        translators, data = [], b""
        if code != "en":
            ours = QTranslator(app)
            # From bytes held here, not the file: a file is memory-mapped, and rewritten
            # under a running window (a reinstall, lrelease) it would crash it.
            try:
                data = bundled("i18n", f"mlpviz_{code}.qm").read_bytes()
            except OSError:
                return False
            if not ours.load(data):
                return False
            translators.append(ours)
            qt = QTranslator(app)
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.
                                                            TranslationsPath)):
                translators.append(qt)
        for old in self._translators:  # (static in Qt: the same call as app.…)
            QCoreApplication.removeTranslator(old)
        for new in translators:
            QCoreApplication.installTranslator(new)
        self._translators = translators
        self._data = data  # Qt reads it in place while it is installed: kept until now
        self.code = code
        return True

    def uninstall(self) -> None:
        """Take the translators out of the application (its window is closing)."""
        for old in self._translators:
            QCoreApplication.removeTranslator(old)
        self._translators = []
