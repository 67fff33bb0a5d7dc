"""Generated command-line cases for the fuzz suite: malformed and oversized networks, CSVs and
sessions, special files, and every flag's bad values. Each case is (name, argv, files):
`files` maps a file name in the case's folder to its bytes (or to a special kind: "fifo",
"dir", "symlink-loop"); "{dir}" in argv is that folder. Seeded: the same cases every run."""

from __future__ import annotations

import copy
import json
import random

from mlpviz.core.data.datasets import Split

GOOD_NET = {"format": "mlpviz.network", "version": 1, "inputs": 2, "features": ["x1", "x2"],
            "layers": [{"units": 2, "activation": "sigmoid"},
                       {"units": 1, "activation": "sigmoid"}],
            "loss": "mse", "weights": [[[0.1, 0.2], [0.3, 0.4]], [[0.5], [0.6]]],
            "biases": [[0.1, 0.2], [0.3]]}
GOOD_CSV = "x1,x2,label\n0,0,0\n1,0,1\n0,1,1\n1,1,0\n"

# Values that do not belong anywhere they are put.
HOSTILE = [None, True, -1, 0, 2**63, 10**40, -(10**40), 1e308, -1e308, 0.5, "", "x" * 5000,
           "<script>", [], {}, [1, 2], {"a": 1}, [[[]]], "NaN", "\u202e", "$$", 1e-320]
# Raw JSON tokens json.dumps cannot make.
RAW_NUMBERS = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1" + "0" * 5000,
               "0x10", "1e-400", "00", "-0"]


