#!/usr/bin/env bash
# Builds the DEB and TGZ packages in an already built directory, unpacks the DEB into a
# scratch root and checks it: its control fields, every file it should install, and that the
# installed programs run.
#   installer/check-package.sh [BUILD_DIR]       BUILD_DIR defaults to build/ in the checkout
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-build}"
case "$build_dir" in
    /*) ;;
    *) build_dir="$root/$build_dir" ;;
esac
app_id=io.github.xmargin.XMargin
icon_sizes=(16 32 48 64 128 256 512)

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

cd "$build_dir"
echo "==> cpack -G \"DEB;TGZ\" in $build_dir"
rm -f xmargin_*.deb xmargin-*.tar.gz
cpack -G "DEB;TGZ"
debs=(xmargin_*.deb)
tgzs=(xmargin-*.tar.gz)
if [ "${#debs[@]}" -ne 1 ] || [ ! -f "${debs[0]}" ] || [ "${#tgzs[@]}" -ne 1 ] || [ ! -f "${tgzs[0]}" ]; then
    echo "error: expected one xmargin_*.deb and one xmargin-*.tar.gz in $build_dir, found: ${debs[*]} ${tgzs[*]}" >&2
    exit 1
fi
deb="$build_dir/${debs[0]}"
tgz="$build_dir/${tgzs[0]}"

echo "==> dpkg-deb -I ${debs[0]}"
dpkg-deb -I "$deb"
depends="$(dpkg-deb -f "$deb" Depends)"
case "$depends" in
    *libqt6widgets6*) ;;
    *) fail "Depends does not name libqt6widgets6 (did dpkg-shlibdeps run?): '$depends'" ;;
esac
recommends="qt6-translations-l10n, fonts-noto-cjk | fonts-droid-fallback"
[ "$(dpkg-deb -f "$deb" Recommends)" = "$recommends" ] ||
    fail "Recommends is '$(dpkg-deb -f "$deb" Recommends)', expected '$recommends'"
version="$(dpkg-deb -f "$deb" Version)"
version="${version%-*}"   # without the Debian release

package_root="$build_dir/package-root"
echo "==> dpkg-deb -x ${debs[0]} $package_root"
rm -rf "$package_root"
dpkg-deb -x "$deb" "$package_root"

expected=(
    usr/bin/xmargin
    usr/bin/xmargin-cli
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/mime/packages/$app_id.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/xmargin.1.gz
    usr/share/man/man1/xmargin-cli.1.gz
    usr/share/doc/xmargin/LICENSE
    usr/share/doc/xmargin/PROVENANCE.md
    usr/share/doc/xmargin/copyright
)
for size in "${icon_sizes[@]}"; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for example in "$root"/resources/portfolios/*.xmargin; do
    expected+=("usr/share/xmargin/examples/$(basename "$example")")
done
for file in "${expected[@]}"; do
    [ -f "$package_root/$file" ] || fail "the package does not install /$file"
done
for program in xmargin xmargin-cli; do
    [ -x "$package_root/usr/bin/$program" ] || fail "/usr/bin/$program is not executable"
done
echo "Checked ${#expected[@]} installed files."

# A PNG stores its width and height as big-endian 32-bit numbers at bytes 16-23.
for size in "${icon_sizes[@]}"; do
    png="$package_root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || continue
    read -r width height < <(od -An -tu4 --endian=big -j16 -N8 "$png")
    [ "$width $height" = "$size $size" ] ||
        fail "$png is ${width}x${height}, expected ${size}x${size}"
done

echo "==> Installed xmargin-cli margin on the demo example"
cli_output="$build_dir/package-check-margin.json"
if "$package_root/usr/bin/xmargin-cli" margin "$package_root/usr/share/xmargin/examples/demo_basis_trade.xmargin" \
    > "$cli_output"; then
    grep -m 3 -E '"crossMargined": [0-9]' "$cli_output" ||
        fail "xmargin-cli margin printed no crossMargined figure (output in $cli_output)"
else
    fail "xmargin-cli margin exited with $? (output in $cli_output)"
fi
cli_version="$("$package_root/usr/bin/xmargin-cli" --version)"
[ "$cli_version" = "xmargin-cli $version" ] || fail "xmargin-cli --version says '$cli_version', the package is $version"

echo "==> Installed xmargin --help (offscreen)"
if gui_help="$(QT_QPA_PLATFORM=offscreen "$package_root/usr/bin/xmargin" --help)"; then
    echo "$gui_help"
    case "$gui_help" in
        *--screenshot*) ;;
        *) fail "xmargin --help does not list --screenshot" ;;
    esac
else
    fail "xmargin --help exited with $?"
fi
gui_version="$(QT_QPA_PLATFORM=offscreen "$package_root/usr/bin/xmargin" --version)"
[ "$gui_version" = "XMargin $version" ] || fail "xmargin --version says '$gui_version', the package is $version"

echo "==> ${tgzs[0]}"
tgz_listing="$(tar -tzf "$tgz")"
for program in xmargin xmargin-cli; do
    grep -q "/bin/$program\$" <<<"$tgz_listing" || fail "${tgzs[0]} has no bin/$program"
done
grep -q "/share/applications/$app_id.desktop\$" <<<"$tgz_listing" || fail "${tgzs[0]} has no desktop entry"

echo "==> Package sizes"
ls -l "$deb" "$tgz"
echo "Installed size: $(dpkg-deb -f "$deb" Installed-Size) KiB"

if [ "$failures" -ne 0 ]; then
    echo "Package check: $failures problem(s)" >&2
    exit 1
fi
echo "Package check passed: $deb"
