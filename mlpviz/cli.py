"""The `mlpviz` command: the window by default, subcommands for headless work.

Bad input prints one line naming the problem and exits with 2; no traceback reaches a user.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .commands import bench, handout, train, walkthrough
from .commands.common import count, lesson_page, pace
from .commands.links import links_of
from .commands.scenario_args import add_scenario_arguments, scenario_from_args
from .core.app_log import logged_to, start_logging
from .core.errors import MlpvizError
from .core.files import short
from .core.session.setup_link import looks_like_link


class _Parser(argparse.ArgumentParser):
    """argparse prints its usage and exits; we want one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise MlpvizError(message)


USAGE = ("mlpviz [OPTIONS] [FILE]      the window\n"
         "       mlpviz COMMAND ...            walkthrough, train, bench or handout (mlpviz "
         "COMMAND -h)")
SUBCOMMANDS = {"walkthrough": walkthrough, "train": train, "bench": bench,
               "handout": handout}


def frame_rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 1 <= value <= 60:
        raise argparse.ArgumentTypeError(f"{text} is outside 1 … 60 frames a second")
    return value


def walk_steps_arg(text: str) -> tuple[int, int]:
    """--walk-steps (checked where the recording is made: it imports Qt)."""
    parts = text.split("-")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise argparse.ArgumentTypeError(f"'{text}' is not FIRST-LAST, e.g. 1-23")
    first, last = int(parts[0]), int(parts[1])
    if not 1 <= first <= last <= 10_000:
        raise argparse.ArgumentTypeError(f"'{text}': steps count from 1, the first no later "
                                         "than the last")
    return first, last


def _add_window_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--version", action="version", version=f"mlpviz {__version__}")
    p.add_argument("--install-desktop", action="store_true",
                   help="add mlpviz to this user's desktop menu (entry, icon, .mlpviz type)")
    p.add_argument("--uninstall-desktop", action="store_true",
                   help="remove what --install-desktop added")
    p.add_argument("--info", action="store_true",
                   help="print versions, where mlpviz keeps its files (settings, autosaves, "
                   "log, compiled kernels), what trains, the display and the Hangul font: "
                   "for a bug report")
    p.add_argument("--reset", action="store_true",
                   help="remove the settings and autosaved sessions (asks first)")
    p.add_argument("--yes", action="store_true", help="with --reset: do not ask")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="train, render the window offscreen to a PNG and exit")
    p.add_argument("--size", default="1600x1000",
                   help="window size for --screenshot and --record")
    p.add_argument("--record", metavar="OUT.gif",
                   help="record the window as it trains (--epochs, default 300), or the "
                   "walkthrough as it steps (--preset, --walk-steps), to a GIF, WebP or MP4 "
                   "(MP4: the video extra), and exit")
    p.add_argument("--fps", type=frame_rate, default=20.0,
                   help="frames a second of the recording (1 … 60, default 20)")
    p.add_argument("--walk-steps", type=walk_steps_arg, metavar="FIRST-LAST",
                   help="for --record: the walkthrough's steps FIRST to LAST, e.g. 1-23")
    add_scenario_arguments(p)
    p.add_argument("--data", metavar="FILE.csv",
                   help="start on your own points: a CSV of x1, x2 and the label")
    p.add_argument("--print-playground-link", action="store_true",
                   help="print the set-up the flags (or the link) describe as a TensorFlow "
                   "Playground link, and exit; or say what Playground lacks for it")
    p.add_argument("--print-setup-link", action="store_true",
                   help="print it as mlpviz's own set-up link, and exit")
    p.add_argument("--playground", metavar="URL", dest="link",
                   help="open a TensorFlow Playground link: its own points, starting weights "
                   "and training, number for number (or give the link as FILE)")
    p.add_argument("--epochs", type=count, help="epochs to train at the start (before the "
                   "screenshot)")
    p.add_argument("--preset", help="open the walkthrough on a preset: lecture or quiz04")
    p.add_argument("--walk-batch", type=int, metavar="K",
                   help="for --screenshot: open the walkthrough on the data's first K "
                   "training points (1: the first point alone; 2 … 32: a mini-batch), with "
                   "the window's network or --preset's")
    p.add_argument("--walk-step", type=int, default=1, help="walkthrough step to show")
    p.add_argument("--matrix", action="store_true", help="walkthrough in matrix form")
    p.add_argument("--present", action="store_true", help="start in presentation mode")
    p.add_argument("--lang", choices=["en", "ko"], help="the language of the window")
    p.add_argument("--theme", choices=["light", "dark", "contrast"],
                   help="the window's theme for this run (View ▸ Theme; presentation mode "
                        "keeps its own)")
    p.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)
    # the window's first-run child: compile the kernels into the cache (exit 1 if it cannot)
    p.add_argument("--compile-kernels", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--lab", help="screenshot a lab: descent1d, descent2d, surface (its 3-D "
                   "view), activations, quiz03")
    p.add_argument("--view", choices=["quiver", "quiver3d", "confusion", "boundary", "loss"],
                   help="bring a view to the front for --screenshot or --record: the "
                   "gradient quiver, flat or in 3-D, or the confusion matrices; boundary "
                   "or loss: --record that view alone")
    p.add_argument("--lesson", type=lesson_page, metavar="N",
                   help="open the lesson at page N (1 … 13), set up as the page says")
    p.add_argument("--speed", type=pace, default=argparse.SUPPRESS, metavar="N|max",
                   help="play at N epochs a second (0.1 … 10,000) or max, for this run")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the window's flags and the subcommands."""
    # No abbreviations: the window shares flags with `train` (--dataset), and argparse would
    # take `train --data` for an ambiguous abbreviation of them.
    p = _Parser(prog="mlpviz", usage=USAGE, allow_abbrev=False,
                description="Learn and teach multilayer perceptrons. `mlpviz FILE` opens a "
                "session (.mlpviz), a network (.json) or data (.csv) in the window.")
    _add_window_arguments(p)
    # prog: each command's -h gives "usage: mlpviz train …", not the window's usage glued on
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser,
                           prog="mlpviz")
    for module in SUBCOMMANDS.values():
        module.add_parser(sub)
    return p


