"""Round 2 of the generated command-line cases (issue 25): whole numbers no float holds,
CSVs too wide, session references to files that cannot be read, outputs over inputs and
through links, and emitted scripts with hostile names. Each case is (name, argv, files) as
in cases.py; `expected(name)` gives the exit code a case must have, where it is fixed."""

from __future__ import annotations

import copy
import json

from .cases import FLAG_VALUES, GOOD_CSV, GOOD_NET, good_session

HUGE_INTS = ["1" + "0" * 400, "-1" + "0" * 400, "9" * 309, "-" + "9" * 309,
             "1" + "0" * 1000, "1" + "0" * 4000, "2" + "0" * 320, "17976931348623159" + "0" * 292]
NET_NUMBERS = ["weights.0.0.0", "weights.0.1.1", "weights.1.0.0", "biases.0.0", "biases.1.0",
               "inputs", "version", "layers.0.units"]
SESSION_NUMBERS = ["scenario.noise", "scenario.ratio", "scenario.data_seed",
                   "scenario.weight_seed", "scenario.train.lr", "scenario.train.batch_size",
                   "scenario.train.seed", "progress.epoch", "progress.step",
                   "data.train.points.0.0", "data.train.labels.0", "history.0.0",
                   "history.0.1", "network.weights.0.0.0"]
MARK = 123456.789  # a number no case holds: replaced by the raw token after json.dumps

# Names a CSV header or a script's file name may hold (newlines only in file names: a
# CSV's header is one line).
HOSTILE_NAMES = ["x'''", 'x"""', "x\\", "C:\\Users\\me", "#comment", "x) ; import os ; (",
                 "__import__('os').system('id')", "{braces}", "%s %d", "$HOME", "`id`",
                 "\u202eevil", "é한글🙂", "nul-ish \\x00", "\\N{DIGIT ONE}", "tab\there",
                 "a" * 300, "", " ", "x1"]
SCRIPT_NAMES = ["it's.py", 'say "hi".py', "new\nline.py", "back\\slash.py", "#.py",
                "$(id).py", "üñí.py", "space d.py", "a" * 200 + ".py", ".hidden.py"]


def _set(d: dict, path: str, value: object) -> None:
    *keys, last = path.split(".")
    for k in keys:
        d = d[int(k) if k.isdigit() else k]
    d[int(last) if last.isdigit() else last] = value


def _with_raw(good: dict, path: str, raw: str) -> bytes:
    bad = copy.deepcopy(good)
    _set(bad, path, MARK)
    return json.dumps(bad).replace(repr(MARK), raw, 1).encode()


def _huge_number_cases() -> list[tuple[str, list[str], dict]]:
    out = []
    for path in NET_NUMBERS:
        for i, raw in enumerate(HUGE_INTS):
            files = {"net.json": _with_raw(GOOD_NET, path, raw)}
            out.append((f"r2-huge-net-{path}-{i}/train", ["train", "{dir}/net.json",
                        "--dataset", "xor", "--epochs", "1"], files))
            out.append((f"r2-huge-net-{path}-{i}/walk", ["walkthrough", "{dir}/net.json",
                        "--x", "0", "0", "--target", "0"], files))
            out.append((f"r2-huge-net-{path}-{i}/sample", ["train", "{dir}/net.json",
                        "--x", "0", "1", "--target", "1", "--steps", "2"], files))
    session = good_session()
    for path in SESSION_NUMBERS:
        for i, raw in enumerate(HUGE_INTS):
            out.append((f"r2-huge-session-{path}-{i}/train", ["train", "{dir}/s.mlpviz",
                        "--epochs", "1"], {"s.mlpviz": _with_raw(session, path, raw)}))
    for i, raw in enumerate(HUGE_INTS):
        for row in (f"{raw},0,0", f"0,{raw},1", f"0,0,{raw}"):
            csv = f"x1,x2,label\n{row}\n1,1,1\n"
            out.append((f"r2-huge-csv-{i}-{row.index(raw)}/train", ["train", "--data",
                        "{dir}/d.csv", "--epochs", "1"], {"d.csv": csv.encode()}))
    return out


