"""The handout (issue 29): `mlpviz handout` writes one PDF page per lesson page and then the
lecture's walkthrough, as text a reader can search (pdftotext), Hangul fonts embedded, on A4
or Letter; a place it cannot write gets one line and nothing half-written."""

import re
import shutil
import subprocess
import sys

import pytest

from mlpviz.core.lessons.lesson import LESSON

pytestmark = pytest.mark.slow  # (the window sets up every lesson page: some 15 s)


def _run(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "mlpviz", "handout", *args],
                          capture_output=True, text=True, timeout=timeout)


def _poppler(tool, *args) -> str:
    assert shutil.which(tool), f"{tool} (poppler-utils, tools/setup.sh --test installs it)"
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def test_the_handout_has_every_page_and_the_lectures_numbers(tmp_path):
    out = tmp_path / "handout.pdf"
    done = _run(str(out), "--lang", "ko", "--paper", "letter")
    assert done.returncode == 0, done.stderr
    info = _poppler("pdfinfo", str(out))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert f"({pages} pages)" in done.stdout
    assert pages >= len(LESSON) + 2  # a page a lesson page, then the walkthrough's
    assert "612 x 792 pts (letter)" in info
    text = _poppler("pdftotext", str(out), "-")
    for number in ("0.709383", "0.251612", "0.076776", "0.484645", "0.244687"):
        assert number in text, number
    assert "0.076775" in text  # the slides' digit, with the note that says why
    assert "퍼셉트론" in text and "숫자 인식 신경망" in text  # Korean, the thirteenth page too
    assert "\x01" not in text  # (spaces are spaces: NanumGothic's own came out as \x01)
    assert "Z1 = X·W1 + B1" in text and "역방향" in text  # the matrix form; phases in Korean
    fonts = _poppler("pdffonts", str(out))
    assert re.search(r"Nanum\S*\s.*\byes\b", fonts), fonts  # a Hangul font, embedded


def test_a_place_it_cannot_write_gets_one_line(tmp_path):
    target = tmp_path / "missing" / "handout.pdf"
    done = _run(str(target), timeout=300)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert not target.exists()


def test_the_window_writes_it_and_goes_on_meanwhile(qtbot, tmp_path):
    from .conftest import make_window

    window = make_window(qtbot, tmp_path, language="ko")
    said = []
    window.model.message.connect(lambda text, _error: said.append(text))
    out = tmp_path / "from-the-window.pdf"
    assert window.handout.write(str(out))
    assert not window.handout.write(str(out))  # one at a time
    window.model.step()  # the window goes on meanwhile
    qtbot.waitUntil(lambda: window.model.snapshot.epoch == 1, timeout=30_000)
    qtbot.waitUntil(lambda: window.handout.process is None, timeout=300_000)
    assert out.exists() and any(str(out) in text for text in said)
    assert "숫자 인식 신경망" in _poppler("pdftotext", str(out), "-")  # in the window's language
