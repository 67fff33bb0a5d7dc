"""Runs command-line cases in this process, one after another, each under a 10 s alarm, the
whole process under a 3 GB address-space cap; one JSON line a case on the original stdout.
Reads the cases as JSON lines [name, argv] on stdin. Started by run.py."""

import io
import json
import os
import resource
import signal
import sys
import time
from contextlib import redirect_stderr, redirect_stdout

CAP = 3 << 30
SECONDS = 10


class Timeout(BaseException):  # not an Exception: main() must not catch it
    pass


def _alarm(*_):
    raise Timeout


def main() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))
    signal.signal(signal.SIGALRM, _alarm)
    report = os.fdopen(os.dup(1), "w", buffering=1)
    from mlpviz.cli import main as mlpviz

    for line in sys.stdin:
        name, argv = json.loads(line)
        report.write(json.dumps({"start": name}) + "\n")
        out, err = io.StringIO(), io.StringIO()
        start = time.perf_counter()
        signal.alarm(SECONDS)
        try:
            with redirect_stdout(out), redirect_stderr(err):
                rc = mlpviz(argv)
        except SystemExit as e:
            rc = e.code if isinstance(e.code, int) else 0
        except Timeout:
            rc = "timeout"
        except BaseException as e:
            rc = f"escaped {type(e).__name__}"
        finally:
            signal.alarm(0)
        report.write(json.dumps({"name": name, "rc": rc, "stderr": err.getvalue()[:2000],
                                 "seconds": time.perf_counter() - start}) + "\n")


if __name__ == "__main__":
    main()
