#!/usr/bin/env bash
# Installs what is missing, builds and runs every test.
#   scripts/test.sh [BUILD_DIR] [CMAKE_ARGS...]      BUILD_DIR defaults to build/ in the checkout
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-build}"

echo "==> Checking build dependencies"
"$root/scripts/install-deps.sh"
echo "==> Configuring and building $build_dir"
"$root/scripts/build.sh" "$@"
echo "==> Running the tests in $build_dir"
cd "$root"
ctest --test-dir "$build_dir" --output-on-failure
