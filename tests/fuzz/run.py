"""Runs the generated cases (cases.py) in worker processes (worker.py) and collects the
results; a worker that hangs in compiled code (where the alarm cannot reach) is killed and
its case marked as a hang, and the rest go on in a new worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_LINE = 320


def materialize(cases: list, folder: Path) -> list[tuple[str, list[str]]]:
    """Write each case's files into its own folder; returns (name, argv) with {dir} filled."""
    runnable = []
    for n, (name, argv, files) in enumerate(cases):
        where = folder / f"c{n}"
        where.mkdir()
        for fname, content in files.items():
            path = where / fname
            if content == "fifo":
                os.mkfifo(path)
            elif content == "dir":
                path.mkdir()
            elif content == "symlink-loop":
                os.symlink(path, path)
            elif content == "sparse":  # 64 GB that take no disk
                with open(path, "wb") as f:
                    f.truncate(64 << 30)
            elif isinstance(content, str) and content.startswith("link:"):
                os.symlink(content[5:].replace("{dir}", str(where)), path)
            else:
                path.write_bytes(content)
        runnable.append((name, [a.replace("{dir}", str(where)) for a in argv]))
    return runnable


def _worker(batch: list, results: list, hang_seconds: float, cwd: Path) -> None:
    pending = list(batch)
    while pending:
        # The cases go in a file: written to a pipe, they would fill it while the worker's
        # reports fill the other one, and both sides would wait forever.
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            f.write("".join(json.dumps(c) + "\n" for c in pending))
        with open(f.name) as cases_in:
            # In a folder of its own, with a home of its own: a case that writes anywhere
            # but its own folder leaves a file there (the test looks).
            proc = subprocess.Popen([sys.executable, "-m", "tests.fuzz.worker"], cwd=cwd,
                                    stdin=cases_in, stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, text=True,
                                    env={**os.environ, "PYTHONFAULTHANDLER": "1",
                                         "PYTHONPATH": str(ROOT), "HOME": str(cwd / "home"),
                                         "XDG_DATA_HOME": str(cwd / "home" / "data")})
        os.unlink(f.name)
        current, done = None, set()
        timer = threading.Timer(hang_seconds, proc.kill)
        timer.start()
        for line in proc.stdout:
            timer.cancel()
            item = json.loads(line)
            if "start" in item:
                current = item["start"]
            else:
                results.append(item)
                done.add(item["name"])
                current = None
            timer = threading.Timer(hang_seconds, proc.kill)
            timer.start()
        timer.cancel()
        proc.wait()
        if current is not None:  # died or was killed in this case
            results.append({"name": current, "rc": f"hang or crash ({proc.returncode})",
                            "stderr": "", "seconds": hang_seconds})
            done.add(current)
        pending = [c for c in pending if c[0] not in done]


def run_cases(runnable: list, workers: int = 2, hang_seconds: float = 20.0,
              cwd: Path | None = None) -> list[dict]:
    """`cwd`: the workers' folder (and home, under it): left empty by every case."""
    results: list[dict] = []
    if cwd is None:
        cwd = Path(tempfile.mkdtemp(prefix="mlpviz-fuzz-cwd-"))
    (cwd / "home").mkdir(exist_ok=True)
    threads = [threading.Thread(target=_worker, args=(runnable[i::workers], results,
                                                      hang_seconds, cwd))
               for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def failures(results: list[dict]) -> list[dict]:
    """A case fails unless it exits 0 or 2, within the time, with at most one line on
    stderr (exactly one when 2, of a few hundred characters at most: an echoed value is
    cut)."""
    bad = []
    for r in results:
        lines = r["stderr"].count("\n")
        ok = (r["rc"] == 2 and lines == 1 and r["stderr"].startswith("mlpviz: ")
              and len(r["stderr"]) <= MAX_LINE) or (r["rc"] == 0 and lines == 0)
        if not ok or r["seconds"] > 10:
            bad.append(r)
    return bad


if __name__ == "__main__":  # python -m tests.fuzz.run [seed]
    from tests.fuzz.cases import cases

    with tempfile.TemporaryDirectory() as tmp:
        runnable = materialize(cases(int(sys.argv[1]) if len(sys.argv) > 1 else 0), Path(tmp))
        results = run_cases(runnable)
    bad = failures(results)
    print(f"{len(results)} cases, {len(bad)} failures")
    for r in sorted(bad, key=lambda r: r["name"]):
        print(r["name"], r["rc"], repr(r["stderr"][:200]), f"{r['seconds']:.1f}s")
