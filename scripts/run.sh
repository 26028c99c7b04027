#!/usr/bin/env bash
# Installs what is missing, builds build/ and starts the desktop application.
# Arguments are passed to xmargin.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

echo "==> Checking build dependencies"
"$root/scripts/install-deps.sh"
echo "==> Configuring and building build/"
"$root/scripts/build.sh" build
echo "==> Starting XMargin"
exec "$root/build/ui/desktop/xmargin" "$@"
