"""List or fill the Korean translations that lupdate left unfinished.

    python tools/ts_fill.py             # the unfinished ones, as JSON {context: {source: text}}
    python tools/ts_fill.py FILE.json   # fill them from such a file (a translation kept as
                                        # is where the file has none); drop vanished ones

Qt Linguist does the same by hand; this keeps it scriptable for one-person updates.
tools/update_translations.sh runs lupdate again afterwards, which writes the file back in its
own layout.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "mlpviz_ko.ts"


def main(argv: list[str]) -> int:
    tree = ET.parse(TS)
    root = tree.getroot()
    fills = json.loads(Path(argv[0]).read_text(encoding="utf-8")) if argv else None
    todo: dict[str, dict[str, str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            t = message.find("translation")
            kind = t.get("type")
            if kind in ("vanished", "obsolete"):
                if fills is not None:
                    context.remove(message)
                continue
            if kind != "unfinished":
                continue
            source = message.findtext("source") or ""
            if fills is None:
                todo.setdefault(name, {})[source] = t.text or ""
            else:
                text = fills.get(name, {}).get(source) or t.text
                if text:
                    t.text = text
                    del t.attrib["type"]
    if fills is None:
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    for context in list(root.iter("context")):
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
