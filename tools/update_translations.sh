#!/usr/bin/env bash
# Collect the tr() strings into resources/i18n/mlpviz_ko.ts (keeping the translations made
# so far; edit new ones with Qt Linguist, or list them with `python tools/ts_fill.py` and fill
# them from a JSON file with `python tools/ts_fill.py FILE.json`) and compile it to the .qm
# mlpviz loads. The core marks its texts with its own QT_TRANSLATE_NOOP (core/translatable.py).
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(find mlpviz/gui mlpviz/core -name "*.py" | sort)
# shellcheck disable=SC2086
pyside6-lupdate $sources -ts resources/i18n/mlpviz_ko.ts
if [ -n "${1:-}" ]; then
    python tools/ts_fill.py "$1"
    # shellcheck disable=SC2086
    pyside6-lupdate $sources -ts resources/i18n/mlpviz_ko.ts  # its own layout again
fi
pyside6-lrelease resources/i18n/mlpviz_ko.ts -qm mlpviz/share/i18n/mlpviz_ko.qm
