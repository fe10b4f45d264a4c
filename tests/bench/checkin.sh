#!/usr/bin/env bash
# Check-in at the door: from the first letters typed to the check-in saved, through the door
# search model and the core, at an event of M registrants in a directory of N people, next to the
# same lookup and write with plain sqlite3 on the same file in the same run. Prints a markdown
# table (docs/benchmarks.md, "Check-in at the door").
#
#   tests/bench/checkin.sh [--sizes 10000,1000000] [--registrants 5000] [--checkins 300]
#                          [--build-dir DIR] [--work DIR] [--keep]
#
# Each size gets a freshly filled device database (people through LocalStore's schema and search
# triggers, the event and registrations through the core). Not part of ctest: the 1M fill takes
# several minutes. --keep reuses a database filled before (each run checks more people in).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-bench"
work="${TMPDIR:-/tmp}/commonroom-bench-checkin"
sizes="10000,1000000"
registrants=5000
checkins=300
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --registrants) registrants="$2"; shift 2 ;;
    --checkins) checkins="$2"; shift 2 ;;
    --build-dir) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "checkin.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$build" bench_checkin >/dev/null
mkdir -p "$work"

echo "| People | Registrants | Check-ins | Keys typed / person | Keystroke → results p50 / p95 (ms) | Directory after a pause p50 / p95 (ms) | Enter → saved p50 / p95 (ms) | sqlite3 save p50 / p95 (ms) | Last key + save p50 / p95 (ms) | Whole check-in p50 / p95 (ms) | sqlite3 last key + save p50 / p95 (ms) | sqlite3 whole p50 / p95 (ms) | Whole p95 ratio | Slowest key (ms) | RSS |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for size in ${sizes//,/ }; do
    db="$work/device-$size-$registrants.sqlite"
    if [ "$keep" = 0 ] || [ ! -f "$db" ]; then
        rm -f "$db" "$db-wal" "$db-shm"
        "$build/tests/bench/bench_checkin" --fill --db "$db" --people "$size" --registrants "$registrants" >&2
    fi
    "$build/tests/bench/bench_checkin" --measure --db "$db" --checkins "$checkins"
done
