#!/usr/bin/env bash
# Installs the Debian 12 packages XMargin needs to build, test, package and run; does nothing when all
# are present. Uses sudo when not run as root. Non-interactive (safe in CI).
#   scripts/install-deps.sh [--fuzz]     --fuzz: also what scripts/fuzz.sh needs
set -euo pipefail

packages=(
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqcustomplot-dev libeigen3-dev
    cmake ninja-build g++ dpkg-dev python3
    xvfb xauth fonts-dejavu-core
    fonts-droid-fallback  # Japanese glyphs for the Japanese translation
    poppler-utils  # pdftotext, pdftoppm and pdfinfo: the report tests read the PDF
    librsvg2-bin desktop-file-utils appstream groff-base shared-mime-info
)
# clang, and its libFuzzer and sanitizer runtimes (libclang_rt.fuzzer-x86_64.a), which Debian
# 12 packages apart from the compiler.
if [ "${1:-}" = "--fuzz" ]; then
    packages+=(clang libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "All build dependencies are installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "error: installing ${missing[*]} needs root or sudo" >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
