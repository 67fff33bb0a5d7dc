"""Run mlpviz from a checkout: `python main.py` (the window) or `python main.py train …`."""

import sys

from mlpviz.cli import main

if __name__ == "__main__":
    sys.exit(main())
