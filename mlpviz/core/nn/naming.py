"""The lecture's names for parameters and units, extended to any network.

Weights are numbered row-major through the layers: for the 2-2-1 net W1 = [[w1, w2], [w3, w4]]
and W2 = [[w5], [w6]], exactly the lecture's labels; biases likewise b1, b2, b3. What the
diagram and the walkthrough's formulas show is one name (shown_weight_name): the lecture's
on its 2-2-1 net, w⁽ˡ⁾ᵢⱼ and b⁽ˡ⁾ⱼ on any other (the diagram said w18 where the formula said
w⁽³⁾₁₂).
"""

from __future__ import annotations


def weight_name(units: list[int], n_inputs: int, layer: int, i: int, j: int) -> str:
    sizes = [n_inputs, *units]
    before = sum(sizes[l] * sizes[l + 1] for l in range(layer))
    return f"w{before + i * sizes[layer + 1] + j + 1}"


def bias_name(units: list[int], layer: int, j: int) -> str:
    return f"b{sum(units[:layer]) + j + 1}"


def unit_name(units: list[int], layer: int, j: int) -> str:
    """h1, h2 … for one hidden layer; h2,1 (layer 2, unit 1) for several; y or y1, y2 …"""
    if layer == len(units) - 1:
        return "y" if units[-1] == 1 else f"y{j + 1}"
    if len(units) == 2:
        return f"h{j + 1}"
    return f"h{layer + 1},{j + 1}"


def input_name(features: list[str], i: int) -> str:
    return features[i]


_SUPER = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")
_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def is_lecture_shape(units: list[int], n_inputs: int) -> bool:
    """The lecture's 2-2-1 net, whose parameters keep the slides' names w1 … w6, b1 … b3."""
    return n_inputs == 2 and list(units) == [2, 1]


def shown_weight_name(units: list[int], n_inputs: int, layer: int, i: int, j: int) -> str:
    if is_lecture_shape(units, n_inputs):
        return weight_name(units, n_inputs, layer, i, j)
    return f"w{f'({layer + 1})'.translate(_SUPER)}{f'{i + 1}{j + 1}'.translate(_SUB)}"


def shown_bias_name(units: list[int], n_inputs: int, layer: int, j: int) -> str:
    if is_lecture_shape(units, n_inputs):
        return bias_name(units, layer, j)
    return f"b{f'({layer + 1})'.translate(_SUPER)}{f'{j + 1}'.translate(_SUB)}"
