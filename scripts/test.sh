#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test (unit, desktop,
# daemon and integration tests against a real commonroom-syncd). Benchmarks are not run here:
# see tests/bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build} ./scripts/build.sh -DCOMMONROOM_WERROR=ON
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j"$(nproc)" "$@"
