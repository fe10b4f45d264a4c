#!/usr/bin/env bash
# Search-as-you-type latency through PeopleSearch at several community sizes, next to the same
# FTS5 query run with plain sqlite3 on the same file in the same run. Prints a markdown table
# (docs/benchmarks.md, "Search on the device").
#
#   tests/bench/search.sh [--sizes 10000,100000,1000000] [--reps 5] [--build-dir DIR] [--work DIR]
#   tests/bench/search.sh --rebuild [--sizes 100000]   the search index rebuild of migration 4
#
# Each size gets a freshly filled device database (rows written through LocalStore's search-index
# triggers, as a pull writes them). Not part of ctest: the 1M fill takes a couple of minutes.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-bench"
work="${TMPDIR:-/tmp}/commonroom-bench-search"
sizes="10000,100000,1000000"
reps=5
rebuild=0
while [ $# -gt 0 ]; do
    case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --build-dir) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "search.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$build" bench_search >/dev/null
mkdir -p "$work"

if [ "$rebuild" = 1 ]; then
    echo "| People | One-piece rebuild (before) | Open (migration 4) | Fill in steps | Fill step p50 / p95 / max | Swap step | Old index dropped | Merge after | Search while filling p50 / p95 | Search after p50 / p95 |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    for size in ${sizes//,/ }; do
        db="$work/device-$size.sqlite"
        if [ ! -f "$db" ]; then
            "$build/tests/bench/bench_search" --fill --db "$db" --people "$size" >&2
        fi
        "$build/tests/bench/bench_search" --rebuild --db "$db"
    done
    exit 0
fi

echo "| People | Queries × reps | PeopleSearch p50 / p95 (ms) | sqlite3 p50 / p95 (ms) | p95 ratio | Model page p50 / p95 (ms) | Slowest (ms) | Open People view (ms) | RSS | Device DB | Index merge (steps) | Optimize after |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for size in ${sizes//,/ }; do
    db="$work/device-$size.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    "$build/tests/bench/bench_search" --fill --db "$db" --people "$size" >&2
    "$build/tests/bench/bench_search" --measure --db "$db" --reps "$reps"
done
