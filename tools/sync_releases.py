"""Write CHANGELOG.md's releases into the AppStream metainfo's <releases> (run after editing
the changelog; tests/test_packaging.py checks that the two agree).

A release is a `## VERSION (YYYY-MM-DD)` heading; its top-level `- ` items (continued on
indented lines) are its notes."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = ROOT / "mlpviz" / "share" / "desktop" / "io.github.mlpviz.mlpviz.metainfo.xml"
HEADING = re.compile(r"^## (\S+) \((\d{4}-\d{2}-\d{2})\)\s*$")
BLOCK = re.compile(r"  <releases>.*?</releases>\n", re.S)


def releases(text: str) -> list[tuple[str, str, list[str]]]:
    """(version, date, notes) for each release, newest first as written."""
    found: list[tuple[str, str, list[str]]] = []
    for line in text.splitlines():
        heading = HEADING.match(line)
        if heading:
            found.append((heading[1], heading[2], []))
        elif found and line.startswith("- "):
            found[-1][2].append(line[2:].strip())
        elif found and found[-1][2] and line.startswith("  ") and line.strip():
            found[-1][2][-1] += " " + line.strip()
    return found


def releases_xml(text: str) -> str:
    out = ["  <releases>"]
    for version, date, notes in releases(text):
        out.append(f'    <release version="{escape(version)}" date="{date}">')
        out.append("      <description>")
        out.append("        <ul>")
        out += [f"          <li>{escape(note.replace('`', ''))}</li>" for note in notes]
        out.append("        </ul>")
        out.append("      </description>")
        out.append("    </release>")
    out.append("  </releases>")
    return "\n".join(out) + "\n"


def synced(metainfo: str, changelog: str) -> str:
    """The metainfo with its <releases> replaced (or added before </component>)."""
    block = releases_xml(changelog)
    if BLOCK.search(metainfo):
        return BLOCK.sub(lambda _: block, metainfo)
    return metainfo.replace("</component>", block + "</component>")


def main() -> int:
    text = synced(METAINFO.read_text(encoding="utf-8"), CHANGELOG.read_text(encoding="utf-8"))
    METAINFO.write_text(text, encoding="utf-8")
    print(f"wrote {len(releases(CHANGELOG.read_text(encoding='utf-8')))} release(s) into "
          f"{METAINFO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
