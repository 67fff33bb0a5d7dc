"""Training speed and frame times with the window rendering offscreen:
python benchmarks/window.py [--layers 8,8,8,8,8,8] [--seconds 10]."""

import sys

from mlpviz.cli import main

if __name__ == "__main__":
    sys.exit(main(["bench", "--gui", "--json", *sys.argv[1:]]))
