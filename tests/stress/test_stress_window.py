"""A seeded random-action stress test of the real window: keys, buttons, combos, sliders,
clicks on the diagram and the plot, files, labs, language and layout, while it trains. A
watchdog timer in the GUI thread measures every stall of the event loop. Must hold: no
exception (pytest-qt fails the test on one raised in a slot), no stall over 1 s, the worker
alive and answering. Two minutes here; `pytest -m long` runs it for twenty.

It runs in a child pytest that tests/test_stress_window.py starts (MLPVIZ_STRESS=1): a
fresh process with one window, as the app runs."""

import gc
import random
import time

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from mlpviz.core.session import commands as c
from mlpviz.gui.diagram.network_items import ButtonItem, NeuronItem
from mlpviz.gui.labs.lab_window import LABS

from ..watchdog import Watchdog

MAX_STALL_MS = 1000
KEYS = [(Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_R, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier)]
SIZES = [(1280, 800), (1600, 1000), (1024, 768), (1920, 1080)]


class _GcTimes:
    """The longest garbage collection while the test runs (it runs in the GUI thread)."""

    def __init__(self) -> None:
        self.longest, self._start = 0.0, 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.longest = max(self.longest, time.perf_counter() - self._start)

    def stop(self) -> None:
        gc.callbacks.remove(self._callback)

    def __str__(self) -> str:
        return f"longest garbage collection {1000 * self.longest:.0f} ms"


def _click_scene_item(view, kind, rng):
    items = [i for i in view.scene().items() if isinstance(i, kind) and i.isVisible()]
    if items:
        item = rng.choice(items)
        pos = view.mapFromScene(item.sceneBoundingRect().center())
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _actions(window, tmp_path, rng):
    ctl, files = window.controls, window.files

    def combo(box):
        box.setCurrentIndex(rng.randrange(box.count()))

    def slider(s):
        s.setValue(rng.randint(s.minimum(), s.maximum()))

    def add_point():
        view = window.boundary_view
        if not view.edit_points.isChecked():
            view.edit_points.click()
        where = QPointF(rng.uniform(-5.5, 5.5), rng.uniform(-5.5, 5.5))
        pos = view.plot_widget.mapFromScene(view.plot.vb.mapViewToScene(where))
        QTest.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    def save_and_open():
        path = tmp_path / f"s{rng.randrange(3)}.mlpviz"
        if files.save_session(str(path)) and rng.random() < 0.5:
            files.open_session(str(path))

    return [
        (30, "key", lambda: QTest.keyClick(window, *rng.choice(KEYS))),
        (10, "combo", lambda: combo(rng.choice([ctl.lr, ctl.activation, ctl.optimizer, ctl.reg,
                                       ctl.reg_rate, ctl.loss, ctl.problem]))),
        (6, "slider", lambda: slider(rng.choice([ctl.noise, ctl.ratio, ctl.batch]))),
        (6, "dataset", lambda: rng.choice(ctl.dataset_group.buttons()).click()),
        (8, "diagram button", lambda: _click_scene_item(window.network_view, ButtonItem, rng)),
        (4, "neuron click", lambda: _click_scene_item(window.network_view, NeuronItem, rng)),
        (4, "add point", add_point),
        (3, "lr", lambda: window.model.send(
            c.SetTraining(lr=rng.choice([0.003, 0.03, 0.3, 3.0, 30.0])))),
        (2, "resize", lambda: window.resize(*rng.choice(SIZES))),
        (2, "save and open", save_and_open),
        (1, "export csv", lambda: files.export_csv(str(tmp_path / "points.csv"))),
        (1, "lab", lambda: window.open_lab(rng.choice(LABS))),
        (1, "language", lambda: window.set_language(rng.choice(["en", "ko"]))),
        (1, "present", lambda: window.action_set.present.trigger()),
        (1, "regenerate", lambda: window.model.send(c.Regenerate())),
    ]


def _stress(qtbot, window, tmp_path, seconds, seed):
    rng = random.Random(seed)
    crashes = []
    window.worker.crashed.connect(lambda doing, report: crashes.append(report))
    actions = _actions(window, tmp_path, rng)
    weights = [w for w, _, _ in actions]
    dog = Watchdog()
    collections = _GcTimes()
    dog.start()
    end, count, recent, worst_after = time.monotonic() + seconds, 0, [], ""
    while time.monotonic() < end:
        _, name, action = rng.choices(actions, weights)[0]
        began, worst = time.perf_counter(), dog.worst
        action()
        recent = [*recent[-5:], (name, round(1000 * (time.perf_counter() - began)))]
        count += 1
        qtbot.wait(rng.choice([0, 5, 20, 60]))  # the event loop runs: frames, the worker
        if dog.worst > worst:
            worst_after = name
        assert dog.worst < MAX_STALL_MS, (
            f"stalled {dog.worst} ms after {count} actions; the last (ms): {recent}; "
            f"{collections}; units {window.model.snapshot.units}, presenting "
            f"{window.presentation.on}, size {window.width()}x{window.height()}; "
            f"the GUI thread was in:\n{dog.stack}")
        assert window.worker_thread.isRunning()
    collections.stop()
    dog.stop()
    assert not crashes, crashes[0]
    if window.presentation.on:
        window.action_set.present.trigger()
    serial = window.model.snapshot.serial  # the worker still answers
    window.model.send(c.Pause())
    window.model.step()
    qtbot.waitUntil(lambda: window.model.snapshot.serial > serial, timeout=10_000)
    print(f"stress: {count} actions in {seconds} s, longest stall {dog.worst} ms "
          f"(after {worst_after})")  # pytest -s shows it
    return count


def test_random_actions_for_two_minutes(qtbot, window, tmp_path):
    assert _stress(qtbot, window, tmp_path, 120, seed=16) > 500


@pytest.mark.long
def test_random_actions_for_twenty_minutes(qtbot, window, tmp_path):
    assert _stress(qtbot, window, tmp_path, 1200, seed=17) > 5000
