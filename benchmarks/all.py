"""Every figure the README's Performance section quotes, in one run:
python benchmarks/all.py [--seconds 10]  (the same as `mlpviz bench --all --json`)."""

import sys

from mlpviz.cli import main

if __name__ == "__main__":
    sys.exit(main(["bench", "--all", "--json", *sys.argv[1:]]))
