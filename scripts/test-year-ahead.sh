#!/usr/bin/env bash
# Runs the whole test suite with the machine's date moved ahead (default a year: +365d) under
# libfaketime, to prove that no test depends on today's date and that the programs run on the
# clock they are given (docs/time.md). The build must exist (./scripts/test.sh makes it).
#
#   scripts/test-year-ahead.sh [OFFSET] [ctest arguments…]
#
# OFFSET is libfaketime's relative form: +365d, +2y, -30d, +12h. Monotonic clocks move by the
# same constant, so intervals, timers and timeouts are unchanged. They are not left alone
# (FAKETIME_DONT_FAKE_MONOTONIC=1): libfaketime 0.9.10 then ends every timed wait on a monotonic
# condition at once, so QThread::wait(deadline) gives up on threads still finishing (Qt's network
# thread among them) and programs crash at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
offset=${1:-+365d}
shift || true
build=${BUILD_DIR:-build}

if ! command -v faketime >/dev/null; then
    echo "faketime is not installed; run ./scripts/install-deps.sh (package faketime)." >&2
    exit 1
fi
if [[ ! -f $build/CTestTestfile.cmake ]]; then
    echo "There is no build in $build; build and test first with ./scripts/test.sh." >&2
    exit 1
fi

# -m: the multi-threaded libfaketime (the daemon and Qt run threads).
shifted() { faketime -m -f "$offset" "$@"; }

# The shift must show inside, or the run would prove nothing.
real=$(date -u +%s)
fake=$(shifted date -u +%s)
if ((fake - real < 60 && real - fake < 60)); then
    echo "libfaketime did not move the date by $offset (date inside says $(shifted date -u)); nothing tested." >&2
    exit 1
fi
echo "Running the tests at $(shifted date -u '+%Y-%m-%d %H:%M UTC') (real date: $(date -u '+%Y-%m-%d'))."
shifted ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "$@"
