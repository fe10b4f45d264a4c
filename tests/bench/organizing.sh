#!/usr/bin/env bash
# A person's timeline and the organizing dashboard's figures on the device (docs/organizing.md),
# p50 / p95, next to the same reads written by hand for plain sqlite3 on the same file in the same
# run. Uses the databases tests/bench/smartlists.sh filled (run it first, with the same --work).
# Prints a markdown table (docs/benchmarks.md, "Organizing at a million people").
#
#   tests/bench/organizing.sh [--sizes 100000,1000000] [--reps 20] [--build-dir DIR] [--work DIR]
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-bench"
work="${TMPDIR:-/tmp}/commonroom-bench-smartlists"
sizes="100000,1000000"
reps=20
while [ $# -gt 0 ]; do
    case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --build-dir) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "organizing.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$build" bench_organizing >/dev/null

echo "| People | Read | Commonroom p50 / p95 (ms) | sqlite3 by hand p50 / p95 (ms) | p95 ratio |"
echo "|---|---|---|---|---|"
for size in ${sizes//,/ }; do
    db="$work/device-$size.sqlite"
    if [ ! -f "$db" ]; then
        echo "organizing.sh: no $db; run tests/bench/smartlists.sh --sizes $size first" >&2
        exit 1
    fi
    "$build/tests/bench/bench_organizing" --db "$db" --reps "$reps"
done
