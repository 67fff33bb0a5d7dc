"""Headless training speed: the trainer (compiled, as the window runs it) against its NumPy
path and a bare NumPy loop, default scenario.

Run: python benchmarks/headless.py [--seconds 10] [--layers 4,2]
Prints the same JSON as `mlpviz bench --json`.
"""

import sys

from mlpviz.cli import main

if __name__ == "__main__":
    sys.exit(main(["bench", "--json", *sys.argv[1:]]))
