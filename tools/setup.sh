#!/usr/bin/env bash
# Set mlpviz up on a fresh Debian or Ubuntu machine with Python 3.11: the system libraries Qt
# needs (also offscreen), a Hangul font, and a virtual environment in .venv with mlpviz
# installed in editable mode. `--test` adds the test extras. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"
# The tests draw the 3-D views on a virtual X server with Mesa's software OpenGL, and read
# the handout's PDF back with poppler's pdftotext, pdfinfo and pdffonts, and check the
# desktop entry and the AppStream metainfo with their validators.
test_pkgs=""
[ -n "$extras" ] && test_pkgs="xvfb libgl1-mesa-dri poppler-utils desktop-file-utils appstream"

pkgs="fonts-nanum libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
      libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 $test_pkgs"
if command -v apt-get >/dev/null 2>&1; then
    missing=$(for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
    if [ -n "$missing" ]; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo=sudo
        $sudo apt-get update -qq
        # shellcheck disable=SC2086
        $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras"
# Byte-compile mlpviz now: with no .pyc (PYTHONDONTWRITEBYTECODE, or a first run) every
# launch compiles it again, which alone costs ~0.6 s of the time to the first window.
.venv/bin/python -m compileall -q mlpviz >/dev/null
# Compile the training kernels into Numba's cache (the per-user one: `mlpviz --info` names
# it) now, once, rather than on the first Play (~10 s the first time; then ~0.7 s to load).
.venv/bin/mlpviz --compile-kernels
