#!/usr/bin/env bash
# Fuzzes the readers of user input with libFuzzer (tests/fuzz): builds build-fuzz/ with clang,
# AddressSanitizer and UBSan, then runs each target for SECONDS (default 60) from its seeds
# (tests/fuzz/corpus/<target>/) and past findings (tests/fuzz/regressions/<target>/), with the
# format's keywords (tests/fuzz/dictionaries/<target>.dict).
# Fails when a target crashes, leaks, hangs or breaks a reader's promise; the input that did it
# is left in build-fuzz/findings/<target>/. Once fixed, keep it in tests/fuzz/regressions/.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: portfolio_json position_csv quick_entry
#                                             par_yields model_parameters (default: all)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift $(( $# > 0 ? 1 : 0 ))
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    targets=(portfolio_json position_csv quick_entry par_yields model_parameters)
fi
build_dir="$root/build-fuzz"

# Longest input per format: a few positions or curve rows, one line, one parameter file.
max_len() {
    case "$1" in
        quick_entry) echo 256 ;;
        model_parameters) echo 12288 ;;
        *) echo 4096 ;;
    esac
}

echo "==> Checking build dependencies (with clang for fuzzing)"
"$root/scripts/install-deps.sh" --fuzz
echo "==> Configuring and building $build_dir"
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++ \
      -DXMARGIN_FUZZ=ON -DXMARGIN_BUILD_TESTS=OFF -DXMARGIN_BUILD_GUI=OFF
cmake --build "$build_dir" --target fuzz_targets -j "${XMARGIN_JOBS:-$(nproc)}"

failed=()
for target in "${targets[@]}"; do
    work="$build_dir/fuzz-corpus/$target"
    findings="$build_dir/findings/$target"
    log="$build_dir/fuzz-$target.log"
    mkdir -p "$work" "$findings"
    seeds=("$root/tests/fuzz/corpus/$target")
    if [ -d "$root/tests/fuzz/regressions/$target" ]; then
        seeds+=("$root/tests/fuzz/regressions/$target")
    fi
    echo "==> Fuzzing $target for ${seconds}s (log: $log)"
    # New inputs go to the first directory (build-fuzz), never into the checked-in seeds.
    if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build_dir/tests/fuzz/fuzz_$target" "$work" "${seeds[@]}" \
            -dict="$root/tests/fuzz/dictionaries/$target.dict" \
            -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1; then
        grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -n 1 || true
        grep -E 'stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    else
        tail -n 60 "$log"
        echo "FAILED: $target; the input is in $findings/" >&2
        failed+=("$target")
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "Fuzzing found problems in: ${failed[*]}" >&2
    exit 1
fi
echo "==> No crash, leak, hang or broken promise in ${targets[*]}"
