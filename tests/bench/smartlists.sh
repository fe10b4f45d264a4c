#!/usr/bin/env bash
# Smart lists evaluated on the device (docs/organizing.md, "Smart lists"): five representative
# definitions, each its live count and first page, p50 / p95 over repeated runs, next to the same
# selection written by hand for plain sqlite3 on the same file in the same run. Prints a markdown
# table (docs/benchmarks.md, "Smart lists").
#
#   tests/bench/smartlists.sh [--sizes 100000,1000000] [--reps 20] [--build-dir DIR] [--work DIR]
#
# Each size gets a device database of people (bench_search --fill) and organizing data
# (bench_smartlists --fill: memberships, tags applied, contributions, registrations). Not part of
# ctest: the 1M fill takes several minutes.
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
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "smartlists.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$build" bench_search bench_smartlists >/dev/null
mkdir -p "$work"

echo "| People | Smart list | Selects | first page + live count p50 / p95 (ms) | sqlite3 by hand, count + page p50 / p95 (ms) | p95 ratio |"
echo "|---|---|---|---|---|---|"
for size in ${sizes//,/ }; do
    db="$work/device-$size.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    "$build/tests/bench/bench_search" --fill --db "$db" --people "$size" >&2
    "$build/tests/bench/bench_smartlists" --fill --db "$db" >&2
    "$build/tests/bench/bench_smartlists" --measure --db "$db" --reps "$reps"
done
