#!/usr/bin/env bash
# Collect the tr() strings into resources/i18n/mlpviz_ko.ts (keeping the translations made
# so far; edit new ones with Qt Linguist or by hand) and compile it to the .qm mlpviz loads.
set -euo pipefail
cd "$(dirname "$0")/.."
pyside6-lupdate $(find mlpviz/gui mlpviz/core -name "*.py" | sort) -ts resources/i18n/mlpviz_ko.ts
pyside6-lrelease resources/i18n/mlpviz_ko.ts -qm resources/i18n/mlpviz_ko.qm