def _window_parser() -> argparse.ArgumentParser:
    """The window alone, with the file to open (argparse cannot have an optional positional
    beside subcommands, so `mlpviz FILE` is parsed on its own)."""
    p = _Parser(prog="mlpviz", usage=USAGE, allow_abbrev=False)
    _add_window_arguments(p)
    p.add_argument("file", nargs="?", metavar="FILE")
    p.set_defaults(command=None)
    return p


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Subcommand names win: a file called `train` is opened as `./train`."""
    if any(arg in SUBCOMMANDS for arg in argv) or "-h" in argv or "--help" in argv:
        args = build_parser().parse_args(argv)
        args.file = None
        return args
    args = _window_parser().parse_args(argv)
    if args.file and not Path(args.file).exists() and looks_like_link(args.file):
        if args.link:
            raise MlpvizError("give one link: FILE or --playground")
        args.link, args.file = args.file, None
    if args.file and not Path(args.file).exists() and Path(args.file).name == args.file \
            and not Path(args.file).suffix:
        raise MlpvizError(f"'{args.file}' is neither a command ({', '.join(SUBCOMMANDS)}) "
                          "nor a file")
    return args


MAX_MESSAGE = 300  # one line on a terminal or two, whatever a message echoes


def _say(text: str) -> None:
    """One line on stderr, however long or multi-line the text."""
    print("mlpviz: " + short(text, MAX_MESSAGE), file=sys.stderr)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where Python is, as Ctrl+C is: every writer then leaves the old file
    whole or the new one complete, and no temp file (write_file cleans up on any
    BaseException); the exit is 143 as for a process the signal ended."""


def _terminated(_signum: int, _frame: object) -> None:
    raise Terminated


def main(argv: Sequence[str] | None = None) -> int:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)
    try:
        args = parse(sys.argv[1:] if argv is None else list(argv))
        start_logging()
        if args.command is None and args.compile_kernels:
            from .core.training import compiled

            return 0 if compiled.warm_up() else 1
        if args.install_desktop or args.uninstall_desktop:
            return _desktop(args.install_desktop)
        if args.command is None and args.info:
            from .commands.app_info import info_lines

            print("\n".join(info_lines()))
            return 0
        if args.command is None and args.reset:
            from .commands.reset import reset

            return reset(args.yes)
        if args.command is None and (args.print_playground_link or args.print_setup_link):
            print(links_of(args))
            return 0
        if args.command is None:
            from .gui.shell.launch import launch  # Qt is imported only for the window

            return launch(args, scenario_from_args(args))
        code = args.run(args)
        sys.stdout.flush()  # a full disk or /dev/full is told here, not at exit
        return code
    except MlpvizError as e:
        _say(str(e))
        return 2
    except Terminated:
        return 143
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `mlpviz … | head`: the reader left, which is no error
        _drop_stdout()
        return 0
    except OSError as e:
        if e.filename:  # a file the run named: said as such, not as the output
            _say(f"{e.filename}: {e.strerror or e}")
            return 2
        _drop_stdout()  # stdout on a full disk: the output is incomplete
        _say(f"cannot write the output ({e.strerror or e})")
        return 2
    except Exception as e:  # a bug: one line for the user, the traceback in the log
        if os.environ.get("MLPVIZ_DEBUG"):
            raise
        logging.getLogger("mlpviz").info("internal error", exc_info=True)
        where = logged_to()
        _say(f"internal error: {type(e).__name__}: {short(e, 160)} ("
             + (f"the details are in {where}" if where else "set MLPVIZ_DEBUG=1 for details")
             + ")")
        return 1


def _drop_stdout() -> None:
    """What is left in stdout's buffer is not written again at exit (a second error)."""
    # (ValueError: stdout replaced by something without a descriptor)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _desktop(install: bool) -> int:
    from .commands import desktop

    paths = desktop.install() if install else desktop.uninstall()
    for path in paths:
        print(("installed " if install else "removed ") + str(path))
    return 0


def gui_main() -> int:
    """`mlpviz-gui`, the GUI script: on Windows it starts without a console window, where
    there is no stdout or stderr to print to."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    return main()


if __name__ == "__main__":
    sys.exit(main())
