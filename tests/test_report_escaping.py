"""Names from files (a CSV's columns become a network's feature names) reach the walkthrough
as plain text: never markup, math or a direction override (issue 16, failure 6)."""

import numpy as np

from mlpviz.core.lessons.trace import walkthrough
from mlpviz.core.nn.netfile import network_from_dict
from mlpviz.report.walkthrough_html import step_html
from mlpviz.report.walkthrough_markdown import walkthrough_markdown

from .conftest import LECTURE_NET

EVIL = ["<script>alert(1)</script>", "$$ \\begin{x} \u202eevil"]


def _walk():
    import json

    d = json.loads(LECTURE_NET.read_text())
    d["features"] = EVIL
    net = network_from_dict(d)
    return walkthrough(net, np.zeros(2), np.zeros(1), 0.2)


def test_markdown_escapes_names_from_files():
    text = walkthrough_markdown(_walk(), "<b>net</b>")
    assert "<script>" not in text and "<b>" not in text and "\u202e" not in text
    assert "Inputs: x1 = “\\<script\\>alert\\(1\\)\\</script\\>”" in text
    math = [line for line in text.splitlines() if line.startswith("$$")]
    assert all(line.count("$$") == 2 for line in math)  # no name opens or closes math
    assert not any("begin" in line for line in math)


def test_html_escapes_names_from_files():
    from mlpviz.report.walkthrough_html import Names

    w = _walk()
    names = Names([2, 1], 2)
    html = "".join(step_html(w, r, names) for r in w.records)
    assert "<script>" not in html and "\u202e" not in html
    assert "&lt;script&gt;" in html
