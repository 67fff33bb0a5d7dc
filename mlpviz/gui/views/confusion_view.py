"""The confusion matrices of a classifier, on the training and the test points, beside the
output view: which classes it mistakes for which, where accuracy gives one number.

Made from the snapshot's weights a few times a second, and only while shown; past
MAX_POINTS rows an even sample stands for the data (and says so).
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.data.features import compute_features
from ...core.nn.targets import confusion
from ...core.session.snapshot import Snapshot
from ...model.session import SessionModel
from ..kit.theme import CLASS_COLORS

REFRESH_MS = 250
MAX_POINTS = 100_000


def _sample(points: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, bool]:
    if len(points) <= MAX_POINTS:
        return points, labels, False
    rows = np.linspace(0, len(points) - 1, MAX_POINTS).astype(int)
    return points[rows], labels[rows], True


def matrices(snap: Snapshot) -> tuple[np.ndarray, np.ndarray, bool]:
    """(train, test) confusion matrices of the snapshot's network, and whether they count an
    even sample of the points."""
    net, d = snap.network(), snap.data
    n = max(d.n_classes, snap.units[-1] if snap.units[-1] > 1 else 2)
    found, sampled = [], False
    for points, labels in ((d.train_points, d.train_labels), (d.test_points, d.test_labels)):
        points, labels, cut = _sample(points, labels)
        sampled |= cut
        if len(points) == 0:
            found.append(np.zeros((n, n), dtype=np.int64))
            continue
        with np.errstate(all="ignore"):
            y = net.predict(compute_features(points, list(snap.features)))
        found.append(confusion(y, labels, snap.output_activation, n))
    return found[0], found[1], sampled


class ConfusionView(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setWordWrap(True)
        # In a scroll area: two tables side by side must not widen the docks' column.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll, 1)
        self.shown: tuple[np.ndarray, np.ndarray, bool] | None = None
        self.why_none = ""  # why there is no matrix: regression, divergence
        self._dirty = True
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        model.snapshot_changed.connect(self._changed)
        self.retranslate()

    def _changed(self, snap: Snapshot) -> None:
        self._dirty = True

    def refresh(self) -> None:
        snap = self.model.snapshot
        if not self._dirty or snap is None or not self.isVisibleTo(self.window()):
            return
        self._dirty = False
        self.shown = None
        if snap.data.problem == "regression":
            self.why_none = "regression"
        elif snap.fallback is not None:
            self.why_none = "diverged"
        else:
            self.shown = matrices(snap)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr(
            "Confusion matrices: a row for each true class, a column for each class the "
            "network predicts. The diagonal is what it gets right."))
        if self.shown is None:
            self.label.setText({
                "regression": self.tr("A regression predicts numbers, not classes: there is "
                                      "no confusion matrix."),
                "diverged": self.tr("Training diverged: the network predicts nothing. Reset "
                                    "(R) or Rewind (Shift+R)."),
            }.get(self.why_none, ""))
            return
        train, test, sampled = self.shown
        note = self.tr(" (an even sample of the points)") if sampled else ""
        axes = (self.tr("true"), self.tr("predicted"))
        cells = "".join(
            f"<td valign=top><b>{html.escape(title)}</b>{_table(m, *axes)}</td>"
            for title, m in ((self.tr("Training points"), train), (self.tr("Test points"), test)))
        self.label.setText(f"<table cellspacing=6><tr>{cells}</tr></table>"
                           f"<p style='color:#666'>{html.escape(self.toolTip() + note)}</p>")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _table(m: np.ndarray, true: str, predicted: str) -> str:
    """Rich text: the counts, the diagonal green and the mistakes red by their share."""
    n = len(m)
    head = (f"<tr><td><small>{html.escape(true)} ↓ {html.escape(predicted)} →</small></td>"
            + "".join(f"<td align=center>{_class(j)}</td>" for j in range(n)) + "</tr>")
    rows = []
    for i in range(n):
        total = max(int(m[i].sum()), 1)
        cells = []
        for j in range(n):
            share = m[i, j] / total
            hue = (44, 160, 44) if i == j else (214, 39, 40)
            alpha = 0.12 + 0.6 * share if m[i, j] else 0.0
            color = ", ".join(str(int(255 - alpha * (255 - c))) for c in hue)
            cells.append(f"<td align=right style='background-color: rgb({color})'>"
                         f"&nbsp;{m[i, j]:,}&nbsp;</td>")
        rows.append(f"<tr><td align=center>{_class(i)}</td>{''.join(cells)}</tr>")
    return f"<table cellspacing=0 cellpadding=3 border=1>{head}{''.join(rows)}</table>"


def _class(k: int) -> str:
    """A class's number in its colour in the output view."""
    r, g, b = CLASS_COLORS[k % len(CLASS_COLORS)]
    return f"<b style='color: rgb({r}, {g}, {b})'>● {k}</b>"
