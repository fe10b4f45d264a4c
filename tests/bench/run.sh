#!/usr/bin/env bash
# Runs the sync benchmarks and prints their tables (markdown, as in docs/benchmarks.md).
#
#   tests/bench/run.sh [--sizes 10000,100000,1000000] [--quick] [--only initial,latency,push,load,stall]
#                      [--build-dir DIR] [--work DIR]
#
# Every ratio is against a baseline measured in the same run on the same machine. Not part of
# ctest: a full run takes about 15 minutes and wants a quiet machine.
set -euo pipefail

arguments="$*"
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-bench"
work="${TMPDIR:-/tmp}/commonroom-bench"
sizes="10000,100000,1000000"
only="initial,latency,push,load"
quick=0
while [ $# -gt 0 ]; do
    case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --quick) quick=1; shift ;;
    --only) only="$2"; shift 2 ;;
    --build-dir) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ "$quick" = 1 ]; then
    # A smoke run of a couple of minutes: small communities, short phases.
    [ "$sizes" = "10000,100000,1000000" ] && sizes="2000,10000"
    latency_args=(--people 2000 --edits 50)
    push_args=(--people 2000 --mutations 1000)
    load_args=(--people 2000 --connections 200 --seconds 5 --warmup 2)
else
    latency_args=(--people 10000 --edits 200)
    push_args=(--people 10000 --mutations 5000)
    load_args=(--people 10000 --connections 500 --seconds 15 --warmup 3)
fi

need=()
command -v cmake >/dev/null || need+=(cmake)
command -v ninja >/dev/null || need+=(ninja-build)
if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y "${need[@]}"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOMMONROOM_BENCH=ON >/dev/null
ninja -C "$build" bench_initial_sync bench_latency bench_push bench_load bench_gui_stall >/dev/null
bin="$build/tests/bench"
mkdir -p "$work"
# Fresh daemons for the small benchmarks; the initial-sync community is kept between runs of the
# same sizes (seed-demo tops it up) because seeding a million people takes minutes.
rm -rf "$work/latency-daemon" "$work/push-daemon" "$work/load-daemon"

echo "## Commonroom sync benchmarks"
echo
echo "- Date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' (with uncommitted changes)')"
echo "- Machine: $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r)"
echo "- Disk: $(df -h "$work" | awk 'NR==2 {print $1 " (" $2 ")"}'); SQLite $(sqlite3 --version 2>/dev/null | cut -d' ' -f1 || echo '?')"
echo "- Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- Command: tests/bench/run.sh $arguments"

# A benchmark that fails says why on stderr; the others still run, and the exit status tells.
status=0
case ",$only," in *,initial,*) "$bin/bench_initial_sync" --work "$work" --sizes "$sizes" || status=1 ;; esac
case ",$only," in *,latency,*) "$bin/bench_latency" --work "$work" "${latency_args[@]}" || status=1 ;; esac
case ",$only," in *,push,*) "$bin/bench_push" --work "$work" "${push_args[@]}" || status=1 ;; esac
case ",$only," in *,load,*) "$bin/bench_load" --work "$work" "${load_args[@]}" || status=1 ;; esac
case ",$only," in *,stall,*) "$bin/bench_gui_stall" --work "$work" --sizes "$sizes" || status=1 ;; esac
exit $status
