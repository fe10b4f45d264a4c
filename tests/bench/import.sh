#!/usr/bin/env bash
# Importing people from a spreadsheet on the device (docs/import.md): a CSV of N people through
# Import (read, every row checked and matched, written with its outbox entry), next to
# `sqlite3 .import` of the same file in the same run. Prints a markdown table
# (docs/benchmarks.md, "Import").
#
#   tests/bench/import.sh [--rows 10000,100000] [--build-dir DIR] [--work DIR]
#
# Not part of ctest.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-bench"
work="${TMPDIR:-/tmp}/commonroom-bench-import"
sizes="10000,100000"
while [ $# -gt 0 ]; do
    case "$1" in
    --rows) sizes="$2"; shift 2 ;;
    --build-dir) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "import.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$build" bench_import >/dev/null

echo "| Rows | Read and checked (s) | Imported (s) | Rows/s | sqlite3 .import (s) | Rows/s | Ratio |"
echo "|---|---|---|---|---|---|---|"
for size in ${sizes//,/ }; do
    "$build/tests/bench/bench_import" --rows "$size" --work "$work/$size"
done
