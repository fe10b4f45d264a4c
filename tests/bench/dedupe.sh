#!/usr/bin/env bash
# Finding the people recorded twice in a whole directory (docs/dedupe.md): N people of seed-demo's
# names with 5 % known duplicates injected, scanned by matching::findDuplicates; precision and
# recall against the injected pairs, next to grouping by the exact keys of the daemon's push-time
# finder in the same run. Prints a markdown table (docs/benchmarks.md, "Dedupe").
#
#   tests/bench/dedupe.sh [--people 100000,1000000] [--build-dir DIR] [--by-kind]
#
# Not part of ctest.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-bench"
sizes="100000,1000000"
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
    --people) sizes="$2"; shift 2 ;;
    --build-dir) build="$2"; shift 2 ;;
    --by-kind) extra+=(--by-kind); shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "dedupe.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$build" bench_dedupe >/dev/null

echo "| People | Injected pairs | Prepared (s) | Scanned (s) | Pairs compared | Pairs found | Precision | Recall | Exact keys (s) | Precision | Recall | Ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for size in ${sizes//,/ }; do
    "$build/tests/bench/bench_dedupe" --people "$size" "${extra[@]}"
done
