#!/usr/bin/env bash
# Build the one-folder bundle of mlpviz (PyInstaller, packaging/mlpviz.spec) and pack it as
# dist/mlpviz-VERSION-linux-x86_64.tar.gz: a folder `mlpviz` holding the executable `mlpviz`.
# Installs PyInstaller and mlpviz (not editable) into a build venv of its own, build/bundle-venv,
# so nothing of the checkout's .venv (the test extras, ffmpeg) gets in. The training kernels
# are compiled into the bundle (mlpviz_kernels) for a generic x86-64 and, where the build
# machine has it, x86-64-v3 (AVX2): a fresh machine trains compiled from the first frame.
# Linux; the Windows and macOS bundles are built by .github/workflows/bundles.yml.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
venv=build/bundle-venv
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
export PIP_DISABLE_PIP_VERSION_CHECK=1
rm -rf build/lib build/bdist.*  # (setuptools builds in-tree: no stale modules from there)
"$venv/bin/python" -m pip install -q "pyinstaller>=6.10,<7" .
"$venv/bin/python" -m pip install -q --no-deps --force-reinstall .  # this checkout's, always
version=$("$venv/bin/python" -c "import mlpviz; print(mlpviz.__version__)")

rm -rf dist/mlpviz build/pyinstaller
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/mlpviz.spec

# A Python built with debugging symbols (pyenv's) ships them in libpython: 13 MB packed.
for lib in dist/mlpviz/_internal/libpython3*.so*; do
    if command -v strip >/dev/null && readelf -S "$lib" 2>/dev/null | grep -q '\.debug_'; then
        strip --strip-debug "$lib"
    fi
done

# The kernels, compiled by the bundle itself into its own cache folder (its locator, which
# finds them wherever the bundle is moved: mlpviz/core/training/shipped_kernels.py).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
kernels=dist/mlpviz/_internal/mlpviz_kernels
cpus="generic"
if grep -q avx2 /proc/cpuinfo && grep -q fma /proc/cpuinfo && grep -q movbe /proc/cpuinfo; then
    cpus="generic x86-64-v3"
fi
for cpu in $cpus; do
    HOME="$scratch" MLPVIZ_LOG_DIR="$scratch/log" MLPVIZ_SHIP_KERNELS="$PWD/$kernels" \
        MLPVIZ_KERNEL_CPU="$cpu" dist/mlpviz/mlpviz --compile-kernels
done
echo "$cpus" > "$kernels/cpus.txt"

tarball="dist/mlpviz-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" mlpviz
echo "built $tarball ($(du -h "$tarball" | cut -f1); unpacked $(du -sh dist/mlpviz | cut -f1))"
