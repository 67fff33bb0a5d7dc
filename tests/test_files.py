"""The network file and CSV: round trips, and every bad input named clearly."""

import json
import re

import numpy as np
import pytest

from mlpviz.core.data.csvio import format_csv, parse_csv, read_csv, write_csv
from mlpviz.core.errors import MlpvizError
from mlpviz.core.nn.netfile import load_network, network_from_dict, network_to_dict, save_network

from .conftest import LECTURE_NET

GOOD = json.loads(LECTURE_NET.read_text())


def test_round_trip(tmp_path, lecture_net):
    path = tmp_path / "net.json"
    save_network(lecture_net, path)
    again = load_network(path)
    for a, b in zip(lecture_net.weights + lecture_net.biases, again.weights + again.biases,
                    strict=True):
        np.testing.assert_array_equal(a, b)
    assert again.activation_names == ["sigmoid", "sigmoid"] and again.loss_name == "mse"
    assert network_to_dict(again)["weights"] == GOOD["weights"]


def test_weights_layout_is_from_below_to_above(lecture_net):
    # weights[0][0][1] is w2: from x1 to h2.
    assert lecture_net.weights[0][0, 1] == 0.2


def test_missing_weights_are_initialised():
    d = {k: v for k, v in GOOD.items() if k not in ("weights", "biases")}
    net = network_from_dict(d, rng=np.random.default_rng(0))
    assert net.units == [2, 1] and (np.abs(net.weights[0]) <= 0.5).all()


def _bad(**changes):
    d = json.loads(json.dumps(GOOD))
    d.update(changes)
    return d


BAD = {
    "format": (_bad(format="other"), "format"),
    "version": (_bad(version=2), "version"),
    "inputs": (_bad(inputs=0), "inputs"),
    "layers": (_bad(layers=[]), "layers"),
    "activation": (_bad(layers=[{"units": 2, "activation": "swish"},
                                {"units": 1, "activation": "sigmoid"}]), "swish"),
    "loss": (_bad(loss="hinge"), "hinge"),
    "shape": (_bad(weights=[[[0.1, 0.2]], [[0.5], [0.6]]]), "weights[0]"),
    "ragged": (_bad(weights=[[[0.1, 0.2], [0.3]], [[0.5], [0.6]]]), "weights[0][1]"),
    "bias": (_bad(biases=[[0.1], [0.3]]), "biases[0]"),
    "string": (_bad(biases=[[0.1, "x"], [0.3]]), "biases[0][1]"),
    "bool": (_bad(biases=[[0.1, True], [0.3]]), "biases[0][1]"),
    "too many units": (_bad(layers=[{"units": 2000, "activation": "sigmoid"},
                                    {"units": 1, "activation": "sigmoid"}]), "1024"),
    "too many layers": (_bad(layers=[{"units": 1, "activation": "tanh"}] * 17), "16"),
    "features": (_bad(features=["x1"]), "features"),
    "only weights": ({k: v for k, v in GOOD.items() if k != "biases"}, "both"),
    "softmax hidden": (_bad(layers=[{"units": 2, "activation": "softmax"},
                                    {"units": 1, "activation": "sigmoid"}]), "softmax"),
    "not an object": ([1, 2], "object"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_network_dict(name):
    d, needle = BAD[name]
    with pytest.raises(MlpvizError, match=re.escape(needle)):
        network_from_dict(d, "net.json")


@pytest.mark.parametrize("text, needle", [
    ('{"format": "mlpviz.network", "version": 1, "inputs": NaN}', "NaN"),
    ('{"format": "mlpviz.network", "version": 1, "inputs": Infinity}', "Infinity"),
    ('{"format": "mlpviz.network", ', "invalid JSON at line 1"),
    ("[" * 100_000, "JSON"),
])
def test_bad_json_text(tmp_path, text, needle):
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(MlpvizError, match=needle):
        load_network(path)


def test_missing_file(tmp_path):
    with pytest.raises(MlpvizError, match="no such file"):
        load_network(tmp_path / "nope.json")


def test_csv_round_trip(tmp_path):
    x = np.array([[0.5, -1.25], [3.0, 4.0]])
    write_csv(tmp_path / "d.csv", ["x1", "x2"], x, np.array([0, 1]))
    d = read_csv(tmp_path / "d.csv")
    assert d.columns == ["x1", "x2"] and d.problem == "classification"
    np.testing.assert_array_equal(d.inputs, x)
    assert d.labels.tolist() == [0, 1]


def test_csv_label_kinds():
    assert parse_csv("a,b,t\n1,2,-1\n3,4,1\n").labels.tolist() == [0, 1]
    assert parse_csv("a,b,t\n1,2,0\n3,4,2\n").problem == "multiclass"
    assert parse_csv("a,b,t\n1,2,0.5\n3,4,2\n").problem == "regression"
    assert format_csv(["a"], np.array([[1.0]]), np.array([0])) == "a,label\n1.0,0\n"


@pytest.mark.parametrize("text, needle", [
    ("", "empty"),
    ("a,b,t\n", "no data rows"),
    ("t\n1\n", "input column"),
    ("a,b,t\n1,2,0\n1,2\n", "line 3: 2 values"),
    ("a,b,t\n1,x,0\n", "line 2, column 'b'"),
    ("a,b,t\n1,nan,0\n", "finite"),
])
def test_bad_csv(text, needle):
    with pytest.raises(MlpvizError, match=needle):
        parse_csv(text, "d.csv")
