"""`mlpviz handout OUT.pdf`: the lesson on paper, for students (the window renders it)."""

from __future__ import annotations

import argparse

from .common import file_name


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("handout", help="the lesson as a PDF handout",
                       description="One page per lesson page (its picture as the page sets "
                                   "the window up, and its text), then the lecture's "
                                   "walkthrough with every number, and its matrix form.")
    p.add_argument("out", metavar="OUT.pdf", type=file_name, help="the PDF to write")
    p.add_argument("--lang", choices=["en", "ko"], default="en",
                   help="the handout's language (default en)")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4",
                   help="the paper size (default a4)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..gui.shell.handout import write_handout  # Qt only when asked for

    pages = write_handout(args.out, args.lang, args.paper)
    print(f"wrote {args.out} ({pages} pages)")
    return 0
