"""What Edit ▸ Undo and the history call an edit: "Set w⁽²⁾₁₁ to 0.5", "Add a neuron to
layer 2", "Add 12 points", in the window's language (context "EditNames"; each text is
written out in a translate call or a QT_TRANSLATE_NOOP, where lupdate finds it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.lessons.presets import PRESETS
from ...core.nn.naming import shown_bias_name, shown_weight_name
from ...core.session import commands as c
from ...core.translatable import QT_TRANSLATE_NOOP
from ..kit.i18n import tr_activation, tr_preset

CONTEXT = "EditNames"
_TRAINING: dict[str, str] = {
    "lr": QT_TRANSLATE_NOOP("EditNames", "Set the learning rate to {0}"),
    "batch_size": QT_TRANSLATE_NOOP("EditNames", "Set the batch size to {0}"),
    "optimizer": QT_TRANSLATE_NOOP("EditNames", "Set the optimizer to {0}"),
    "regularization": QT_TRANSLATE_NOOP("EditNames", "Set the regularization to {0}"),
    "reg_rate": QT_TRANSLATE_NOOP("EditNames", "Set the regularization rate to {0}"),
    "shuffle": QT_TRANSLATE_NOOP("EditNames", "Set shuffling to {0}"),
}
_DATA: dict[str, str] = {
    "noise": QT_TRANSLATE_NOOP("EditNames", "Set the noise to {0} %"),
    "ratio": QT_TRANSLATE_NOOP("EditNames", "Set the training share to {0} %"),
    "data_seed": QT_TRANSLATE_NOOP("EditNames", "Draw new points"),
}
_PLAIN: dict[type[c.Command], str] = {
    c.AddLayer: QT_TRANSLATE_NOOP("EditNames", "Add a hidden layer"),
    c.RemoveLayer: QT_TRANSLATE_NOOP("EditNames", "Remove the last hidden layer"),
    c.SetFeatures: QT_TRANSLATE_NOOP("EditNames", "Change the inputs"),
    c.SetLoss: QT_TRANSLATE_NOOP("EditNames", "Change the loss"),
    c.Reset: QT_TRANSLATE_NOOP("EditNames", "Reset the weights"),
    c.Rewind: QT_TRANSLATE_NOOP("EditNames", "Rewind"),
    c.LoadNetwork: QT_TRANSLATE_NOOP("EditNames", "Open a network"),
    c.Regenerate: QT_TRANSLATE_NOOP("EditNames", "Regenerate the points"),
    c.ClearPoints: QT_TRANSLATE_NOOP("EditNames", "Remove every point"),
    c.ImportPoints: QT_TRANSLATE_NOOP("EditNames", "Import points"),
}
_SET = QT_TRANSLATE_NOOP("EditNames", "Set {0} to {1}")
_ADD_UNIT = QT_TRANSLATE_NOOP("EditNames", "Add a neuron to layer {0}")
_REMOVE_UNIT = QT_TRANSLATE_NOOP("EditNames", "Remove a neuron from layer {0}")
_ALL_ACTIVATIONS = QT_TRANSLATE_NOOP("EditNames", "Set the hidden layers' activation to {0}")
_ACTIVATION = QT_TRANSLATE_NOOP("EditNames", "Set layer {0}'s activation to {1}")
_TRAINING_SETTINGS = QT_TRANSLATE_NOOP("EditNames", "Change the training settings")
_DATA_SET = QT_TRANSLATE_NOOP("EditNames", "Choose the data set {0}")
_DATA_CHANGES = QT_TRANSLATE_NOOP("EditNames", "Change the data")
_POINTS = {
    c.AddPoint: (QT_TRANSLATE_NOOP("EditNames", "Add a point"),
                 QT_TRANSLATE_NOOP("EditNames", "Add {0} points")),
    c.RemovePoint: (QT_TRANSLATE_NOOP("EditNames", "Remove a point"),
                    QT_TRANSLATE_NOOP("EditNames", "Remove {0} points")),
}
_PRESET = QT_TRANSLATE_NOOP("EditNames", "Set up “{0}”")
_EDIT = QT_TRANSLATE_NOOP("EditNames", "Edit")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _number(value: float) -> str:
    return f"{value:.6g}"


def edit_name(entry: c.EditEntry) -> str:
    """The name of `entry`: its last command's (a drag's final value), its count where
    several were merged (points added)."""
    cmd, units, n_in = entry.last, list(entry.units), entry.n_inputs
    if isinstance(cmd, c.SetWeight):
        name = shown_weight_name(units, n_in, cmd.layer, cmd.i, cmd.j)
        return _tr(_SET).format(name, _number(cmd.value))
    if isinstance(cmd, c.SetBias):
        name = shown_bias_name(units, n_in, cmd.layer, cmd.j)
        return _tr(_SET).format(name, _number(cmd.value))
    if isinstance(cmd, c.AddUnit | c.RemoveUnit):
        text = _ADD_UNIT if isinstance(cmd, c.AddUnit) else _REMOVE_UNIT
        return _tr(text).format(cmd.layer + 1)
    if isinstance(cmd, c.SetActivation):
        if cmd.layer is None:
            return _tr(_ALL_ACTIVATIONS).format(tr_activation(cmd.activation))
        return _tr(_ACTIVATION).format(cmd.layer + 1, tr_activation(cmd.activation))
    if isinstance(cmd, c.SetTraining):
        changes = cmd.changes()
        if len(changes) != 1:
            return _tr(_TRAINING_SETTINGS)
        key, value = next(iter(changes.items()))
        return _tr(_TRAINING[key]).format(_number(value) if isinstance(value, float)
                                          else str(value))
    if isinstance(cmd, c.SetData):
        if cmd.dataset is not None:
            return _tr(_DATA_SET).format(cmd.dataset)
        changes = cmd.changes()
        if len(changes) != 1:
            return _tr(_DATA_CHANGES)
        number = _number(100 * cmd.noise) if cmd.noise is not None else \
            _number(cmd.ratio) if cmd.ratio is not None else ""
        return _tr(_DATA[next(iter(changes))]).format(number)
    if isinstance(cmd, c.AddPoint | c.RemovePoint):
        one, many = _POINTS[type(cmd)]
        return _tr(one) if entry.count == 1 else _tr(many).format(entry.count)
    if isinstance(cmd, c.ApplyPreset):
        title = PRESETS[cmd.key].title if cmd.key in PRESETS else cmd.key
        return _tr(_PRESET).format(tr_preset(title))
    return _tr(_PLAIN.get(type(cmd), _EDIT))
