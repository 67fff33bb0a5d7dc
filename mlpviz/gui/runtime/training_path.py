"""Which code trains: the compiled kernels, NumPy while they warm up, NumPy alone, or for a
Playground link's run Playground's own arithmetic. Said in the status bar while the kernels
warm up (a fresh install's first start) or a run is Playground's, and in About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...core.session.snapshot import Snapshot
from ...core.translatable import QT_TRANSLATE_NOOP
from ...model.session import SessionModel

PATHS = {
    "compiled": QT_TRANSLATE_NOOP("TrainingPath",
                                  "compiled kernels (Numba), with NumPy as the reference"),
    "perceptron": QT_TRANSLATE_NOOP("TrainingPath", "the perceptron rule"),
    "compiling": QT_TRANSLATE_NOOP(
        "TrainingPath", "NumPy, while the compiled kernels warm up (on the first start only)"),
    "unavailable": QT_TRANSLATE_NOOP(
        "TrainingPath", "NumPy (Numba is not installed here or could not load, or MLPVIZ_NO_JIT "
                        "is set: mlpviz --info and the log say which)"),
    "numpy": QT_TRANSLATE_NOOP("TrainingPath", "NumPy (the compiled kernels are not loaded yet)"),
    "playground": QT_TRANSLATE_NOOP(
        "TrainingPath", "TensorFlow Playground's own arithmetic, one example at a time"),
}


def training_path(snap: Snapshot | None) -> str:
    """One phrase for About: what trains now, and why it is not the compiled path."""
    if snap is None:
        key = "numpy"
    elif snap.backend in ("compiled", "perceptron", "playground"):
        key = snap.backend
    else:
        key = snap.kernels if snap.kernels in ("compiling", "unavailable") else "numpy"
    return QCoreApplication.translate("TrainingPath", PATHS[key])


def versions() -> str:
    """The versions a bug report needs, in small print."""
    import platform

    import numpy
    from PySide6 import __version__ as pyside

    return (f"<p><small>Python {platform.python_version()} · PySide6 {pyside} · "
            f"NumPy {numpy.__version__}</small></p>")


class TrainingPathLabel(QLabel):
    """In the status bar, what trains when the user should know it: "Playground-exact" (and
    its seed) while a Playground link's run is Playground's own, "Warming up" for as long as
    the kernels compile on a first start; nothing otherwise."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVisible(False)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a seed is the link's text, not markup
        self._shown: tuple[str, str] = ("", "")  # (what, seed)
        model.snapshot_changed.connect(self._on_snapshot)

    def _on_snapshot(self, snap: Snapshot) -> None:
        if snap.playground is not None:
            shown = ("playground", snap.playground.state.seed or "")
        elif snap.kernels == "compiling" and snap.backend == "numpy":
            shown = ("compiling", "")
        else:
            shown = ("", "")
        if shown != self._shown:
            self._shown = shown
            self.retranslate()
            self.setVisible(bool(shown[0]))

    def retranslate(self) -> None:
        what, seed = self._shown
        if what == "playground":
            self.setText(self.tr("Playground-exact · seed {0}").format(seed))
            self.setToolTip(self.tr(
                "This run is TensorFlow Playground's own: its points, its starting weights "
                "and its training, number for number. Reset, Regenerate and the controls "
                "Playground has keep it so; Edit ▸ Copy Playground link opens it in a "
                "browser."))
        else:
            self.setText(self.tr("Warming up the fast kernels…"))
            self.setToolTip(self.tr(
                "The first start after installing compiles the training kernels in the "
                "background (some seconds). Training runs on NumPy meanwhile, more slowly, "
                "and speeds up by itself."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
