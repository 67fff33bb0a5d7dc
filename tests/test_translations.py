"""Every string the window shows through tr() has a Korean translation, and the compiled .qm
matches the .ts."""

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from .conftest import ROOT

TS = ROOT / "resources" / "i18n" / "mlpviz_ko.ts"
QM = ROOT / "mlpviz" / "share" / "i18n" / "mlpviz_ko.qm"


def messages(path):
    text = path.read_text(encoding="utf-8")
    out = {}
    for ctx in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", ctx).group(1)
        for msg in re.findall(r"<message>(.*?)</message>", ctx, re.S):
            src = html.unescape(re.search(r"<source>(.*?)</source>", msg, re.S).group(1))
            tr = re.search(r"<translation([^>]*)>(.*?)</translation>", msg, re.S)
            out[(name, src)] = (tr.group(1), html.unescape(tr.group(2)))
    return out


def test_every_message_is_translated():
    for key, (attrs, text) in messages(TS).items():
        assert "unfinished" not in attrs and text, key


LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


@pytest.mark.skipif(LUPDATE is None, reason="needs pyside6-lupdate (PySide6's tools)")
def test_the_ts_file_has_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for folder in ("gui", "core")
                     for p in (ROOT / "mlpviz" / folder).rglob("*.py"))
    subprocess.run([LUPDATE, *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    missing = set(messages(fresh)) - set(messages(TS))
    assert not missing, f"run tools/update_translations.sh: {sorted(missing)[:5]}"


def test_compiled_translations_load():
    t = QTranslator()
    assert t.load(str(QM))
    assert t.translate("WindowActions", "Play") == "재생"
    assert t.translate("WindowMenus", "&File") == "파일(&F)"
