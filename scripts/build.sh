#!/usr/bin/env bash
# Configures and builds XMargin with Ninja.
#   scripts/build.sh [BUILD_DIR] [CMAKE_ARGS...]     BUILD_DIR defaults to build/ in the checkout
# XMARGIN_JOBS overrides the number of parallel jobs (default: all cores).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-build}"
shift $(( $# > 0 ? 1 : 0 ))
case "$build_dir" in
    /*) ;;
    *) build_dir="$root/$build_dir" ;;
esac

cmake -S "$root" -B "$build_dir" -G Ninja "$@"
cmake --build "$build_dir" -j "${XMARGIN_JOBS:-$(nproc)}"
