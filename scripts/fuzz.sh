#!/usr/bin/env bash
# Fuzzes what strangers can send the daemon: the protocol codec and the request handler.
#
#   scripts/fuzz.sh [TARGET] [SECONDS]     TARGET: protocol, api or all (default); SECONDS per
#                                          target (default 60)
#
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer in
# build-fuzz/ (apart from the normal build), then runs each one starting from its seed corpus in
# tests/fuzz/corpus/TARGET. New interesting inputs are kept in build-fuzz/corpus/TARGET, so a
# later run continues where this one stopped; a crash is written to build-fuzz/findings/ and the
# script stops with status 1. To replay one finding: build-fuzz/tests/fuzz/fuzz_TARGET FILE
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:-all}"
seconds="${2:-60}"
build="$root/build-fuzz"

case "$target" in
    all) targets=(protocol api) ;;
    protocol | api) targets=("$target") ;;
    *) echo "Unknown fuzz target \"$target\"; use protocol, api or all." >&2; exit 2 ;;
esac
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "SECONDS must be a whole number above 0, not \"$seconds\"." >&2
    exit 2
fi

# libFuzzer ships with clang's runtime libraries; install them if they are missing.
fuzzer_library() { find /usr/lib/llvm-*/lib/clang -name 'libclang_rt.fuzzer-x86_64.a' 2>/dev/null | head -n 1; }
if ! command -v clang++ >/dev/null || [ -z "$(fuzzer_library)" ]; then
    echo "Installing clang and libFuzzer (clang, libclang-rt-14-dev)…"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo to install clang." >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >/dev/null
fi
"$root/scripts/install-deps.sh"

if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCOMMONROOM_FUZZ=ON -DCOMMONROOM_BENCH=OFF >/dev/null
fi
ninja -C "$build" "${targets[@]/#/fuzz_}"

mkdir -p "$build/findings"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
for name in "${targets[@]}"; do
    corpus="$build/corpus/$name"
    mkdir -p "$corpus"
    echo "Fuzzing $name for $seconds s…"
    if ! "$build/tests/fuzz/fuzz_$name" "$corpus" "$root/tests/fuzz/corpus/$name" \
        -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$name-" >"$build/fuzz-$name.log" 2>&1; then
        tail -n 40 "$build/fuzz-$name.log" >&2
        echo "fuzz_$name found a problem; the input is in $build/findings/ and the log in $build/fuzz-$name.log." >&2
        exit 1
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/fuzz-$name.log" || true
    echo "fuzz_$name: no problem found in $seconds s ($(find "$corpus" -type f | wc -l) inputs in its corpus)."
done
