#!/usr/bin/env bash
# Runs the crash test for many rounds: commonroom-cli and commonroom-syncd are killed at random
# points of syncs; afterwards every acknowledged edit must be on the daemon exactly once and
# every other one still waiting on the device.
#   ./scripts/crash-soak.sh [ROUNDS] [SEED]     (defaults: 2000 rounds, seed from the clock)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build} ./scripts/build.sh >/dev/null
export COMMONROOM_CRASH_ITERATIONS=${1:-2000}
export COMMONROOM_CRASH_SEED=${2:-$(date +%s)}
echo "Crash soak: $COMMONROOM_CRASH_ITERATIONS rounds, seed $COMMONROOM_CRASH_SEED"
exec "${BUILD_DIR:-build}/tests/integration/integration_crash" -maxwarnings 0