def _net_cases(rng: random.Random) -> list[tuple[str, bytes]]:
    out = []
    for key in GOOD_NET:  # each field missing, and each given each hostile value
        bad = copy.deepcopy(GOOD_NET)
        del bad[key]
        out.append((f"net-missing-{key}", json.dumps(bad).encode()))
        for i, value in enumerate(HOSTILE):
            bad = copy.deepcopy(GOOD_NET)
            bad[key] = value
            out.append((f"net-{key}-{i}", json.dumps(bad).encode()))
    for i, raw in enumerate(RAW_NUMBERS):  # a weight written as a raw token
        text = json.dumps(GOOD_NET).replace("0.5", raw, 1)
        out.append((f"net-raw-{i}", text.encode()))
    for i, value in enumerate(HOSTILE):  # inside the layers and matrices
        for path in ("layers.0.units", "layers.0.activation", "layers.1", "weights.0.0",
                     "weights.0.0.0", "biases.1", "biases.1.0"):
            bad = copy.deepcopy(GOOD_NET)
            node, *keys, last = path.split(".")
            target = bad[node]
            for k in keys:
                target = target[int(k)]
            target[int(last) if last.isdigit() else last] = value
            out.append((f"net-{path}-{i}", json.dumps(bad).encode()))
    text = json.dumps(GOOD_NET)
    for n in (0, 1, 10, len(text) // 2, len(text) - 1):  # truncated
        out.append((f"net-truncated-{n}", text[:n].encode()))
    out += [("net-deep", ("[" * 100_000 + "]" * 100_000).encode()),
            ("net-binary", bytes(rng.randrange(256) for _ in range(4096))),
            ("net-utf16", json.dumps(GOOD_NET).encode("utf-16")),
            ("net-bom", b"\xef\xbb\xbf" + json.dumps(GOOD_NET).encode()),
            ("net-list", b"[1, 2, 3]"), ("net-string", b'"network"')]
    for units, layers in ((1024, 2), (1024, 16), (256, 4), (64, 4), (65, 1)):  # big, legal
        big = {"format": "mlpviz.network", "version": 1, "inputs": 2,
               "layers": [{"units": units, "activation": "tanh"}] * layers
               + [{"units": 1, "activation": "tanh"}], "loss": "mse"}
        out.append((f"net-big-{layers}x{units}", json.dumps(big).encode()))
    return out


def _csv_cases(rng: random.Random) -> list[tuple[str, bytes]]:
    texts = {
        "empty": "", "header-only": "x1,x2,label\n", "one-column": "label\n1\n0\n",
        "short-row": "x1,x2,label\n1,2\n", "long-row": "x1,x2,label\n1,2,3,4\n",
        "word": "x1,x2,label\n1,two,0\n", "nan": "x1,x2,label\n1,nan,0\n",
        "inf": "x1,x2,label\n1,inf,0\n", "1e400": "x1,x2,label\n1,1e400,0\n",
        "big-int": "x1,x2,label\n1," + "9" * 5000 + ",0\n",
        "huge-field": "x1,x2,label\n1," + "1" * 200_000 + ",0\n",
        "huge-header": "x" * 300_000 + ",x2,label\n1,2,0\n",
        "classes-11": "x1,x2,label\n" + "".join(f"{i},{i},{i}\n" for i in range(11)),
        "negative-class": "x1,x2,label\n1,1,-2\n2,2,0\n", "crlf": GOOD_CSV.replace("\n", "\r\n"),
        "bom": "\ufeff" + GOOD_CSV, "quotes": 'x1,x2,label\n"1","2","0"\n"3","4","1"\n',
        "open-quote": 'x1,x2,label\n"1,2,0\n', "tabs": GOOD_CSV.replace(",", "\t"),
        "semicolons": GOOD_CSV.replace(",", ";"), "blank-lines": GOOD_CSV.replace("\n", "\n\n"),
        "three-inputs": "a,b,c,label\n1,2,3,0\n4,5,6,1\n", "nul": "x1,x2,label\n1,\x00,0\n",
        "bidi": "x1\u202e,x2,label\n1,2,0\n", "html": "<b>x1</b>,x2,label\n1,2,0\n",
        "regression": "x1,x2,y\n1,2,0.5\n3,4,0.25\n", "good": GOOD_CSV,
    }
    out = [(f"csv-{k}", v.encode()) for k, v in texts.items()]
    out.append(("csv-binary", bytes(rng.randrange(256) for _ in range(4096))))
    out.append(("csv-latin1", "x1,x2,label\n1,2,0\n\xe9,1,0\n".encode("latin-1")))
    for i in range(20):  # random mutations of a good file
        chars = list(GOOD_CSV)
        for _ in range(rng.randrange(1, 6)):
            chars[rng.randrange(len(chars))] = rng.choice(",\n\"x-.e9 ")
        out.append((f"csv-mutated-{i}", "".join(chars).encode()))
    return out


def good_session() -> dict:
    """A small valid session (circle, 20 points), made by mlpviz itself."""
    from mlpviz.core.session.session_file import Session, session_to_dict
    from mlpviz.core.training.scenario import Scenario, build_trainer

    s = Scenario(dataset="xor", hidden=(3,))
    t = build_trainer(s)
    d = t.data
    split = Split(d.x_train, d.labels_train, d.x_test, d.labels_test)
    return session_to_dict(Session(s, t.net, split, d.problem, {}, 3, 12,
                                   ((1, 0.5, 0.5, 0.5, 0.5),)))


def _session_cases(rng: random.Random) -> list[tuple[str, bytes]]:
    good = good_session()
    out = [("session-good", json.dumps(good).encode())]
    paths = ["format", "version", "scenario", "scenario.dataset", "scenario.noise",
             "scenario.ratio", "scenario.data_seed", "scenario.features", "scenario.hidden",
             "scenario.activation", "scenario.weight_seed", "scenario.train",
             "scenario.train.lr", "scenario.train.batch_size", "scenario.train.optimizer",
             "scenario.train.seed", "network", "network.layers", "data", "data.problem",
             "data.train", "data.train.points", "data.train.labels", "data.test.labels.0",
             "view", "view.step_mode", "progress", "progress.epoch", "history",
             "history.0", "history.0.0"]
    for path in paths:
        for i, value in enumerate(HOSTILE):
            if rng.random() < 0.5:  # half of them: the suite stays quick
                continue
            bad = copy.deepcopy(good)
            node, *keys, last = path.split(".") if "." in path else (path, path)
            target = bad if node == last and not keys else bad[node]
            for k in keys:
                target = target[int(k) if k.isdigit() else k]
            target[int(last) if last.isdigit() else last] = value
            out.append((f"session-{path}-{i}", json.dumps(bad).encode()))
    inconsistent = copy.deepcopy(good)
    inconsistent["data"]["train"]["labels"][0] = 9  # a one-output network
    out.append(("session-label-9", json.dumps(inconsistent).encode()))
    multi = copy.deepcopy(good)
    multi["data"]["problem"] = "multiclass"
    out.append(("session-multiclass-one-output", json.dumps(multi).encode()))
    seed = copy.deepcopy(good)
    seed["scenario"]["weight_seed"] = 2**63 - 1
    out.append(("session-seed-2**63-1", json.dumps(seed).encode()))
    text = json.dumps(good)
    for n in (0, 5, len(text) // 3, len(text) - 2):
        out.append((f"session-truncated-{n}", text[:n].encode()))
    big = copy.deepcopy(good)
    big["network"] = {"format": "mlpviz.network", "version": 1, "inputs": 2,
                      "features": ["x1", "x2"],
                      "layers": [{"units": 1024, "activation": "tanh"}] * 2
                      + [{"units": 1, "activation": "tanh"}], "loss": "mse"}
    big["scenario"]["hidden"] = [1024, 1024]
    out.append(("session-big-network", json.dumps(big).encode()))
    return out


SPECIAL = {"fifo": "fifo", "dir": "dir", "loop": "symlink-loop"}
SPECIAL_PATHS = ["/dev/zero", "/dev/null", "/dev/urandom", "/proc/self/mem", "/", "",
                 "/nonexistent/x.json", "a" * 5000]

FLAG_VALUES = ["-1", "0", "1e400", "nan", "-inf", "9223372036854775808",
               "99999999999999999999999", "1" + "0" * 5000, "0.0000001", "abc", "", " ",
               "1,2", "[1]", "{}", "1e-9", "\u0661", "0x10"]
NUMERIC_FLAGS = ["--epochs", "--steps", "--batch-size", "--seed", "--data-seed", "--lr",
                 "--noise", "--ratio", "--reg-rate", "--layers", "--history"]


def cases(seed: int = 0) -> list[tuple[str, list[str], dict]]:
    rng = random.Random(seed)
    out: list[tuple[str, list[str], dict]] = []
    for name, data in _net_cases(rng):
        files = {"net.json": data}
        out.append((name + "/walk", ["walkthrough", "{dir}/net.json", "--x", "0", "0",
                                     "--target", "0", "--json"], files))
        out.append((name + "/train", ["train", "{dir}/net.json", "--dataset", "xor",
                                      "--epochs", "2", "--json"], files))
    for name, data in _session_cases(rng):
        out.append((name + "/train", ["train", "{dir}/s.mlpviz", "--epochs", "2", "--json"],
                    {"s.mlpviz": data}))
    for name, data in _csv_cases(rng):
        out.append((name + "/train", ["train", "--data", "{dir}/d.csv", "--epochs", "2",
                                      "--json"], {"d.csv": data}))
    for name, kind in SPECIAL.items():
        for sub in (["walkthrough", "{dir}/f", "--x", "0", "0", "--target", "0"],
                    ["train", "--data", "{dir}/f", "--epochs", "1"],
                    ["train", "{dir}/f", "--dataset", "xor", "--epochs", "1"]):
            out.append((f"special-{name}/{sub[0]}", sub, {"f": kind}))
    for i, path in enumerate(SPECIAL_PATHS):
        out.append((f"path-{i}/walk", ["walkthrough", path, "--x", "0", "0", "--target", "0"],
                    {}))
        out.append((f"path-{i}/csv", ["train", "--data", path, "--epochs", "1"], {}))
    for flag in NUMERIC_FLAGS:
        for i, value in enumerate(FLAG_VALUES):
            out.append((f"flag{flag}-{i}", ["train", "--dataset", "circle", "--epochs", "1",
                                             flag, value, "--json"], {}))
    for flag in ("--seconds", "--speed", "--layers"):
        for i, value in enumerate(FLAG_VALUES):
            out.append((f"bench{flag}-{i}", ["bench", flag, value, "--seconds", "0.5"]
                        if flag != "--seconds" else ["bench", flag, value], {}))
    for i, value in enumerate(FLAG_VALUES + ["[1]", "{}", "circle,xor"]):
        out.append((f"names-{i}", ["train", "--dataset", "circle", "--epochs", "1",
                                   "--features", value, "--activation", "tanh"], {}))
        out.append((f"walk-x-{i}", ["walkthrough", "lecture", "--x", value, "0",
                                    "--target", "0"], {}))
    for name, argv in (("ratio-tiny", ["--ratio", "0.1"]), ("ratio-one", ["--ratio", "1"]),
                       ("no-features", ["--features", ","]), ("layers-17", ["--layers",
                                                                            ",".join(["4"] * 17)]),
                       ("layers-wide", ["--layers", "100000"]),
                       ("steps-huge", ["--steps", "10000000000000"])):
        out.append((f"train-{name}", ["train", "--dataset", "circle", "--epochs", "1", *argv],
                    {}))
    return out