def _wide_csv_cases() -> list[tuple[str, list[str], dict]]:
    out = []
    for columns in (1_026, 1_100, 5_000, 10_000, 100_000, 1_000_000, 2_000_000):
        header = ",".join(f"c{i}" for i in range(columns))
        out.append((f"r2-wide-header-{columns}/train", ["train", "--data", "{dir}/d.csv",
                    "--epochs", "1"], {"d.csv": (header + "\n" + "0," * (columns - 1)
                                                 + "0\n").encode()}))
    for length in (70_000, 1_000_000, 20_000_000):
        row = "1," * (length // 2)
        out.append((f"r2-wide-row-{length}/train", ["train", "--data", "{dir}/d.csv",
                    "--epochs", "1"], {"d.csv": f"x1,x2,label\n0,0,1\n{row}0\n".encode()}))
    out.append(("r2-wide-one-line/train", ["train", "--data", "{dir}/d.csv", "--epochs", "1"],
                {"d.csv": ("x," * 3_000_000 + "label").encode()}))
    return out


def _reference_cases() -> list[tuple[str, list[str], dict]]:
    """Sessions whose big-data reference names a file that cannot or must not be read."""
    out = []
    targets = {"fifo": "{dir}/fifo", "folder": "{dir}/dir", "loop": "{dir}/loop",
               "sparse": "{dir}/sparse.csv", "pagemap": "/proc/self/pagemap",
               "zero": "/dev/zero", "urandom": "/dev/urandom", "mem": "/proc/self/mem",
               "missing": "{dir}/missing.csv", "long": "/" + "a" * 300 + ".csv",
               "deep": "/" + "/".join(["d" * 200] * 30), "nul": "{dir}/nul\u0000.csv",
               "relative-up": "../../../../etc/passwd", "empty": "", "root": "/"}
    session = good_session()
    for name, target in targets.items():
        bad = copy.deepcopy(session)
        bad["data"] = {"problem": "classification", "csv": {
            "path": target, "sha256": "0" * 64, "ratio": 50, "seed": 0}}
        for j, relative in enumerate((None, target, "../" + target)):
            if relative is not None:
                bad["data"]["csv"]["relative"] = relative
            out.append((f"r2-ref-{name}-{j}/train", ["train", "{dir}/s.mlpviz", "--epochs",
                                                     "1"],
                        {"s.mlpviz": json.dumps(bad).encode(), "fifo": "fifo", "dir": "dir",
                         "loop": "symlink-loop", "sparse.csv": "sparse"}))
    return out


def _write_cases() -> list[tuple[str, list[str], dict]]:
    """Outputs over the run's inputs, over each other, through links, or nowhere."""
    bases = {"net": (["train", "{dir}/net.json", "--dataset", "xor", "--epochs", "1"],
                     "{dir}/net.json"),
             "csv": (["train", "--data", "{dir}/d.csv", "--epochs", "1"], "{dir}/d.csv"),
             "session": (["train", "{dir}/s.mlpviz", "--epochs", "1"], "{dir}/s.mlpviz")}
    files = {"net.json": json.dumps(GOOD_NET).encode(), "d.csv": GOOD_CSV.encode(),
             "s.mlpviz": json.dumps(good_session()).encode(), "dangling": "link:nowhere",
             "to-dir": "link:{dir}", "to-null": "link:/dev/null", "loop": "symlink-loop",
             "fifo": "fifo", "dir": "dir"}
    out = []
    for base, (argv, given) in bases.items():
        for flag in ("--out", "--emit-script"):
            for target in (given, "{dir}/dangling", "{dir}/to-dir", "{dir}/to-null",
                           "{dir}/loop", "{dir}/fifo", "{dir}/dir", "{dir}",
                           "{dir}/no/such/folder/x", "", " ", "{dir}/./" + given[6:]):
                out.append((f"r2-write-{base}{flag}-{target.replace('{dir}', 'D')}",
                            [*argv, flag, target], files))
        out.append((f"r2-write-{base}-same-twice", [*argv, "--out", "{dir}/x.py",
                                                    "--emit-script", "{dir}/x.py"], files))
        out.append((f"r2-write-{base}-script-data", [*argv, "--out", "{dir}/x.data.npz",
                                                     "--emit-script", "{dir}/x.py"], files))
    for flag in ("--out", "--emit-script"):  # odd names, in the case's folder
        for i, value in enumerate(FLAG_VALUES):
            out.append((f"r2-flag{flag}-{i}", ["train", "--dataset", "xor", "--epochs", "1",
                                               flag, "{dir}/" + value], {}))
    return out


def _script_cases() -> list[tuple[str, list[str], dict]]:
    """Emitted scripts: hostile names in the CSV's header and the script's file name.
    These must exit 0; the test then parses each script."""
    out = []
    for i, name in enumerate(HOSTILE_NAMES):
        quoted = '"' + name.replace('"', '""') + '"'
        for j, header in enumerate((f"{quoted},b,c", f"a,{quoted},{quoted[:-1]}2\"")):
            csv = f"{header},label\n0,0,0,0\n1,1,0,1\n0,1,1,1\n"
            out.append((f"r2-emit-header-{i}-{j}", ["train", "--data", "{dir}/d.csv",
                        "--epochs", "2", "--emit-script", "{dir}/s.py"],
                        {"d.csv": csv.encode()}))
    runs = {"xor": ["train", "--dataset", "xor", "--epochs", "2"],
            "csv": ["train", "--data", "{dir}/d.csv", "--epochs", "2"],
            "net": ["train", "{dir}/net.json", "--dataset", "xor", "--epochs", "2"]}
    for i, name in enumerate(SCRIPT_NAMES):
        for run, argv in runs.items():
            out.append((f"r2-emit-name-{i}-{run}", [*argv, "--emit-script", "{dir}/" + name],
                        {"d.csv": GOOD_CSV.encode(), "net.json": json.dumps(GOOD_NET).encode()}))
    return out


def round2_cases() -> list[tuple[str, list[str], dict]]:
    return [*_huge_number_cases(), *_wide_csv_cases(), *_reference_cases(), *_write_cases(),
            *_script_cases()]


def expected(name: str) -> int | None:
    """The exit a round-2 case must have: emitted scripts 0, the rest refused (2)."""
    if not name.startswith("r2-"):
        return None
    if name.startswith("r2-emit-"):
        return 0
    return None if name.startswith("r2-flag") else 2  # (odd names may be fine names)
