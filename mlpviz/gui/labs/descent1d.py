"""The 1-D gradient-descent lab: a function of x, a start, one or several learning rates;
each step drawn with its tangent, and a table of x, y, y′.

Several learning rates side by side answer the lecture's quiz: too small crawls, a good one
converges, a large one oscillates, a larger one diverges (for y = x² − 6x + 4 each step
multiplies x − 3 by 1 − 2η, so η > 1 diverges).
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import MlpvizError
from ...core.lessons.descent import DescentStep, descend_expression
from ...core.lessons.expression import Expression
from ...core.translatable import QT_TRANSLATE_NOOP
from ...report.numbers import fmt
from ..kit.widgets import form_label

PRESETS = [(QT_TRANSLATE_NOOP("Descent1DLab", "y = (x − 3)² + 10  (lecture)"),
            "(x - 3)^2 + 10", "10", "0.2", 2),
           (QT_TRANSLATE_NOOP("Descent1DLab", "y = x² − 6x + 4  (quiz 02)"),
            "x^2 - 6*x + 4", "0", "0.01, 0.3, 0.9, 1.05", 12)]
BEHAVIOURS = (QT_TRANSLATE_NOOP("Descent1DLab", "crawls"),
              QT_TRANSLATE_NOOP("Descent1DLab", "converges"),
              QT_TRANSLATE_NOOP("Descent1DLab", "oscillates"),
              QT_TRANSLATE_NOOP("Descent1DLab", "diverges"),
              QT_TRANSLATE_NOOP("Descent1DLab", "at the minimum"),
              QT_TRANSLATE_NOOP("Descent1DLab", "starts"),
              QT_TRANSLATE_NOOP("Descent1DLab", "not defined here"))
# Each η its colour, every pair apart for colour-blind eyes (Okabe-Ito's and greys)
COLORS = ["#0072b2", "#d55e00", "#000000", "#56b4e9", "#555555", "#999999"]


def behaviour(path: list[DescentStep]) -> str:
    """Crawls, converges, oscillates or diverges, read off the path itself: the slope's
    average shrink factor per step, and whether it changes sign."""
    slopes = np.array([p.slope for p in path])
    if not np.isfinite(path[0].y):
        return "not defined here"
    if not np.isfinite(slopes).all():
        return "diverges"
    n = len(slopes) - 1
    first, last = abs(slopes[0]), abs(slopes[-1])
    if n == 0 or first == 0:
        return "at the minimum" if first == 0 else "starts"
    if last == 0:
        return "converges"  # on the minimum exactly (x² − 6x + 4 with η = 0.5: one step)
    factor = (last / first) ** (1 / n)
    signs = np.sign(slopes[slopes != 0])
    flips = np.count_nonzero(signs[1:] != signs[:-1])
    if factor > 1.0:
        return "diverges"
    if flips:
        return "oscillates"
    return "crawls" if factor > 0.9 else "converges"


class Descent1DLab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = QComboBox()
        for _ in PRESETS:
            self.preset.addItem("")
        self.preset.activated.connect(self.load_preset)
        self.expr, self.x0, self.rates = QLineEdit(), QLineEdit(), QLineEdit()
        self.steps = QSpinBox()
        self.steps.setRange(1, 200)
        self.steps.setValue(2)
        self.steps.valueChanged.connect(self.run)
        self.draw_button = QPushButton()
        self.draw_button.clicked.connect(self.run)
        self.step_button = QPushButton()
        self.step_button.clicked.connect(lambda: self.steps.setValue(self.steps.value() + 1))
        self.form = form = QFormLayout()
        form.addRow(QLabel(), self.preset)
        form.addRow(QLabel(), self.expr)
        row = QHBoxLayout()
        self.row_labels = [QLabel(), QLabel(), QLabel()]
        for label, w in zip(self.row_labels, (self.x0, self.rates, self.steps), strict=True):
            row.addWidget(label)
            row.addWidget(w)
        row.addWidget(self.draw_button)
        row.addWidget(self.step_button)
        form.addRow(row)
        self.plot = pg.PlotWidget(background="w")
        self.plot.addLegend(offset=(10, 10))
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.table = QTableWidget()
        self.table.setColumnCount(5)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        body = QHBoxLayout()
        body.addWidget(self.plot, 3)
        body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(body, 1)
        layout.addWidget(self.summary)
        self.paths: dict[float, list[DescentStep]] = {}
        self.retranslate()
        self.load_preset(0)

    def retranslate(self) -> None:
        for i, (title, *_) in enumerate(PRESETS):
            self.preset.setItemText(i, self.tr(title))
        self.preset.setToolTip(self.tr("The lecture's function, or the quiz's"))
        self.expr.setToolTip(self.tr("A function of x: numbers, x, + − × ÷ ^, sin cos exp "
                                     "log sqrt tanh abs"))
        self.x0.setToolTip(self.tr("Where descent starts"))
        self.rates.setToolTip(self.tr("One learning rate, or several separated by commas to "
                                      "compare them side by side"))
        self.steps.setToolTip(self.tr("How many steps to take"))
        self.draw_button.setText(self.tr("Draw"))
        self.step_button.setText(self.tr("Step ▶"))
        self.step_button.setToolTip(self.tr("One more step"))
        form_label(self.form, 0).setText(self.tr("Preset"))
        form_label(self.form, 1).setText(self.tr("y ="))
        for label, text in zip(self.row_labels, (self.tr("start x"), self.tr("learning rates η"),
                                                 self.tr("steps")), strict=True):
            label.setText(text)
        self.table.setHorizontalHeaderLabels(["η", self.tr("step"), "x", "y", "y′"])
        self.table.setToolTip(self.tr("Every learning rate's steps: x ← x − η·y′"))
        if self.paths:
            self._summarize()  # the plot and the table hold no words: they stay

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load_preset(self, i: int) -> None:
        _, expr, x0, rates, steps = PRESETS[i]
        self.expr.setText(expr)
        self.x0.setText(x0)
        self.rates.setText(rates)
        self.steps.blockSignals(True)
        self.steps.setValue(steps)
        self.steps.blockSignals(False)
        self.run()

    def _inputs(self) -> tuple[Expression, float, list[float]]:
        e = Expression(self.expr.text())
        try:
            x0 = float(self.x0.text())
            rates = [float(r) for r in self.rates.text().split(",") if r.strip()]
        except ValueError:
            raise MlpvizError(self.tr("start x and the learning rates must be numbers")) \
                from None
        if not rates or any(r <= 0 or not np.isfinite(r) for r in rates) \
                or not np.isfinite(x0):
            raise MlpvizError(self.tr("learning rates must be positive numbers"))
        return e, x0, rates[: len(COLORS)]

    def run(self) -> None:
        try:
            e, x0, rates = self._inputs()
        except MlpvizError as err:
            self.summary.setText(f"<span style='color:#b00020'>{html.escape(str(err))}</span>")
            return
        self.paths = {lr: descend_expression(e, x0, lr, self.steps.value()) for lr in rates}
        self._draw(e)

    def _summarize(self) -> None:
        """Each learning rate's behaviour, in words (the one text a language change alters)."""
        self.summary.setText(" &nbsp; ".join(
            f"<span style='color:{color}'>η = {lr:g}: {self.tr(behaviour(path))}</span>"
            for (lr, path), color in zip(self.paths.items(), COLORS, strict=False)))

    def _draw(self, e: Expression) -> None:
        self.plot.clear()
        xs_all = np.concatenate([[p.x for p in path] for path in self.paths.values()])
        xs_all = xs_all[np.isfinite(xs_all)]
        lo, hi = float(min(xs_all.min(), -1)), float(max(xs_all.max(), 7))
        pad = 0.1 * (hi - lo)
        grid = np.linspace(lo - pad, hi + pad, 400)
        y = e(x=grid)
        assert isinstance(y, np.ndarray), "given an array, an Expression gives one like it"
        y[~np.isfinite(y)] = np.nan  # 1/0, sqrt(−1): nothing to draw there
        self.plot.plot(grid, y, pen=pg.mkPen("#444", width=2), name="y", connect="finite")
        for (lr, path), color in zip(self.paths.items(), COLORS, strict=False):
            px = np.array([p.x for p in path])
            py = np.array([p.y for p in path])
            ok = np.isfinite(px) & np.isfinite(py) & (np.abs(px) < 1e6)
            self.plot.plot(px[ok], py[ok], pen=pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine),
                           symbol="o", symbolBrush=color, symbolSize=8,
                           name=f"η = {lr:g}")
            last = path[-1]
            if np.isfinite(last.x) and abs(last.x) < 1e6:  # the tangent at the last point
                tx = np.array([last.x - pad, last.x + pad])
                self.plot.plot(tx, last.y + last.slope * (tx - last.x),
                               pen=pg.mkPen(color, width=2))
        self._summarize()
        rows = [(lr, color, k, p) for (lr, path), color in zip(self.paths.items(), COLORS,
                                                               strict=False)
                for k, p in enumerate(path)]
        self.table.setRowCount(len(rows))
        for r, (lr, color, k, p) in enumerate(rows):
            for c, text in enumerate((f"{lr:g}", str(k), fmt(p.x), fmt(p.y), fmt(p.slope))):
                item = QTableWidgetItem(text)
                item.setForeground(QColor(color))
                self.table.setItem(r, c, item)
