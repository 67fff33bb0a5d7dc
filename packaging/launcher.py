"""The bundle's entry point (PyInstaller's script): the `mlpviz` command, with a window
and every subcommand. gui_main, so that a bundle built without a console (mlpviz-gui.exe
on Windows, mlpviz.app on macOS) has somewhere to print."""

import sys

from mlpviz.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
